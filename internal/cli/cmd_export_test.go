package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"
)

// jsonTree parses JSON keeping numbers' text.
func jsonTree(t *testing.T, doc string) any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, doc)
	}
	return v
}

func TestExportGivesBackWhatWasImported(t *testing.T) {
	t.Parallel()
	for _, file := range []string{"platform_workflow.json", "all_builtins.json", "cli_config.json"} {
		t.Run(file, func(t *testing.T) {
			t.Parallel()
			c, _ := elevenCLI(t)
			id := c.mustRun("import", elevenDoc(file), "--provider", "elevenlabs")
			got := c.mustRun("export", id)
			want, _ := os.ReadFile(elevenDoc(file))
			masked := bytes.ReplaceAll(want, []byte("Bearer hd_live_7f3a9c1e5b2d"), []byte("********"))
			if !reflect.DeepEqual(jsonTree(t, got), jsonTree(t, string(masked))) {
				t.Errorf("export differs from the imported document:\n%s", got)
			}
		})
	}
}

func TestExportMasksSecrets(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	id := c.mustRun("import", elevenDoc("webhook_tools.json"), "--provider", "elevenlabs")
	got := c.mustRun("export", id)
	if strings.Contains(got, "kw_live_51Hx9QeT2wX7") || !strings.Contains(got, `"Authorization": "********"`) {
		t.Errorf("the secret is not masked:\n%s", got)
	}
}

func TestExportForAnotherProvider(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "dasha", "--template", "receptionist")
	code, stdout, stderr := c.run("export", id, "--provider", "elevenlabs")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	body := jsonTree(t, stdout).(map[string]any)
	if body["name"] != "Front desk" || body["conversation_config"] == nil {
		t.Errorf("not an ElevenLabs body:\n%s", stdout)
	}
	if !strings.Contains(stderr, "Not sent, because ElevenLabs Agents has no such setting:") || !strings.Contains(stderr, "Basics › Description") {
		t.Errorf("stderr does not list what ElevenLabs cannot carry: %q", stderr)
	}
	if code, _, stderr := c.run("export", id, "--provider", "vapi"); code != exitUsage {
		t.Errorf("an unknown provider exited %d: %s", code, stderr)
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	// A new draft is clean for its own provider (TestNewDraftIsClean); a
	// Nova receptionist keeps a goodbye, which ElevenLabs cannot carry.
	good := c.mustRun("new", "Front desk", "--provider", "nova", "--template", "receptionist")
	code, stdout, stderr := c.run("validate", good, "--provider", "elevenlabs", "--details")
	if code != exitOK || !strings.Contains(stdout, "warning Greeting & goodbye › Goodbye (goodbye.message): this provider has no such setting") ||
		!strings.Contains(stderr, "Ready for ElevenLabs Agents, with") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	bad := clitest.WriteFile(t, "bad.json", `{"name": "Too fast", "conversation_config": {"tts": {"speed": 1.5}, "agent": {"first_message": "Hi"}}}`)
	id := c.mustRun("import", bad, "--provider", "elevenlabs")
	code, stdout, stderr = c.run("validate", id, "--details")
	if code != exitFailure {
		t.Errorf("a draft with an error exited %d", code)
	}
	if !strings.Contains(stdout, "error   Voice › Speed (voice.speed): use a number from 0.7 to 1.2") {
		t.Errorf("stdout = %q", stdout)
	}
	if firstLine(stderr) != "agentdeck: The draft is not ready for ElevenLabs Agents: fix the errors listed." {
		t.Errorf("stderr = %q", stderr)
	}
	// By default a field is named in plain words: no path in brackets.
	_, stdout, _ = c.run("validate", id)
	if !strings.Contains(stdout, "error   Voice › Speed: use a number from 0.7 to 1.2") || strings.Contains(stdout, "(voice.speed)") {
		t.Errorf("validate without --details: stdout = %q", stdout)
	}
	if code, _, _ := c.run("validate", "nosuch"); code != exitFailure {
		t.Errorf("an unknown draft exited %d", code)
	}
}
