package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newRestoreCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "restore DRAFT",
		Short: "Bring a deleted draft back from the trash and print its id",
		Long: "Bring the deleted draft DRAFT back into the drafts, under the id it had, and print\n" +
			"that id. DRAFT is a key from 'agentdeck list --trash', the draft's id or its name;\n" +
			"when a draft was deleted more than once, its id or name brings back the most\n" +
			"recently deleted version and a key picks another. A draft that has the same id\n" +
			"already is never overwritten: restore refuses, and the trash keeps its version.",
		Args: exactArgs("DRAFT"),
		RunE: func(_ *cobra.Command, args []string) error { return a.restore(args[0]) },
	}
}

func (a *app) restore(ref string) error {
	store, err := a.Store()
	if err != nil {
		return err
	}
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
