package cli

import (
	"fmt"

	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

var restoreDoc = commandDoc{
	use:   "restore DRAFT",
	short: "Bring a deleted draft back from the trash and print its id",
	long: "Bring the deleted draft DRAFT back into the drafts, under the id it had, and print\n" +
		"that id. DRAFT is a key from 'agentdeck list --trash', the draft's id or its name;\n" +
		"when a draft was deleted more than once, its id or name brings back the most\n" +
		"recently deleted version and a key picks another. A draft that has the same id\n" +
		"already is never overwritten: restore refuses, and the trash keeps its version.",
}

func newRestoreCommand(a *app) *cobra.Command {
	return a.onDraftInStore(restoreDoc, a.restore)
}

func (a *app) restore(store *storage.Store, ref string) error {
	e, err := store.Restore(ref)
	if err != nil {
		return fail("Could not restore the draft.", err)
	}
	if _, err := fmt.Fprintln(a.stdout, e.ID); err != nil {
		return err
	}
	name := e.Name
	if name == "" {
		name = e.Key
	}
	a.notef("Restored %q from the trash.\n", name)
	return nil
}
