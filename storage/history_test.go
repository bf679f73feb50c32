package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

func version(remote string) agent.Version {
	return agent.Version{Provider: "nova", Env: agent.DefaultEnv, RemoteID: remote, Sent: []byte(`{"name":"x"}`)}
}

func TestHistoryAppendsNumberedFilesAndKeepsTheLastN(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	s.SetHistoryKeep(3)
	for i := range 5 {
		v, err := s.AppendVersion("d1", version("a1"))
		if err != nil {
			t.Fatal(err)
		}
		if v.Version != i+1 || v.Time.IsZero() {
			t.Fatalf("version %d: %+v", i+1, v)
		}
	}
	vs, err := s.Versions("d1")
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 3 || vs[0].Version != 3 || vs[2].Version != 5 {
		t.Fatalf("kept %+v", vs)
	}
	// History is no draft: List does not see it.
	if entries, err := s.List(); err != nil || len(entries) != 0 {
		t.Errorf("List sees %d entries (%v)", len(entries), err)
	}
}

// Two clones of a folder kept in git push the same draft: each adds its
// own file, the names differ, and after the merge both are there; the next
// push counts on from the highest number.
func TestHistoryOfTwoClonesNeverCollides(t *testing.T) {
	t.Parallel()
	a, b := newTestStore(t), newTestStore(t)
	if _, err := a.AppendVersion("d1", version("a1")); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AppendVersion("d1", version("a1")); err != nil {
		t.Fatal(err)
	}
	names := func(s *Store) []string {
		files, _ := filepath.Glob(filepath.Join(s.Dir(), ".history", "d1", "*"))
		return files
	}
	fa, fb := names(a), names(b)
	if len(fa) != 1 || len(fb) != 1 || filepath.Base(fa[0]) == filepath.Base(fb[0]) {
		t.Fatalf("the two clones' files: %v %v", fa, fb)
	}
	raw, _ := os.ReadFile(fb[0])
	if err := os.WriteFile(filepath.Join(filepath.Dir(fa[0]), filepath.Base(fb[0])), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	vs, _ := a.Versions("d1")
	if len(vs) != 2 || vs[0].Version != 1 || vs[1].Version != 1 {
		t.Fatalf("after the merge: %+v", vs)
	}
	v, _ := a.AppendVersion("d1", version("a1"))
	if v.Version != 2 {
		t.Errorf("the next version is %d, want 2", v.Version)
	}
}

// A crash leaves at most a temp file, which is not a version; a damaged or
// oversized file is skipped, not read whole.
func TestHistorySkipsLeftoversAndDamagedFiles(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	if _, err := s.AppendVersion("d1", version("a1")); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(s.Dir(), ".history", "d1")
	stamp := time.Now().UTC().Format(versionStamp)
	for name, body := range map[string]string{
		".v000002-" + stamp + "-aaaaaaaa.json.123.tmp": `{"version":2`,
		"v000003-" + stamp + "-bbbbbbbb.json":          `{not json`,
		"v000004-" + stamp + "-cccccccc.json":          `"` + strings.Repeat("x", maxVersionFile) + `"`,
		"notes.txt":                                    "hello",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	vs, err := s.Versions("d1")
	if err != nil || len(vs) != 1 || vs[0].Version != 1 || vs[0].RemoteID != "a1" {
		t.Fatalf("versions %+v (%v)", vs, err)
	}
}

func TestHistoryKeepSettingIsChecked(t *testing.T) {
	t.Parallel()
	if err := (Settings{History: HistorySettings{Keep: -1}}).Check(agent.Registry{}); err == nil {
		t.Error("a negative history.keep was taken")
	}
}
