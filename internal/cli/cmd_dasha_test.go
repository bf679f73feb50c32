package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/storage"
)

// The command line end to end against the fake Dasha server: import →
// export identical, push creates then updates, dry run, diff, pull.

const dashaTestKey = "dasha-cli-key-FAKE-SECRET-1111"

func dashaCLI(t *testing.T) (*cli, *dashatest.Fake) {
	t.Helper()
	fake := dashatest.New(t, dashaTestKey)
	return fakeCLI(t, "dasha", dashaTestKey, fake.URL()), fake
}

// dashaPulled is a command line whose fake Dasha holds the agent doc,
// pulled into a draft: the agent's remote id and the draft's id.
func dashaPulled(t *testing.T, doc []byte) (c *cli, fake *dashatest.Fake, remote, id string) {
	t.Helper()
	c, fake = dashaCLI(t)
	remote = fake.Store(doc)
	id = dashaRun(t, c, "pull", "--provider", "dasha", remote)
	return c, fake, remote, id
}

// dashaRun runs a command that must succeed and returns its trimmed stdout.
func dashaRun(t *testing.T, c *cli, args ...string) string {
	t.Helper()
	code, stdout, stderr := c.run(args...)
	if code != exitOK {
		t.Fatalf("agentdeck %s exited %d:\n%s", strings.Join(args, " "), code, stderr)
	}
	if strings.Contains(stdout+stderr, "FAKE-SECRET") {
		t.Fatalf("agentdeck %s printed a secret:\n%s\n%s", strings.Join(args, " "), stdout, stderr)
	}
	return strings.TrimSpace(stdout)
}

func dashaDoc(name string) string {
	return providerDoc("dasha", name)
}

func dashaStore(t *testing.T, c *cli) *storage.Store {
	t.Helper()
	paths, err := storage.ResolvePaths(func(k string) string { return c.env[k] })
	if err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(paths.Drafts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// maskFakeSecrets replaces every test credential in v by the export mask.
func maskFakeSecrets(v any) {
	switch t := v.(type) {
	case map[string]any:
		for k, c := range t {
			if s, ok := c.(string); ok && strings.Contains(s, "FAKE-SECRET") {
				t[k] = agent.Masked
				continue
			}
			maskFakeSecrets(c)
		}
	case []any:
		for _, c := range t {
			maskFakeSecrets(c)
		}
	}
}

func TestDashaImportThenExportIsIdentical(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"minimal_request.json", "unknown_fields.json", "seed_request.json", "full_response.json"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c, _ := dashaCLI(t)
			id := dashaRun(t, c, "import", dashaDoc(name), "--provider", "dasha")
			exported := dashaRun(t, c, "export", id)

			raw := readDoc(t, "dasha", name)
			want := jsonTree(t, string(raw)).(map[string]any)
			for _, k := range []string{"agentId", "orgId", "createdTime", "lastUpdateTime"} {
				delete(want, k) // response-only: never sent back
			}
			if in, ok := want["inboundSipConfig"].(map[string]any); ok {
				delete(in, "id")
				delete(in, "sipUri")
				delete(in, "sipTrunkUri")
			}
			// Export shows secrets masked; the document is otherwise the same.
			maskFakeSecrets(want)
			if name == "seed_request.json" {
				auth := want["config"].(map[string]any)["mcpConnections"].([]any)[0].(map[string]any)["authentication"].(map[string]any)
				auth["apiKey"] = agent.Masked
			}
			if got := jsonTree(t, exported); !reflect.DeepEqual(got, want) {
				t.Fatalf("export differs from the imported document:\n%s", exported)
			}

			// Nothing secret reached the draft file.
			if files := c.draftFilesHolding("FAKE-SECRET"); len(files) > 0 {
				t.Fatalf("the draft file %s holds a secret", files[0])
			}
		})
	}
}

func TestDashaPushCreatesThenUpdates(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := dashaRun(t, c, "new", "Support line", "--provider", "dasha", "--template", "support")
	remote := dashaRun(t, c, "push", id)
	if ids := fake.AgentIDs(); len(ids) != 1 || ids[0] != remote || fake.Calls("create") != 1 {
		t.Fatalf("push printed %q; agents on the fake %v", remote, ids)
	}

	s := dashaStore(t, c)
	d, err := s.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Remote().ID != remote || d.Status() != agent.StatusPushed {
		t.Fatalf("draft remote %+v, status %s", d.Remote(), d.Status())
	}
	speed := 1.1
	d.Agent.Voice.Speed = &speed
	if err := s.Save(&d); err != nil {
		t.Fatal(err)
	}
	if again := dashaRun(t, c, "push", id); again != remote {
		t.Fatalf("second push printed %q, want %q", again, remote)
	}
	if len(fake.AgentIDs()) != 1 || fake.Calls("update") != 1 || fake.Calls("create") != 1 {
		t.Fatalf("after the second push: %d agents, %d creates, %d updates", len(fake.AgentIDs()), fake.Calls("create"), fake.Calls("update"))
	}
	tts := fake.Agent(remote)["config"].(map[string]any)["ttsConfig"].(map[string]any)
	if tts["speed"] != json.Number("1.1") {
		t.Fatalf("speed on Dasha = %v", tts["speed"])
	}
}

func TestDashaPushSendsSecretsOnlyToDasha(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := dashaRun(t, c, "import", dashaDoc("full_response.json"), "--provider", "dasha")
	dashaRun(t, c, "push", id) // fails the test if a secret is printed
	bodies := fake.Bodies("create")
	if len(bodies) != 1 || !bytes.Contains(bodies[0], []byte(`"sk-FAKE-SECRET-llm-0001"`)) || !bytes.Contains(bodies[0], []byte(`"Bearer FAKE-SECRET-tool-token"`)) {
		t.Fatal("the real secrets were not sent on push")
	}
}

func TestDashaDryRunSendsNothing(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := dashaRun(t, c, "import", dashaDoc("full_response.json"), "--provider", "dasha")
	out := dashaRun(t, c, "push", id, "--dry-run")
	if !strings.HasPrefix(out, "POST "+fake.URL()+"/api/v1/agents\n{") || !strings.Contains(out, `"apiKey": "********"`) {
		t.Fatalf("dry run of a first push:\n%s", out)
	}
	if fake.Calls("create")+fake.Calls("update")+fake.Calls("list") != 0 {
		t.Fatal("a dry run reached Dasha")
	}
	remote := dashaRun(t, c, "push", id)
	out = dashaRun(t, c, "push", id, "--dry-run")
	if !strings.HasPrefix(out, "PUT "+fake.URL()+"/api/v1/agents/"+remote+"\n{") {
		t.Fatalf("dry run of a later push:\n%s", out)
	}
	if fake.Calls("update") != 0 {
		t.Fatal("a dry run updated the agent")
	}
}

func TestDashaDiffThenPull(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := dashaRun(t, c, "import", dashaDoc("full_response.json"), "--provider", "dasha")
	remote := dashaRun(t, c, "push", id)
	if out := dashaRun(t, c, "diff", id); out != "" {
		t.Fatalf("right after a push diff shows:\n%s", out)
	}

	fake.Edit(remote, "description", "Edited in the Dasha dashboard.")
	code, out, stderr := c.run("diff", id)
	if code != exitOK || !strings.Contains(out, "Edited in the Dasha dashboard.") || !strings.Contains(out, "Books and moves appointments") {
		t.Fatalf("diff after a dashboard edit (exit %d):\n%s\n%s", code, out, stderr)
	}
	if !strings.Contains(stderr, "changed on Dasha BlackBox") {
		t.Errorf("diff does not say the agent changed elsewhere:\n%s", stderr)
	}

	if pulled := dashaRun(t, c, "pull", "--provider", "dasha", remote); pulled != id {
		t.Fatalf("pull made draft %q instead of refreshing %q", pulled, id)
	}
	d, err := dashaStore(t, c).Load(id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Agent.Identity.Description != "Edited in the Dasha dashboard." || d.Status() != agent.StatusPushed {
		t.Fatalf("pulled draft: %q, status %s", d.Agent.Identity.Description, d.Status())
	}
	if out := dashaRun(t, c, "diff", id); out != "" {
		t.Fatalf("after a pull diff shows:\n%s", out)
	}
	// The pulled draft still pushes with its secrets, without asking again.
	dashaRun(t, c, "push", id)
	if len(fake.AgentIDs()) != 1 {
		t.Fatalf("%d agents after pull and push", len(fake.AgentIDs()))
	}
}

func TestDashaPullOfANewAgent(t *testing.T) {
	t.Parallel()
	raw := readDoc(t, "dasha", "unknown_fields.json")
	c, _, _, id := dashaPulled(t, raw)
	exported := dashaRun(t, c, "export", id)
	got := jsonTree(t, exported).(map[string]any)
	want := jsonTree(t, string(raw)).(map[string]any)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("a pulled agent does not export as it was:\n%s", exported)
	}
}

func TestDashaValidateNamesTheProblem(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	doc := `{"name": "Bad tool", "config": {"primaryLanguage": "en-US",
		"ttsConfig": {"voiceId": "v", "vendor": "ElevenLabs", "speed": 1.5},
		"llmConfig": {"vendor": "openai", "model": "gpt-4o", "prompt": "p"},
		"tools": [{"name": "look-up", "description": "d", "schema": {}, "webhook": {"url": "https://x.example"}, "timeoutSeconds": 900}]},
		"schedule": {"timezone": "UTC", "mon": [{"start": {"hour": 17, "minute": 0}, "end": {"hour": 9, "minute": 0}}]}}`
	writeFile(t, bad, doc)
	id := dashaRun(t, c, "import", bad, "--provider", "dasha")
	code, stdout, stderr := c.run("validate", id, "--details")
	if code != exitFailure || !strings.Contains(stderr, "not ready for Dasha BlackBox") {
		t.Fatalf("validate exited %d, want %d:\n%s", code, exitFailure, stderr)
	}
	for _, want := range []string{"tools[0].name", "hyphens", "tools[0].timeout_seconds", "1 to 300", "voice.speed", "0.7 to 1.2", "schedule.mon[0]", "ends before it starts"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("validate output lacks %q:\n%s", want, stdout)
		}
	}
	if code, _, _ := c.run("push", id); code != exitFailure || fake.Calls("create") != 0 {
		t.Fatalf("push of an invalid draft exited %d and sent %d creates", code, fake.Calls("create"))
	}
}

// TestDashaPullKeepsAKeyTheAnswerHides: should Dasha star out keys in its
// answers, a pull that refreshes a draft keeps the key the draft had, and
// the next push sends the real key, not the stars.
func TestDashaPullKeepsAKeyTheAnswerHides(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := dashaRun(t, c, "import", dashaDoc("full_response.json"), "--provider", "dasha")
	remote := dashaRun(t, c, "push", id)
	fake.SetMaskKeys(true)
	fake.Edit(remote, "description", "Edited elsewhere.")
	if pulled := dashaRun(t, c, "pull", "--provider", "dasha", remote); pulled != id {
		t.Fatalf("pull made %q instead of refreshing %q", pulled, id)
	}
	dashaRun(t, c, "push", id)
	bodies := fake.Bodies("update")
	if len(bodies) != 1 || !bytes.Contains(bodies[0], []byte(`"sk-FAKE-SECRET-llm-0001"`)) || bytes.Contains(bodies[0], []byte("****")) {
		t.Fatal("after a pull of a starred-out key, push did not send the real key")
	}
}
