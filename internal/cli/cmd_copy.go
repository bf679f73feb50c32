package cli

import (
	"fmt"

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
	return copyDoc.build(exactArgs("DRAFT", "NEW_NAME"), func(cmd *cobra.Command, args []string) error {
		return a.copyDraft(cmd, args[0], args[1])
	})
}

func (a *app) copyDraft(cmd *cobra.Command, ref, newName string) error {
	store, d, newName, err := a.draftToName(cmd, ref, newName, "give the copy a name", "Could not find the draft to copy.")
	if err != nil {
		return err
	}
	d.Rename(newName)
	c, err := store.SaveCopy(&d, newName) // SaveCopy unlinks the copy
	if err != nil {
		return fail("Could not save the copy.", err)
	}
	if _, err := fmt.Fprintln(a.stdout, c.ID); err != nil {
		return err
	}
	a.noteNameTwins(store, c)
	return nil
}
