package cli

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

// pullAll brings every agent on a provider into drafts: each agent already
// linked to a draft refreshes it, the others become new drafts. The whole
// list is read, page by page; where the provider documents no paging,
// that is said plainly.
func (a *app) pullAll(cmd *cobra.Command, providerID, envFlag string) error {
	env, err := a.folderEnv(cmd, envFlag)
	if err != nil {
		return err
	}
	if env != agent.DefaultEnv {
		// A pull makes or refreshes a draft's default link; an agent of
		// another environment reaches its draft through promote or push.
		return usageErrorf(cmd, "pull --all brings agents into drafts' default environment; leave out --env, or push and promote to reach %s", env)
	}
	p, store, creds, err := a.pullSetup(cmd, providerID)
	if err != nil {
		return err
	}
	name := p.Info().Name
	remotes, err := p.List(cmd.Context())
	if err != nil {
		return explain(err, p)
	}
	// Which draft each agent belongs to, read once: asking the index per
	// agent would read the whole list once per agent.
	entries, err := store.List()
	if err != nil {
		return fail("Could not look through the drafts.", err)
	}
	owner := map[string]string{}
	for _, e := range entries {
		for _, id := range e.Links[providerID] {
			if _, taken := owner[id]; !taken {
				owner[id] = e.ID
			}
		}
	}
	type outcome struct {
		line string
		err  error
	}
	results := make([]outcome, len(remotes))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(a.concurrencyFor(0)(providerID), len(remotes))) {
		wg.Go(func() {
			for i := range jobs {
				results[i].line, results[i].err = a.pullOne(cmd.Context(), p, store, creds, owner[remotes[i].ID], remotes[i], env)
			}
		})
	}
	for i, r := range remotes {
		if r.ID == "" {
			results[i].err = errors.New("its id could not be read")
			continue
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	made, refreshed, failed := 0, 0, 0
	for i, r := range results {
		switch {
		case r.err != nil:
			failed++
			a.notef("Could not pull the agent %s (%s): %s\n", plainWord(remotes[i].ID), plainWord(remotes[i].Name), errLine(r.err))
		default:
			if _, err := fmt.Fprintln(a.stdout, r.line); err != nil {
				return err
			}
			if owner[remotes[i].ID] != "" {
				refreshed++
			} else {
				made++
			}
		}
	}
	a.notef("Pulled %s from %s: %d new drafts, %d refreshed, %d failed.\n", count(len(remotes), "agent"), name, made, refreshed, failed)
	if c, ok := p.(agent.ListCaveat); ok {
		a.notef("The list may be incomplete: %s.\n", c.ListCaveat())
	}
	if failed > 0 {
		return fail(fmt.Sprintf("%s could not be pulled.", count(failed, "agent")), errors.New("the reasons are above; run the pull again to retry them"))
	}
	return nil
}

// pullOne pulls one listed agent into draftID (already linked to it) or
// into a new draft, and says which in one line: "made|refreshed DRAFT NAME".
func (a *app) pullOne(ctx context.Context, p agent.Provider, store interface {
	agent.DraftCopier
	Load(id string) (agent.Draft, error)
}, creds agent.SecretStore, draftID string, r agent.RemoteAgent, env string,
) (string, error) {
	opt := agent.PullOptions{Secrets: creds}
	if draftID != "" {
		d, err := store.Load(draftID)
		if err != nil {
			return "", err
		}
		if d.RemoteFor(p.Info().ID, env).ID == r.ID {
			opt.Linked = &d
		}
	}
	res, err := agent.Pull(ctx, p, r.ID, store, opt)
	if err != nil {
		var pe *agent.PullError
		if errors.As(err, &pe) {
			return "", fmt.Errorf("%s: %w", pe.Summary(), pe.Err)
		}
		return "", err
	}
	what := "made"
	if res.Refreshed {
		what = "refreshed"
	}
	line := fmt.Sprintf("%-9s %s  %s", what, res.Draft.ID, res.Draft.Name)
	if res.Copy != nil {
		line += fmt.Sprintf("  (unpushed changes kept in the copy %s)", res.Copy.ID)
	}
	return line, nil
}
