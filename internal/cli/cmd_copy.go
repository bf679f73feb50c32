package cli

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

var copyDoc = commandDoc{
	use:   "copy DRAFT NEW_NAME",
	short: "Copy a draft under a new name and print the copy's id",
	long: "Copy the draft DRAFT (an id, a unique name or the path of its file) as a new draft\n" +
		"named NEW_NAME (its agent gets that name too), and print the new draft's id.\n" +
		"The copy is not linked to the original's agent on the provider: pushing it makes a\n" +
		"new agent and never changes the original's.",
}

func newCopyCommand(a *app) *cobra.Command {
	return a.newNameCommand(copyDoc, "give the copy a name", "Could not find the draft to copy.", a.saveCopy)
}

// saveCopy saves d, already renamed, as a new draft and prints its id.
func (a *app) saveCopy(store *storage.Store, d agent.Draft, _ string) error {
	c, err := store.SaveCopy(&d, d.Name) // SaveCopy unlinks the copy
	if err != nil {
		return fail("Could not save the copy.", err)
	}
	if _, err := fmt.Fprintln(a.stdout, c.ID); err != nil {
		return err
	}
	a.noteNameTwins(store, c)
	return nil
}
