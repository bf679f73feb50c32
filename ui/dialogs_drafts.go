package ui

import tea "charm.land/bubbletea/v2"

// The drafts list's question: deleting a draft asks first. Its answer goes
// to the drafts screen (drafts_manage.go).

// deleteDraftDialog asks before a draft goes to the trash.
type deleteDraftDialog struct {
	question
	id, name string
}

// deleteDraftConfirmedMsg is the answer "move it to the trash".
type deleteDraftConfirmedMsg struct{ id, name string }

func newDeleteDraftDialog(id, name string) *deleteDraftDialog {
	return &deleteDraftDialog{
		question: question{
			title: "Delete " + quote(name) + "?",
			body: "The draft moves to the trash, where t on the drafts list finds it and can bring it back. " +
				"The agent on the provider, if it was pushed, is left as it is.",
			options: []string{"Move it to the trash", "Keep it"},
			danger:  true,
		},
		id: id, name: name,
	}
}

func (d *deleteDraftDialog) menu() *question { return &d.question }

func (d *deleteDraftDialog) answer(choice int) tea.Msg {
	return yesIsFirst(choice, deleteDraftConfirmedMsg{id: d.id, name: d.name})
}
