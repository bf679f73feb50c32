package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

var promoteDoc = commandDoc{
	use:   "promote DRAFT --from A --to B [--yes] [--details]",
	short: "Push to environment B exactly what environment A last received, with B's own values",
	long: "Take what the environment A (staging, say) last received and push it to the environment B\n" +
		"(prod), with B's own values filled in: its variables and settings from the draft's\n" +
		"environments, and its counterparts of the phone numbers, tools and webhooks that live in\n" +
		"one account. An id with no counterpart stops it, named, before anything is sent. The\n" +
		"changes B's agent would see are listed first and, on a terminal, you are asked to\n" +
		"confirm; --yes confirms without asking (for CI). Prints B's remote agent id.",
}

func newPromoteCommand(a *app) *cobra.Command {
	var from, to string
	var yes bool
	cmd := promoteDoc.onDraft(func(cmd *cobra.Command, ref string) error {
		return a.promote(cmd, ref, from, to, yes)
	})
	cmd.Flags().StringVar(&from, "from", "", "the environment whose last push is promoted")
	cmd.Flags().StringVar(&to, "to", "", "the environment to push it to")
	cmd.Flags().BoolVar(&yes, "yes", false, "push without asking first")
	a.addDetailsFlag(cmd)
	return cmd
}

func (a *app) promote(cmd *cobra.Command, ref, from, to string, yes bool) error {
	if from == "" || to == "" {
		return usageErrorf(cmd, "say which environments with --from and --to, e.g. --from staging --to prod")
	}
	if err := checkEnvFlag(cmd, from); err != nil {
		return err
	}
	if err := checkEnvFlag(cmd, to); err != nil {
		return err
	}
	if from == to {
		return usageErrorf(cmd, "--from and --to are both %s; promote moves what one environment received to another", from)
	}
	store, d, err := a.draft(ref)
	if err != nil {
		return err
	}
	pTo, err := a.providerIn(cmd, d.Provider, to)
	if err != nil {
		return err
	}
	name := inEnv(pTo.Info().Name, to)
	same, err := a.sameAccount(d.Provider, from, to)
	if err != nil {
		return err
	}
	send, err := a.promotion(pTo, d, from, to, same)
	if err != nil {
		return err
	}
	if errs := pTo.Validate(&send.Agent).Errors(); len(errs) > 0 {
		return fail(fmt.Sprintf("What %s received has %s for %s; nothing was sent.", from, count(len(errs), "problem"), to),
			errors.New(a.problemLines(pTo, errs)))
	}
	if err := a.showPromotion(cmd, pTo, d, to, send); err != nil {
		return err
	}
	if !yes {
		ok, err := a.askYes(cmd, fmt.Sprintf("Push this to %s? [y/N] ", name))
		if err != nil {
			return usageErrorf(cmd, "%s", err)
		}
		if !ok {
			a.noteln("Nothing was sent.")
			return nil
		}
	}
	creds, err := a.Credentials()
	if err != nil {
		return err
	}
	session, err := store.BeginPush(cmd.Context(), d.ID, func() {
		a.noteln("Another push of this draft is running; waiting for it to finish.")
	})
	if err != nil {
		return fail("Could not start the push.", err)
	}
	res, err := agent.Push(cmd.Context(), pTo, session.Draft(), session, agent.PushOptions{
		Secrets: a.secrets(creds), Progress: a.progressPrinter(name), LinkedDrafts: store.LinkedDrafts, Env: to, Send: &send,
		// The person saw the changes to's agent would see, its own changes
		// made elsewhere included, and said yes: they are replaced.
		Merge: agent.MergeOptions{All: agent.SideOurs},
	})
	if endErr := session.End(err); endErr != nil {
		a.notef("The push failed and the draft could not be put back exactly as it was: %v\n", endErr)
	}
	if err != nil {
		return a.explainDetailed(err, pTo)
	}
	if _, err := fmt.Fprintln(a.stdout, res.RemoteID); err != nil {
		return err
	}
	verb := "updated"
	if res.Created {
		verb = "created"
	}
	a.notef("Promoted what %s received to %s: %s the agent %s.\n", from, to, verb, res.RemoteID)
	if res.ReadBackErr != nil {
		a.notef("The push worked, but reading the agent back failed, so what %s kept was not checked: %v\n", name, res.ReadBackErr)
	}
	return nil
}

// promotion is what goes to `to`: what `from` last received, with to's
// own values and account ids (agent.Retarget).
func (a *app) promotion(p agent.Provider, d agent.Draft, from, to string, same bool) (agent.Payload, error) {
	store, err := a.Store()
	if err != nil {
		return agent.Payload{}, err
	}
	got, err := a.received(p, store, d, from)
	if err != nil {
		return agent.Payload{}, err
	}
	var docMissing []agent.AccountID
	if !same {
		docMissing = agent.DocIDsWithoutCounterpart(p, got.Native, d.Environments[from], d.Environments[to])
	}
	out, err := agent.Retarget(&d, got.Agent, from, to, same)
	var missing *agent.MissingIDsError
	switch {
	case errors.As(err, &missing):
		missing.Missing = append(missing.Missing, docMissing...)
	case err != nil:
		return agent.Payload{}, fail(fmt.Sprintf("The draft's values for %s cannot be applied.", to), err)
	case len(docMissing) > 0:
		missing = &agent.MissingIDsError{To: to, Missing: docMissing}
	default:
		err = agent.TypeEnvSettings(&out, d.Environments[to], p.Capabilities())
	}
	if err != nil && missing == nil {
		return agent.Payload{}, fail(fmt.Sprintf("The draft's values for %s cannot be applied.", to), fmt.Errorf("the environment %s: %w", to, err))
	}
	if missing != nil {
		return agent.Payload{}, fail(fmt.Sprintf("Some things the agent uses in %s have no counterpart in %s; nothing was sent.", from, to), missing)
	}
	agent.CarryLocalSettings(&out, &d.Agent, p.Capabilities())
	return agent.Payload{Agent: out, Native: agent.MapDocIDs(got.Native, d.Environments[to].IDs)}, nil
}

// sameAccount reports whether the two environments reach the same
// provider account, where ids need no counterparts.
func (a *app) sameAccount(providerID, from, to string) (bool, error) {
	desc, _ := a.providers.Lookup(providerID)
	settings, creds, err := a.settingsAndCredentials()
	if err != nil {
		return false, err
	}
	cf := storage.ProviderConfigFor(desc, from, a.getenv, settings, creds)
	ct := storage.ProviderConfigFor(desc, to, a.getenv, settings, creds)
	return storage.SameAccount(cf, ct), nil
}

// showPromotion lists, on stderr, what the push would change on to's
// agent: field by field against it when there is one, every setting when
// it would be made.
func (a *app) showPromotion(cmd *cobra.Command, p agent.Provider, d agent.Draft, to string, send agent.Payload) error {
	changes, creates, err := promotionChanges(cmd.Context(), p, d, to, send)
	if err != nil {
		return err
	}
	if creates {
		a.notef("%s has no agent yet; promote creates one with:\n", to)
	} else {
		a.notef("Changes to the agent %s in %s:\n", d.RemoteFor(d.Provider, to).ID, to)
	}
	for _, c := range changes {
		a.notef("  %s\n", c)
	}
	if len(changes) == 0 {
		a.notef("  (no changes: %s already has all of it; sending it again changes nothing)\n", to)
	}
	return nil
}

// promotionChanges is what sending send to to's agent would change there,
// field by field; every setting when to has no agent yet (creates).
func promotionChanges(ctx context.Context, p agent.Provider, d agent.Draft, to string, send agent.Payload) (changes []agent.Change, creates bool, err error) {
	view := d
	view.Agent, view.Env = send.Agent, to
	view.SetNative(string(send.Native))
	sent, err := agent.WouldSend(p, &view)
	if err != nil {
		return nil, false, fail("Could not work out what promote would send.", err)
	}
	var before agent.Agent
	if view.Remote().ID != "" {
		remote, _, err := agent.Drift(ctx, p, &view)
		if err != nil {
			return nil, false, explain(err, p)
		}
		before = remote.Agent
	}
	return agent.Diff(agent.HideSecrets(before), agent.HideSecrets(sent)), view.Remote().ID == "", nil
}

// askYes asks question on a terminal and reads the answer; without a
// terminal to ask on it refuses, so CI says --yes on purpose.
func (a *app) askYes(cmd *cobra.Command, question string) (bool, error) {
	in := cmd.InOrStdin()
	f, ok := in.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return false, errors.New("there is no terminal to confirm on; add --yes to push without asking")
	}
	a.notef("%s", question)
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && line == "" {
		return false, nil
	}
	answer := strings.ToLower(strings.TrimSpace(line))
	return answer == "y" || answer == "yes", nil
}
