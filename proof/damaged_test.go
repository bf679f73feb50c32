package proof

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// damagedFiles are draft files a person, a disk or a sync tool could leave
// in the drafts folder, by file stem.
func damagedFiles(valid []byte) map[string][]byte {
	return map[string][]byte{
		"garbage":   []byte("\x00\x01\x02 not a draft {]\n"),
		"cut-short": append(append([]byte{}, valid[:bytes.Index(valid, []byte("agent:"))]...), []byte("agent:\n  identity:\n    name: \"Front d")...),
		"newer":     regexp.MustCompile(`schema_version: \d+`).ReplaceAll(valid, []byte("schema_version: 99")),
		"empty":     {},
		"unknown":   append(append([]byte{}, valid...), []byte("surprise: 1\n")...),
		"not-text":  append([]byte("schema_version: 1\nname: \xff\xfe\n"), valid[20:]...),
		"a-list":    []byte("- schema_version: 1\n"),
	}
}

// fileState is what must not change about a file: its bytes and its time.
type fileState struct {
	data []byte
	mod  time.Time
}

func stateOf(t *testing.T, path string) fileState {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fileState{data: data, mod: info.ModTime()}
}

func TestDamagedDraftsAreReportedAndLeftAsTheyAre(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := binaryEnv(home)
	code, out, errs := runBinary(t, env, "new", "Front desk", "--provider", "elevenlabs", "--template", "support")
	if code != 0 {
		t.Fatalf("new: %d %s", code, errs)
	}
	dir := filepath.Join(home, "agentdeck", "drafts")
	valid, err := os.ReadFile(filepath.Join(dir, strings.TrimSpace(out)+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	before := map[string]fileState{}
	for stem, data := range damagedFiles(valid) {
		path := filepath.Join(dir, stem+".yaml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		before[stem] = stateOf(t, path)
	}

	t.Run("list names each one with its reason", func(t *testing.T) {
		code, out, errs := runBinary(t, env, "list")
		if code != 0 {
			t.Fatalf("list exit %d: %s", code, errs)
		}
		for stem := range before {
			if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(stem) + `\s+damaged\s`).MatchString(out) {
				t.Errorf("list does not show %s as damaged:\n%s", stem, out)
			}
		}
		if !strings.Contains(errs, "cannot be read and were left as they are") {
			t.Errorf("list does not say the damaged files were left alone: %q", errs)
		}
	})
	t.Run("list --json gives each reason", func(t *testing.T) {
		_, out, _ := runBinary(t, env, "list", "--json")
		var listed []struct{ ID, Status, Damaged string }
		if err := json.Unmarshal([]byte(out), &listed); err != nil {
			t.Fatalf("list --json: %v\n%s", err, out)
		}
		reasons := map[string]string{}
		for _, l := range listed {
			reasons[l.ID] = l.Damaged
		}
		for stem := range before {
			if reasons[stem] == "" {
				t.Errorf("%s has no reason in list --json", stem)
			}
		}
	})
	t.Run("the terminal UI lists them as damaged and does not open them", func(t *testing.T) {
		tm := startTerminal(t, agentdeckBin, env, 120, 40)
		tm.waitFor(0, "damaged", startLimit)
		// Filter down to one damaged file and try to open it: the screen
		// only says why it cannot be opened.
		mark := tm.size()
		tm.send("/garbage\r\r")
		tm.waitFor(mark, "cannot be read", startLimit)
		tm.send("\x03")
	})
	t.Run("saving another draft does not touch them", func(t *testing.T) {
		if code, _, errs := runBinary(t, env, "new", "Second", "--provider", "dasha"); code != 0 {
			t.Fatalf("new: %s", errs)
		}
	})
	for stem, was := range before {
		now := stateOf(t, filepath.Join(dir, stem+".yaml"))
		if !bytes.Equal(now.data, was.data) || !now.mod.Equal(was.mod) {
			t.Errorf("%s was changed: %q (modified %v, was %v)", stem, now.data, now.mod, was.mod)
		}
	}
}
