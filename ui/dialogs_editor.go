package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The editor's questions: which provider to switch to, whether to switch
// after seeing what would not carry over, and whether to remove a list
// item. Their answers go to the editor (editor_switch.go, editor_items.go).

// pickProviderDialog asks which provider to switch the draft to.
type pickProviderDialog struct{ pickOne[agent.ProviderInfo] }

// providerPickedMsg names the provider picked to switch to.
type providerPickedMsg struct{ id string }

func newPickProviderDialog(others []agent.ProviderInfo) *pickProviderDialog {
	return &pickProviderDialog{newPickOne(question{
		title: "Switch this draft to another provider",
		body:  "Pick one; before anything changes you will see what it cannot carry.",
	}, others,
		func(p agent.ProviderInfo) string { return p.Name },
		func(p agent.ProviderInfo) tea.Msg { return providerPickedMsg{id: p.ID} })}
}

// switchProviderDialog shows what the new provider would not carry and
// asks before switching.
type switchProviderDialog struct {
	question
	to agent.Provider
}

// switchConfirmedMsg is the answer "switch to" the provider it carries.
type switchConfirmedMsg struct{ to agent.Provider }

func (d *switchProviderDialog) menu() *question { return &d.question }

func (d *switchProviderDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, switchConfirmedMsg{to: d.to})
}

// removeItemDialog asks before taking an item out of a list.
type removeItemDialog struct {
	question
	item int // index of the item in the list the items pane shows
}

// removeConfirmedMsg is the answer "remove it".
type removeConfirmedMsg struct{ item int }

func newRemoveItemDialog(item int, text, list string) *removeItemDialog {
	return &removeItemDialog{item: item, question: question{
		title:   "Remove " + quote(text) + "?",
		body:    "It is taken out of " + list + " in this draft.",
		options: []string{"Keep it", "Remove it"},
		danger:  true,
	}}
}

func (d *removeItemDialog) menu() *question { return &d.question }

func (d *removeItemDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, removeConfirmedMsg{item: d.item})
}
