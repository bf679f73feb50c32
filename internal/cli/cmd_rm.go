package cli

import (
	"github.com/spf13/cobra"

	"github.com/agentdeck/agentdeck/storage"
)

var rmDoc = commandDoc{
	use:   "rm DRAFT",
	short: "Move a draft to the trash",
	long: "Move the draft DRAFT (an id, a unique name or the path of its file) to the trash.\n" +
		"Nothing is erased and the agent on the provider is left alone: 'agentdeck list --trash'\n" +
		"shows deleted drafts and 'agentdeck restore' brings one back. A window that has the\n" +
		"draft open cannot save it again: it says the draft is no longer in the drafts folder.",
}

func newRmCommand(a *app) *cobra.Command {
	return a.onDraftInStore(rmDoc, a.remove)
}

func (a *app) remove(store *storage.Store, ref string) error {
	id, name := ref, ref
	if d, err := store.Resolve(ref); err == nil {
		id, name = d.ID, d.Name
	} else if !damagedDraft(store, ref) {
		return fail("Could not find the draft to delete.", err)
	}
	if err := store.Delete(id); err != nil {
		return fail("Could not delete the draft.", err)
	}
	a.notef("Moved %q (%s) to the trash. Bring it back with: agentdeck restore %s\n", name, id, id)
	return nil
}

// damagedDraft reports whether id names a draft file that cannot be read:
// it cannot be resolved by loading it, yet can still go to the trash.
func damagedDraft(store *storage.Store, id string) bool {
	entries, err := store.List()
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.ID == id && e.Damaged != "" {
			return true
		}
	}
	return false
}
