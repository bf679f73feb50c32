package storage

import (
	"bytes"
	"os"
	"path/filepath"
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
	s := newTestStore(t)
	d := newDraft("Front desk", "elevenlabs")
	mustSave(t, s, &d)
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
