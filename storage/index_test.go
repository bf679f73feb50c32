package storage

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// A draft file rewritten in place by something other than agentdeck (an
// editor, a script, a sync tool), after the index trusted it, is read again:
// List checks every file's size and time against the index, so the index
// never hides a change (issue 15, point 3).
func TestListNoticesAFileChangedBehindTheIndexsBack(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	d := newDraft("Before", "nova")
	mustSave(t, s, &d)
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
