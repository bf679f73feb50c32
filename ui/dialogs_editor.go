package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The editor's questions: which provider to switch to, whether to switch
// after seeing what would not carry over, and whether to remove a list
// item. Their answers go to the editor (editor_switch.go, editor_items.go).

// pickProviderDialog asks which provider to switch the draft to.
type pickProviderDialog struct {
	question
	ids []string // the provider of each option
}

// providerPickedMsg names the provider picked to switch to.
type providerPickedMsg struct{ id string }

func newPickProviderDialog(others []agent.ProviderInfo) *pickProviderDialog {
	d := &pickProviderDialog{question: question{
		title: "Switch this draft to another provider",
		body:  "Pick one; before anything changes you will see what it cannot carry.",
	}}
	for _, p := range others {
		d.options = append(d.options, p.Name)
		d.ids = append(d.ids, p.ID)
	}
	return d
}

func (d *pickProviderDialog) menu() *question { return &d.question }

func (d *pickProviderDialog) answer(choice int) tea.Msg {
	if choice < 0 || choice >= len(d.ids) {
		return nil
	}
	return providerPickedMsg{id: d.ids[choice]}
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
	if choice != 1 {
		return nil
	}
	return switchConfirmedMsg{to: d.to}
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
	if choice != 1 {
		return nil
	}
	return removeConfirmedMsg{item: d.item}
}
