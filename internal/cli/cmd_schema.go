package cli

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/draftschema"
	"github.com/spf13/cobra"
)

var schemaDoc = commandDoc{
	use:   "schema",
	short: "Print the JSON Schema of the draft file, for editors that check drafts edited by hand",
	long: "Print the JSON Schema of agentdeck's draft file: every field with its help, and each\n" +
		"provider's own settings with their types and ranges. An editor that knows JSON Schema\n" +
		"(VS Code with the YAML extension, for one) can then check and complete a draft you edit\n" +
		"by hand. Save it once and point the editor at it; the README says how.",
	example: "  agentdeck schema > ~/.config/agentdeck/draft.schema.json",
}

func newSchemaCommand(a *app) *cobra.Command {
	return schemaDoc.build(noArgs, func(*cobra.Command, []string) error {
		out, err := draftschema.Build(a.allCapabilities())
		if err != nil {
			return fail("Could not build the schema.", err)
		}
		_, err = fmt.Fprintf(a.stdout, "%s\n", out)
		return err
	})
}

// allCapabilities is what every provider of the registry can carry; a
// provider that cannot be set up offline is left out.
func (a *app) allCapabilities() []agent.Capabilities {
	var out []agent.Capabilities
	for _, id := range a.providers.IDs() {
		if caps, err := a.offlineCapabilities(id); err == nil {
			out = append(out, caps)
		}
	}
	return out
}
