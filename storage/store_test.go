package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

const nativeDoc = `{
  "name": "Front desk",
  "conversation_config": {
    "agent": {
      "prompt": {
        "prompt": "Line one\nLine two \"quoted\" \u00e9",
        "temperature": 0.50,
        "llm": "gpt-4o"
      }
    },
    "tts": {
      "voice_id": "21m00Tcm4TlvDq8ikWAM",
      "optimize_streaming_latency": 3
    }
  },
  "platform_settings": {},
  "tags": []
}`

func TestSaveNewDraft(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "elevenlabs")
	if !regexp.MustCompile(`^[a-z2-7]{10}$`).MatchString(d.ID) {
		t.Errorf("id = %q, want 10 lowercase base32 characters", d.ID)
	}
	if d.Revision != 1 || d.SchemaVersion != agent.SchemaVersion {
		t.Errorf("revision %d, schema %d; want 1 and %d", d.Revision, d.SchemaVersion, agent.SchemaVersion)
	}
	if d.Created.IsZero() || !d.Created.Equal(d.Updated) {
		t.Errorf("created %v, updated %v; want both set to the save time", d.Created, d.Updated)
	}
	other := newDraft("Front desk", "elevenlabs")
	mustSave(t, s, &other)
	if other.ID == d.ID {
		t.Error("two new drafts got the same id")
	}
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	d := newDraft("Front desk", "elevenlabs")
	d.SetNative(nativeDoc)
	d.Agent.LLM.Temperature = floatp(0.5)
	d.SetRemote(agent.Remote{ID: "agent_123", AgentHash: agent.ContentHash(&d.Agent), PushedAt: time.Date(2026, 2, 1, 8, 0, 0, 0, time.UTC), Native: nativeDoc})
	mustSave(t, s, &d)

	got, err := s.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Native() != nativeDoc {
		t.Errorf("native document changed:\n got %q\nwant %q", got.Native(), nativeDoc)
	}
	if got.Agent.LLM.Prompt != d.Agent.LLM.Prompt || *got.Agent.LLM.Temperature != 0.5 {
		t.Errorf("agent changed: prompt %q, temperature %v", got.Agent.LLM.Prompt, *got.Agent.LLM.Temperature)
	}
	if agent.ContentHash(&got.Agent) != agent.ContentHash(&d.Agent) {
		t.Errorf("agent changed in the round trip: %v", agent.Diff(&d.Agent, &got.Agent))
	}
	if got.Remote().ID != "agent_123" || !got.Remote().PushedAt.Equal(d.Remote().PushedAt) || got.Status() != agent.StatusPushed {
		t.Errorf("remote = %+v, status %s", got.Remote(), got.Status())
	}
	if got.Revision != 1 || got.Name != "Front desk" || got.Provider != "elevenlabs" || got.Template != "receptionist" {
		t.Errorf("header = %+v", got)
	}

	raw, err := os.ReadFile(s.path(d.ID))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	if !strings.Contains(text, "    prompt: |-\n      You are the receptionist of a small business.\n      Greet callers warmly") {
		t.Errorf("the prompt is not a block scalar:\n%s", text)
	}
	if !strings.Contains(text, "remotes:\n  elevenlabs:\n    default:\n      id: agent_123\n") ||
		!strings.Contains(text, "      native: |-\n        {\n          \"name\": \"Front desk\",") {
		t.Errorf("the native document is not indented JSON in a block scalar:\n%s", text)
	}
	// The revision and the last edit's time are local bookkeeping, not in
	// the file a team shares (bookkeeping.go).
	for _, local := range []string{"\nupdated:", "\nrevision:"} {
		if strings.Contains(text, local) {
			t.Errorf("the file holds %q:\n%s", local, text)
		}
	}
	head := []string{"schema_version:", "id:", "name:", "provider:", "template:", "created:", "agent:", "remotes:"}
	last := -1
	for _, key := range head {
		i := strings.Index(text, "\n"+key)
		if key == head[0] {
			i = strings.Index(text, key)
		}
		if i <= last {
			t.Errorf("%s is out of order in the file; want the header fields first and agent, remotes last", key)
		}
		last = i
	}
}

func TestNativeIsStoredIndented(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	d := newDraft("Compact", "dasha")
	d.SetNative(`{"b":1.50,"a":{"x":[1,2,"\u00e9\n"]},"c":{}}`)
	mustSave(t, s, &d)
	got, err := s.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"b\": 1.50,\n  \"a\": {\n    \"x\": [\n      1,\n      2,\n      \"\\u00e9\\n\"\n    ]\n  },\n  \"c\": {}\n}"
	if got.Native() != want {
		t.Errorf("native = %q\nwant %q (key order, numbers and escapes kept, only spacing changed)", got.Native(), want)
	}
}

func TestSaveAdvancesRevision(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	created := d.Created
	d.Agent.Greeting.Text = "Hi there"
	mustSave(t, s, &d)
	if d.Revision != 2 || !d.Updated.After(created) || !d.Created.Equal(created) {
		t.Errorf("after the second save: revision %d, created %v, updated %v", d.Revision, d.Created, d.Updated)
	}
	got, _ := s.Load(d.ID)
	if got.Revision != 2 || got.Agent.Greeting.Text != "Hi there" {
		t.Errorf("on disk: revision %d, greeting %q", got.Revision, got.Agent.Greeting.Text)
	}
}

func TestStaleSaveIsRefused(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	mine, _ := s.Load(d.ID)
	theirs, _ := s.Load(d.ID)

	theirs.Agent.Greeting.Text = "Theirs"
	mustSave(t, s, &theirs)
	before, _ := os.ReadFile(s.path(d.ID))

	mine.Agent.Greeting.Text = "Mine"
	err := s.Save(&mine)
	if !errors.Is(err, agent.ErrConflict) {
		t.Fatalf("stale save: err = %v, want agent.ErrConflict", err)
	}
	want := "this draft was changed elsewhere (revision 2 on disk, you have 1); reload it or save yours as a copy"
	if err.Error() != want {
		t.Errorf("message = %q\nwant %q", err, want)
	}
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.OnDisk != 2 || ce.Yours != 1 {
		t.Errorf("err = %#v, want a *ConflictError with both revisions", err)
	}
	if mine.Revision != 1 {
		t.Errorf("the refused draft's revision changed to %d", mine.Revision)
	}
	after, _ := os.ReadFile(s.path(d.ID))
	if string(after) != string(before) {
		t.Error("a refused save changed the file")
	}

	cp, err := s.SaveCopy(&mine, "Front desk (mine)")
	if err != nil {
		t.Fatal(err)
	}
	if cp.ID == d.ID || cp.Revision != 1 || cp.Name != "Front desk (mine)" || cp.Agent.Greeting.Text != "Mine" {
		t.Errorf("copy = id %s revision %d name %q greeting %q", cp.ID, cp.Revision, cp.Name, cp.Agent.Greeting.Text)
	}
}

func TestSaveCopyIsIndependent(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	d := newDraft("Original", "elevenlabs")
	d.SetRemote(agent.Remote{ID: "agent_1", AgentHash: "abc"})
	mustSave(t, s, &d)
	cp, err := s.SaveCopy(&d, "Copy")
	if err != nil {
		t.Fatal(err)
	}
	if cp.Remote().ID != "" || cp.Status() != agent.StatusNew {
		t.Errorf("the copy is linked to the remote agent: %+v", cp.Remote())
	}
	cp.Agent.Variables[0].Value = "changed"
	if d.Agent.Variables[0].Value == "changed" {
		t.Error("the copy shares its lists with the original")
	}
	if d.Name != "Original" || d.Revision != 1 {
		t.Errorf("SaveCopy changed the original: %q revision %d", d.Name, d.Revision)
	}
}

func TestSaveOfDeletedDraftIsRefused(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Gone", "nova")
	mustDelete(t, s, d.ID)
	err := s.Save(&d)
	if !errors.Is(err, agent.ErrNotFound) || !strings.Contains(err.Error(), "save yours as a copy") {
		t.Errorf("err = %v, want not found with advice", err)
	}
	if _, statErr := os.Stat(s.path(d.ID)); !errors.Is(statErr, os.ErrNotExist) {
		t.Error("the refused save recreated the file")
	}
}

func TestSaveOverDamagedFileIsRefused(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	broken := []byte("schema_version: 1\nagent: [unclosed\n")
	if err := os.WriteFile(s.path(d.ID), broken, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(&d); err == nil || !strings.Contains(err.Error(), "left as it is") {
		t.Errorf("err = %v, want a refusal that leaves the file", err)
	}
	after, _ := os.ReadFile(s.path(d.ID))
	if string(after) != string(broken) {
		t.Error("the damaged file was rewritten")
	}
}

func TestPermissions(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	if _, err := s.List(); err != nil {
		t.Fatal(err)
	}
	mustDelete(t, s, d.ID)
	checks := []struct {
		path string
		want os.FileMode
	}{
		{s.dir, 0o700},
		{s.trash, 0o700},
		{filepath.Join(s.trash, d.ID+".yaml"), 0o600},
		{filepath.Join(s.dir, indexFile), 0o600},
	}
	for _, c := range checks {
		info, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != c.want {
			t.Errorf("%s: mode %o, want %o", c.path, got, c.want)
		}
	}
	e := newDraft("Second", "nova")
	mustSave(t, s, &e)
	info, _ := os.Stat(s.path(e.ID))
	if got := info.Mode().Perm(); got != 0o600 {
		t.Errorf("draft file mode %o, want 600", got)
	}
}

func TestDeleteMovesToTrash(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	content, _ := os.ReadFile(s.path(d.ID))
	mustDelete(t, s, d.ID)
	if _, err := s.Load(d.ID); !errors.Is(err, agent.ErrNotFound) {
		t.Errorf("load after delete: %v, want not found", err)
	}
	trashed, err := os.ReadFile(filepath.Join(filepath.Dir(s.dir), "trash", d.ID+".yaml"))
	if err != nil || string(trashed) != string(content) {
		t.Fatalf("trash holds %q (%v), want the draft as it was", trashed, err)
	}

	// A second draft file with the same name goes beside the first.
	if err := os.WriteFile(s.path(d.ID), content, 0o600); err != nil {
		t.Fatal(err)
	}
	mustDelete(t, s, d.ID)
	files, _ := os.ReadDir(s.trash)
	if len(files) != 2 {
		t.Errorf("trash holds %d files, want both deleted drafts", len(files))
	}
	if err := s.Delete(d.ID); !errors.Is(err, agent.ErrNotFound) {
		t.Errorf("deleting a missing draft: %v, want not found", err)
	}
}

func TestLoadRefusesPathsAsIDs(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	for _, id := range []string{"", "../settings", ".index", "a/b", `a\b`} {
		if _, err := s.Load(id); !errors.Is(err, agent.ErrNotFound) {
			t.Errorf("Load(%q) = %v, want not found", id, err)
		}
	}
}

func TestCopiedFileBecomesItsOwnDraft(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	raw, _ := os.ReadFile(s.path(d.ID))
	if err := os.WriteFile(filepath.Join(s.dir, "my-copy.yaml"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	cp, err := s.Load("my-copy")
	if err != nil {
		t.Fatal(err)
	}
	if cp.ID != "my-copy" {
		t.Fatalf("id = %q, want the file name", cp.ID)
	}
	cp.Agent.Greeting.Text = "Copy"
	mustSave(t, s, &cp)
	orig, _ := s.Load(d.ID)
	if orig.Agent.Greeting.Text == "Copy" || orig.Revision != 1 {
		t.Error("saving the copied file changed the original draft")
	}
}

func TestConcurrentSavesNeverOverwriteEachOther(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Shared", "nova")
	const writers = 8
	copies := make([]agent.Draft, writers)
	for i := range copies {
		copies[i], _ = s.Load(d.ID)
		copies[i].Agent.Greeting.Text = fmt.Sprintf("writer %d", i)
	}
	// A second Store on the same folder stands in for another process.
	other, err := Open(s.dir)
	if err != nil {
		t.Fatal(err)
	}
	errs := make([]error, writers)
	var wg sync.WaitGroup
	for i := range copies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			store := s
			if i%2 == 1 {
				store = other
			}
			errs[i] = store.Save(&copies[i])
		}()
	}
	wg.Wait()
	winner := -1
	for i, err := range errs {
		switch {
		case err == nil && winner >= 0:
			t.Errorf("writers %d and %d both saved revision 1", winner, i)
		case err == nil:
			winner = i
		case !errors.Is(err, agent.ErrConflict):
			t.Errorf("writer %d: %v, want a conflict", i, err)
		}
	}
	got, _ := s.Load(d.ID)
	if winner < 0 || got.Revision != 2 || got.Agent.Greeting.Text != fmt.Sprintf("writer %d", winner) {
		t.Errorf("on disk: revision %d, greeting %q; winner %d", got.Revision, got.Agent.Greeting.Text, winner)
	}
}

// BenchmarkSave saves a typical draft with a native document, as autosave
// does after each section.
func BenchmarkSave(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "drafts"))
	if err != nil {
		b.Fatal(err)
	}
	d := newDraft("Front desk", "elevenlabs")
	d.SetNative(nativeDoc)
	if err := s.Save(&d); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.Save(&d); err != nil {
			b.Fatal(err)
		}
	}
}
