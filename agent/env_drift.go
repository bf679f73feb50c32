package agent

import (
	"context"
	"fmt"
)

// EnvDriftError stops a push to an environment with values of its own
// whose agent was changed elsewhere since the last push: those changes
// cannot be merged back into the draft without taking the environment's
// values into the draft's own agent, so nothing is sent.
type EnvDriftError struct {
	Env, Provider, RemoteID string
	// Changed lists, by label, the settings changed elsewhere: what a push
	// of the draft's (--ours) would replace.
	Changed []string
}

func (e *EnvDriftError) Error() string {
	return fmt.Sprintf("the agent %s in %s was changed on %s since the last push, and changes made elsewhere are merged "+
		"into the draft only for an environment without values of its own, so nothing was sent; "+
		"push again with --ours to replace them with the draft's, or make the same changes in the draft first",
		e.RemoteID, e.Env, e.Provider)
}

// Is makes errors.Is(err, ErrConflict) true.
func (e *EnvDriftError) Is(target error) bool { return target == ErrConflict }

// settleEnvDrift is settleDrift for a push to d.Env. Where the environment
// gets the draft's own agent (the default, or one with no values of its
// own), changes made elsewhere are merged into the draft as for any push,
// and the merged draft is also what is sent. Where it gets the agent with
// its own values (or what promote sends), the merge runs on that agent;
// changes made elsewhere then stop the push (EnvDriftError) unless every
// conflict is settled for the draft's side (--ours, or a promote the
// person confirmed after seeing the changes), which replaces them.
func settleEnvDrift(ctx context.Context, p Provider, d, view Draft, store DraftSaver, opt PushOptions) (Draft, Draft, SecretLookup, *Merged, error) {
	_, own := d.Environments[d.Env]
	if opt.Send == nil && (!own || EnvName(d.Env) == DefaultEnv) {
		md, secrets, merged, err := settleDrift(ctx, p, d, store, opt)
		if err != nil || merged == nil {
			return d, view, secrets, nil, err
		}
		mv := view
		mv.Agent = md.Agent
		mv.SetNative(md.Native())
		mv.Name = md.Name
		return md, mv, secrets, merged, nil
	}
	_, secrets, merged, err := settleDrift(ctx, p, view, store, opt)
	switch {
	case err != nil:
		return d, view, nil, nil, err
	case merged == nil:
		return d, view, secrets, nil, nil
	case opt.Merge.All == SideOurs:
		return d, view, opt.Secrets, nil, nil
	}
	return d, view, nil, nil, &EnvDriftError{Env: EnvName(d.Env), Provider: p.Info().Name, RemoteID: view.Remote().ID, Changed: merged.Taken}
}
