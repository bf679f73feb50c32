package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// historyScreen lists the versions a draft's pushes kept, newest first,
// and shows what restoring the one under the cursor would change in the
// draft as it is now; enter asks, then restores it in the editor (a new
// local change, which the next submit sends).
type historyScreen struct {
	sh       *shared
	keys     HistoryKeys
	back     key.Binding
	draft    agent.Draft
	provider agent.Provider

	reqID    int
	loaded   bool
	err      error
	versions []agent.Version // newest first
	cursor   int
	window   listWindow
	// changes is what restoring the version under the cursor changes;
	// restoreErr why it cannot be restored.
	changes    []agent.Change
	restored   agent.Draft
	restoreErr error

	width, height int
}

// historyLoadedMsg is the draft's history as read from disk.
type historyLoadedMsg struct {
	reqID    int
	versions []agent.Version
	err      error
}

// restoreVersionMsg asks the editor to take a version's agent.
type restoreVersionMsg struct {
	draft   agent.Draft // the editor's draft as the version left it
	version int
}

func newHistoryScreen(sh *shared, d agent.Draft, p agent.Provider) *historyScreen {
	return &historyScreen{sh: sh, keys: sh.keys.History, back: sh.keys.Global.Back, draft: d, provider: p}
}

func (s *historyScreen) Init() tea.Cmd {
	s.reqID = s.sh.nextID()
	h, id, req := s.sh.deps.History, s.draft.ID, s.reqID
	return func() tea.Msg {
		if h == nil {
			return historyLoadedMsg{reqID: req}
		}
		vs, err := h.Versions(id)
		return historyLoadedMsg{reqID: req, versions: vs, err: err}
	}
}

func (s *historyScreen) Title() string { return plain(s.draft.Name) + " · history" }

func (s *historyScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.scroll()
}

// listRows is the part of the body the versions take: up to half of it.
func (s *historyScreen) listRows() int { return max(min(len(s.versions), (s.height-2)/2), 1) }

func (s *historyScreen) scroll() { s.window.follow(s.cursor, s.listRows(), len(s.versions)) }

func (s *historyScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case historyLoadedMsg:
		if msg.reqID != s.reqID {
			return s, nil
		}
		s.loaded, s.err = true, msg.err
		s.versions = make([]agent.Version, 0, len(msg.versions))
		for i := len(msg.versions) - 1; i >= 0; i-- {
			s.versions = append(s.versions, msg.versions[i])
		}
		s.pick(0)
	case restoreConfirmedMsg:
		d, n := s.restored, msg.version
		return s, tea.Sequence(func() tea.Msg { return backMsg{} }, func() tea.Msg { return restoreVersionMsg{draft: d, version: n} })
	case tea.KeyPressMsg:
		return s, s.handleKey(msg)
	}
	return s, nil
}

// pick moves the cursor to i and works out what restoring it changes.
func (s *historyScreen) pick(i int) {
	s.cursor = max(min(i, len(s.versions)-1), 0)
	s.scroll()
	s.changes, s.restoreErr = nil, nil
	if s.cursor >= len(s.versions) || s.provider == nil {
		return
	}
	s.restored, s.changes, s.restoreErr = agent.Rollback(s.provider, s.draft, s.versions[s.cursor])
}

func (s *historyScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.back):
		return func() tea.Msg { return backMsg{} }
	case key.Matches(msg, s.keys.Up):
		s.pick(s.cursor - 1)
	case key.Matches(msg, s.keys.Down):
		s.pick(s.cursor + 1)
	case key.Matches(msg, s.keys.Restore) && s.cursor < len(s.versions):
		if s.restoreErr != nil {
			return notice("This version cannot be restored: "+errText(s.restoreErr), levelError)
		}
		if len(s.changes) == 0 {
			return notice("The draft already holds what this version sent.", levelInfo)
		}
		v := s.versions[s.cursor]
		n := strconv.Itoa(v.Version)
		return openDialog(&restoreDialog{question: question{
			title: "Restore version " + n + " of " + quote(s.draft.Name) + "?",
			body: "The draft becomes what version " + n + " sent: " + plural(len(s.changes), "setting changes", "settings change") +
				". Nothing is sent until you submit.",
			options: []string{"Not now", "Restore version " + n},
		}, version: v.Version})
	}
	return nil
}

func (s *historyScreen) View() string {
	st := s.sh.theme.Styles
	w := max(s.width-2, 10)
	if v, ok := listStateView(st, s.loaded, s.err, len(s.versions), "the history",
		"No versions yet: each submit keeps one here, and you can come back to it.", w); !ok {
		return v
	}
	var b strings.Builder
	b.WriteString(" " + st.App.Muted.Render(plural(len(s.versions), "version", "versions")+" kept, newest first") + "\n")
	now := s.sh.now()
	first, end, _ := s.window.span(s.listRows(), len(s.versions))
	for i := first; i < end; i++ {
		v := s.versions[i]
		row := pad("Version "+strconv.Itoa(v.Version), 12) + " " + pad(whenText(v.Time, now), colWhen) + " " + s.providerName(v.Provider)
		if env := agent.EnvName(v.Env); env != agent.DefaultEnv {
			// Each environment has its own agent: say which one got it.
			row += " (" + plain(env) + ")"
		}
		b.WriteString(st.List.Line(row, i == s.cursor) + "\n")
	}
	b.WriteString("\n")
	v := s.versions[s.cursor]
	switch {
	case s.restoreErr != nil:
		b.WriteString(paragraph(st.App.Error, "Version "+strconv.Itoa(v.Version)+" cannot be restored: "+errText(s.restoreErr), w) + "\n")
	case len(s.changes) == 0:
		b.WriteString(" " + st.App.Muted.Render("Version "+strconv.Itoa(v.Version)+" is what the draft holds now.") + "\n")
	default:
		b.WriteString(" " + st.App.Muted.Render("Restoring version "+strconv.Itoa(v.Version)+" changes:") + "\n")
		room := max(s.height-s.listRows()-4, 1)
		for i, c := range s.changes {
			if i == room-1 && len(s.changes) > room {
				b.WriteString(" " + st.App.Muted.Render("… and "+plural(len(s.changes)-i, "more", "more")) + "\n")
				break
			}
			b.WriteString(" " + truncate(plain(c.String()), w) + "\n")
		}
	}
	return b.String()
}

// providerName names a version's provider as people know it.
func (s *historyScreen) providerName(id string) string {
	if s.provider != nil && s.provider.Info().ID == id {
		return s.provider.Info().Name
	}
	return providerName(id)
}

func (s *historyScreen) ShortHelp() []key.Binding {
	k := s.keys
	k.Restore.SetEnabled(len(s.versions) > 0)
	b := s.back
	b.SetHelp("esc", "editor")
	return enabled(k.Restore, b)
}

func (s *historyScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{enabled(s.keys.Up, s.keys.Down), s.ShortHelp()}
}
