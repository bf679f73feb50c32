package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

// fieldsOptions are the flags of `fields`.
type fieldsOptions struct {
	provider string
	asJSON   bool
}

var fieldsDoc = commandDoc{
	use:   "fields --provider P [--json]",
	short: "List every setting agentdeck edits, or keeps read-only, for a provider",
	long: "List every setting agentdeck edits or keeps read-only for provider P, one a line:\n" +
		"where it sits in the draft, where it sits in the provider's own document, its type,\n" +
		"its range or choices, the editor section that shows it, and whether you can edit it\n" +
		"here (and if not, why). Settings the provider's docs give no values for are marked\n" +
		"\"free text\". Nothing is read from the provider; no key is needed.",
	example: "  agentdeck fields --provider elevenlabs\n  agentdeck fields --provider dasha --json",
}

func newFieldsCommand(a *app) *cobra.Command {
	var o fieldsOptions
	cmd := fieldsDoc.build(noArgs, func(cmd *cobra.Command, _ []string) error {
		return a.fields(cmd, o)
	})
	cmd.Flags().StringVar(&o.provider, "provider", "", "the provider whose settings to list")
	cmd.Flags().BoolVar(&o.asJSON, "json", false, "print a JSON array of {path, provider_path, label, type, range, choices, section, editable, reason}")
	return cmd
}

func (a *app) fields(cmd *cobra.Command, o fieldsOptions) error {
	if err := a.checkProviderID(cmd, o.provider); err != nil {
		return err
	}
	caps, err := a.offlineCapabilities(o.provider)
	if err != nil {
		return fail("Could not set up "+a.providerName(o.provider)+".", err)
	}
	rows := agent.FieldList(caps)
	if o.asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	cells := make([]fieldCell, 0, len(rows))
	for _, r := range rows {
		values := r.Range
		if len(r.Choices) > 0 {
			values = strings.Join(r.Choices, ", ")
			if len(values) > 40 {
				values = fmt.Sprintf("%d choices", len(r.Choices))
			}
		}
		editable := "yes"
		switch {
		case !r.Editable:
			editable = "read-only: " + r.Reason
		case r.Undocumented:
			editable = "yes (free text: the docs list no values)"
		}
		cells = append(cells, fieldCell{orDash(r.Path), orDash(r.ProviderPath), r.Type, orDash(values), orDash(r.Section), editable})
	}
	out := fieldsTable(cells)
	// A person at a terminal narrower than the table reads one paragraph a
	// setting instead of lines the terminal would fold mid-column.
	if a.stdoutIsTerminal() {
		if width := a.stdoutWidth(); width > 0 && widestLine(out) > width {
			out = fieldsParagraphs(cells, width)
		}
	}
	_, err = io.WriteString(a.stdout, out)
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
