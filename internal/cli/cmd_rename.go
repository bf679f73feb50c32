package cli

import (
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
	return renameDoc.build(exactArgs("DRAFT", "NEW_NAME"), func(cmd *cobra.Command, args []string) error {
		return a.rename(cmd, args[0], args[1])
	})
}

func (a *app) rename(cmd *cobra.Command, ref, newName string) error {
	store, d, newName, err := a.draftToName(cmd, ref, newName, "give the draft a new name", "Could not find the draft to rename.")
	if err != nil {
		return err
	}
	old := d.Name
	d.Rename(newName)
	if err := store.Save(&d); err != nil {
		return fail("Could not rename the draft.", err)
	}
	a.notef("Renamed %q to %q.\n", old, newName)
	if d.Remote().ID != "" {
		a.noteln("The agent on the provider keeps its old name until the next push.")
	}
	a.noteNameTwins(store, d)
	return nil
}
