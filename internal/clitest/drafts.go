package clitest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// WriteDrafts fills the drafts folder dir with n drafts written directly as
// files, which is far quicker than saving each: copies of one ElevenLabs
// draft from the support template (every section filled, a tool with a
// parameter), each with its own id (gen0000000…), name (name(i)) and time,
// a second apart from two days ago. The files' times are as old: the index
// trusts an entry only when the file is older than itself, as most drafts
// are. The index is left for the caller to build.
func WriteDrafts(tb testing.TB, dir string, n int, name func(i int) string) *storage.Store {
	tb.Helper()
	store, err := storage.Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	tmpl, _ := agent.TemplateByID("support")
	const marker = "Template-Name"
	d := agent.Draft{Name: marker, Provider: "elevenlabs", Template: tmpl.ID, Agent: tmpl.New(marker)}
	if err := store.Save(&d); err != nil {
		tb.Fatal(err)
	}
	first := filepath.Join(dir, d.ID+".yaml")
	raw, err := os.ReadFile(first)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.Remove(first); err != nil {
		tb.Fatal(err)
	}
	stamp := []byte("updated: " + d.Updated.Format(time.RFC3339))
	base := time.Now().Add(-48 * time.Hour)
	for i := range n {
		id := fmt.Sprintf("gen%07d", i)
		at := base.Add(time.Duration(i) * time.Second)
		file := bytes.ReplaceAll(raw, []byte(marker), []byte(name(i)))
		file = bytes.Replace(file, []byte("id: "+d.ID), []byte("id: "+id), 1)
		file = bytes.Replace(file, stamp, []byte("updated: "+at.UTC().Format(time.RFC3339)), 1)
		path := filepath.Join(dir, id+".yaml")
		if err := os.WriteFile(path, file, 0o600); err != nil {
			tb.Fatal(err)
		}
		if err := os.Chtimes(path, at, at); err != nil {
			tb.Fatal(err)
		}
	}
	return store
}
