package ui

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The review's side of a three-way merge: when the agent was changed
// elsewhere since the last push and the draft's history holds that push,
// only the settings changed on both sides to different values are asked
// about, one question each; everything else merges by itself in the
// submit (agent.Push). Without such a push, the whole-side question of
// screen_review_drift.go is asked as before.

// reviewMerge is what a compare found of a merge.
type reviewMerge struct {
	base      bool // a pushed version to merge on is in the history
	conflicts []agent.Conflict
	taken     []string // labels of the settings theirs gives
	picks     map[string]agent.Side
	err       error // the merge could not be worked out
}

// mergeWithRemote works out the merge of d with remote on the version the
// draft's last push kept; the zero reviewMerge when there is none.
func mergeWithRemote(p agent.Provider, d agent.Draft, remote agent.Decoded, h HistoryReader) reviewMerge {
	if h == nil {
		return reviewMerge{}
	}
	vs, err := h.Versions(d.ID)
	if err != nil {
		return reviewMerge{}
	}
	r := d.Remote()
	base, ok := agent.BaseVersion(vs, p.Info().ID, agent.DefaultEnv, r.ID, r.RemoteHash)
	if !ok {
		return reviewMerge{}
	}
	m, err := agent.ThreeWay(p, &d, base, remote, agent.MergeOptions{})
	if err != nil {
		return reviewMerge{base: true, err: err}
	}
	return reviewMerge{base: true, conflicts: m.Conflicts, taken: m.Taken}
}

// askConflicts asks about the first conflict not answered yet; nil when
// every one is.
func (r *reviewScreen) askConflicts() tea.Cmd {
	name := r.provider.Info().Name
	for i, c := range r.merge.conflicts {
		if r.merge.picks[c.Key] != agent.SideUnset {
			continue
		}
		return openDialog(&mergeConflictDialog{question: question{
			title: c.Label + " was changed here and on " + name,
			body: "Yours:  " + orNotSet(c.Ours) + "\nTheirs: " + orNotSet(c.Theirs) + "\n\n" +
				"Setting " + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(r.merge.conflicts)) + " changed on both sides. " +
				"Everything else changed on " + name + " is kept as it is there.",
			options: []string{"Keep yours", "Take theirs"},
		}, key: c.Key})
	}
	return nil
}

func orNotSet(s string) string {
	if s == "" {
		return "(not set)"
	}
	return plain(s)
}

// mergePicked records an answer and asks the next question, or, after the
// last, whether to submit.
func (r *reviewScreen) mergePicked(msg mergePickedMsg) tea.Cmd {
	if msg.cancelled {
		return nil
	}
	if r.merge.picks == nil {
		r.merge.picks = map[string]agent.Side{}
	}
	side := agent.SideOurs
	if msg.theirs {
		side = agent.SideTheirs
	}
	r.merge.picks[msg.key] = side
	if next := r.askConflicts(); next != nil {
		return next
	}
	return r.confirmSubmit()
}

// mergeOptions is how the submit settles the merge the person answered.
func (r *reviewScreen) mergeOptions() agent.MergeOptions {
	if r.pushMine {
		return agent.MergeOptions{All: agent.SideOurs}
	}
	return agent.MergeOptions{Picks: r.merge.picks}
}

// mergeNote says, for the submit question, what happens to their changes.
func (r *reviewScreen) mergeNote() string {
	if r.pushMine || !r.merge.base {
		return " The changes made to it elsewhere are overwritten."
	}
	note := " " + plural(len(r.merge.taken), "setting", "settings") + " changed only on " + r.provider.Info().Name + " " +
		map[bool]string{true: "is", false: "are"}[len(r.merge.taken) == 1] + " kept."
	if n := len(r.merge.conflicts); n > 0 {
		note += " " + plural(n, "setting changed on both sides follows", "settings changed on both sides follow") + " your choices."
	}
	return note
}
