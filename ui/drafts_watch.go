package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// FolderStamper is a DraftStore that can tell, cheaply, that the drafts
// folder changed (a save elsewhere, a git pull): the drafts screen looks
// every watchEvery and lists the folder again only when the stamp moved.
type FolderStamper interface {
	FolderStamp() (string, error)
}

// watchEvery is how often the drafts screen looks for changes under it.
const watchEvery = 2 * time.Second

// draftsWatchMsg is one look at the folder's stamp; gen drops the looks of
// a watch that was started again since.
type draftsWatchMsg struct {
	gen   int
	stamp string
}

// startWatch begins (or begins again) looking at the folder; a watch
// already running stops at its next look.
func (s *draftsScreen) startWatch() tea.Cmd {
	s.watchGen++
	return s.nextLook()
}

func (s *draftsScreen) nextLook() tea.Cmd {
	st, ok := s.sh.deps.Drafts.(FolderStamper)
	if !ok {
		return nil
	}
	gen := s.watchGen
	return tea.Tick(s.watchEvery, func(time.Time) tea.Msg {
		stamp, _ := st.FolderStamp()
		return draftsWatchMsg{gen: gen, stamp: stamp}
	})
}

// looked handles one look: the list is read again when the folder changed
// since the last look, and the next look is set.
func (s *draftsScreen) looked(msg draftsWatchMsg) tea.Cmd {
	if msg.gen != s.watchGen {
		return nil
	}
	if s.stamp == "" || msg.stamp == s.stamp {
		if s.stamp == "" {
			s.stamp = msg.stamp
		}
		return s.nextLook()
	}
	s.stamp = msg.stamp
	s.reqID = s.sh.nextID()
	return tea.Batch(s.listDrafts(s.reqID), s.nextLook())
}

// folderStamp is store's stamp, "" when it gives none.
func folderStamp(store DraftStore) string {
	st, ok := store.(FolderStamper)
	if !ok {
		return ""
	}
	stamp, _ := st.FolderStamp()
	return stamp
}
