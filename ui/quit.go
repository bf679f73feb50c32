package ui

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Quitting, and the questions that can stand in its way. ctrl+c must quit
// from every state: it asks only when quitting would lose something, and
// pressed again on that question it quits.

// openDialog shows d over whatever question is already open.
func (a *App) openDialog(d dialog) {
	if a.dialog != nil {
		a.below = append(a.below, a.dialog)
	}
	a.dialog = d
}

// closeDialog takes the top question away and shows the one it covered.
func (a *App) closeDialog() {
	a.dialog = nil
	if n := len(a.below); n > 0 {
		a.dialog = a.below[n-1]
		a.below = a.below[:n-1]
	}
}

// hasDialog reports whether a question of type T is open, on top or
// underneath.
func hasDialog[T dialog](a *App) bool {
	if _, ok := a.dialog.(T); ok {
		return true
	}
	for _, d := range a.below {
		if _, ok := d.(T); ok {
			return true
		}
	}
	return false
}

// isQuitQuestion reports whether d is one of the questions quitting asks,
// on which ctrl+c is the answer that quits.
func isQuitQuestion(d dialog) bool {
	switch d.(type) {
	case *quitUnsavedDialog, *quitCopyDialog:
		return true
	}
	return false
}

// quit saves whatever is waiting and quits once it is on disk. It asks
// first only when quitting would lose an edit: a save is failing, or a
// draft was changed somewhere else and nobody chose yet what to keep.
func (a *App) quit() (tea.Model, tea.Cmd) {
	a.quitting = true
	a.dialog, a.below = nil, nil
	var cmds []tea.Cmd
	// A save that failed for a passing reason (a full disk since freed)
	// gets one more try before quitting asks.
	for id, f := range a.saver.failed {
		if _, busy := a.saver.inflight[id]; !busy && !a.saver.conflicted(id) {
			delete(a.saver.failed, id)
			cmds = append(cmds, a.enqueueSave(f.draft))
		}
	}
	for _, s := range a.stack {
		if f, ok := s.(saveFlusher); ok {
			if d, ok := f.pendingSave(); ok {
				cmds = append(cmds, a.enqueueSave(d))
			}
		}
	}
	cmds = append(cmds, a.quitWhenSaved())
	return a, tea.Batch(cmds...)
}

// quitAnyway is ctrl+c pressed on the quit question: the answer that
// quits. Drafts changed elsewhere are kept as copies; edits whose save is
// failing are given up, as the question said.
func (a *App) quitAnyway() (tea.Model, tea.Cmd) {
	a.copyOnQuit = true
	if _, ok := a.dialog.(*quitUnsavedDialog); ok {
		a.loseFailed = true
	}
	return a.quit()
}

// quitWhenSaved quits if nothing is waiting to be written, or asks when
// something could not be.
func (a *App) quitWhenSaved() tea.Cmd {
	if !a.quitting || a.saver.busy() {
		return nil
	}
	if names := a.saver.conflictNames(); len(names) > 0 {
		if a.shuttingDown || a.copyOnQuit {
			// Nobody can choose, or the person chose: keep both versions.
			return a.copyConflicts()
		}
		a.quitting, a.loseFailed = false, false
		a.openDialog(newQuitCopyDialog(names))
		return nil
	}
	lost := ""
	if a.saver.failing() {
		lost = a.saver.failureText()
	} else if fields := a.keptText(); len(fields) > 0 {
		lost = "What you typed in " + strings.Join(fields, ", ") + " is not a value the field takes, so it cannot be saved."
	}
	if lost != "" && !a.shuttingDown && !a.loseFailed {
		a.quitting, a.copyOnQuit = false, false
		a.openDialog(newQuitUnsavedDialog(lost))
		return nil
	}
	a.sh.cancelAll() // nothing still running is waited for
	return tea.Quit
}

// keptTexter is a screen holding typed text that cannot go into its draft
// (abc over a number); it names those fields.
type keptTexter interface {
	keptText() []string
}

func (a *App) keptText() []string {
	var out []string
	for _, s := range a.stack {
		if k, ok := s.(keptTexter); ok {
			out = append(out, k.keptText()...)
		}
	}
	return out
}

// conflictNames names the drafts whose edits wait for a reload-or-copy
// choice and are not being copied already.
func (s *saver) conflictNames() []string {
	var out []string
	for id, f := range s.failed {
		if _, busy := s.inflight[id]; busy || !errors.Is(f.err, agent.ErrConflict) {
			continue
		}
		out = append(out, f.draft.Name)
	}
	return out
}

// copyConflicts saves every edit refused as stale as a copy of its draft.
func (a *App) copyConflicts() tea.Cmd {
	var cmds []tea.Cmd
	for id, f := range a.saver.failed {
		if _, busy := a.saver.inflight[id]; busy || !errors.Is(f.err, agent.ErrConflict) {
			continue
		}
		a.saver.inflight[id] = -1 // the copy is on its way
		cmds = append(cmds, a.copyDraft(a.sh.nextID(), f.draft))
	}
	return tea.Batch(cmds...)
}

// leaveEditor takes the editor's last edit as it closes. An edit that
// cannot go into its draft, because the draft was changed somewhere else
// and nobody chose what to keep, is saved as a copy: leaving must not
// drop it silently.
func (a *App) leaveEditor(msg leaveEditorMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	a.saver.left[msg.draft.ID] = true
	if msg.changed {
		cmds = append(cmds, a.enqueueSave(msg.draft))
	}
	if f, ok := a.saver.failed[msg.draft.ID]; ok && errors.Is(f.err, agent.ErrConflict) {
		if _, busy := a.saver.inflight[msg.draft.ID]; !busy {
			a.saver.inflight[msg.draft.ID] = -1
			cmds = append(cmds, a.copyDraft(a.sh.nextID(), f.draft))
		}
		// The question was about this editor's draft; it has its answer.
		dropDialogs[*conflictDialog](a)
	}
	_, cmd := a.back()
	return a, tea.Batch(append(cmds, cmd)...)
}

// dropDialogs closes every open question of type T.
func dropDialogs[T dialog](a *App) {
	keep := a.below[:0]
	for _, d := range a.below {
		if _, ok := d.(T); !ok {
			keep = append(keep, d)
		}
	}
	a.below = keep
	if _, ok := a.dialog.(T); ok {
		a.closeDialog()
	}
}
