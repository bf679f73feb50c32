package cli

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
)

// Obviously fake keys; tests assert they never show up in output.
const (
	novaKey    = "nova-cli-test-FAKE-0000"
	trilletKey = "trillet-cli-test-FAKE-0000"
)

// novaCLI is a command line with its own home, talking to a fake Nova.
func novaCLI(t *testing.T) (*cli, *novatest.Server) {
	t.Helper()
	fake := novatest.New(t, novaKey)
	return fakeCLI(t, "nova", novaKey, fake.BaseURL, "ORG_ID", novatest.Org), fake
}

// trilletCLI is a command line with its own home, talking to a fake Trillet.
func trilletCLI(t *testing.T) (*cli, *trillettest.Server) {
	t.Helper()
	fake := trillettest.New(t, trilletKey)
	return fakeCLI(t, "trillet", trilletKey, fake.BaseURL, "WORKSPACE_ID", trillettest.Workspace), fake
}

// sameJSON compares two JSON texts, key order aside.
func sameJSON(t *testing.T, got, want string) bool {
	t.Helper()
	var g, w any
	if err := json.Unmarshal([]byte(got), &g); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, got)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(g, w)
}

// noSecrets fails the test if any of the values shows up in outputs.
func noSecrets(t *testing.T, values []string, outputs ...string) {
	t.Helper()
	for _, o := range outputs {
		for _, v := range values {
			if strings.Contains(o, v) {
				t.Errorf("%q was printed:\n%s", v, o)
			}
		}
	}
}

func TestNovaFromImportToPullOnTheCommandLine(t *testing.T) {
	t.Parallel()
	c, fake := novaCLI(t)
	id := c.mustRun("import", providerDoc("nova", "get_objects.json"), "--provider", "nova")

	exported := c.mustRun("export", id)
	want := readDoc(t, "nova", "get_objects.want.json")
	if !sameJSON(t, exported, string(want)) {
		t.Errorf("export of an imported GET answer must be the answer minus response-only fields:\n%s", exported)
	}
	if code, _, stderr := c.run("validate", id); code != exitOK {
		t.Fatalf("validate exited %d: %s", code, stderr)
	}

	code, dry, stderr := c.run("push", id, "--dry-run")
	if code != exitOK || !strings.Contains(dry, "POST "+fake.BaseURL+"/org/"+novatest.Org+"/agents\n") ||
		!strings.Contains(dry, "PATCH "+fake.BaseURL+"/org/"+novatest.Org+"/agents/{agent_id}\n") || len(fake.Calls()) != 0 {
		t.Fatalf("dry run (exit %d) must show create then configure and send nothing:\n%s\n%s", code, dry, stderr)
	}

	code, stdout, stderr := c.run("push", id)
	if code != exitOK {
		t.Fatalf("push exited %d: %s", code, stderr)
	}
	remote := strings.TrimSpace(stdout)
	for _, step := range []string{"Creating the agent on Nova…", "Sending the rest of the settings to Nova…", "Reading the agent back…"} {
		if !strings.Contains(stderr, step) {
			t.Errorf("stderr lacks %q:\n%s", step, stderr)
		}
	}
	if fake.Count() != 1 || c.load(id).Remote().ID != remote {
		t.Fatalf("agents %d, draft remote %+v, printed %q", fake.Count(), c.load(id).Remote(), remote)
	}

	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Temperature = ptrTo(0.4) })
	if out := c.mustRun("diff", id); !strings.Contains(out, "Temperature") {
		t.Errorf("diff should show the edited temperature:\n%s", out)
	}
	if again := c.mustRun("push", id); again != remote || fake.Count() != 1 || fake.CallsOf("POST") != 1 {
		t.Errorf("second push printed %q; agents %d, creates %d", again, fake.Count(), fake.CallsOf("POST"))
	}
	if got := c.mustRun("pull", "--provider", "nova", remote); got != id {
		t.Errorf("pull should refresh the linked draft %s, printed %s", id, got)
	}
	if d := c.load(id); d.Agent.LLM.Temperature == nil || *d.Agent.LLM.Temperature != 0.4 || d.Status() != agent.StatusPushed {
		t.Errorf("pulled draft: %+v, status %s", d.Agent.LLM, d.Status())
	}
}

func TestNovaFailedConfigureIsFinishedByTheNextPush(t *testing.T) {
	t.Parallel()
	c, fake := novaCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova", "--template", "receptionist")
	down := novatest.Fault{Status: 503, Body: novatest.Detail("Service Unavailable")}
	fake.Inject("PATCH", down, down, down)
	code, _, stderr := c.run("push", id)
	if code != exitFailure || !strings.Contains(stderr, "Nova could not be reached") || !strings.Contains(stderr, "the next push updates it") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	remote := c.load(id).Remote().ID
	if remote == "" {
		t.Fatal("the id from the create must be saved")
	}
	if got := c.mustRun("push", id); got != remote || fake.CallsOf("POST") != 1 || fake.Count() != 1 {
		t.Errorf("second push printed %q; creates %d, agents %d", got, fake.CallsOf("POST"), fake.Count())
	}
}

func TestNovaPullKeepsWhatAnAnswerHides(t *testing.T) {
	t.Parallel()
	c, fake := novaCLI(t)
	id := c.mustRun("new", "Helper", "--provider", "nova")
	c.edit(id, func(d *agent.Draft) {
		d.Agent.LLM.Vendor, d.Agent.LLM.Model = "openai", "gpt-4o-mini"
	})
	remote := c.mustRun("push", id)
	fake.AnswerWithArrays(true)
	c.mustRun("pull", "--provider", "nova", remote)
	if d := c.load(id); d.Agent.LLM.Model != "gpt-4o-mini" {
		t.Errorf("a pull must not wipe settings the answer only showed as placeholders: %+v", d.Agent.LLM)
	}
}

func TestNovaWithoutAnOrgSaysWhatToSet(t *testing.T) {
	t.Parallel()
	c, _ := novaCLI(t)
	delete(c.env, "AGENTDECK_NOVA_ORG_ID")
	id := c.mustRun("new", "x", "--provider", "nova")
	code, _, stderr := c.run("push", id)
	if code != exitFailure || !strings.Contains(stderr, "AGENTDECK_NOVA_ORG_ID") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	if c.load(id).Remote().Pending() {
		t.Error("nothing was sent, so no create may be pending")
	}
}

func TestTrilletFromImportToPushOnTheCommandLine(t *testing.T) {
	t.Parallel()
	c, fake := trilletCLI(t)
	const byoKey = "xi-fake-byo-key-7788"
	id := c.mustRun("import", providerDoc("trillet", "full_request.json"), "--provider", "trillet")

	for _, f := range c.draftFilesHolding(byoKey) {
		t.Errorf("the own-ElevenLabs key is in %s", f)
	}
	exported := c.mustRun("export", id)
	if !strings.Contains(exported, `"elevenLabsApiKey": "********"`) {
		t.Errorf("export must mask the key:\n%s", exported)
	}
	code, stdout, stderr := c.run("push", id)
	if code != exitOK {
		t.Fatalf("push exited %d: %s", code, stderr)
	}
	noSecrets(t, []string{byoKey, trilletKey}, stdout, stderr, exported)
	if !strings.Contains(string(fake.LastBody("POST")), byoKey) {
		t.Error("the real key must be sent on push")
	}
	remote := strings.TrimSpace(stdout)
	if code, out, errOut := c.run("diff", id); code != exitOK || strings.Contains(errOut, "changed on Trillet since") {
		t.Errorf("right after a push, the agent (with its secret) is not changed elsewhere: exit %d\n%s%s", code, out, errOut)
	}
	_, dry, _ := c.run("push", id, "--dry-run")
	if !strings.HasPrefix(dry, "PUT "+fake.BaseURL+"/v1/api/agents/"+remote+"\n") {
		t.Errorf("a pushed draft's dry run is one PUT:\n%s", dry)
	}
	c.edit(id, func(d *agent.Draft) { d.Agent.Voice.Speed = ptrTo(0.85) })
	if again := c.mustRun("push", id); again != remote || fake.Count() != 1 || fake.CallsOf("PUT") != 1 {
		t.Errorf("second push printed %q; agents %d, PUTs %d", again, fake.Count(), fake.CallsOf("PUT"))
	}
	if got, _ := fake.Stored(remote)["settings"].(map[string]any); got["temperature"] == nil || got["speed"] == nil {
		t.Errorf("settings after the update: %v", got)
	}
}

func TestTrilletTemplatePushAndPromptNotCarried(t *testing.T) {
	t.Parallel()
	c, fake := trilletCLI(t)
	// A new Trillet draft has no prompt (TestNewDraftIsClean): this one was
	// made for ElevenLabs and moved to Trillet, prompt and all.
	id := c.mustRun("new", "Support", "--provider", "elevenlabs", "--template", "support")
	c.edit(id, func(d *agent.Draft) { d.Provider = "trillet" })
	code, stdout, stderr := c.run("push", id, "--details")
	if code != exitOK || fake.Count() != 1 {
		t.Fatalf("exit %d, agents %d: %s", code, fake.Count(), stderr)
	}
	if !strings.Contains(stderr, "llm.prompt") {
		t.Errorf("the push should warn that the prompt is not carried:\n%s", stderr)
	}
	noSecrets(t, []string{trilletKey}, stdout, stderr)
}

func TestTrilletWithoutAWorkspaceSaysWhatToSet(t *testing.T) {
	t.Parallel()
	c, _ := trilletCLI(t)
	delete(c.env, "AGENTDECK_TRILLET_WORKSPACE_ID")
	code, _, stderr := c.run("pull", "--provider", "trillet", "abc")
	if code != exitFailure || !strings.Contains(stderr, "AGENTDECK_TRILLET_WORKSPACE_ID") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
}
