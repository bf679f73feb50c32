package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// How the editor's edits reach the App's autosave, and how it takes a
// draft read back from disk or saved as a copy.

// changed notes an edit and makes sure an autosave tick is on its way.
// The tick starts at the first change, not the last, so a save happens
// within a second even while typing goes on.
func (e *editorScreen) changed() tea.Cmd {
	e.dirty = true
	if e.tickSeq != 0 {
		return nil
	}
	e.tickSeq = e.sh.nextID()
	return autosaveAfter(e.sh.deps.AutosaveDelay, e.tickSeq)
}

// autosaveAfter reports autosaveDueMsg once d has passed.
func autosaveAfter(d time.Duration, seq int) tea.Cmd {
	return func() tea.Msg {
		t := time.NewTimer(d)
		defer t.Stop()
		<-t.C
		return autosaveDueMsg{seq: seq}
	}
}

// flush applies the open form and hands the draft to the autosave if it
// differs from what was last handed over.
func (e *editorScreen) flush() tea.Cmd {
	cmd := e.applyForm()
	e.dirty = false
	h := agent.ContentHash(&e.draft.Agent)
	if h == e.savedHash && !e.metaChanged {
		return cmd
	}
	e.savedHash, e.metaChanged = h, false
	d := e.draft
	return tea.Batch(cmd, func() tea.Msg { return saveDraftMsg{draft: d} })
}

// pendingSave gives the App the edit not yet saved, when it quits.
func (e *editorScreen) pendingSave() (agent.Draft, bool) {
	if e.form != nil {
		e.applyValues()
	}
	h := agent.ContentHash(&e.draft.Agent)
	if h == e.savedHash && !e.metaChanged {
		return agent.Draft{}, false
	}
	e.savedHash, e.metaChanged = h, false
	return e.draft, true
}

// replaceDraft puts a draft read from disk (or its saved copy) in place of
// the one being edited.
func (e *editorScreen) replaceDraft(d agent.Draft) {
	e.draft = d
	clear(e.kept)
	e.savedHash = agent.ContentHash(&d.Agent)
	e.dirty, e.tickSeq = false, 0
	e.form, e.formFor = nil, ""
	if e.focus != focusSidebar {
		e.setFocus(focusSidebar)
	}
	e.revalidate()
}

// becomeCopy goes on editing the copy just saved of this draft. The copy
// holds what is on screen, so the open form stays as it is.
func (e *editorScreen) becomeCopy(c agent.Draft) {
	e.draft.ID, e.draft.Name, e.draft.Revision = c.ID, c.Name, c.Revision
	e.draft.Created, e.draft.Updated, e.draft.Remotes = c.Created, c.Updated, c.Remotes
	e.savedHash = agent.ContentHash(&c.Agent)
}
