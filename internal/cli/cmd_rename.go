package cli

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

var renameDoc = commandDoc{
	use:   "rename DRAFT NEW_NAME",
	short: "Give a draft a new name",
	long: "Give the draft DRAFT (an id, a unique name or the path of its file) the name NEW_NAME.\n" +
		"A draft's name is its agent's name: both change, and the next push sends the new\n" +
		"name to the provider. The draft keeps its id and its link to the remote agent.",
}

func newRenameCommand(a *app) *cobra.Command {
	return a.newNameCommand(renameDoc, "give the draft a new name", "Could not find the draft to rename.", a.saveRenamed)
}

// saveRenamed saves d under its new name in place of the draft it was.
func (a *app) saveRenamed(store *storage.Store, d agent.Draft, oldName string) error {
	if err := store.Save(&d); err != nil {
		return fail("Could not rename the draft.", err)
	}
	a.notef("Renamed %q to %q.\n", oldName, d.Name)
	if d.Remote().ID != "" {
		a.noteln("The agent on the provider keeps its old name until the next push.")
	}
	a.noteNameTwins(store, d)
	return nil
}
