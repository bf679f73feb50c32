package cli

import (
	"context"
	"path/filepath"
	"sync"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

// folderDraft is one draft plan or apply works on, as the drafts list
// knows it.
type folderDraft struct {
	ID, Name, Provider string
	// Damaged is why its file cannot be read (a merge conflict, broken
	// YAML); such a draft is reported blocked, never skipped in silence.
	Damaged string
}

// folderFlags are the flags plan and apply share.
type folderFlags struct {
	all         bool
	env         string
	concurrency int
}

// add gives cmd --all, --env, --concurrency and --details; verb says what
// is done at once ("read", "push").
func (f *folderFlags) add(a *app, cmd *cobra.Command, verb string) {
	cmd.Flags().BoolVar(&f.all, "all", false, "every draft in the drafts folder")
	cmd.Flags().IntVar(&f.concurrency, "concurrency", 0, "how many drafts of one provider to "+verb+" at once (default: what the provider allows)")
	addEnvFlag(cmd, &f.env, "the environment to plan and apply to")
	a.addDetailsFlag(cmd)
}

// folderRun is what plan and apply work with: the environment, the drafts
// picked, and the store, credentials and providers they need.
type folderRun struct {
	env    string
	store  *storage.Store
	drafts []folderDraft
	creds  *storage.Credentials
	ps     *runProviders
	limit  func(provider string) int
}

// startFolderRun checks the flags and picks the drafts; before is called
// between the two (apply asks there), and may stop the run with ok false.
func (a *app) startFolderRun(cmd *cobra.Command, refs []string, f folderFlags, before func() (ok bool, err error)) (r folderRun, ok bool, err error) {
	if r.env, err = a.folderEnv(cmd, f.env); err != nil {
		return r, false, err
	}
	if f.concurrency < 0 {
		return r, false, usageErrorf(cmd, "--concurrency must be 1 or more")
	}
	if before != nil {
		if ok, err := before(); err != nil || !ok {
			return r, false, err
		}
	}
	if r.store, err = a.Store(); err != nil {
		return r, false, err
	}
	if r.drafts, err = a.pickDrafts(cmd, r.store, refs, f.all); err != nil {
		return r, false, err
	}
	if r.creds, err = a.Credentials(); err != nil {
		return r, false, err
	}
	r.ps, r.limit = newRunProviders(a, cmd, r.env), a.concurrencyFor(f.concurrency)
	return r, true, nil
}

// pickDrafts is the drafts named on the command line (by id, name or path),
// or every draft with --all, in the list's order.
func (a *app) pickDrafts(cmd *cobra.Command, store *storage.Store, refs []string, all bool) ([]folderDraft, error) {
	switch {
	case all && len(refs) > 0:
		return nil, usageErrorf(cmd, "name drafts or give --all, not both")
	case !all && len(refs) == 0:
		return nil, usageErrorf(cmd, "name the drafts to work on, or give --all for every draft in the folder")
	}
	if all {
		entries, err := store.List()
		if err != nil {
			return nil, fail("Could not read the drafts folder.", err)
		}
		out := make([]folderDraft, 0, len(entries))
		for _, e := range entries {
			fd := folderDraft{ID: e.ID, Name: e.Name, Provider: e.Provider, Damaged: e.Damaged}
			if e.Damaged != "" {
				fd.Name = filepath.Base(e.Path) // what cannot be read is named by its file
			}
			out = append(out, fd)
		}
		return out, nil
	}
	seen := map[string]bool{}
	out := make([]folderDraft, 0, len(refs))
	for _, ref := range refs {
		_, d, err := a.draft(ref)
		if err != nil {
			return nil, err
		}
		if d.ID == "" {
			return nil, usageErrorf(cmd, "%s is not in the drafts folder; import it first", plainWord(ref))
		}
		if !seen[d.ID] {
			seen[d.ID] = true
			out = append(out, folderDraft{ID: d.ID, Name: d.Name, Provider: d.Provider})
		}
	}
	return out, nil
}

// runProviders builds each provider once for a whole run and remembers a
// provider that could not be built, so every draft for it says why.
type runProviders struct {
	a   *app
	cmd *cobra.Command
	env string // each provider is reached as it is in this environment
	mu  sync.Mutex
	got map[string]providerOrErr
}

type providerOrErr struct {
	p   agent.Provider
	err error
}

func newRunProviders(a *app, cmd *cobra.Command, env string) *runProviders {
	return &runProviders{a: a, cmd: cmd, env: env, got: map[string]providerOrErr{}}
}

func (s *runProviders) get(id string) (agent.Provider, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if g, ok := s.got[id]; ok {
		return g.p, g.err
	}
	p, err := s.a.providerIn(s.cmd, id, s.env)
	s.got[id] = providerOrErr{p, err}
	return p, err
}

// concurrencyFor is how many drafts of provider run at once: n when the
// person chose (--concurrency), else what the provider's documented limits
// allow.
func (a *app) concurrencyFor(n int) func(provider string) int {
	return func(provider string) int {
		if n > 0 {
			return n
		}
		if d, ok := a.providers.Lookup(provider); ok {
			return d.ApplyConcurrency()
		}
		return 1
	}
}

// runByProvider calls work for every draft, at most limit(provider) at a
// time for each provider; the providers run side by side, since each has
// limits of its own. It returns when every call has.
func runByProvider(ctx context.Context, drafts []folderDraft, limit func(provider string) int, work func(ctx context.Context, i int)) {
	queues := map[string][]int{}
	var order []string
	for i, d := range drafts {
		if _, ok := queues[d.Provider]; !ok {
			order = append(order, d.Provider)
		}
		queues[d.Provider] = append(queues[d.Provider], i)
	}
	var wg sync.WaitGroup
	for _, prov := range order {
		jobs := make(chan int, len(queues[prov]))
		for _, i := range queues[prov] {
			jobs <- i
		}
		close(jobs)
		for range max(1, min(limit(prov), len(queues[prov]))) {
			wg.Go(func() {
				for i := range jobs {
					if ctx.Err() != nil {
						continue // cancelled: the rest is reported as not done
					}
					work(ctx, i)
				}
			})
		}
	}
	wg.Wait()
}
