package ui

import tea "charm.land/bubbletea/v2"

// The App's own questions: a save refused because the draft changed
// somewhere else, and the two that can stand before quitting. The App
// handles their answers itself (autosave.go, quit.go).

// conflictDialog asks what to do with a draft another session saved.
type conflictDialog struct{ question }

// conflictAnswer is what the person chose on the conflict question.
type conflictAnswer int

const (
	conflictPutOff conflictAnswer = iota // esc: nothing decided yet
	conflictCopy                         // keep mine as a separate copy
	conflictReload                       // drop mine, take the saved version
)

// conflictAnsweredMsg is the conflict question's answer.
type conflictAnsweredMsg struct{ answer conflictAnswer }

func newConflictDialog(name string) *conflictDialog {
	return &conflictDialog{question{
		title: "This draft was changed somewhere else",
		body: quote(name) + " was saved by another window or command while you were editing it here, " +
			"so your changes were not written over it. Reload the saved version (your changes here are dropped), " +
			"or keep yours as a separate copy.",
		options: []string{"Save mine as a copy", "Reload the saved version"},
	}}
}

func (d *conflictDialog) menu() *question { return &d.question }

func (d *conflictDialog) answer(choice int) tea.Msg {
	switch choice {
	case dismissed:
		return conflictAnsweredMsg{answer: conflictPutOff}
	case 1:
		return conflictAnsweredMsg{answer: conflictReload}
	}
	return conflictAnsweredMsg{answer: conflictCopy}
}

// quitUnsavedDialog asks before quitting while a save is failing or typed
// text cannot go into its draft.
type quitUnsavedDialog struct{ question }

// quitLosingMsg is the answer "quit and lose them".
type quitLosingMsg struct{}

func newQuitUnsavedDialog(lost string) *quitUnsavedDialog {
	return &quitUnsavedDialog{question{
		title:   "Some changes are not saved",
		body:    lost + " Quitting now loses those changes (ctrl+c again quits anyway).",
		options: []string{"Stay in agentdeck", "Quit and lose them"},
		danger:  true,
	}}
}

func (d *quitUnsavedDialog) menu() *question { return &d.question }

func (d *quitUnsavedDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, quitLosingMsg{})
}

// quitCopyDialog asks before quitting with edits to drafts that were
// changed somewhere else. Keeping them as copies loses nothing, so that is
// the first choice, and what ctrl+c again does.
type quitCopyDialog struct{ question }

// quitCopyingMsg is the answer "save mine as a copy and quit".
type quitCopyingMsg struct{}

func newQuitCopyDialog(names []string) *quitCopyDialog {
	which := quote(names[0])
	if len(names) > 1 {
		which += " and " + itoa(len(names)-1) + " more"
	}
	return &quitCopyDialog{question{
		title: "Your latest changes are not saved yet",
		body: which + " was changed somewhere else while you edited it here, so your changes were not written over it. " +
			"Quitting keeps them as a separate copy (ctrl+c again does the same).",
		options: []string{"Save mine as a copy and quit", "Stay in agentdeck"},
	}}
}

func (d *quitCopyDialog) menu() *question { return &d.question }

func (d *quitCopyDialog) answer(choice int) tea.Msg {
	return yesIsFirst(choice, quitCopyingMsg{})
}
