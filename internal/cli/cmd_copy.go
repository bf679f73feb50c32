package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func newCopyCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "copy DRAFT NEW_NAME",
		Short: "Copy a draft under a new name and print the copy's id",
		Long: "Copy the draft DRAFT (an id, a unique name or the path of its file) as a new draft\n" +
			"named NEW_NAME (its agent gets that name too), and print the new draft's id.\n" +
			"The copy is not linked to the original's agent on the provider: pushing it makes a\n" +
			"new agent and never changes the original's.",
		Args: exactArgs("DRAFT", "NEW_NAME"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.copyDraft(cmd, args[0], args[1]) },
	}
}

func (a *app) copyDraft(cmd *cobra.Command, ref, newName string) error {
	newName = strings.TrimSpace(newName)
	if newName == "" {
		return usageErrorf(cmd, "give the copy a name")
	}
	store, err := a.Store()
	if err != nil {
		return err
	}
	d, err := store.Resolve(ref)
	if err != nil {
		return fail("Could not find the draft to copy.", err)
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
