package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/clitest"
	"github.com/agentdeck/agentdeck/storage"
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

// Issue 13, point 10: credentials beyond the fixed fields are recognised on
// every provider where the place exists — headers named like a credential
// (X-Hub-Signature, X-Custom-Auth), passwords in addresses, key-like query
// parameters, and ElevenLabs' custom_llm.api_key as a plain string. Each is
// kept out of the draft, masked in export, and sent as it was at push.
func TestSecretsInHeadersAddressesAndQueriesAreKeptOut(t *testing.T) {
	t.Parallel()
	tests := []struct {
		provider string
		doc      string
		secrets  []string
	}{
		{
			"nova", `{"name":"n","type":"voice","prompt_template":"hi",
			"precall_webhook":{"url":"https://bot:PW-SECRET-N1@hooks.example/pre?api_key=QK-SECRET-N2&lang=en",
			"headers":{"X-Hub-Signature":"SIG-SECRET-N3","Accept":"application/json"}}}`,
			[]string{"PW-SECRET-N1", "QK-SECRET-N2", "SIG-SECRET-N3"},
		},
		// Trillet documents no address of its own; one it sends but
		// agentdeck does not model is still searched.
		{
			"trillet", `{"name":"t","llmModel":{"prompt":"hi"},
			"webhookUrl":"https://hooks.example/t?access_token=AT-SECRET-T1&x=1"}`,
			[]string{"AT-SECRET-T1"},
		},
		{
			"elevenlabs", `{"name":"e","conversation_config":{"agent":{"prompt":{"prompt":"hi","llm":"custom-llm",
			"custom_llm":{"url":"https://llm:PW-SECRET-E1@llm.example/v1","api_key":"CL-SECRET-E2",
				"request_headers":{"X-Custom-Auth":"AU-SECRET-E3"}},
			"tools":[{"type":"webhook","name":"lookup","description":"d",
				"api_schema":{"url":"https://api.example/x?token=TK-SECRET-E4","method":"GET",
				"request_headers":{"X-Password":"PS-SECRET-E5","Accept":"json"}}}]}}}}`,
			[]string{"PW-SECRET-E1", "CL-SECRET-E2", "AU-SECRET-E3", "TK-SECRET-E4", "PS-SECRET-E5"},
		},
		{
			"dasha", `{"name":"d","config":{"primaryLanguage":"en-US",
			"llmConfig":{"model":"m","vendor":"openai","prompt":"hi"},
			"resultWebhook":{"url":"https://user:PW-SECRET-D1@hooks.example/r?sig=SG-SECRET-D2",
				"headers":{"X-Hub-Signature":"SIG-SECRET-D3","Accept":"json"},
				"customSettings":{"httpMethod":"POST","queryParams":{"client_credential":"CC-SECRET-D4"}}},
			"mcpConnections":[{"name":"m","serverUrl":"https://mcp.example/sse?apikey=MK-SECRET-D5","transport":"SSE",
				"customHeaders":{"X-Signature":"XS-SECRET-D6"}}]}}`,
			[]string{"PW-SECRET-D1", "SG-SECRET-D2", "SIG-SECRET-D3", "CC-SECRET-D4", "MK-SECRET-D5", "XS-SECRET-D6"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.provider, func(t *testing.T) {
			t.Parallel()
			p, err := newProvider(tt.provider, storage.Connection{BaseURL: "https://api.example.com"})
			if err != nil {
				t.Fatal(err)
			}
			dec, err := p.Decode([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			inDraft, _ := json.Marshal(dec.Agent)
			masked, err := p.Encode(&dec.Agent, dec.Native, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			sent, err := p.Encode(&dec.Agent, dec.Native, agent.SecretMap(dec.Secrets))
			if err != nil {
				t.Fatal(err)
			}
			kept := map[string]bool{}
			for _, v := range dec.Secrets {
				kept[v] = true
			}
			for _, s := range tt.secrets {
				if strings.Contains(string(dec.Native)+string(inDraft), s) {
					t.Errorf("%s is in the draft", s)
				}
				if !kept[s] {
					t.Errorf("%s was not kept as a secret value", s)
				}
				if strings.Contains(string(masked), s) {
					t.Errorf("%s is shown unmasked in export", s)
				}
				if !strings.Contains(string(sent), s) {
					t.Errorf("%s is not in the request a push sends", s)
				}
			}
			if !strings.Contains(string(masked), agent.Masked) {
				t.Errorf("the export shows no mask:\n%s", masked)
			}
			// Readable parts stay readable: hosts and harmless query values.
			if !strings.Contains(string(dec.Native), "hooks.example") && !strings.Contains(string(dec.Native), "api.example") {
				t.Errorf("the address lost its readable parts:\n%s", dec.Native)
			}
		})
	}
}

// Each header name that the rule must catch, and some it must leave alone.
func TestSecretHeaderNames(t *testing.T) {
	t.Parallel()
	for _, name := range []string{
		"Authorization", "X-Api-Key", "X-Hub-Signature-256", "X-Custom-Auth",
		"X-Password", "X-Credential", "Private-Token", "X-Client-Secret", "Cookie", "subscription-key",
	} {
		if !agent.IsSecretHeader(name) {
			t.Errorf("%s is not taken for a credential", name)
		}
	}
	for _, name := range []string{"Accept", "Content-Type", "X-Request-Id", "User-Agent"} {
		if agent.IsSecretHeader(name) {
			t.Errorf("%s is taken for a credential", name)
		}
	}
	for _, name := range []string{"key", "api_key", "apikey", "token", "access_token", "secret", "client_secret", "sig", "signature", "pwd", "auth"} {
		if !agent.IsSecretQueryParam(name) {
			t.Errorf("query parameter %s is not taken for a credential", name)
		}
	}
	for _, name := range []string{"lang", "page", "id", "format"} {
		if agent.IsSecretQueryParam(name) {
			t.Errorf("query parameter %s is taken for a credential", name)
		}
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
