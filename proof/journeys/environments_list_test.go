package journeys

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestEnvironmentSettingsAndListThroughTheBinary drives the real binary:
// prod overrides one of ElevenLabs' own settings in the draft file, a push
// to prod sends it in the form the setting takes, list shows where each
// environment stands (text and JSON), and a second name that would read
// prod's key variable (PROD) is refused, naming both.
func TestEnvironmentSettingsAndListThroughTheBinary(t *testing.T) {
	bin := buildWith(t)
	const stagingKey, prodKey = "staging-envlist-FAKE-0001", "prod-envlist-FAKE-0002"
	staging, prod, _ := envAccounts(t, "elevenlabs", stagingKey, prodKey)
	home := filepath.Join(t.TempDir(), "home")
	env := []string{
		"AGENTDECK_HOME=" + home,
		"AGENTDECK_ELEVENLABS_API_KEY=" + stagingKey, "AGENTDECK_ELEVENLABS_BASE_URL=" + staging.url,
		"AGENTDECK_ELEVENLABS_API_KEY_PROD=" + prodKey, "AGENTDECK_ELEVENLABS_BASE_URL_PROD=" + prod.url,
	}
	run := func(args ...string) string { return runBinary(t, bin, env, args...) }
	id := run("new", "Front desk", "--provider", "elevenlabs")
	appendTo(t, filepath.Join(home, "drafts", id+".yaml"), "environments:\n  prod:\n    overrides:\n"+
		"      settings.elevenlabs.file_input_max_files_in_memory: \"7\"\n")

	pID := run("push", id, "--env", "prod")
	if doc := prod.stored(pID); !strings.Contains(doc, `"max_files_in_memory":7`) {
		t.Errorf("prod's agent lacks prod's setting as a number: %s", doc)
	}
	if line := run("list"); !strings.Contains(line, " default ○ prod ✓ ") || !strings.HasSuffix(line, "Front desk") {
		t.Errorf("list = %q", line)
	}
	var listed []struct {
		Environments []map[string]string `json:"environments"`
	}
	if err := json.Unmarshal([]byte(run("list", "--json")), &listed); err != nil || len(listed) != 1 {
		t.Fatalf("list --json: %v %v", err, listed)
	}
	if got := listed[0].Environments; len(got) != 2 || got[1]["name"] != "prod" || got[1]["state"] != "in step" || got[1]["agent_id"] != pID {
		t.Errorf("environments = %v", got)
	}

	code, _, errOut := envRun(t, bin, env, "push", id, "--env", "PROD")
	if code == 0 || !strings.Contains(errOut, `"prod" and "PROD"`) || len(prod.ids()) != 1 || len(staging.ids()) != 0 {
		t.Errorf("push --env PROD beside prod: exit %d, prod %v, staging %v\n%s", code, prod.ids(), staging.ids(), errOut)
	}
}
