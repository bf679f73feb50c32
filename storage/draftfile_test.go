package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestEnvironmentsRoundTripAndKeepTheFileStill saves a draft with
// environments, reads it back the same, and saves it unchanged without a
// byte of the file changing but the revision line; a draft without
// environments writes no environments key at all.
func TestEnvironmentsRoundTripAndKeepTheFileStill(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "elevenlabs")
	plain, err := os.ReadFile(filepath.Join(s.dir, d.ID+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte("environments")) {
		t.Errorf("a draft without environments writes the key:\n%s", plain)
	}
	d.Environments = map[string]agent.EnvValues{
		"prod":    {Variables: map[string]string{"clinic": "Main"}, Overrides: map[string]string{"limits.max_duration": "600"}, IDs: map[string]string{"pn-1": "pn-9"}},
		"staging": {Variables: map[string]string{"clinic": "Test"}},
	}
	d.Env = "prod" // never saved
	mustSave(t, s, &d)
	got, err := s.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Env != "" || got.Environments["prod"].IDs["pn-1"] != "pn-9" || got.Environments["prod"].Overrides["limits.max_duration"] != "600" ||
		got.Environments["staging"].Variables["clinic"] != "Test" {
		t.Fatalf("read back %+v (env %q)", got.Environments, got.Env)
	}
	first, _ := os.ReadFile(filepath.Join(s.dir, d.ID+".yaml"))
	mustSave(t, s, &got)
	second, _ := os.ReadFile(filepath.Join(s.dir, d.ID+".yaml"))
	strip := func(b []byte) string {
		var keep []string
		for _, l := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(l, "revision:") && !strings.HasPrefix(l, "updated:") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
	if strip(first) != strip(second) {
		t.Errorf("an unchanged save changed the file:\n%s\n---\n%s", first, second)
	}
}

func TestDraftTestsAreKeptInTheFileAsWritten(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "elevenlabs")
	d.Tests = []agent.TestCase{
		{Name: "hours", Opening: []string{"When are you open?"}, MustContain: []string{"nine"}, MustNotContain: []string{"closed"}},
		{Name: "books", Opening: []string{"Monday please"}, Tool: &agent.ToolCheck{Name: "check_slot", Params: map[string]string{"day": "monday"}}},
		{Name: "angry", Caller: "An angry caller", MaxTurns: 4},
	}
	mustSave(t, s, &d)
	raw, err := os.ReadFile(filepath.Join(s.Dir(), d.ID+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"tests:\n", "must_contain:\n", "must_not_contain:\n", "tool:\n", "caller: An angry caller\n", "max_turns: 4\n"} {
		if !strings.Contains(string(raw), w) {
			t.Errorf("the file does not hold %q:\n%s", w, raw)
		}
	}
	got, err := s.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Tests, d.Tests) {
		t.Errorf("tests read back = %+v", got.Tests)
	}
	// Tests are not the agent: they never make the draft "changed".
	if agent.ContentHash(&got.Agent) != agent.ContentHash(&d.Agent) {
		t.Error("tests changed the agent's hash")
	}
}

func TestTestIDsAreRememberedPerProviderAndEnvironment(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "data", "provider-tests.json")
	ids := OpenTestIDs(path)
	if got := ids.For("elevenlabs", "default").TestID("t"); got != "" {
		t.Errorf("a missing file gave %q", got)
	}
	if err := ids.For("elevenlabs", "default").RememberTestID("t", "test_1"); err != nil {
		t.Fatal(err)
	}
	again := OpenTestIDs(path)
	if again.For("elevenlabs", "default").TestID("t") != "test_1" || again.For("elevenlabs", "staging").TestID("t") != "" {
		t.Error("ids are not kept per provider and environment")
	}
	if err := os.WriteFile(path, []byte("not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if again.For("elevenlabs", "default").TestID("t") != "" {
		t.Error("a broken file gave an id")
	}
	if err := again.For("elevenlabs", "default").RememberTestID("t", "test_2"); err != nil || again.For("elevenlabs", "default").TestID("t") != "test_2" {
		t.Errorf("a broken file was not replaced: %v", err)
	}
}
