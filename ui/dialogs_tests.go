package ui

import tea "charm.land/bubbletea/v2"

// The Tests screen's question: esc on a test's form with something typed
// asks before the typing is dropped (screen_tests.go).

// dropTestDialog asks whether to leave a test's form without keeping what
// was typed into it.
type dropTestDialog struct{ question }

// dropTestConfirmedMsg is the answer "drop what I typed".
type dropTestConfirmedMsg struct{}

func newDropTestDialog() *dropTestDialog {
	return &dropTestDialog{question{
		title:   "Drop what you typed?",
		body:    "This test is not kept yet: enter on its last field keeps it.",
		options: []string{"Keep typing", "Drop it"},
		danger:  true,
	}}
}

func (d *dropTestDialog) menu() *question { return &d.question }

func (d *dropTestDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, dropTestConfirmedMsg{})
}
