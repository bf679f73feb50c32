package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

// runTUI is what `agentdeck` does with no command: open the terminal UI.
// The UI is not built yet, so it says so and lists the commands that work.
func runTUI(cmd *cobra.Command, a *app) error {
	fmt.Fprintln(a.stdout, "The agentdeck terminal UI is coming soon. Until then, these commands work:")
	fmt.Fprintln(a.stdout)
	w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			fmt.Fprintf(w, "  agentdeck %s\t%s\n", c.Use, c.Short)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout)
	fmt.Fprintln(a.stdout, "Run 'agentdeck --help' for more.")
	return nil
}
