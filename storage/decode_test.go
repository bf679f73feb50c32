package storage

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"go.yaml.in/yaml/v3"
)

func TestDecodeRefusals(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file, reason string
	}{
		{"empty file", "", "the file is empty"},
		{"not yaml", "schema_version: 1\nagent: [unclosed\n", "it cannot be read as a draft (line"},
		{"not a mapping", "- just\n- a list\n", "it is not a draft file"},
		{"no version", "id: abc\nname: x\n", "it has no schema_version"},
		{"newer format", "schema_version: 99\nid: abc\nfuture_field: 1\n", "it was written by a newer agentdeck (draft format 99; this one reads up to 3); update agentdeck to open it"},
		{"unknown setting", "schema_version: 1\nid: abc\nagent:\n  identity:\n    name: x\n    nickname: y\n", "line 6: unknown setting nickname"},
		{"wrong type", "schema_version: 1\nid: abc\nrevision: many\n", "line 3: cannot unmarshal !!str `many`"},
		{"format zero has no migration", "schema_version: 0\nid: abc\n", "draft format 0 is too old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := decodeDraft([]byte(tt.file), defaultMigrations())
			if err == nil || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("err = %v, want it to say %q", err, tt.reason)
			}
			if strings.Contains(err.Error(), "agent.") || strings.Contains(err.Error(), "yaml:") {
				t.Errorf("err = %q names Go types or the library", err)
			}
		})
	}
	_, err := decodeDraft([]byte(fmt.Sprintf("schema_version: %d\n", agent.SchemaVersion+1)), defaultMigrations())
	if !errors.Is(err, ErrNewerFormat) {
		t.Errorf("newer format: %v, want ErrNewerFormat", err)
	}
}

func TestMigrationsRunOnOlderFormats(t *testing.T) {
	t.Parallel()
	// A made-up format 0 called the draft's name "title".
	renameTitle := func(doc *yaml.Node) error {
		for i := 0; i < len(doc.Content); i += 2 {
			if doc.Content[i].Value == "title" {
				doc.Content[i].Value = "name"
			}
		}
		return nil
	}
	old := "schema_version: 0\nid: abc\ntitle: Old draft\nprovider: nova\nrevision: 3\n"
	d, err := decodeDraft([]byte(old), map[int]Migration{0: renameTitle, 1: remoteByProvider, 2: localBookkeeping})
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Old draft" || d.SchemaVersion != agent.SchemaVersion || d.Revision != 3 {
		t.Errorf("migrated draft = %+v", d)
	}

	failing := func(*yaml.Node) error { return errors.New("no title") }
	if _, err := decodeDraft([]byte(old), map[int]Migration{0: failing, 1: remoteByProvider, 2: localBookkeeping}); err == nil || !strings.Contains(err.Error(), "could not upgrade it from draft format 0: no title") {
		t.Errorf("failing migration: %v", err)
	}
}

func TestLoadDoesNotRewriteOlderFormats(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	s.migrations = map[int]Migration{0: func(*yaml.Node) error { return nil }, 1: remoteByProvider, 2: localBookkeeping}
	old := []byte("schema_version: 0\nid: abc\nname: Old\nprovider: nova\nrevision: 1\n")
	path := s.path("old")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := s.Load("old")
	if err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(old) {
		t.Error("loading changed the file")
	}
	mustSave(t, s, &d)
	again, err := s.Load("old")
	if err != nil || again.SchemaVersion != agent.SchemaVersion || again.Revision != 2 {
		t.Errorf("after save: %+v, %v", again, err)
	}
}

// FuzzDecodeDraft checks that no file content, however broken, makes
// decoding panic, and that whatever decodes also encodes and reads back.
func FuzzDecodeDraft(f *testing.F) {
	f.Add([]byte("schema_version: 1\nid: abc\nname: x\nagent:\n  llm:\n    prompt: |-\n      a\n      b\n"))
	f.Add([]byte("schema_version: 1\nnative: '{\"a\": 1}'\n"))
	f.Add([]byte("schema_version: 0\n"))
	f.Add([]byte("{]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decodeDraft(data, defaultMigrations())
		if err != nil {
			return
		}
		out, err := encodeDraft(&d)
		if err != nil {
			return // refusing to write what cannot be kept is allowed
		}
		if _, err := decodeDraft(out, defaultMigrations()); err != nil {
			t.Fatalf("encoded draft does not read back: %v\n%s", err, out)
		}
	})
}
