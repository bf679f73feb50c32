package main

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

func newDiffCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "diff DRAFT",
		Short: "Show field by field what a push would change on the remote agent",
		Long: "Fetch DRAFT's remote agent and list, field by field, where it differs from the draft:\n" +
			"\"Label: remote value → draft value\", which is what the next push would change.",
		Args: exactArgs("DRAFT"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.diff(cmd, args[0]) },
	}
}

func (a *app) diff(cmd *cobra.Command, ref string) error {
	_, d, err := a.draft(ref)
	if err != nil {
		return err
	}
	p, err := a.provider(cmd, d.Provider)
	if err != nil {
		return err
	}
	name := p.Info().Name
	if d.Remote.ID == "" {
		return fail("This draft has not been pushed yet, so there is no remote agent to compare with.",
			errors.New("push it first: agentdeck push "+d.ID))
	}
	remote, changedElsewhere, err := agent.Drift(cmd.Context(), p, &d)
	if err != nil {
		return explain(err, p)
	}
	sent, err := wouldSend(p, d)
	if err != nil {
		return fail("Could not work out what a push would send.", err)
	}
	changes := agent.Diff(hideSecrets(remote.Agent), hideSecrets(sent))
	for _, c := range changes {
		fmt.Fprintln(a.stdout, c)
	}
	if changedElsewhere {
		fmt.Fprintf(a.stderr, "Note: the agent was changed on %s since the last push or pull; a push would overwrite those changes.\n", name)
	}
	if len(changes) == 0 {
		fmt.Fprintf(a.stderr, "The draft and the agent %s on %s are the same.\n", d.Remote.ID, name)
	}
	return nil
}

// wouldSend is the agent as a push would leave it: the draft encoded as the
// provider takes it, read back. So a setting the provider cannot carry, or
// keeps in its own form (a language without its region), is not reported
// as a difference that pushing could never remove.
func wouldSend(p agent.Provider, d agent.Draft) (agent.Agent, error) {
	body, err := p.Encode(&d.Agent, []byte(d.Native), agent.MaskSecrets{})
	if err != nil {
		return agent.Agent{}, err
	}
	dec, err := p.Decode(body)
	if err != nil {
		return agent.Agent{}, err
	}
	return dec.Agent, nil
}

// hideSecrets evens out secret references, which are new on every read: a
// secret's value is never shown, so only its presence is compared.
func hideSecrets(a agent.Agent) *agent.Agent {
	const hidden = agent.SecretRef("(secret)")
	hide := func(hs []agent.Header) []agent.Header {
		out := append([]agent.Header(nil), hs...)
		for i := range out {
			if out[i].Secret != "" {
				out[i].Secret = hidden
			}
		}
		return out
	}
	if a.LLM.APIKey != "" {
		a.LLM.APIKey = hidden
	}
	if a.Voice.VendorKey != "" {
		a.Voice.VendorKey = hidden
	}
	a.Tools = append([]agent.Tool(nil), a.Tools...)
	for i := range a.Tools {
		a.Tools[i].Headers = hide(a.Tools[i].Headers)
	}
	a.MCP = append([]agent.MCPServer(nil), a.MCP...)
	for i := range a.MCP {
		a.MCP[i].Headers = hide(a.MCP[i].Headers)
		if a.MCP[i].APIKey != "" {
			a.MCP[i].APIKey = hidden
		}
	}
	a.Webhooks.PreCall.Headers = hide(a.Webhooks.PreCall.Headers)
	a.Webhooks.PostCall.Headers = hide(a.Webhooks.PostCall.Headers)
	if a.Telephony.OutboundSIP != nil {
		sip := *a.Telephony.OutboundSIP
		if sip.Password != "" {
			sip.Password = hidden
		}
		a.Telephony.OutboundSIP = &sip
	}
	return &a
}
