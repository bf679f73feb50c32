package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// trashScreen lists the deleted drafts, most recently deleted first; enter
// brings the one under the cursor back among the drafts.
type trashScreen struct {
	sh   *shared
	keys TrashKeys
	back key.Binding

	loaded  bool
	listErr error
	reqID   int
	entries []TrashEntry
	cursor  int
	window  listWindow

	restoring bool // a restore is under way; keys wait for it
	width     int
	height    int
}

// trashListedMsg is the result of reading the trash.
type trashListedMsg struct {
	reqID   int
	entries []TrashEntry
	err     error
}

// trashRestoredMsg is the result of restoring one deleted draft.
type trashRestoredMsg struct {
	entry TrashEntry
	err   error
}

func newTrashScreen(sh *shared) *trashScreen {
	return &trashScreen{sh: sh, keys: sh.keys.Trash, back: sh.keys.Global.Back}
}

func (s *trashScreen) Init() tea.Cmd {
	s.reqID = s.sh.nextID()
	return s.listTrash(s.reqID)
}

// listTrash reads the trash folder off the UI loop.
func (s *trashScreen) listTrash(reqID int) tea.Cmd {
	store := s.sh.deps.Drafts
	return func() tea.Msg {
		entries, err := store.Trash()
		return trashListedMsg{reqID: reqID, entries: entries, err: err}
	}
}

// restore moves a deleted draft back off the UI loop.
func (s *trashScreen) restore(e TrashEntry) tea.Cmd {
	store := s.sh.deps.Drafts
	return func() tea.Msg { return trashRestoredMsg{entry: e, err: store.Restore(e)} }
}

func (s *trashScreen) Title() string { return "Trash" }

func (s *trashScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.scroll()
}

// rowsVisible is the body less the count line and the column headings.
func (s *trashScreen) rowsVisible() int { return max(s.height-2, 1) }

func (s *trashScreen) scroll() { s.window.follow(s.cursor, s.rowsVisible(), len(s.entries)) }

func (s *trashScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case trashListedMsg:
		if msg.reqID != s.reqID {
			return s, nil
		}
		s.loaded, s.listErr, s.entries = true, msg.err, msg.entries
		s.cursor = min(s.cursor, max(len(s.entries)-1, 0))
		s.scroll()
		return s, nil
	case trashRestoredMsg:
		s.restoring = false
		name := quote(trashName(msg.entry))
		switch {
		case errors.Is(msg.err, agent.ErrConflict):
			// Said short: the status line is one line at 80 columns.
			return s, notice(name+" is among your drafts already, so it stays in the trash.", levelError)
		case msg.err != nil:
			return s, notice("Could not restore "+name+": "+storeErrText(msg.err), levelError)
		}
		// Back on the drafts list, with the cursor on the draft restored.
		done := draftManagedMsg{done: "Restored " + name + ".", selectID: msg.entry.ID}
		return s, tea.Sequence(func() tea.Msg { return backMsg{} }, func() tea.Msg { return done })
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return s, nil
}

func (s *trashScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, s.back):
		return s, func() tea.Msg { return backMsg{} }
	case s.restoring:
	case key.Matches(msg, s.keys.Up):
		s.cursor = max(s.cursor-1, 0)
		s.scroll()
	case key.Matches(msg, s.keys.Down):
		s.cursor = min(s.cursor+1, max(len(s.entries)-1, 0))
		s.scroll()
	case key.Matches(msg, s.keys.Restore) && s.cursor < len(s.entries):
		s.restoring = true
		return s, s.restore(s.entries[s.cursor])
	}
	return s, nil
}

// trashName is how a deleted draft is named: a damaged one by its key.
func trashName(e TrashEntry) string {
	if e.Name == "" {
		return e.Key
	}
	return e.Name
}

func (s *trashScreen) View() string {
	st := s.sh.theme.Styles
	if v, ok := listStateView(st, s.loaded, s.listErr, len(s.entries), "the trash",
		"The trash is empty. Drafts deleted with x on the drafts list wait here until you restore them.", s.width-2); !ok {
		return v
	}
	nameW := min(max(s.width-2-colProvider-colWhen-2, 8), 48)
	var b strings.Builder
	b.WriteString(" " + st.App.Muted.Render(plural(len(s.entries), "deleted draft", "deleted drafts")+"; enter puts one back among your drafts") + "\n")
	b.WriteString("  " + st.List.Header.Render(pad("NAME", nameW)+" "+pad("PROVIDER", colProvider)+" "+pad("DELETED", colWhen)) + "\n")
	now := s.sh.now()
	first, end, _ := s.window.span(s.rowsVisible(), len(s.entries))
	for i := first; i < end; i++ {
		e := s.entries[i]
		provider := providerName(e.Provider)
		if e.Damaged != "" {
			provider = "damaged"
		}
		row := pad(plain(trashName(e)), nameW) + " " + pad(provider, colProvider) + " " + pad(whenText(e.Deleted, now), colWhen)
		b.WriteString(st.List.Line(row, i == s.cursor) + "\n")
	}
	return b.String()
}

func (s *trashScreen) ShortHelp() []key.Binding {
	k := s.keys
	k.Restore.SetEnabled(len(s.entries) > 0 && !s.restoring)
	b := s.back
	b.SetHelp("esc", "drafts")
	return enabled(k.Restore, b)
}

func (s *trashScreen) FullHelp() [][]key.Binding {
	k := s.keys
	return [][]key.Binding{enabled(k.Up, k.Down), s.ShortHelp()}
}
