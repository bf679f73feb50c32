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
	// base is the draft as this session last knew it on disk, to tell
	// what another writer changed when a save is refused as stale.
	base   map[string]agent.Draft
	failed map[string]failedSave
	// left are drafts whose editor closed: an edit of theirs refused as
	// stale has nobody to ask, so it is kept as a copy.
	left map[string]bool
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
		base:     map[string]agent.Draft{},
		failed:   map[string]failedSave{},
		left:     map[string]bool{},
	}
}

// known records the revision of a draft just read from disk.
func (s *saver) known(d agent.Draft) {
	if d.ID != "" {
		s.rev[d.ID] = d.Revision
		s.base[d.ID] = detached(d)
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
		return "The latest changes to " + quote(name) + " could not be saved: " + saveErrText(f.err)
	}
	return ""
}

// enqueueSave saves d now, or after the save of the same draft that is
// already on its way. A draft whose last save was refused as stale waits
// for the person to choose reload or copy.
func (a *App) enqueueSave(d agent.Draft) tea.Cmd {
	d = detached(d)
	// The values go to the credentials before the draft that names them
	// goes to disk.
	if store := a.takeURLSecrets(&d); store != nil {
		return tea.Sequence(store, a.queueSave(d))
	}
	return a.queueSave(d)
}

// queueSave saves d now, or after the save of the same draft in flight.
func (a *App) queueSave(d agent.Draft) tea.Cmd {
	if f, ok := a.saver.failed[d.ID]; ok && errors.Is(f.err, agent.ErrConflict) {
		// Still undecided: keep the newest edit with the refused one (not
		// in the queue, which only waits for saves on their way) and ask
		// again.
		a.saver.failed[d.ID] = failedSave{draft: d, err: f.err}
		a.conflictEdited[d.ID] = true
		a.askConflict(d.ID, d.Name)
		return nil
	}
	if _, busy := a.saver.inflight[d.ID]; busy {
		a.saver.queued[d.ID] = d
		return nil
	}
	return a.startSave(d)
}

// askConflict puts the reload-or-copy question on screen, unless it is
// there already or the App is on its way out (quitting asks its own).
func (a *App) askConflict(id, name string) {
	if a.quitting || a.shuttingDown || hasDialog[*conflictDialog](a) || (a.conflictSeen[id] && a.capturesInput()) {
		return
	}
	delete(a.conflictEdited, id)
	a.openDialog(newConflictDialog(name))
}

// reaskConflict brings back a put-off question once the person has
// edited the draft again and left the text field they were typing in.
func (a *App) reaskConflict() {
	if a.dialog != nil || a.quitting || a.capturesInput() {
		return
	}
	for id, f := range a.saver.failed {
		if _, busy := a.saver.inflight[id]; !busy && a.conflictEdited[id] && errors.Is(f.err, agent.ErrConflict) {
			a.askConflict(id, f.draft.Name)
			return
		}
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
		a.saver.known(msg.draft)
		a.saver.rev[msg.id] = msg.revision
		delete(a.saver.failed, msg.id)
		a.status.lastSaved = a.sh.now()
		a.status.saveErr = ""
		cmds = append(cmds, a.status.refresh(a.sh.now()))
	case errors.Is(msg.err, agent.ErrConflict):
		// The newest edit goes with it, not after it: it starts from the
		// same stale revision.
		mine := msg.draft
		if q, ok := a.saver.queued[msg.id]; ok {
			mine = q
			delete(a.saver.queued, msg.id)
		}
		cmds = append(cmds, a.checkConflict(mine, msg.err))
	default:
		a.saver.failed[msg.id] = failedSave{draft: msg.draft, err: msg.err}
		a.status.saveErr = "Not saved: " + saveErrText(msg.err)
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

// conflictAnswered acts on the answer to the conflict question.
func (a *App) conflictAnswered(answer conflictAnswer) tea.Cmd {
	if answer == conflictPutOff {
		// Nothing is decided yet; the status line keeps saying so and the
		// dialog comes back with the next edit made outside a text field
		// (leaving the field is one).
		for id, f := range a.saver.failed {
			if errors.Is(f.err, agent.ErrConflict) {
				a.conflictSeen[id] = true
			}
		}
		return nil
	}
	return a.resolveConflict(answer == conflictReload)
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
	delete(a.conflictSeen, msg.draft.ID)
	delete(a.conflictEdited, msg.draft.ID)
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
		// The edit stays among the failed saves, now for this reason, so
		// quitting asks before losing it and does not try the copy forever.
		if f, ok := a.saver.failed[msg.from]; ok {
			a.saver.failed[msg.from] = failedSave{draft: f.draft, err: msg.err}
		}
		a.status.saveErr = "Not saved: " + saveErrText(msg.err)
		return a, tea.Batch(a.status.setNotice("Could not save a copy: "+saveErrText(msg.err), levelError), a.quitWhenSaved())
	}
	delete(a.saver.failed, msg.from)
	delete(a.conflictSeen, msg.from)
	delete(a.conflictEdited, msg.from)
	a.saver.known(msg.draft)
	a.status.saveErr = ""
	a.status.lastSaved = a.sh.now()
	_, cmd := a.toTop(msg)
	note := "Your changes are saved as " + quote(msg.draft.Name) + ", because the draft was changed somewhere else."
	return a, tea.Batch(cmd, a.status.setNotice(note, levelOK), a.quitWhenSaved())
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
