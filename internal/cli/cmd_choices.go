package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/spf13/cobra"
)

// choicesOptions are the flags of `choices`.
type choicesOptions struct {
	provider, vendor, search string
	asJSON                   bool
}

var choicesDoc = commandDoc{
	use:   "choices FIELD --provider P [--search TEXT] [--json]",
	short: "List what a draft field can be set to, by name, as the provider offers it",
	long: "List the choices for FIELD as provider P offers them, one a line: the id to put in\n" +
		"the draft, a tab, the name, a tab, and what else the provider says (a voice's language,\n" +
		"accent and gender, say). The lists are read from the provider, every page; where it has\n" +
		"no list to ask, they are the ones its docs name, and agentdeck says so.\n\n" +
		"FIELD is one of:\n" + choiceFieldsHelp() + "\n" +
		"Where the lists come from: ElevenLabs and Dasha are asked for their voices; ElevenLabs\n" +
		"also for its models, phone numbers, saved tools and knowledge base. Nova is asked for\n" +
		"the voices of one voice vendor (--vendor). Trillet has no list to ask, so its lists are\n" +
		"the ones its docs name, for the chosen voice vendor only. Any other list a provider\n" +
		"has is the one its docs name.",
	example: "  agentdeck choices voice.voice_id --provider elevenlabs --search british\n" +
		"  agentdeck choices voice.voice_id --provider nova --vendor cartesia --json",
}

func newChoicesCommand(a *app) *cobra.Command {
	var o choicesOptions
	cmd := choicesDoc.build(exactArgs("FIELD"), func(cmd *cobra.Command, args []string) error {
		return a.choices(cmd, args[0], o)
	})
	addProviderFlag(cmd, &o.provider, "the provider to ask")
	cmd.Flags().StringVar(&o.vendor, "vendor", "", "the voice vendor whose voices to list (Nova needs one; Trillet and Dasha list only its voices)")
	cmd.Flags().StringVar(&o.search, "search", "", "keep only the choices whose id or name holds this text, in any case")
	cmd.Flags().BoolVar(&o.asJSON, "json", false, "print a JSON array of {id, name, detail}, for scripts")
	return cmd
}

// choiceFieldsHelp lists the fields `choices` takes, in plain words.
func choiceFieldsHelp() string {
	var b strings.Builder
	for _, l := range agent.ChoiceLists {
		fmt.Fprintf(&b, "  %-24s the %s\n", l.Path, l.Words)
		if len(l.Fields) > 0 {
			fmt.Fprintf(&b, "  %-24s (also taken as %s)\n", "", strings.Join(l.Fields, " or "))
		}
	}
	return b.String()
}

// listedChoice is one choice in `choices --json`.
type listedChoice struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Detail string `json:"detail"`
}

func (a *app) choices(cmd *cobra.Command, field string, o choicesOptions) error {
	if err := a.checkProviderID(cmd, o.provider); err != nil {
		return err
	}
	list, ok := agent.LookupChoiceList(field)
	var p agent.Provider
	if !ok {
		// A provider's own setting with a live list (a Nova agent to copy,
		// an ElevenLabs webhook) is listed the same way.
		var err error
		if p, err = a.provider(cmd, o.provider); err != nil {
			return err
		}
		st, found := p.Capabilities().Setting(field)
		if !found || !st.Spec.Live {
			return usageErrorf(cmd, "there is no list of choices for %q; the fields with lists are %s, and the provider settings `agentdeck fields` marks as lists",
				termsafe.OneLine(field), choiceFieldNames())
		}
		list = agent.ChoiceList{Path: field, Words: "choices for " + strings.ToLower(st.Label)}
	}
	if p == nil {
		var err error
		if p, err = a.provider(cmd, o.provider); err != nil {
			return err
		}
	}
	name := p.Info().Name
	got, err := p.Choices(cmd.Context(), agent.ChoiceQuery{Path: list.Path, Vendor: o.vendor, Search: o.search})
	if err != nil {
		return fail(fmt.Sprintf("Could not read the %s of %s.", list.Words, name), errors.New(reason(err, name)))
	}
	got = agent.FilterChoices(got, o.search)
	if len(got) > 0 && got[0].FromDocs {
		a.notef("These %s are from %s's docs, not read from %s: it has no list to ask.\n", list.Words, name, name)
	}
	if o.asJSON {
		out := make([]listedChoice, 0, len(got))
		for _, c := range got {
			out = append(out, listedChoice{ID: c.Value, Name: c.Label, Detail: c.Detail})
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(got) == 0 {
		a.notef("%s offers no %s that match.\n", name, list.Words)
		return nil
	}
	w := bufio.NewWriter(a.stdout)
	for _, c := range got {
		// OneLine escapes tabs and line breaks too, so a name cannot
		// break the columns. The writer keeps its first error for Flush.
		_, _ = fmt.Fprintf(w, "%s\t%s\t%s\n", termsafe.OneLine(c.Value), termsafe.OneLine(c.Label), termsafe.OneLine(c.Detail))
	}
	return w.Flush()
}

func choiceFieldNames() string {
	names := make([]string, 0, len(agent.ChoiceLists))
	for _, l := range agent.ChoiceLists {
		names = append(names, l.Path)
	}
	return strings.Join(names, ", ")
}

// reason is why a list could not be read, in one plain line: the
// provider's message (no key yet, not reachable, an answer that is not a
// list, its own words), after the kind of refusal when it answered.
func reason(err error, name string) string {
	summary, detail := errtext.CommandLine(err, name)
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || pe.Message == "" {
		if summary != "" {
			return summary
		}
		return errtext.SentenceCase(termsafe.OneLine(detail.Error()))
	}
	msg := errtext.SentenceCase(termsafe.OneLine(pe.Message))
	if pe.Status != 0 && summary != "" {
		return summary + " " + msg
	}
	return msg
}
