package ui

import tea "charm.land/bubbletea/v2"

// The questions before anything reaches a provider: submit, what to do
// about an agent changed elsewhere (screen_review*.go), and refreshing a
// draft from its agent (screen_pull.go).

// submitDialog confirms a submit.
type submitDialog struct{ question }

// submitConfirmedMsg is the answer "submit".
type submitConfirmedMsg struct{}

func (d *submitDialog) menu() *question { return &d.question }

func (d *submitDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, submitConfirmedMsg{})
}

// driftAction is an answer to an agent changed elsewhere.
type driftAction int

const (
	driftPullTheirs driftAction = iota
	driftPushMine
	driftCopyMine
)

// driftDialog asks what to do about an agent changed on the provider
// since the last push or pull; its options are in driftAction's order.
type driftDialog struct{ question }

// driftChosenMsg is the drift question's answer.
type driftChosenMsg struct{ action driftAction }

func (d *driftDialog) menu() *question { return &d.question }

func (d *driftDialog) answer(choice int) tea.Msg {
	if choice < 0 || choice > int(driftCopyMine) {
		return nil
	}
	return driftChosenMsg{action: driftAction(choice)}
}

// refreshDialog confirms refreshing a linked draft from its agent.
type refreshDialog struct{ question }

// refreshConfirmedMsg is the answer "refresh the draft".
type refreshConfirmedMsg struct{}

func (d *refreshDialog) menu() *question { return &d.question }

func (d *refreshDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, refreshConfirmedMsg{})
}
