package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

var historyDoc = commandDoc{
	use:   "history DRAFT [--json]",
	short: "List the versions each push of a draft sent, with the settings each changed",
	long: "Every successful push keeps a version beside the draft, in the drafts folder: what was\n" +
		"sent, and what the provider showed it kept (secrets only by reference, never their values).\n" +
		"history lists them, oldest first, with the settings each version changed from the one\n" +
		"before. rollback brings a version back. The last 50 are kept; the settings file's\n" +
		"history: keep: N changes that. --json prints them for scripts.",
}

func newHistoryCommand(a *app) *cobra.Command {
	var asJSON bool
	cmd := historyDoc.onDraft(func(cmd *cobra.Command, ref string) error { return a.history(cmd, ref, asJSON) })
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the versions as JSON, for scripts")
	return cmd
}

// historyEntry is one version in `history --json`.
type historyEntry struct {
	Version  int       `json:"version"`
	Time     time.Time `json:"time"`
	Provider string    `json:"provider"`
	AgentID  string    `json:"agent_id"`
	// Environment is where the version was pushed: each has its own agent.
	Environment string   `json:"environment"`
	Changed     []string `json:"changed"`
}

// draftVersions opens the draft ref and reads its history.
func (a *app) draftVersions(ref string) (*storage.Store, agent.Draft, []agent.Version, error) {
	store, d, err := a.draft(ref)
	if err != nil {
		return nil, d, nil, err
	}
	vs, err := store.Versions(d.ID)
	if err != nil {
		return nil, d, nil, fail("Could not read the draft's history.", err)
	}
	return store, d, vs, nil
}

func (a *app) history(cmd *cobra.Command, ref string, asJSON bool) error {
	_, d, vs, err := a.draftVersions(ref)
	if err != nil {
		return err
	}
	out := make([]historyEntry, 0, len(vs))
	changes := make([][]agent.Change, len(vs))
	for i, v := range vs {
		e := historyEntry{Version: v.Version, Time: v.Time, Provider: v.Provider, AgentID: v.RemoteID, Environment: agent.EnvName(v.Env), Changed: []string{}}
		if p, err := a.provider(cmd, v.Provider); err == nil {
			changes[i] = agent.VersionChanges(p, vs, i)
		}
		for _, c := range changes[i] {
			e.Changed = append(e.Changed, c.Label)
		}
		out = append(out, e)
	}
	if asJSON {
		return a.printJSON(out)
	}
	if len(vs) == 0 {
		a.notef("%s has no versions yet: each push keeps one.\n", quoteName(d.Name))
		return nil
	}
	var b strings.Builder
	for i, e := range out {
		fmt.Fprintf(&b, "Version %d  %s  %s  agent %s\n", e.Version, e.Time.Local().Format("2006-01-02 15:04"),
			termsafe.OneLine(inEnv(a.providerName(e.Provider), e.Environment)), termsafe.OneLine(e.AgentID))
		switch {
		case i == 0:
			// Against nothing, every setting is a change: say how many.
			b.WriteString("  the oldest version kept: " + count(len(changes[i]), "setting") + " set\n")
			continue
		case len(changes[i]) == 0:
			b.WriteString("  no settings changed\n")
		}
		for _, c := range changes[i] {
			b.WriteString("  " + termsafe.OneLine(shorten(c.String(), 100)) + "\n")
		}
	}
	_, err = fmt.Fprint(a.stdout, b.String())
	return err
}

var rollbackDoc = commandDoc{
	use:   "rollback DRAFT VERSION [--dry-run]",
	short: "Make the draft what one of its pushed versions sent; the next push sends it",
	long: "Make DRAFT what VERSION (a number from agentdeck history) sent to the provider: every\n" +
		"setting, with saved secrets put back in their places. The draft is saved as a new local\n" +
		"change; nothing is sent until the next push. --dry-run lists, setting by setting, what\n" +
		"would change and changes nothing.",
}

func newRollbackCommand(a *app) *cobra.Command {
	var dryRun bool
	cmd := rollbackDoc.build(exactArgs("DRAFT", "VERSION"), func(cmd *cobra.Command, args []string) error {
		return a.rollback(cmd, args[0], args[1], dryRun)
	})
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "list what would change and change nothing")
	return cmd
}

func (a *app) rollback(cmd *cobra.Command, ref, version string, dryRun bool) error {
	n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(version), "v"))
	if err != nil || n < 1 {
		return usageErrorf(cmd, "VERSION is a version number from 'agentdeck history', like 3; %q is not one", version)
	}
	store, d, vs, err := a.draftVersions(ref)
	if err != nil {
		return err
	}
	v, ok := storage.FindVersion(vs, n)
	if !ok {
		return fail(fmt.Sprintf("%s has no version %d.", quoteName(d.Name), n),
			errors.New("see the versions it has with: agentdeck history "+d.ID))
	}
	p, err := a.provider(cmd, v.Provider)
	if err != nil {
		return err
	}
	back, changes, err := agent.Rollback(p, d, v)
	if err != nil {
		return fail(fmt.Sprintf("Could not bring back version %d.", n), err)
	}
	for _, c := range changes {
		if _, err := fmt.Fprintln(a.stdout, termsafe.OneLine(c.String())); err != nil {
			return err
		}
	}
	switch {
	case len(changes) == 0:
		a.notef("The draft already holds what version %d sent.\n", n)
		if dryRun {
			return nil
		}
	case dryRun:
		a.notef("Dry run: %s would change; nothing was changed.\n", count(len(changes), "setting"))
		return nil
	}
	if len(changes) == 0 && back.Native() == d.Native() {
		return nil
	}
	if err := store.Save(&back); err != nil {
		return fail("Could not save the draft.", err)
	}
	a.notef("The draft now holds what version %d sent; push it to send it: agentdeck push %s\n", n, d.ID)
	return nil
}

// shorten cuts s to n characters, marking the cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// quoteName puts a draft's name in quotes, made safe to print.
func quoteName(name string) string { return "“" + termsafe.OneLine(name) + "”" }

// providerName is the provider's name as people know it; its id when unknown.
func (a *app) providerName(id string) string {
	if d, ok := a.providers.Lookup(id); ok && d.Info.Name != "" {
		return d.Info.Name
	}
	return termsafe.OneLine(id)
}
