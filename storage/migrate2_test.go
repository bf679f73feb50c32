package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"go.yaml.in/yaml/v3"
)

// Format 3 (issues 17–20): drafts written by the format-2 binary
// (testdata/format2) read with their agent, remote links and native
// documents intact; their revision seeds this machine's record; the first
// save writes format 3 without revision and updated, and a second save of
// the unchanged draft leaves the file byte-identical.
func TestMigrateFormat2Drafts(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("testdata", "format2", "*.yaml"))
	if err != nil || len(files) < 5 {
		t.Fatalf("fixtures: %v, %d", err, len(files))
	}
	for i, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			s := newTestStore(t)
			old, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var v2 struct {
				SchemaVersion int                                `yaml:"schema_version"`
				ID            string                             `yaml:"id"`
				Revision      int                                `yaml:"revision"`
				Agent         agent.Agent                        `yaml:"agent"`
				Remotes       map[string]map[string]agent.Remote `yaml:"remotes"`
			}
			if err := yaml.Unmarshal(old, &v2); err != nil || v2.SchemaVersion != 2 || v2.ID == "" {
				t.Fatalf("fixture unreadable: %v (format %d)", err, v2.SchemaVersion)
			}
			id := v2.ID
			if err := os.WriteFile(s.path(id), old, 0o600); err != nil {
				t.Fatal(err)
			}
			d, err := s.Load(id)
			if err != nil {
				t.Fatal(err)
			}
			if d.SchemaVersion != agent.SchemaVersion || d.Revision != v2.Revision {
				t.Fatalf("format %d revision %d, want %d and %d", d.SchemaVersion, d.Revision, agent.SchemaVersion, v2.Revision)
			}
			if agent.ContentHash(&d.Agent) != agent.ContentHash(&v2.Agent) {
				t.Fatalf("the agent changed on the way in:\n%+v\n%+v", d.Agent, v2.Agent)
			}
			for p, envs := range v2.Remotes {
				for e, r := range envs {
					if got := d.RemoteFor(p, e); got != r {
						t.Fatalf("remote %s/%s = %+v, want %+v", p, e, got, r)
					}
				}
			}
			if after, _ := os.ReadFile(s.path(id)); string(after) != string(old) {
				t.Fatal("loading rewrote the file")
			}
			if i == 0 {
				d.Agent.Identity.Description = "edited after the upgrade"
			}
			mustSave(t, s, &d)
			first, _ := os.ReadFile(s.path(id))
			text := string(first)
			if !strings.Contains(text, "schema_version: 3\n") || strings.Contains(text, "\nrevision:") || strings.Contains(text, "\nupdated:") {
				t.Fatalf("saved file:\n%s", text)
			}
			again, err := s.Load(id)
			if err != nil || again.Revision != d.Revision {
				t.Fatalf("after save: %v, revision %d want %d", err, again.Revision, d.Revision)
			}
			mustSave(t, s, &again)
			if second, _ := os.ReadFile(s.path(id)); string(second) != text {
				t.Fatalf("saving the unchanged draft changed the file:\n%s\n---\n%s", text, second)
			}
		})
	}
}
