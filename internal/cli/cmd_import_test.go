package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"
)

func TestImportMakesADraft(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file, draftName, agentName string
		args                             []string
	}{
		{"a request body", "platform_workflow.json", "Harbour Dental front desk", "Harbour Dental front desk", nil},
		{"a GET answer", "get_response.json", "Pizza line", "Pizza line", nil},
		{"an ElevenLabs CLI config", "cli_config.json", "Support Bot", "Support Bot", nil},
		{"with a name", "all_builtins.json", "Reminders (copy)", "Outbound reminders", []string{"--name", "Reminders (copy)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := elevenCLI(t)
			id := c.mustRun(append([]string{"import", elevenDoc(tt.file), "--provider", "elevenlabs"}, tt.args...)...)
			d := c.load(id)
			if d.Name != tt.draftName || d.Agent.Identity.Name != tt.agentName || d.Provider != "elevenlabs" || d.Native() == "" {
				t.Errorf("draft %q, agent %q, provider %q, native %d bytes", d.Name, d.Agent.Identity.Name, d.Provider, len(d.Native()))
			}
			var native map[string]any
			if err := json.Unmarshal([]byte(d.Native()), &native); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"agent_id", "metadata", "access_info"} {
				if _, ok := native[k]; ok {
					t.Errorf("the response-only field %s was kept", k)
				}
			}
		})
	}
}

func TestImportKeepsSecretsOutOfTheDraft(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	code, stdout, stderr := c.run("import", elevenDoc("webhook_tools.json"), "--provider", "elevenlabs")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	id := strings.TrimSpace(stdout)
	if !strings.Contains(stderr, "1 secret value moved to the credentials file") {
		t.Errorf("stderr = %q", stderr)
	}
	const secret = "kw_live_51Hx9QeT2wX7"
	draftFile, _ := os.ReadFile(c.path("drafts", id+".yaml"))
	creds, _ := os.ReadFile(c.path("credentials.yaml"))
	if len(draftFile) == 0 || strings.Contains(string(draftFile), secret) {
		t.Errorf("the draft file is missing or holds the secret")
	}
	if !strings.Contains(string(creds), secret) {
		t.Errorf("the credentials file does not hold the secret:\n%s", creds)
	}
	if strings.Contains(stdout+stderr, secret) {
		t.Error("the secret was printed")
	}
}

func TestImportRefusesWhatItCannotRead(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	notAgent := clitest.WriteFile(t, "agents.json", `{"agents": [{"config": "agent_configs/a.json"}]}`)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no provider", []string{"import", elevenDoc("cli_config.json")}, exitUsage, "--provider"},
		{"unknown provider", []string{"import", elevenDoc("cli_config.json"), "--provider", "vapi"}, exitUsage, `no provider "vapi"`},
		{"no such file", []string{"import", "nosuch.json", "--provider", "elevenlabs"}, exitFailure, "agentdeck: Could not read nosuch.json."},
		{"not an agent", []string{"import", notAgent, "--provider", "elevenlabs"}, exitFailure, "is not an agent document agentdeck can read for ElevenLabs Agents."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := c.run(tt.args...)
			if code != tt.code || stdout != "" || !strings.Contains(firstLine(stderr), tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q first", code, stdout, stderr, tt.code, tt.want)
			}
		})
	}
	if got := c.mustRun("list"); got != "" {
		t.Errorf("a refused import left a draft:\n%s", got)
	}
	if strings.Contains(c.mustRun("list", "--json"), `"provider"`) {
		t.Error("a refused import left a draft")
	}
}
