package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/agentdeck/agentdeck/storage"
)

// trashedDraft is one deleted draft in `list --trash --json`.
type trashedDraft struct {
	Key      string    `json:"key"`
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Provider string    `json:"provider"`
	Deleted  time.Time `json:"deleted"`
	Path     string    `json:"path"`
	Damaged  string    `json:"damaged,omitempty"`
}

// listTrash prints the deleted drafts, the most recently deleted first.
func (a *app) listTrash(asJSON bool) error {
	store, err := a.Store()
	if err != nil {
		return err
	}
	entries, err := store.Trash()
	if err != nil {
		return fail("Could not list the deleted drafts.", err)
	}
	if asJSON {
		return printJSONEach(a, entries, func(e storage.TrashEntry) trashedDraft {
			return trashedDraft{
				Key: e.Key, ID: e.ID, Name: e.Name, Provider: e.Provider,
				Deleted: e.Deleted.UTC(), Path: e.Path, Damaged: e.Damaged,
			}
		})
	}
	if len(entries) == 0 {
		a.noteln("The trash is empty: no draft has been deleted.")
		return nil
	}
	return a.table([]string{"KEY", "PROVIDER", "DELETED", "NAME"}, func(w io.Writer) {
		for _, e := range entries {
			name, provider := termsafe.OneLine(e.Name), termsafe.OneLine(e.Provider)
			if e.Damaged != "" {
				name, provider = "(cannot be read: "+termsafe.OneLine(e.Damaged)+")", "-"
			}
			_, _ = fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", e.Key, provider, e.Deleted.Local().Format("2006-01-02 15:04"), name)
		}
	})
}
