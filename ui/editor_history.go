package ui

import (
	"strconv"

	tea "charm.land/bubbletea/v2"
)

// The editor's way into the draft's history, and back with a version.

// openHistory saves what the open form holds, then shows the versions
// the draft's pushes kept, compared with the draft as it is now.
func (e *editorScreen) openHistory() tea.Cmd {
	save := e.flush()
	d, p := e.draft, e.provider
	return tea.Batch(save, func() tea.Msg { return openScreenMsg{to: routeHistory, draft: d, provider: p} })
}

// restoreVersion takes the agent a version sent as a new local change:
// saved by the autosave, sent by the next submit.
func (e *editorScreen) restoreVersion(msg restoreVersionMsg) tea.Cmd {
	if msg.draft.ID != e.draft.ID || e.provider == nil {
		return nil
	}
	leave := e.closeForms()
	clear(e.kept)
	e.draft.Agent, e.draft.Name = msg.draft.Agent, msg.draft.Name
	e.draft.SetNative(msg.draft.Native())
	e.metaChanged = true
	e.revalidate()
	return tea.Batch(leave, e.changed(), notice("The draft now holds what version "+strconv.Itoa(msg.version)+" sent; submit to send it.", levelOK))
}
