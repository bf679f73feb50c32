package ui

import (
	"path/filepath"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// draftsFocus is what takes keys on the drafts screen.
type draftsFocus int

const (
	focusDraftList draftsFocus = iota
	focusDraftFilter
	focusDraftName // a new name for the draft under the cursor (drafts_manage.go)
)

// draftsScreen lists every draft: name, provider, status and last edit.
type draftsScreen struct {
	sh     *shared
	keys   DraftsKeys
	focus  draftsFocus
	filter textinput.Model

	loaded  bool
	loadErr error
	reqID   int
	openReq int

	entries []draftRow // every draft, newest edit first
	envs    bool       // some draft has environments: the ENVS column shows
	// total is how many drafts there are: len(entries), except while the
	// first screen shows only the newest few the index knew.
	total int
	shown []int // indices into entries that pass the filter
	// steps are the filter's queries as they were typed, each with its
	// rows, so a longer query searches only the shorter one's.
	steps  []filterStep
	cursor int        // index into shown
	window listWindow // the rows on screen
	// selectID is the draft the cursor goes to when the list next
	// arrives: one just renamed, copied or restored.
	selectID string

	nameInput textinput.Model
	naming    nameAction // what the name being typed is for; 0 when none
	nameFor   DraftEntry // the draft it is for

	providers map[string]string // id → name people know
	// watchGen, stamp and watchEvery are the folder watch's
	// (drafts_watch.go).
	watchGen   int
	stamp      string
	watchEvery time.Duration
	width      int
	height     int
	env        envFlow // the environments dialog and what it started (drafts_env.go)
}

func newDraftsScreen(sh *shared) *draftsScreen {
	f := textinput.New()
	f.Prompt = "/ "
	f.Placeholder = "type to filter by name, provider or status"
	names := map[string]string{}
	if sh.deps.Providers != nil {
		for _, p := range sh.deps.Providers.List() {
			names[p.ID] = p.Name
		}
	}
	s := &draftsScreen{sh: sh, keys: sh.keys.Drafts, filter: f, nameInput: textinput.New(), providers: names, watchEvery: watchEvery}
	s.applyTheme()
	return s
}

func (s *draftsScreen) applyTheme() {
	st := s.filter.Styles()
	ls := s.sh.theme.Styles.List
	st.Focused.Prompt = ls.Filter
	st.Blurred.Prompt = ls.Filter
	st.Focused.Text = s.sh.theme.Styles.App.Text
	st.Blurred.Text = s.sh.theme.Styles.App.Text
	st.Focused.Placeholder = s.sh.theme.Styles.App.Muted
	st.Blurred.Placeholder = s.sh.theme.Styles.App.Muted
	s.filter.SetStyles(st)
	s.nameInput.SetStyles(st)
}

// firstScreenRows is how many drafts the first frame takes from the index:
// more than any terminal shows, and few enough to read in well under a
// millisecond (the size of the screen is not known yet).
const firstScreenRows = 200

// Init draws the first frame from what the drafts folder's index last knew
// (the newest drafts, read from the start of the index: the same small work
// with 10 drafts or 100,000) and checks the folder off the UI loop; the
// list is replaced when that check answers.
func (s *draftsScreen) Init() tea.Cmd {
	s.reqID = s.sh.nextID()
	if ix := s.sh.deps.Index; ix != nil {
		if entries, total, ok := ix.Recent(firstScreenRows); ok {
			s.loaded = true
			s.setRows(s.prepareRows(entries), total)
			check := s.listDrafts(s.reqID)
			return tea.Batch(func() tea.Msg {
				time.Sleep(checkAfter)
				return check()
			}, s.startWatch())
		}
	}
	return tea.Batch(s.listDrafts(s.reqID), s.startWatch())
}

// checkAfter is how long the check of the folder waits when the first frame
// already has drafts to show: long enough for that frame to be drawn (Bubble
// Tea draws 120 times a second) without the check taking the CPU from it —
// at 100,000 drafts it is a few hundred milliseconds of work.
const checkAfter = 25 * time.Millisecond

// listDrafts reads the drafts folder, and makes the rows the screen shows
// of it, off the UI loop: at 100,000 drafts lowercasing and sorting them is
// most of a second's work.
func (s *draftsScreen) listDrafts(reqID int) tea.Cmd {
	store := s.sh.deps.Drafts
	prepare := s.prepareRows // reads only what newDraftsScreen set
	return func() tea.Msg {
		// Taken before the list is read: a change made while it is read
		// moves the stamp again, and the next look lists again.
		stamp := folderStamp(store)
		entries, err := store.List()
		msg := draftsListedMsg{reqID: reqID, entries: entries, err: err, stamp: stamp}
		if err == nil {
			msg.rows = prepare(entries)
		}
		return msg
	}
}

// loadDraft reads one draft to open it in the editor.
func (s *draftsScreen) loadDraft(reqID int, id string) tea.Cmd {
	store := s.sh.deps.Drafts
	return func() tea.Msg {
		d, err := store.Load(id)
		return draftLoadedMsg{reqID: reqID, draft: d, err: err}
	}
}

func (s *draftsScreen) Title() string { return "Drafts" }

func (s *draftsScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.filter.SetWidth(max(w-4, 10))
	s.nameInput.SetWidth(max(w-24, 10))
	s.scroll()
}

func (s *draftsScreen) capturesInput() bool { return s.focus != focusDraftList }

func (s *draftsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if cmd, ok := s.updateEnv(msg); ok {
		return s, cmd
	}
	switch msg := msg.(type) {
	case draftsListedMsg:
		if msg.reqID != s.reqID {
			return s, nil
		}
		s.loaded, s.loadErr = true, msg.err
		if msg.stamp != "" {
			s.stamp = msg.stamp
		}
		rows := msg.rows
		if rows == nil {
			rows = s.prepareRows(msg.entries)
		}
		s.setRows(rows, len(rows))
		return s, nil
	case draftLoadedMsg:
		if msg.reqID != s.openReq {
			return s, nil
		}
		s.openReq = 0
		if msg.err != nil {
			return s, notice("Could not open the draft: "+errText(msg.err), levelError)
		}
		return s, func() tea.Msg { return openScreenMsg{to: routeEditor, draft: msg.draft} }
	case deleteDraftConfirmedMsg:
		return s, s.deleteDraft(msg.id, msg.name)
	case draftManagedMsg:
		return s, s.managed(msg)
	case resumedMsg:
		s.reqID = s.sh.nextID()
		return s, tea.Batch(s.listDrafts(s.reqID), s.startWatch())
	case draftSavedMsg, draftCopiedMsg:
		s.reqID = s.sh.nextID()
		return s, s.listDrafts(s.reqID)
	case draftsWatchMsg:
		return s, s.looked(msg)
	case themeChangedMsg:
		s.applyTheme()
		return s, nil
	case tea.KeyPressMsg:
		switch s.focus {
		case focusDraftFilter:
			return s.updateFilter(msg)
		case focusDraftName:
			return s.updateName(msg)
		case focusDraftList:
		}
		return s.updateList(msg)
	}
	var cmd tea.Cmd
	switch s.focus {
	case focusDraftFilter:
		s.filter, cmd = s.filter.Update(msg)
	case focusDraftName:
		s.nameInput, cmd = s.nameInput.Update(msg)
	case focusDraftList: // the list takes only keys
	}
	return s, cmd
}

func (s *draftsScreen) updateList(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Up):
		s.move(-1)
	case key.Matches(msg, k.Down):
		s.move(1)
	case key.Matches(msg, k.PageUp):
		s.move(-s.rowsVisible())
	case key.Matches(msg, k.PageDown):
		s.move(s.rowsVisible())
	case key.Matches(msg, k.Home):
		s.move(-len(s.shown))
	case key.Matches(msg, k.End):
		s.move(len(s.shown))
	case key.Matches(msg, k.ClearFilter) && s.filter.Value() != "":
		s.filter.SetValue("")
		s.refilter()
	case key.Matches(msg, k.Filter):
		s.focus = focusDraftFilter
		return s, s.filter.Focus()
	case key.Matches(msg, k.New):
		names := make([]string, 0, len(s.entries))
		for _, e := range s.entries {
			names = append(names, e.Name)
		}
		return s, func() tea.Msg { return openScreenMsg{to: routeWizard, names: names} }
	case key.Matches(msg, k.Settings):
		return s, func() tea.Msg { return openScreenMsg{to: routeSettings} }
	case key.Matches(msg, k.Pull):
		return s, func() tea.Msg { return openScreenMsg{to: routePull} }
	case key.Matches(msg, k.Reload):
		s.reqID = s.sh.nextID()
		return s, s.listDrafts(s.reqID)
	case key.Matches(msg, k.Delete):
		return s, s.askDelete()
	case key.Matches(msg, k.Rename):
		return s, s.startNaming(nameRename)
	case key.Matches(msg, k.Copy):
		return s, s.startNaming(nameCopy)
	case key.Matches(msg, k.Environments):
		return s, s.openEnvironments()
	case key.Matches(msg, k.Trash):
		return s, func() tea.Msg { return openScreenMsg{to: routeTrash} }
	case key.Matches(msg, k.Try):
		e, ok := s.selected()
		if !ok || e.Damaged != "" {
			return s, nil
		}
		return s, func() tea.Msg { return openScreenMsg{to: routeTry, draft: agent.Draft{ID: e.ID}} }
	case key.Matches(msg, k.Open):
		e, ok := s.selected()
		switch {
		case !ok:
			return s, nil
		case e.Damaged != "":
			return s, notice("This file cannot be read, so it cannot be opened; the reason is below.", levelError)
		}
		s.openReq = s.sh.nextID()
		return s, s.loadDraft(s.openReq, e.ID)
	}
	return s, nil
}

func (s *draftsScreen) updateFilter(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, s.keys.ClearFilter):
		s.filter.SetValue("")
		s.filter.Blur()
		s.focus = focusDraftList
		s.refilter()
		return s, nil
	case key.Matches(msg, s.keys.ApplyFilter):
		s.filter.Blur()
		s.focus = focusDraftList
		return s, nil
	}
	var cmd tea.Cmd
	s.filter, cmd = s.filter.Update(msg)
	s.refilter()
	return s, cmd
}

// setRows replaces the list, keeping the cursor on the same draft where it
// can; total is how many drafts there are, of which rows may be the first.
func (s *draftsScreen) setRows(rows []draftRow, total int) {
	keep := ""
	if e, ok := s.selected(); ok {
		keep = e.ID + e.Path
	}
	s.entries, s.total, s.steps = rows, max(total, len(rows)), nil
	s.envs = envsShown(rows)
	s.refilter()
	for i, idx := range s.shown {
		e := s.entries[idx]
		if (s.selectID == "" && keep != "" && e.ID+e.Path == keep) || (s.selectID != "" && e.ID == s.selectID) {
			s.cursor = i
		}
	}
	s.selectID = ""
	s.scroll()
}

func (s *draftsScreen) selected() (DraftEntry, bool) {
	if s.cursor < 0 || s.cursor >= len(s.shown) {
		return DraftEntry{}, false
	}
	return s.entries[s.shown[s.cursor]].DraftEntry, true
}

func (s *draftsScreen) move(n int) {
	s.cursor = max(0, min(s.cursor+n, len(s.shown)-1))
	s.scroll()
}

// rowsVisible is how many draft rows fit: the body minus the filter line,
// the column headings and the two detail lines.
func (s *draftsScreen) rowsVisible() int { return max(s.height-4, 1) }

func (s *draftsScreen) scroll() { s.window.follow(s.cursor, s.rowsVisible(), len(s.shown)) }

func (s *draftsScreen) providerName(id string) string {
	if n, ok := s.providers[id]; ok {
		return n
	}
	return id
}

// named gives a damaged draft with no readable name its file name.
func named(e DraftEntry) DraftEntry {
	if e.Name == "" && e.Damaged != "" {
		e.Name = filepath.Base(e.Path)
	}
	return e
}

// statusWord is the status column as people read it.
func statusWord(e DraftEntry) string {
	switch {
	case e.Damaged != "":
		return "damaged"
	case e.Status == agent.StatusChanged:
		return "changed"
	case e.Status == agent.StatusPulled:
		return "pulled"
	case e.Status == "":
		return agent.StatusNew
	}
	return e.Status
}

// whenText words the time of the last edit.
func whenText(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return itoa(int(d/time.Minute)) + "m ago"
	case d < 24*time.Hour && t.Day() == now.Day():
		return itoa(int(d/time.Hour)) + "h ago"
	case d < 48*time.Hour && t.AddDate(0, 0, 1).Day() == now.Day():
		return "yesterday"
	case t.Year() == now.Year():
		return t.Format("2 Jan")
	}
	return t.Format("2 Jan 2006")
}

// notice is a command that shows a passing notice in the status line.
func notice(text string, level statusLevel) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: text, level: level} }
}
