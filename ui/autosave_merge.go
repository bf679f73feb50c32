package ui

import (
	"encoding/json"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// A save refused as stale is not always a conflict: `agentdeck push` in
// another shell writes the draft only to record what it did (the remote
// agent's id, hashes, the revision). Then the edit on screen goes on top
// of that record without a question; only a change to the draft's content
// asks whether to reload or keep a copy.

// conflictCheckedMsg is the draft as it is on disk after a save of mine
// was refused as stale.
type conflictCheckedMsg struct {
	reqID int
	id    string
	mine  agent.Draft
	disk  agent.Draft
	err   error // reading the disk failed
	cause error // the refusal of the save
}

// recordMovedMsg tells the screens that another writer moved a draft's
// record (remote state, revision) on and left its content alone.
type recordMovedMsg struct{ draft agent.Draft }

// checkConflict reads the draft on disk to see what the other writer
// changed. The check counts as a save on its way, so later edits queue
// behind it and quitting waits for it.
func (a *App) checkConflict(mine agent.Draft, cause error) tea.Cmd {
	id := a.sh.nextID()
	a.saver.inflight[mine.ID] = id
	store := a.sh.deps.Drafts
	return func() tea.Msg {
		d, err := store.Load(mine.ID)
		return conflictCheckedMsg{reqID: id, id: mine.ID, mine: mine, disk: d, err: err, cause: cause}
	}
}

func (a *App) conflictChecked(msg conflictCheckedMsg) (tea.Model, tea.Cmd) {
	if a.saver.inflight[msg.id] != msg.reqID {
		return a, nil
	}
	delete(a.saver.inflight, msg.id)
	mine := msg.mine
	if q, ok := a.saver.queued[msg.id]; ok {
		mine = q
		delete(a.saver.queued, msg.id)
	}
	var cmds []tea.Cmd
	base, known := a.saver.base[msg.id]
	if msg.err == nil && known && onlyRecordChanged(base, msg.disk) {
		a.saver.known(msg.disk)
		mine.Remotes, mine.Revision, mine.Updated = msg.disk.Remotes, msg.disk.Revision, msg.disk.Updated
		_, cmd := a.broadcast(recordMovedMsg{draft: msg.disk})
		cmds = append(cmds, cmd, a.startSave(mine))
	} else {
		a.saver.failed[msg.id] = failedSave{draft: mine, err: msg.cause}
		a.status.saveErr = errText(msg.cause)
		if a.saver.left[msg.id] {
			// Its editor is closed: nobody to ask, keep both versions.
			a.saver.inflight[msg.id] = -1
			cmds = append(cmds, a.copyDraft(a.sh.nextID(), mine))
		} else {
			a.askConflict(mine.ID, mine.Name)
		}
	}
	a.status.saving = len(a.saver.inflight) > 0
	cmds = append(cmds, a.quitWhenSaved(), a.releaseSettled(msg.id))
	return a, tea.Batch(cmds...)
}

// onlyRecordChanged reports whether two versions of a draft differ only in
// bookkeeping: the remote links, the revision and the time of the last
// save. Everything else (the agent, the native documents, name, provider)
// must be the same. It zeroes those fields on copies and compares the
// rest, so it holds whatever shape the remote state takes.
func onlyRecordChanged(before, after agent.Draft) bool {
	for _, d := range []*agent.Draft{&before, &after} {
		d.Revision, d.Updated = 0, time.Time{}
		d.Remotes = nativesOnly(d.Remotes)
	}
	x, err1 := json.Marshal(before)
	y, err2 := json.Marshal(after)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

// nativesOnly keeps of each remote state its native document, by meaning:
// the file keeps it indented, the session may hold it compact.
func nativesOnly(remotes map[string]map[string]agent.Remote) map[string]map[string]agent.Remote {
	out := map[string]map[string]agent.Remote{}
	for p, envs := range remotes {
		for e, r := range envs {
			if r.Native == "" {
				continue
			}
			if out[p] == nil {
				out[p] = map[string]agent.Remote{}
			}
			out[p][e] = agent.Remote{Native: agent.DocHash([]byte(r.Native))}
		}
	}
	return out
}
