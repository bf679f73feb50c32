package ui

import (
	"context"

	"github.com/agentdeck/agentdeck/agent"
)

// The review, submit and pull flows as the accessible front end runs them:
// the same code the review, submit and pull screens run, without a screen.

// Timeouts the screens use, so a plain session waits as long.
const (
	CompareTimeout = compareTimeout
	SubmitTimeout  = submitTimeout
	ListTimeout    = listTimeout
	PullTimeout    = pullTimeout
)

// ReviewOf is what a submit of d would do: its problems for p (errors
// first, then warnings) and its requests with secrets masked, or why they
// cannot be built.
func ReviewOf(p agent.Provider, d agent.Draft) (agent.Problems, []agent.Request, error) {
	return reviewPlan(p, d)
}

// DiffWithRemote reads d's remote agent and lists what a push would change
// there (and beside it: workspace tools), and whether it was changed
// elsewhere since the last push.
func DiffWithRemote(ctx context.Context, p agent.Provider, d agent.Draft, secrets agent.SecretLookup) ([]agent.Change, bool, error) {
	changes, _, elsewhere, err := diffWithRemote(ctx, p, d, secrets)
	return changes, elsewhere, err
}

// StepWords names a step of a submit for people.
func StepWords(step, provider string) string { return stepWords(step, provider) }

// ProblemLabel names a problem's field; "The agent" for none.
func ProblemLabel(caps agent.Capabilities, path string) string { return problemLabel(caps, path) }

// ErrTextFor is ErrText for a failure talking to the named provider.
func ErrTextFor(err error, provider string) string { return errTextFor(err, provider) }

// ErrTextWith is ErrTextFor naming the provider's own settings by their
// table's labels.
func ErrTextWith(err error, provider string, caps agent.Capabilities) string {
	return errTextWith(err, provider, caps)
}

// PullErrText words a failed pull in one sentence.
func PullErrText(err error, provider string) string { return pullErrText(err, provider) }

// PrettyJSON indents a request body for reading.
func PrettyJSON(body []byte) string { return prettyJSON(body) }

// SubmitOutcome is how a submit ended: the result, the error, and the
// draft as it is on disk afterwards (Loaded says it could be read).
type SubmitOutcome struct {
	Result agent.PushResult
	Err    error
	Draft  agent.Draft
	Loaded bool
}

// Submit pushes d, as reviewed, through agent.Push under the push lock in
// deps (the submit screen's run, submit_run.go); progress hears each step.
func Submit(ctx context.Context, deps Deps, p agent.Provider, d agent.Draft, progress func(step string)) SubmitOutcome {
	return SubmitWith(ctx, deps, p, d, "", agent.SideUnset, progress)
}

// SubmitWith is Submit after the person's answers: adoptID, the agent an
// earlier, unclear create made (one of agent.AdoptError's candidates), to
// link the draft to before updating it ("" adopts nothing); side, how every
// setting changed both here and on the provider since the last push is
// settled (agent.SideOurs: push mine over theirs).
func SubmitWith(ctx context.Context, deps Deps, p agent.Provider, d agent.Draft, adoptID string, side agent.Side, progress func(step string)) SubmitOutcome {
	return submitAnswered(ctx, deps, p, d, adoptID, side, false, progress)
}

// SubmitSharingTools is SubmitWith after the person said yes to changing
// workspace tools other agents also use (agent.SharedToolError).
func SubmitSharingTools(ctx context.Context, deps Deps, p agent.Provider, d agent.Draft, side agent.Side, progress func(step string)) SubmitOutcome {
	return submitAnswered(ctx, deps, p, d, "", side, true, progress)
}

func submitAnswered(ctx context.Context, deps Deps, p agent.Provider, d agent.Draft, adoptID string, side agent.Side, shared bool, progress func(step string)) SubmitOutcome {
	run := submitRun{
		provider: p, draft: d, store: deps.Drafts, pushes: deps.Pushes,
		secrets: deps.Secrets, now: deps.Now, links: deps.Links, adopt: adoptID, merge: agent.MergeOptions{All: side},
		sharedTools: shared,
	}
	done := run.push(ctx, progress)
	return SubmitOutcome{Result: done.result, Err: done.err, Draft: done.draft, Loaded: done.loaded}
}

// SubmitWhat says in one sentence what a submit that worked did.
func SubmitWhat(res agent.PushResult, provider string) string { return submitWhat(res, provider) }

// SubmitFailure is the one sentence a failed submit is told in; fixIn
// says where the refused fields (RefusedFields) are fixed.
func SubmitFailure(err error, d agent.Draft, provider string, caps agent.Capabilities, fixIn func(fix string) string) string {
	return submitFailure(err, false, refusedFields(err), d, provider, caps, fixIn)
}

// RefusedFields are the field problems behind a failed submit.
func RefusedFields(err error) agent.Problems { return refusedFields(err) }

// ProviderSaid is what the provider said beyond the refused fields, in its
// own words and without its field locations.
func ProviderSaid(err error, provider string) []string { return providerSaid(err, provider) }

// LinkedDrafts maps a provider's remote agent ids to the drafts linked to
// them.
func LinkedDrafts(store DraftStore, provider string) map[string]DraftEntry {
	return linkedDrafts(store, provider)
}

// PullRemote makes the remote agent a draft, or refreshes linked.
func PullRemote(ctx context.Context, p agent.Provider, remoteID string, deps Deps, linked *DraftEntry) (agent.PullResult, error) {
	return pullRemote(ctx, p, remoteID, deps.Drafts, deps.Secrets, linked)
}

// TestTimeout bounds a connection test.
const TestTimeout = testTimeout

// ConnectionResult words a connection test as the settings screen does:
// agents found, or which of the things that go wrong happened (ok false).
func ConnectionResult(name string, fields []SettingField, agents int, err error) (string, bool) {
	return connectionResult(name, fields, agents, err)
}
