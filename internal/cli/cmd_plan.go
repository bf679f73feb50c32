package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

var planDoc = commandDoc{
	use:   "plan [DRAFT...|--all] [--env E] [--json]",
	short: "Say what apply would do to each draft, changing nothing",
	long: "For each draft named (or every draft with --all), say what `agentdeck apply` would do:\n" +
		"create its agent, update it (listing the settings that change), leave it unchanged,\n" +
		"or leave it alone because it is blocked (problems to fix, an agent changed on the\n" +
		"provider since the last push, an earlier push whose outcome is unclear, a file with a\n" +
		"merge conflict). Plan reads the providers and changes nothing, neither the drafts nor\n" +
		"the agents. It exits with 1 when a draft is blocked.\n" +
		"--json prints the plan as JSON for programs.",
}

func newPlanCommand(a *app) *cobra.Command {
	var f folderFlags
	var asJSON bool
	cmd := planDoc.build(cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error {
		return a.plan(cmd, args, f, asJSON)
	})
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the plan as JSON")
	f.add(a, cmd, "read")
	return cmd
}

// planned is one draft's line of a plan.
type planned struct {
	folderDraft
	Env  string
	Item agent.PlanItem
}

func (a *app) plan(cmd *cobra.Command, refs []string, f folderFlags, asJSON bool) error {
	r, _, err := a.startFolderRun(cmd, refs, f, nil)
	if err != nil {
		return err
	}
	rows := make([]planned, len(r.drafts))
	runByProvider(cmd.Context(), r.drafts, r.limit, func(ctx context.Context, i int) {
		rows[i] = planned{folderDraft: r.drafts[i], Env: r.env, Item: a.planOne(ctx, r, r.drafts[i])}
	})
	if err := cmd.Context().Err(); err != nil {
		return fail("The plan was interrupted.", err)
	}
	if asJSON {
		err = a.printPlanJSON(rows)
	} else {
		err = a.printPlan(rows)
	}
	if err != nil {
		return err
	}
	if n := countAction(rows, agent.PlanBlocked); n > 0 {
		return fail(fmt.Sprintf("%s blocked; apply would leave %s alone.", count(n, "draft"), pronoun(n)),
			errors.New("the reasons are above"))
	}
	return nil
}

// planOne is the plan of one draft; a draft that cannot be read, or whose
// provider cannot be reached, is blocked with the reason.
func (a *app) planOne(ctx context.Context, r folderRun, fd folderDraft) agent.PlanItem {
	if fd.Damaged != "" {
		return agent.PlanItem{Action: agent.PlanBlocked, Reason: fd.Damaged}
	}
	d, err := r.store.Peek(fd.ID)
	if err != nil {
		return agent.PlanItem{Action: agent.PlanBlocked, Reason: "the draft cannot be read: " + err.Error(), Err: err}
	}
	p, err := r.ps.get(d.Provider)
	if err != nil {
		return agent.PlanItem{Action: agent.PlanBlocked, Reason: errLine(err), Err: err}
	}
	return agent.Plan(ctx, p, d, r.env, agent.PushOptions{Secrets: a.secrets(r.creds), LinkedDrafts: r.store.LinkedDrafts, Env: r.env})
}

func (a *app) printPlan(rows []planned) error {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%-10s %s (%s)", r.Item.Action, r.Name, a.providerName(r.Provider))
		switch {
		case r.Item.Action == agent.PlanBlocked:
			fmt.Fprintf(&b, ": %s", r.Item.Reason)
		case r.Item.RemoteID != "":
			fmt.Fprintf(&b, "  agent %s", r.Item.RemoteID)
		}
		b.WriteByte('\n')
		if r.Item.Reason != "" && r.Item.Action != agent.PlanBlocked {
			fmt.Fprintf(&b, "    %s\n", r.Item.Reason)
		}
		for _, c := range r.Item.Changes {
			fmt.Fprintf(&b, "    %s\n", c)
		}
		if len(r.Item.Problems) > 0 {
			b.WriteString("    " + strings.ReplaceAll(a.problemLinesFor(r.Provider, r.Item.Problems), "\n", "\n    ") + "\n")
		}
		if a.details && r.Item.Err != nil {
			fmt.Fprintf(&b, "    (%v)\n", r.Item.Err)
		}
	}
	fmt.Fprintf(&b, "Plan: %d to create, %d to update, %d unchanged, %d blocked.\n",
		countAction(rows, agent.PlanCreate), countAction(rows, agent.PlanUpdate),
		countAction(rows, agent.PlanUnchanged), countAction(rows, agent.PlanBlocked))
	_, err := fmt.Fprint(a.stdout, b.String())
	return err
}

// planJSON is one draft of `plan --json`.
type planJSON struct {
	Draft    string       `json:"draft"`
	Name     string       `json:"name"`
	Provider string       `json:"provider"`
	Env      string       `json:"env"`
	Action   string       `json:"action"`
	RemoteID string       `json:"remote_id,omitempty"`
	Changes  []changeJSON `json:"changes,omitempty"`
	Reason   string       `json:"reason,omitempty"`
	Problems []string     `json:"problems,omitempty"`
}

type changeJSON struct {
	Field string `json:"field"`
	Label string `json:"label"`
	From  string `json:"from"`
	To    string `json:"to"`
}

func (a *app) printPlanJSON(rows []planned) error {
	out := make([]planJSON, 0, len(rows))
	for _, r := range rows {
		j := planJSON{Draft: r.ID, Name: r.Name, Provider: r.Provider, Env: r.Env, Action: r.Item.Action, RemoteID: r.Item.RemoteID, Reason: r.Item.Reason}
		for _, c := range r.Item.Changes {
			j.Changes = append(j.Changes, changeJSON{Field: c.Path, Label: c.Label, From: c.From, To: c.To})
		}
		for _, p := range r.Item.Problems {
			j.Problems = append(j.Problems, p.String())
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func countAction(rows []planned, action string) int {
	n := 0
	for _, r := range rows {
		if r.Item.Action == action {
			n++
		}
	}
	return n
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// errLine is the first line of err's text.
func errLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
