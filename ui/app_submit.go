package ui

import (
	tea "charm.land/bubbletea/v2"
)

// wantSettled answers a screen that is about to push or pull a draft:
// at once when no save of it is on its way, else when the last one lands.
// Push and pull write the draft themselves, so they must start from the
// revision on disk, with every edit in it.
func (a *App) wantSettled(msg settleWantedMsg) (tea.Model, tea.Cmd) {
	if a.savePending(msg.id) {
		a.settleWaits = append(a.settleWaits, msg)
		return a, nil
	}
	return a.toTop(a.settled(msg))
}

// savePending reports whether a save of draft id is in flight or queued.
func (a *App) savePending(id string) bool {
	_, busy := a.saver.inflight[id]
	_, queued := a.saver.queued[id]
	return busy || queued
}

func (a *App) settled(msg settleWantedMsg) draftSettledMsg {
	rev, known := a.saver.rev[msg.id]
	out := draftSettledMsg{reqID: msg.reqID, id: msg.id, revision: rev, known: known}
	if f, failed := a.saver.failed[msg.id]; failed {
		out.err = f.err
	}
	return out
}

// releaseSettled answers the screens waiting for draft id, once its saves
// have landed.
func (a *App) releaseSettled(id string) tea.Cmd {
	if a.savePending(id) {
		return nil
	}
	var cmds []tea.Cmd
	keep := a.settleWaits[:0]
	for _, w := range a.settleWaits {
		if w.id != id {
			keep = append(keep, w)
			continue
		}
		answer := a.settled(w)
		cmds = append(cmds, func() tea.Msg { return answer })
	}
	a.settleWaits = keep
	return tea.Batch(cmds...)
}

// recorded takes a draft that a push or pull wrote: the App knows its new
// revision, so the next autosave of it is not refused as stale, and every
// screen showing it takes its new state.
func (a *App) recorded(msg draftRecordedMsg) (tea.Model, tea.Cmd) {
	a.saver.known(msg.draft)
	return a.broadcast(msg)
}
