package ui

import tea "charm.land/bubbletea/v2"

// How the editor hands its work over when it closes or is covered and
// comes back, so that nothing typed is dropped on the way.

// leave closes the editor. Its last edit goes to the App in the same
// message that closes it, so the App can keep it (as a copy, if the draft
// was changed somewhere else) before the editor is gone.
func (e *editorScreen) leave() tea.Cmd {
	secrets := e.applyForm()
	e.dirty, e.tickSeq = false, 0
	_, changed := e.pendingSave()
	d := e.draft
	return tea.Batch(secrets, func() tea.Msg { return leaveEditorMsg{draft: d, changed: changed} })
}

// resumed is the editor on top again, back from the review or a submit.
// The form it left is closed (its values kept) and the sidebar has the
// keys: a command key pressed next, like p, must act, not be typed into
// the field that had focus before.
func (e *editorScreen) resumed() tea.Cmd {
	if e.focus == focusSidebar {
		return nil
	}
	cmd := e.applyForm()
	e.form, e.formFor = nil, ""
	e.items.reset()
	e.setFocus(focusSidebar)
	return tea.Batch(cmd, e.flush())
}
