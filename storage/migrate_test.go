package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"go.yaml.in/yaml/v3"
)

// copyFixture puts a draft file written by an older agentdeck (under
// testdata/format1, written by the binary of format 1) into a store.
func copyFixture(t *testing.T, s *Store, name, id string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "format1", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.path(id), data, 0o600); err != nil {
		t.Fatal(err)
	}
	return data
}

// Regression (issue 13, point 2): format 2 keeps the remote state per
// provider and environment; a pushed format-1 draft must stay linked, keep
// its native document and still read as pushed (unchanged agent).
func TestMigrateFormat1PushedDraft(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	old := copyFixture(t, s, "pushed-dasha.yaml", "pushed")
	var v1 struct {
		Native string `yaml:"native"`
		Remote struct {
			ID        string `yaml:"id"`
			AgentHash string `yaml:"agent_hash"`
		} `yaml:"remote"`
	}
	if err := yaml.Unmarshal(old, &v1); err != nil || v1.Native == "" || v1.Remote.ID == "" {
		t.Fatalf("fixture unreadable: %v", err)
	}
	d, err := s.Load("pushed")
	if err != nil {
		t.Fatal(err)
	}
	r := d.RemoteFor("dasha", agent.DefaultEnv)
	if r.ID != v1.Remote.ID || r.AgentHash != v1.Remote.AgentHash || r.Native != v1.Native || r.PushedAt.IsZero() {
		t.Fatalf("migrated remote state = id %q hash %q native %d bytes", r.ID, r.AgentHash, len(r.Native))
	}
	if d.Native() != v1.Native || d.Status() != agent.StatusPushed || d.SchemaVersion != agent.SchemaVersion {
		t.Fatalf("status %s, format %d", d.Status(), d.SchemaVersion)
	}
	if after, _ := os.ReadFile(s.path("pushed")); string(after) != string(old) {
		t.Fatal("loading rewrote the file")
	}
	mustSave(t, s, &d)
	text, _ := os.ReadFile(s.path("pushed"))
	for _, want := range []string{"schema_version: 3\n", "remotes:\n  dasha:\n    default:\n      id: " + v1.Remote.ID + "\n", "      native: |"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("saved file lacks %q", want)
		}
	}
	if strings.Contains(string(text), "\nremote:") || strings.Contains(string(text), "\nnative:") {
		t.Error("saved file still has the format-1 keys")
	}
	again, err := s.Load("pushed")
	if err != nil || again.Native() != v1.Native || again.Remote().ID != v1.Remote.ID || again.Status() != agent.StatusPushed {
		t.Fatalf("after save: %v, status %s", err, again.Status())
	}
}

// A format-1 unclear create remembered neither what it sent nor when: the
// last save stands in for the time, and with no body hash the next push
// asks instead of adopting.
func TestMigrateFormat1CreatePending(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	copyFixture(t, s, "create-pending.yaml", "pending")
	d, err := s.Load("pending")
	if err != nil {
		t.Fatal(err)
	}
	p := d.Remote().CreatePending
	if !d.Remote().Pending() || p == nil || p.BodyHash != "" || !p.SentAt.Equal(d.Updated) || d.Status() != agent.StatusError {
		t.Fatalf("migrated pending = %+v, updated %v", p, d.Updated)
	}
	mustSave(t, s, &d)
	text, _ := os.ReadFile(s.path("pending"))
	if !strings.Contains(string(text), "      create_pending:\n        sent_at: "+d.Remote().CreatePending.SentAt.Format(time.RFC3339)) {
		t.Errorf("saved file:\n%s", text)
	}
}

// A hand-made format-1 file may lack the fields the migration leans on.
func TestMigrateFormat1Sparse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file string
		check      func(d agent.Draft) bool
	}{
		{
			"pending without an update time", "schema_version: 1\nid: x\nprovider: nova\nremote:\n  create_pending: true\n",
			func(d agent.Draft) bool { return d.Remote().Pending() && d.Remote().CreatePending.SentAt.IsZero() },
		},
		{
			"no remote, no native", "schema_version: 1\nid: x\nprovider: nova\n",
			func(d agent.Draft) bool { return d.Remotes == nil },
		},
		{
			"a native document only", "schema_version: 1\nid: x\nprovider: trillet\nnative: '{\"a\":1}'\n",
			func(d agent.Draft) bool { return d.Native() == `{"a":1}` && d.Remote().ID == "" },
		},
		{
			"create_pending false is dropped", "schema_version: 1\nid: x\nprovider: nova\nremote:\n  id: r1\n  create_pending: false\n",
			func(d agent.Draft) bool { return d.Remote().ID == "r1" && d.Remote().CreatePending == nil },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d, err := decodeDraft([]byte(tt.file), defaultMigrations())
			if err != nil || !tt.check(d) {
				t.Fatalf("%+v, %v", d.Remotes, err)
			}
			if _, err := encodeDraft(&d); err != nil {
				t.Fatal(err)
			}
		})
	}
}

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
