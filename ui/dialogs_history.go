package ui

import tea "charm.land/bubbletea/v2"

// The questions of a draft's history and of merging changes made
// elsewhere: restoring a version (screen_history.go), and which side of a
// setting changed on both sides wins (screen_review_merge.go).

// restoreDialog confirms restoring a version of the draft.
type restoreDialog struct {
	question
	version int
}

// restoreConfirmedMsg is the answer "restore it".
type restoreConfirmedMsg struct{ version int }

func (d *restoreDialog) menu() *question { return &d.question }

func (d *restoreDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, restoreConfirmedMsg{version: d.version})
}

// mergeConflictDialog asks which value of a setting changed on both sides
// wins: the draft's (option 0) or the remote agent's (option 1).
type mergeConflictDialog struct {
	question
	key string // agent.Conflict.Key
}

// mergePickedMsg is the answer to a conflict; cancelled when dismissed.
type mergePickedMsg struct {
	key       string
	theirs    bool
	cancelled bool
}

func (d *mergeConflictDialog) menu() *question { return &d.question }

func (d *mergeConflictDialog) answer(choice int) tea.Msg {
	switch choice {
	case 0, 1:
		return mergePickedMsg{key: d.key, theirs: choice == 1}
	}
	return mergePickedMsg{key: d.key, cancelled: true}
}
