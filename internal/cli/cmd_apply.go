package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
	"github.com/spf13/cobra"
)

var applyDoc = commandDoc{
	use:   "apply [DRAFT...|--all] [--env E] [--yes] [--concurrency N]",
	short: "Push every draft that changed: create or update their agents, a few at a time",
	long: "Do what `agentdeck plan` says for each draft named (or every draft with --all): create\n" +
		"the agents of new drafts, update those that changed, and leave unchanged and blocked\n" +
		"drafts alone. A few drafts go at once for each provider (as many as its documented\n" +
		"limits allow, or --concurrency N); when a provider asks to slow down, every draft for\n" +
		"it waits, and the run goes on. Ends with a table of what happened to each draft, and\n" +
		"exits with 1 when any draft failed or was blocked.\n" +
		"Running it again after an interruption or a failure does only what is left: a draft\n" +
		"whose agent was made is updated, never made twice; an agent an interrupted create may\n" +
		"have made is linked only when it is provably that draft's, otherwise the draft is\n" +
		"reported blocked and nothing is created.\n" +
		"On a terminal apply shows the plan and asks first; --yes goes ahead without asking\n" +
		"(needed when no one is there to answer, as in CI).",
}

func newApplyCommand(a *app) *cobra.Command {
	var f folderFlags
	var yes bool
	cmd := applyDoc.build(cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error {
		return a.apply(cmd, args, f, yes)
	})
	cmd.Flags().BoolVar(&yes, "yes", false, "go ahead without showing the plan and asking")
	f.add(a, cmd, "push")
	return cmd
}

// What apply did to a draft, as the summary shows it.
const (
	appliedCreated   = "created"
	appliedUpdated   = "updated"
	appliedLinked    = "linked"
	appliedUnchanged = "unchanged"
	appliedBlocked   = "blocked"
	appliedFailed    = "failed"
	appliedNotDone   = "not done"
)

// maxApplyTries bounds the tries of one draft that a rate limit, an
// unreachable provider or an unclear create stopped; each try after the
// first waits for the provider's shared pause (see httpx's gate).
const maxApplyTries = 6

type applied struct {
	folderDraft
	Result   string
	RemoteID string
	Reason   string
}

func (a *app) apply(cmd *cobra.Command, refs []string, f folderFlags, yes bool) error {
	var ask func() (bool, error)
	if !yes {
		if a.stdinIsTerminal == nil || !a.stdinIsTerminal() {
			return usageErrorf(cmd, "apply creates and updates agents on the providers; run `agentdeck plan` to see what it would do, then add --yes to go ahead")
		}
		ask = func() (bool, error) { return a.confirmPlan(cmd, refs, f) }
	}
	run, ok, err := a.startFolderRun(cmd, refs, f, ask)
	if err != nil || !ok {
		return err
	}
	rows := make([]applied, len(run.drafts))
	for i, d := range run.drafts {
		rows[i] = applied{folderDraft: d, Result: appliedNotDone}
	}
	prog := a.newApplyProgress(len(run.drafts))
	runByProvider(cmd.Context(), run.drafts, run.limit, func(ctx context.Context, i int) {
		r := a.applyOne(ctx, run, run.drafts[i])
		rows[i] = r
		prog.done(r)
	})
	prog.finish()
	if err := a.printApplySummary(rows); err != nil {
		return err
	}
	bad := 0
	for _, r := range rows {
		if r.Result == appliedFailed || r.Result == appliedBlocked || r.Result == appliedNotDone {
			bad++
		}
	}
	if err := cmd.Context().Err(); err != nil {
		return fail("The run was interrupted; run apply again to do the rest.", err)
	}
	if bad > 0 {
		return fail(fmt.Sprintf("%s not applied; the reasons are in the table above.", count(bad, "draft was")),
			errors.New("fix what the table says and run apply again: it does only what is left"))
	}
	return nil
}

// applyOne does what the plan says for one draft, under its push lock, and
// tries again (the provider's pause waited out) while the failure is one a
// later try can get past.
func (a *app) applyOne(ctx context.Context, run folderRun, fd folderDraft) applied {
	out := applied{folderDraft: fd}
	if fd.Damaged != "" {
		out.Result, out.Reason = appliedBlocked, fd.Damaged
		return out
	}
	p, err := run.ps.get(fd.Provider)
	if err != nil {
		out.Result, out.Reason = appliedFailed, errLine(err)
		return out
	}
	for try := 1; ; try++ {
		r, again := a.applyTry(ctx, p, run, fd)
		if !again || try == maxApplyTries || ctx.Err() != nil {
			return r
		}
	}
}

// applyTry is one try; again reports a failure worth another try.
func (a *app) applyTry(ctx context.Context, p agent.Provider, run folderRun, fd folderDraft) (out applied, again bool) {
	out = applied{folderDraft: fd}
	session, err := run.store.BeginPush(ctx, fd.ID, nil)
	if err != nil {
		out.Result, out.Reason = appliedFailed, "the draft could not be read: "+errLine(err)
		return out, false
	}
	d := session.Draft()
	out.Name = d.Name
	opt := agent.PushOptions{Secrets: a.secrets(run.creds), LinkedDrafts: run.store.LinkedDrafts, ToolLinks: run.store.ToolLinks, Env: run.env}
	item := agent.Plan(ctx, p, d, run.env, opt)
	out.RemoteID = item.RemoteID
	switch item.Action {
	case agent.PlanUnchanged:
		_ = session.End(nil)
		out.Result = appliedUnchanged
		return out, false
	case agent.PlanBlocked:
		_ = session.End(nil)
		out.Result, out.Reason = appliedBlocked, item.Reason
		if transient(item.Err) {
			out.Result = appliedFailed
			return out, true
		}
		return out, false
	}
	res, err := agent.Push(ctx, p, d, session, opt)
	_ = session.End(err) // a failed push leaves the draft as it was, or as far as it got
	if err != nil {
		var ae *agent.AdoptError
		if errors.As(err, &ae) {
			out.Result, out.Reason = appliedBlocked, "an earlier push may have created it, and "+ae.Reason+"; push it on its own to choose"
			return out, false
		}
		summary, _ := errtext.CommandLine(err, p.Info().Name)
		out.Result, out.Reason, out.RemoteID = appliedFailed, strings.TrimSuffix(summary, "."), res.RemoteID
		return out, transient(err)
	}
	out.RemoteID = res.RemoteID
	switch {
	case res.Adopted:
		out.Result = appliedLinked
	case res.Created:
		out.Result = appliedCreated
	default:
		out.Result = appliedUpdated
	}
	return out, false
}

// transient reports a failure a later try may get past: a rate limit, a
// provider that could not be reached, a create whose outcome is unclear
// (the next try finds the agent it made, with proof, before creating).
func transient(err error) bool {
	return err != nil && (errors.Is(err, agent.ErrRateLimited) || errors.Is(err, agent.ErrUnavailable) || errors.Is(err, agent.ErrAmbiguous))
}

// confirmPlan shows the plan and asks whether to go ahead.
func (a *app) confirmPlan(cmd *cobra.Command, refs []string, f folderFlags) (bool, error) {
	if err := a.plan(cmd, refs, f, false); err != nil {
		var f *failure
		if !errors.As(err, &f) || !strings.Contains(f.summary, "blocked") {
			return false, err
		}
		a.notef("agentdeck: %s\n", f.summary)
	}
	a.notef("Apply this plan? Type yes to go ahead: ")
	var answer string
	_, _ = fmt.Fscanln(a.stdin, &answer)
	if strings.ToLower(strings.TrimSpace(answer)) != "yes" {
		a.noteln("Nothing was sent.")
		return false, nil
	}
	return true, nil
}

func (a *app) printApplySummary(rows []applied) error {
	var b strings.Builder
	counts := map[string]int{}
	wName := len("DRAFT")
	for _, r := range rows {
		wName = max(wName, min(len(r.Name), 40))
	}
	fmt.Fprintf(&b, "%-*s  %-18s  %-9s  %s\n", wName, "DRAFT", "PROVIDER", "RESULT", "AGENT / REASON")
	for _, r := range rows {
		counts[r.Result]++
		what := r.RemoteID
		if r.Reason != "" {
			what = r.Reason
		}
		fmt.Fprintf(&b, "%-*s  %-18s  %-9s  %s\n", wName, r.Name, a.providerName(r.Provider), r.Result, what)
	}
	var parts []string
	for _, k := range []string{appliedCreated, appliedUpdated, appliedLinked, appliedUnchanged, appliedBlocked, appliedFailed, appliedNotDone} {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
		}
	}
	if len(parts) == 0 {
		parts = []string{"no drafts"}
	}
	fmt.Fprintf(&b, "Applied: %s.\n", strings.Join(parts, ", "))
	_, err := fmt.Fprint(a.stdout, b.String())
	return err
}

// applyProgress shows how far a run is: a bar redrawn in place when a
// person watches stderr, one line per draft otherwise (a CI log).
type applyProgress struct {
	a     *app
	total int
	bar   bool
	mu    sync.Mutex
	n     int
}

func (a *app) newApplyProgress(total int) *applyProgress {
	return &applyProgress{a: a, total: total, bar: a.stderrIsTerminal != nil && a.stderrIsTerminal()}
}

func (p *applyProgress) done(r applied) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	if !p.bar {
		what := " " + r.RemoteID
		if r.Reason != "" {
			what = ": " + r.Reason
		}
		p.a.notef("[%d/%d] %s (%s): %s%s\n", p.n, p.total, r.Name, p.a.providerName(r.Provider), r.Result, strings.TrimRight(what, " "))
		return
	}
	const width = 30
	filled := width * p.n / max(p.total, 1)
	_, _ = fmt.Fprintf(p.a.terminalErr, "\r[%s%s] %d/%d drafts", strings.Repeat("#", filled), strings.Repeat("-", width-filled), p.n, p.total)
}

func (p *applyProgress) finish() {
	if p.bar && p.n > 0 {
		p.a.noteln()
	}
}
