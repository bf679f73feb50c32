package ui

import (
	"encoding/json"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// saver is the App's record of draft saves: at most one save per draft in
// flight, the newest edit waiting behind it, the revision on disk as far as
// this session knows, and the saves that failed.
type saver struct {
	inflight map[string]int         // draft id → request id
	queued   map[string]agent.Draft // newest edit waiting for the save in flight
	rev      map[string]int         // revision on disk after our last save
	failed   map[string]failedSave
}

type failedSave struct {
	draft agent.Draft
	err   error
}

func newSaver() saver {
	return saver{
		inflight: map[string]int{},
		queued:   map[string]agent.Draft{},
		rev:      map[string]int{},
		failed:   map[string]failedSave{},
	}
}

// known records the revision of a draft just read from disk.
func (s *saver) known(d agent.Draft) {
	if d.ID != "" {
		s.rev[d.ID] = d.Revision
	}
}

func (s *saver) busy() bool { return len(s.inflight) > 0 || len(s.queued) > 0 }

func (s *saver) failing() bool { return len(s.failed) > 0 }

func (s *saver) conflicted(id string) bool {
	f, ok := s.failed[id]
	return ok && errors.Is(f.err, agent.ErrConflict)
}

// failureText words the failed saves in one sentence.
func (s *saver) failureText() string {
	for _, f := range s.failed {
		name := f.draft.Name
		if name == "" {
			name = "a draft"
		}
		return "The latest changes to " + quote(name) + " could not be saved: " + errText(f.err)
	}
	return ""
}

// enqueueSave saves d now, or after the save of the same draft that is
// already on its way. A draft whose last save was refused as stale waits
// for the person to choose reload or copy.
func (a *App) enqueueSave(d agent.Draft) tea.Cmd {
	d = detached(d)
	if a.saver.conflicted(d.ID) {
		// Still undecided: keep the newest edit and ask again.
		a.saver.queued[d.ID] = d
		if a.dialog == nil {
			a.dialog = conflictDialog(d.Name)
		}
		return nil
	}
	if _, busy := a.saver.inflight[d.ID]; busy {
		a.saver.queued[d.ID] = d
		return nil
	}
	return a.startSave(d)
}

// conflictDialog asks what to do with a draft another session saved.
func conflictDialog(name string) *dialog {
	return &dialog{
		purpose: purposeConflict,
		title:   "This draft was changed somewhere else",
		body: quote(name) + " was saved by another window or command while you were editing it here, " +
			"so your changes were not written over it. Reload the saved version (your changes here are dropped), " +
			"or keep yours as a separate copy.",
		options: []string{"Save mine as a copy", "Reload the saved version"},
	}
}

func (a *App) startSave(d agent.Draft) tea.Cmd {
	if r, ok := a.saver.rev[d.ID]; ok {
		d.Revision = r
	}
	id := a.sh.nextID()
	a.saver.inflight[d.ID] = id
	a.status.saving = true
	return a.saveDraft(id, d)
}

// saveDraft writes d off the UI loop.
func (a *App) saveDraft(reqID int, d agent.Draft) tea.Cmd {
	store := a.sh.deps.Drafts
	return func() tea.Msg {
		err := store.Save(&d)
		return draftSavedMsg{reqID: reqID, id: d.ID, revision: d.Revision, updated: d.Updated, err: err, draft: d}
	}
}

// saved takes a save's result: it records the new revision, starts the
// edit that waited behind it, and on a stale revision asks what to do.
func (a *App) saved(msg draftSavedMsg) (tea.Model, tea.Cmd) {
	if a.saver.inflight[msg.id] != msg.reqID {
		return a, nil
	}
	delete(a.saver.inflight, msg.id)
	var cmds []tea.Cmd
	switch {
	case msg.err == nil:
		a.saver.rev[msg.id] = msg.revision
		delete(a.saver.failed, msg.id)
		a.status.lastSaved = a.sh.now()
		a.status.saveErr = ""
		cmds = append(cmds, a.status.refresh(a.sh.now()))
	case errors.Is(msg.err, agent.ErrConflict) && a.shuttingDown:
		// Nobody is there to choose: keep both versions.
		mine := msg.draft
		if q, ok := a.saver.queued[msg.id]; ok {
			mine = q
			delete(a.saver.queued, msg.id)
		}
		a.saver.failed[msg.id] = failedSave{draft: mine, err: msg.err}
		cmds = append(cmds, a.copyDraft(a.sh.nextID(), mine))
		a.saver.inflight[msg.id] = -1 // the copy is on its way
	case errors.Is(msg.err, agent.ErrConflict):
		a.saver.failed[msg.id] = failedSave{draft: msg.draft, err: msg.err}
		a.status.saveErr = errText(msg.err)
		a.quitting = false
		a.dialog = conflictDialog(msg.draft.Name)
	default:
		a.saver.failed[msg.id] = failedSave{draft: msg.draft, err: msg.err}
		a.status.saveErr = "Not saved: " + errText(msg.err)
	}
	if q, ok := a.saver.queued[msg.id]; ok && !a.saver.conflicted(msg.id) {
		delete(a.saver.queued, msg.id)
		cmds = append(cmds, a.startSave(q))
	}
	a.status.saving = len(a.saver.inflight) > 0
	_, cmd := a.toTop(msg)
	cmds = append(cmds, cmd, a.quitWhenSaved(), a.releaseSettled(msg.id))
	return a, tea.Batch(cmds...)
}

// dialogChose acts on the answers to the App's own dialogs and passes the
// others to the top screen.
func (a *App) dialogChose(msg dialogChoseMsg) (tea.Model, tea.Cmd) {
	switch msg.purpose {
	case purposeQuitUnsaved:
		if !msg.cancelled && msg.choice == 1 {
			return a, tea.Quit
		}
		return a, nil
	case purposeConflict:
		if msg.cancelled {
			// Nothing is decided yet; the status line keeps saying so and
			// the dialog comes back with the next edit.
			return a, nil
		}
		return a, a.resolveConflict(msg.choice == 1)
	}
	return a.toTop(msg)
}

// resolveConflict reloads the draft from disk or saves the newest edit as
// a copy, for every draft whose save was refused as stale.
func (a *App) resolveConflict(reload bool) tea.Cmd {
	var cmds []tea.Cmd
	for id, f := range a.saver.failed {
		if !errors.Is(f.err, agent.ErrConflict) {
			continue
		}
		d := f.draft
		if q, ok := a.saver.queued[id]; ok {
			d = q
		}
		delete(a.saver.queued, id)
		if reload {
			cmds = append(cmds, a.reloadDraft(a.sh.nextID(), id))
		} else {
			cmds = append(cmds, a.copyDraft(a.sh.nextID(), d))
		}
	}
	return tea.Batch(cmds...)
}

// reloadDraft reads the version on disk.
func (a *App) reloadDraft(reqID int, id string) tea.Cmd {
	store := a.sh.deps.Drafts
	return func() tea.Msg {
		d, err := store.Load(id)
		return draftReloadedMsg{reqID: reqID, draft: d, err: err}
	}
}

// copyDraft saves d as a new draft next to the one that changed elsewhere.
func (a *App) copyDraft(reqID int, d agent.Draft) tea.Cmd {
	store := a.sh.deps.Drafts
	return func() tea.Msg {
		from := d.ID
		c, err := store.SaveCopy(&d, d.Name+" (my copy)")
		return draftCopiedMsg{reqID: reqID, from: from, draft: c, err: err}
	}
}

func (a *App) reloaded(msg draftReloadedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		return a, a.status.setNotice("Could not reload the draft: "+errText(msg.err), levelError)
	}
	delete(a.saver.failed, msg.draft.ID)
	a.saver.known(msg.draft)
	a.status.saveErr = ""
	_, cmd := a.toTop(msg)
	return a, tea.Batch(cmd, a.status.setNotice("Reloaded the saved version.", levelOK))
}

func (a *App) copied(msg draftCopiedMsg) (tea.Model, tea.Cmd) {
	if a.saver.inflight[msg.from] == -1 {
		delete(a.saver.inflight, msg.from)
	}
	if msg.err != nil {
		return a, tea.Batch(a.status.setNotice("Could not save a copy: "+errText(msg.err), levelError), a.quitWhenSaved())
	}
	delete(a.saver.failed, msg.from)
	a.saver.known(msg.draft)
	a.status.saveErr = ""
	a.status.lastSaved = a.sh.now()
	_, cmd := a.toTop(msg)
	return a, tea.Batch(cmd, a.status.setNotice("Your changes are saved as "+quote(msg.draft.Name)+".", levelOK), a.quitWhenSaved())
}

func quote(s string) string { return "\u201c" + plain(s) + "\u201d" }

// detached returns a deep copy of d. A save runs on its own goroutine while
// the editor goes on changing its draft in place (a tool's name, a
// parameter), and the two must share no list: the race detector caught a
// save reading a tool list the editor was writing (proof: go test -race).
// The copy goes through the draft's JSON form, which keeps every field.
func detached(d agent.Draft) agent.Draft {
	raw, err := json.Marshal(d)
	if err != nil {
		return d
	}
	var c agent.Draft
	if err := json.Unmarshal(raw, &c); err != nil {
		return d
	}
	return c
}
