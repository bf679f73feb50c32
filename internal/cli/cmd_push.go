package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

var pushDoc = commandDoc{
	use:   "push DRAFT [--env E] [--provider P] [--dry-run] [--adopt AGENT_ID] [--shared-tools] [--details]",
	short: "Create or update the agent on its provider; print the remote agent's id",
	long: "Send DRAFT to its provider: the first push creates the agent and records its id in the\n" +
		"draft at once, later pushes update it. Afterwards the agent is read back and any setting\n" +
		"the provider did not keep is listed. If an earlier push may have created the agent\n" +
		"without saying so, the provider's agent list is checked first: an agent is linked only\n" +
		"when it is provably the one that push made; otherwise nothing is sent and the agents it\n" +
		"could be are named. --adopt AGENT_ID links the draft to that existing agent on purpose\n" +
		"(refused if another draft is linked to it), then updates it.\n" +
		"--dry-run prints each request (method, address, body with secrets masked) and sends\n" +
		"nothing; with --provider it shows the requests as if the draft were for that provider.\n" +
		"If the agent was changed elsewhere since the last push (its dashboard, another computer),\n" +
		"those changes are merged in setting by setting; a setting changed on both sides to\n" +
		"different values stops the push and is listed: --ours keeps the draft's values,\n" +
		"--theirs takes the agent's.\n" +
		"--env E pushes to the environment E (default: default), which has its own remote agent,\n" +
		"its own connection from your settings, and its own values from the draft's environments.\n" +
		"A tool kept in the workspace that other agents also use is not changed: the push stops\n" +
		"and names them; --shared-tools changes it for them too.\n" +
		"--details names each problem's field by its path in the draft file as well.",
}

func newPushCommand(a *app) *cobra.Command {
	var provider, adopt, env string
	var dryRun bool
	var side pushSide
	cmd := pushDoc.onDraft(func(cmd *cobra.Command, ref string) error {
		return a.push(cmd, ref, provider, adopt, env, dryRun, side.get())
	})
	side.flags(cmd)
	cmd.Flags().StringVar(&adopt, "adopt", "", "link the draft to this existing remote agent, then update it")
	cmd.Flags().StringVar(&provider, "provider", "", "the provider to push to (must be the draft's, except with --dry-run)")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "print the requests instead of sending them")
	addEnvFlag(cmd, &env, "push to this environment")
	addSharedToolsFlag(cmd)
	a.addDetailsFlag(cmd)
	return cmd
}

func (a *app) push(cmd *cobra.Command, ref, providerFlag, adopt, env string, dryRun bool, side agent.Side) error {
	if cmd.Flags().Changed("adopt") && strings.TrimSpace(adopt) == "" {
		return usageErrorf(cmd, "--adopt needs the id of the agent to link the draft to")
	}
	adopt = strings.TrimSpace(adopt)
	if adopt != "" && dryRun {
		return usageErrorf(cmd, "--adopt and --dry-run do not go together: --adopt links the draft, --dry-run changes nothing")
	}
	if cmd.Flags().Changed("ours") && cmd.Flags().Changed("theirs") {
		return usageErrorf(cmd, "--ours and --theirs do not go together: choose the side that wins every conflict")
	}
	if providerFlag != "" {
		if err := a.checkProviderID(cmd, providerFlag); err != nil {
			return err
		}
	}
	if err := checkEnvFlag(cmd, env); err != nil {
		return err
	}
	env = agent.EnvName(env)
	store, d, err := a.draft(ref)
	if err != nil {
		return err
	}
	if providerFlag != "" && providerFlag != d.Provider && !dryRun {
		return usageErrorf(cmd, "this draft is for %s, and a push to %s would make an agent the draft cannot keep track of; "+
			"use --dry-run to see the requests, or change the draft's provider first", d.Provider, providerFlag)
	}
	view, err := envView(d, env)
	if err != nil {
		return err
	}
	p, native, err := a.target(cmd, view, providerFlag)
	if err != nil {
		return err
	}
	if view, err = typedView(view, p); err != nil {
		return err
	}
	if dryRun {
		return a.dryRun(view, p, native, providerFlag == "" || providerFlag == d.Provider)
	}
	creds, err := a.Credentials()
	if err != nil {
		return err
	}
	secrets := a.secrets(creds)
	name := inEnv(p.Info().Name, env)
	// The push lock makes a second push of this draft (another terminal, the
	// TUI) wait, then start from the draft as this one leaves it, so it
	// updates the agent this one made instead of making another.
	session, err := store.BeginPush(cmd.Context(), d.ID, func() {
		a.noteln("Another push of this draft is running; waiting for it to finish.")
	})
	if err != nil {
		return fail("Could not start the push.", err)
	}
	d = session.Draft()
	if v, err := envView(d, env); err == nil && v.TypeEnvSettings(p.Capabilities()) == nil {
		if ps := p.Validate(&v.Agent); len(ps.Errors()) == 0 && len(ps) > 0 {
			a.noteln(a.problemLines(p, ps))
		}
		a.noteMissingSecrets(secrets, &v.Agent)
	}
	res, err := agent.Push(cmd.Context(), p, d, session, agent.PushOptions{
		Secrets: secrets, Progress: a.progressPrinter(name), LinkedDrafts: store.LinkedDrafts, Adopt: adopt, Env: env,
		Merge: agent.MergeOptions{All: side}, ToolLinks: store.ToolLinks, SharedTools: sharedTools(cmd),
	})
	if endErr := session.End(err); endErr != nil {
		a.notef("The push failed and the draft could not be put back exactly as it was: %v\n", endErr)
	}
	if err != nil {
		var ae *agent.AdoptError
		if errors.As(err, &ae) {
			return adoptFailure(ae, d)
		}
		var de *agent.DriftError
		if errors.As(err, &de) {
			return a.driftFailure(de, d, p)
		}
		var se *agent.SharedToolError
		if errors.As(err, &se) {
			return sharedToolFailure(se)
		}
		ferr := a.explainDetailed(err, p)
		var nr *agent.NotRecordedError
		if res.Created && !errors.As(err, &nr) {
			// Made, then a follow-up failed (Nova's configure step): say so
			// after the reason, not before it.
			ferr = withNote(ferr, fmt.Sprintf("The agent was created on %s as %s and the draft records it, so the next push updates it.", name, res.RemoteID))
		}
		return ferr
	}
	if _, err := fmt.Fprintln(a.stdout, res.RemoteID); err != nil {
		return err
	}
	switch {
	case res.Adopted && adopt != "":
		a.notef("Linked the draft to the agent %s on %s and updated it.\n", res.RemoteID, name)
	case res.Adopted:
		a.notef("Found the agent an earlier push made (%s), linked it to the draft and updated it.\n", res.RemoteID)
	case res.Created:
		a.notef("Created the agent %s on %s.\n", res.RemoteID, name)
	default:
		a.notef("Updated the agent %s on %s.\n", res.RemoteID, name)
	}
	a.mergeNotes(res, name)
	if len(res.NotKept) > 0 {
		a.notef("%s did not keep %s as sent:\n", name, count(len(res.NotKept), "setting"))
		for _, c := range res.NotKept {
			a.notef("  %s\n", c)
		}
	}
	if res.ReadBackErr != nil {
		a.notef("The push worked, but reading the agent back failed, so what %s kept was not checked: %v\n", name, res.ReadBackErr)
	}
	return nil
}

// dryRun prints the requests a push would make, secrets masked, and sends
// nothing. A draft that push would refuse is refused here too.
func (a *app) dryRun(d agent.Draft, p agent.Provider, native []byte, sameProvider bool) error {
	name := p.Info().Name
	ps := p.Validate(&d.Agent)
	if errs := ps.Errors(); len(errs) > 0 {
		return fail(fmt.Sprintf("The draft has %s for %s; push would send nothing.", count(len(errs), "problem"), name),
			errors.New(a.problemLines(p, errs)))
	}
	body, err := p.Encode(&d.Agent, native, agent.MaskSecrets{})
	if err != nil {
		return fail(fmt.Sprintf("Could not build the %s request for this draft.", name), err)
	}
	// Each provider keeps its own link: --provider shows an update when the
	// draft is linked to an agent there too.
	remote := d.RemoteFor(p.Info().ID, agent.EnvName(d.Env))
	remoteID := remote.ID
	for i, r := range p.Requests(body, remoteID) {
		if i > 0 {
			if _, err := fmt.Fprintln(a.stdout); err != nil {
				return err
			}
		}
		if _, err := fmt.Fprintf(a.stdout, "%s %s\n%s\n", r.Method, r.URL, r.Body); err != nil {
			return err
		}
	}
	if t, ok := p.(agent.PrepareTeller); ok && sameProvider {
		for _, step := range t.WouldPrepare(&d.Agent) {
			a.notef("Before the agent, the push %s.\n", step)
		}
	}
	if sameProvider && remote.Pending() {
		a.notef("An earlier push may have created this agent: push checks %s's agent list before creating.\n", name)
	}
	if len(ps) > 0 {
		a.noteln(a.problemLines(p, ps))
	}
	a.noteln("Dry run: nothing was sent.")
	return nil
}
