package storage

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// A draft file rewritten in place by something other than agentdeck (an
// editor, a script, a sync tool), after the index trusted it, is read again:
// List checks every file's size and time against the index, so the index
// never hides a change (issue 15, point 3).
func TestListNoticesAFileChangedBehindTheIndexsBack(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Before", "nova")
	other := newDraft("Other", "nova")
	mustSave(t, s, &other)
	settle(t, s)
	if _, err := s.List(); err != nil { // builds and trusts the index
		t.Fatal(err)
	}
	path := s.path(d.ID)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Same length, so only the time tells; written in place, not renamed.
	changed := strings.Replace(string(raw), "name: Before", "name: Behind", 1)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(changed); err != nil {
		t.Fatal(err)
	}
	_ = f.Close()
	at := time.Now().Add(-50 * time.Minute) // old enough to be trusted later
	if err := os.Chtimes(path, at, at); err != nil {
		t.Fatal(err)
	}
	for _, st := range []*Store{s, mustOpen(t, s.dir)} { // this process, and a new one
		entries, err := st.List()
		if err != nil {
			t.Fatal(err)
		}
		if got := nameOf(entries, d.ID); got != "Behind" {
			t.Errorf("after the file changed in place, List shows %q, want Behind", got)
		}
	}
}

// Recent answers from the start of the index alone: the newest drafts, in
// list order, and how many there are, without reading a draft — and it is
// what the index last knew, which List then checks.
func TestRecentComesFromTheIndexAlone(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	if _, _, ok := s.Recent(5); ok {
		t.Error("Recent answered with no index")
	}
	now := time.Now()
	for i, name := range []string{"Oldest", "Middle", "Newest"} {
		d := newDraft(name, "dasha")
		s.now = func() time.Time { return now.Add(time.Duration(i) * time.Minute) }
		mustSave(t, s, &d)
	}
	settle(t, s)
	want, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	fresh := mustOpen(t, s.dir)
	got, total, ok := fresh.Recent(2)
	if !ok || total != 3 || !reflect.DeepEqual(got, want[:2]) {
		t.Errorf("Recent(2) = %v, %d, %v; want %v, 3", got, total, ok, want[:2])
	}
	if got, total, _ := fresh.Recent(10); total != 3 || !reflect.DeepEqual(got, want) {
		t.Errorf("Recent(10) = %v, %d; want all three", got, total)
	}
	if fresh.parsed.Load() != 0 {
		t.Errorf("Recent read %d drafts, want none", fresh.parsed.Load())
	}
}

// Every field survives the index, whatever it holds: tabs, newlines,
// backslashes and control characters in names and reasons, links on
// several providers, times with an offset.
func TestIndexKeepsEveryField(t *testing.T) {
	t.Parallel()
	zone := time.FixedZone("", 2*3600)
	files := map[string]indexEntry{
		"a.yaml": {
			Size: 10, ModTime: 123, ID: "a", Name: "tab\there\nnew \\x41 \x1e\x1f\x7f", Provider: "nova", Status: "pushed",
			RemoteID: "r\t1", Links: map[string][]string{"nova": {"r\t1", "r,2"}, "dasha": {"d;=1"}}, Updated: time.Date(2026, 1, 2, 3, 4, 5, 6, zone),
		},
		"b.yaml": {Size: 0, ModTime: -1, ID: "b", Status: StatusDamaged, Damaged: "it cannot be read:\n line 1"},
	}
	names := []string{"a.yaml", "b.yaml"}
	gotFiles, gotOrder, ok := decodeIndex(encodeIndex(pointers(files), names))
	if !ok || !reflect.DeepEqual(gotOrder, names) {
		t.Fatalf("decode: ok %v, order %v", ok, gotOrder)
	}
	for name, want := range files {
		if gotFiles[name] == nil {
			t.Fatalf("%s: not decoded", name)
		}
		got := *gotFiles[name]
		if !got.Updated.Equal(want.Updated) {
			t.Errorf("%s: updated %v, want %v", name, got.Updated, want.Updated)
		}
		got.Updated, want.Updated = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %#v\nwant %#v", name, got, want)
		}
	}
}

// An index cut short anywhere (a damaged disk; a write is atomic, so never a
// crash) is not trusted in part: it is rebuilt from the files.
func TestIndexCutShortIsNotTrusted(t *testing.T) {
	t.Parallel()
	files := map[string]indexEntry{"a.yaml": {ID: "a", Name: "A"}, "b.yaml": {ID: "b", Name: "B"}}
	data := encodeIndex(pointers(files), []string{"a.yaml", "b.yaml"})
	for n := range len(data) {
		if _, _, ok := decodeIndex(data[:n]); ok {
			t.Errorf("an index cut to %d of %d bytes was accepted", n, len(data))
		}
	}
}

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func nameOf(entries []Entry, id string) string {
	for _, e := range entries {
		if e.ID == id {
			return e.Name
		}
	}
	return ""
}

// pointers is files as the index holds them.
func pointers(files map[string]indexEntry) map[string]*indexEntry {
	out := make(map[string]*indexEntry, len(files))
	for name, e := range files {
		out[name] = &e
	}
	return out
}

// The list carries each draft's environments and where each stands, from
// the index: a new process reads them without reading a draft, and an
// index of the version before (which had none) is rebuilt from the drafts.
func TestListCarriesEachEnvironmentsState(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	d := newDraft("Desk", "elevenlabs")
	d.Environments = map[string]agent.EnvValues{
		"staging": {Variables: map[string]string{"clinic": "Test"}},
		"prod":    {Variables: map[string]string{"clinic": "Main \t street"}},
	}
	mustSave(t, s, &d)
	prod, err := d.AgentFor("prod")
	if err != nil {
		t.Fatal(err)
	}
	d.SetRemoteFor("elevenlabs", "prod", agent.Remote{ID: "agent\twith a tab", AgentHash: agent.ContentHash(&prod)})
	d.SetRemoteFor("elevenlabs", "staging", agent.Remote{ID: "s-1", AgentHash: "stale"})
	mustSave(t, s, &d)
	plain := newDraft("Plain", "nova")
	mustSave(t, s, &plain)
	settle(t, s)

	want := []EnvEntry{
		{Name: "default", State: agent.EnvNever},
		{Name: "prod", State: agent.EnvInStep, AgentID: "agent\twith a tab"},
		{Name: "staging", State: agent.EnvChanged, AgentID: "s-1"},
	}
	check := func(st *Store, what string) {
		t.Helper()
		entries, err := st.List()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			switch e.ID {
			case d.ID:
				if !reflect.DeepEqual(e.Envs, want) {
					t.Errorf("%s: environments = %+v\nwant %+v", what, e.Envs, want)
				}
			case plain.ID:
				if len(e.Envs) != 1 || e.Envs[0].State != agent.EnvNever {
					t.Errorf("%s: a draft with no environments: %+v", what, e.Envs)
				}
			}
		}
	}
	check(s, "first list")
	fresh := mustOpen(t, s.dir)
	check(fresh, "from the index")
	if n := fresh.parsed.Load(); n != 0 {
		t.Errorf("a list from the index read %d drafts", n)
	}
	// An index of the version before: its lines have no environments, so
	// it is not trusted but rebuilt.
	path := filepath.Join(s.dir, indexFile)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	lines[0] = strings.Replace(lines[0], "\t"+indexVersion+"\t", "\t5\t", 1)
	for i := 1; i < len(lines); i++ {
		lines[i] = lines[i][:strings.LastIndex(lines[i], "\t")]
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	old := mustOpen(t, s.dir)
	check(old, "after an older index")
	if n := old.parsed.Load(); n != 2 {
		t.Errorf("an older index: %d drafts read, want both", n)
	}
}

func TestIndexRefusesADamagedEnvironmentsField(t *testing.T) {
	t.Parallel()
	for _, f := range []string{"x", "s\x1eprod", "s\x1eprod\x1fz\x1fid", "sprod\x1fs\x1fid", "s\x1eprod\x1fss\x1fid"} {
		if checkEnvsField(f) {
			t.Errorf("%q was taken as an environments field", f)
		}
	}
	for _, f := range []string{"", "n", "s\x1eprod\x1fc\x1f", "u\x1ea\x1fs\x1fid\x1eb\x1fn\x1f"} {
		if !checkEnvsField(f) {
			t.Errorf("%q was refused", f)
		}
	}
}

// The default environment's state comes from the draft's status: the two
// say the same in other words.
func TestDefaultEnvStateIsTheStatus(t *testing.T) {
	t.Parallel()
	d := newDraft("Desk", "nova")
	check := func(what string) {
		t.Helper()
		got, _ := envState(defaultEnvCode(d.Status()))
		if want := d.EnvState(agent.DefaultEnv); got != want {
			t.Errorf("%s: status %q gives %q, EnvState says %q", what, d.Status(), got, want)
		}
	}
	check("new")
	d.SetRemote(agent.Remote{ID: "a1", AgentHash: agent.ContentHash(&d.Agent)})
	check("pulled")
	d.SetRemote(agent.Remote{ID: "a1", AgentHash: agent.ContentHash(&d.Agent), PushedAt: d.Updated.Add(1)})
	check("pushed")
	d.Agent.Identity.Name = "Other"
	check("changed")
	d.SetRemote(agent.Remote{CreatePending: &agent.PendingCreate{BodyHash: "x"}})
	check("unclear")
}
