package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The messages of review, submit and pull. See messages.go for the rest.

// focusFieldMsg asks the editor to open the section (or list item) holding
// a field and put the focus on it.
type focusFieldMsg struct{ path string }

// clearFieldMsg asks the editor to remove the value at path from the
// draft: a value the provider does not carry (agent.Problem.NotCarried),
// which no form of that provider shows, so there is no field to land on.
type clearFieldMsg struct{ path string }

// pushProblemsMsg hands the editor the field problems a provider reported
// on a submit, to show on those fields until they are changed.
type pushProblemsMsg struct{ problems agent.Problems }

// settleWantedMsg asks the App to answer with draftSettledMsg once no save
// of the draft is in flight or waiting, so a push or pull starts from the
// revision on disk.
type settleWantedMsg struct {
	reqID int
	id    string
}

// draftSettledMsg answers settleWantedMsg: the revision on disk as this
// session knows it, or why the draft's latest changes are not saved.
type draftSettledMsg struct {
	reqID    int
	id       string
	revision int
	known    bool // the App has saved or read this draft in this session
	err      error
}

// draftRecordedMsg says a draft changed on disk outside the autosave (a
// push recorded its remote id, a pull refreshed it). The App takes its
// revision and every screen showing the draft from — or draft.ID when from
// is empty — takes draft in its place.
type draftRecordedMsg struct {
	draft agent.Draft
	from  string
}

// replaces reports whether the recorded draft takes the place of the
// draft id on screen.
func (m draftRecordedMsg) replaces(id string) bool {
	target := m.from
	if target == "" {
		target = m.draft.ID
	}
	return target == id
}

// remoteComparedMsg is the result of fetching a pushed draft's remote
// agent and comparing it with the draft.
type remoteComparedMsg struct {
	reqID            int
	changes          []agent.Change
	changedElsewhere bool
	err              error
	// wrapped holds the changes already wrapped to the width the review
	// had when it asked, done off the UI loop (a changed 200 KB prompt).
	wrapped wrapCache
	// merge is the merge with changes made elsewhere, when there were any.
	merge reviewMerge
}

// submitProgressMsg says a submit reached a step (agent.StepCreate, …);
// next delivers the submit's following message.
type submitProgressMsg struct {
	reqID int
	step  string
	next  <-chan tea.Msg
}

// submitDoneMsg is the result of a submit. draft is the draft as it is on
// disk afterwards: a failed submit may still have recorded a remote id.
type submitDoneMsg struct {
	reqID  int
	result agent.PushResult
	err    error
	draft  agent.Draft
	loaded bool // draft was read back; otherwise the submit's own copy
}

// remoteAgentsListedMsg is the result of listing a provider's agents, with
// the drafts already linked to them by remote id.
type remoteAgentsListedMsg struct {
	reqID    int
	provider agent.Provider
	agents   []agent.RemoteAgent
	linked   map[string]DraftEntry
	err      error
}

// agentPulledMsg is the result of a pull.
type agentPulledMsg struct {
	reqID  int
	result agent.PullResult
	err    error
}
