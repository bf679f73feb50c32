package cli

import (
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

var exportDoc = commandDoc{
	use:   "export DRAFT [--provider P] [--env E]",
	short: "Print the JSON body push would send, secrets masked",
	long: "Print the exact JSON body that push would send for DRAFT, with secret values shown as\n" +
		"********. With --provider, print the body as if the draft were for that provider;\n" +
		"settings that provider has no place for are listed on stderr.\n" +
		"DRAFT is a draft id, a unique name, or the path of a draft file.",
}

func newExportCommand(a *app) *cobra.Command {
	var to targetFlags
	cmd := exportDoc.onDraft(func(cmd *cobra.Command, ref string) error {
		return a.export(cmd, ref, to)
	})
	to.add(cmd, "show the body for this provider instead of the draft's", "show the body for this environment, its values filled in")
	return cmd
}

func (a *app) export(cmd *cobra.Command, ref string, to targetFlags) error {
	d, p, native, err := a.draftFor(cmd, ref, to)
	if err != nil {
		return err
	}
	body, err := p.Encode(&d.Agent, native, agent.MaskSecrets{})
	if err != nil {
		return fail(fmt.Sprintf("Could not build the %s body for this draft.", p.Info().Name), err)
	}
	if _, err := fmt.Fprintf(a.stdout, "%s\n", body); err != nil {
		return err
	}
	a.noteNotCarried(d, p)
	return nil
}

// noteNotCarried lists on stderr the draft's settings the provider has no
// place for, which a push leaves out.
func (a *app) noteNotCarried(d agent.Draft, p agent.Provider) {
	left := agent.UnsupportedGroups(&d.Agent, p.Capabilities())
	if len(left) == 0 {
		return
	}
	labels := make([]string, 0, len(left))
	for _, path := range left {
		labels = append(labels, agent.LabelWith(p.Capabilities(), nil, path))
	}
	a.notef("Not sent, because %s has no such setting: %s.\n", p.Info().Name, strings.Join(labels, "; "))
}
