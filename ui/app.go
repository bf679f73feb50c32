// Package ui is agentdeck's terminal interface: one root model, App, that
// owns the screen stack (drafts, new-draft wizard, editor, settings), the
// window size, the keymap, the theme, the status line, help and autosave.
// It reaches drafts, settings and providers only through the interfaces in
// deps.go, which main fills.
package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/ui/theme"
)

// chromeLines is the height of what the App draws around the top screen:
// the header, the status line and the footer help.
const chromeLines = 3

// App is the root model.
type App struct {
	sh         *shared
	themes     theme.Set
	themeFixed bool // --theme was given, so the terminal's answer is ignored

	stack  []screen
	width  int
	height int

	help     help.Model
	fullHelp bool
	status   status
	dialog   *dialog
	saver    saver
	quitting bool
	// shuttingDown is a quit nobody can be asked about: it goes through
	// once the saves that can be made are made.
	shuttingDown bool
	// settleWaits are screens waiting for a draft's saves to land before
	// they push or pull it (app_submit.go).
	settleWaits []settleWantedMsg
}

// New builds the App from what main provides.
func New(deps Deps) *App {
	if deps.AutosaveDelay <= 0 {
		deps.AutosaveDelay = defaultAutosaveDelay
	}
	keys := DefaultKeyMap()
	a := &App{
		sh: &shared{
			deps:    deps,
			keys:    keys,
			huhKeys: keys.HuhKeyMap(),
			choices: choiceCache{},
		},
		help:  help.New(),
		saver: newSaver(),
	}
	// Dark until the terminal says otherwise: most terminals are dark, and
	// some never answer the question at all.
	dark := deps.Theme != "light"
	a.themeFixed = deps.Theme == "dark" || deps.Theme == "light"
	a.setTheme(dark)
	a.stack = []screen{newDraftsScreen(a.sh)}
	return a
}

func (a *App) setTheme(dark bool) {
	a.sh.theme = a.themes.Get(dark)
	a.help.Styles = a.sh.theme.Styles.Help
}

// Init asks the terminal for its background colour and starts the first
// screen.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{a.top().Init()}
	if !a.themeFixed {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

func (a *App) top() screen { return a.stack[len(a.stack)-1] }

// Update routes messages: the App's own first, everything else to the top
// screen only.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		if msg.Width == a.width && msg.Height == a.height {
			return a, nil
		}
		a.width, a.height = msg.Width, msg.Height
		a.help.SetWidth(max(msg.Width-2, 0))
		for _, s := range a.stack {
			s.SetSize(a.width, a.bodyHeight())
		}
		return a, nil
	case tea.BackgroundColorMsg:
		if a.themeFixed {
			return a, nil
		}
		a.setTheme(msg.IsDark())
		return a.broadcast(themeChangedMsg{})
	case tea.KeyPressMsg:
		return a.handleKey(msg)
	case ShutdownMsg:
		a.shuttingDown = true
		return a.quit()
	case openScreenMsg:
		return a.open(msg)
	case backMsg:
		return a.back()
	case statusMsg:
		return a, a.status.setNotice(msg.text, msg.level)
	case statusExpiredMsg:
		a.status.expire(msg.seq)
		return a, nil
	case savedAgoMsg:
		a.status.ticking = false
		return a, a.status.refresh(a.sh.now())
	case openDialogMsg:
		d := msg.dialog
		a.dialog = &d
		return a, nil
	case saveDraftMsg:
		return a, a.enqueueSave(msg.draft)
	case draftSavedMsg:
		return a.saved(msg)
	case dialogChoseMsg:
		return a.dialogChose(msg)
	case draftReloadedMsg:
		return a.reloaded(msg)
	case draftCopiedMsg:
		return a.copied(msg)
	case settleWantedMsg:
		return a.wantSettled(msg)
	case draftRecordedMsg:
		return a.recorded(msg)
	case choicesFetchedMsg:
		if msg.err == nil {
			a.sh.choices.put(msg.provider, msg.path, msg.choices)
		}
	}
	return a.toTop(msg)
}

// toTop passes msg to the top screen.
func (a *App) toTop(msg tea.Msg) (tea.Model, tea.Cmd) {
	i := len(a.stack) - 1
	s, cmd := a.stack[i].Update(msg)
	a.stack[i] = s
	return a, cmd
}

// broadcast passes msg to every screen, bottom to top.
func (a *App) broadcast(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmds := make([]tea.Cmd, 0, len(a.stack))
	for i, s := range a.stack {
		var cmd tea.Cmd
		a.stack[i], cmd = s.Update(msg)
		cmds = append(cmds, cmd)
	}
	return a, tea.Batch(cmds...)
}

func (a *App) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	g := a.sh.keys.Global
	switch {
	case key.Matches(msg, g.Quit):
		return a.quit()
	case key.Matches(msg, g.Redraw):
		return a, tea.ClearScreen
	}
	if a.dialog != nil {
		d, answer := a.dialog.update(msg, a.sh.keys.Dialog)
		a.dialog = &d
		if answer == nil {
			return a, nil
		}
		a.dialog = nil
		return a.dialogChose(*answer)
	}
	if a.fullHelp {
		if key.Matches(msg, g.Help, g.HelpAnywhere, g.Back) {
			a.fullHelp = false
		}
		return a, nil
	}
	if key.Matches(msg, g.HelpAnywhere) || (key.Matches(msg, g.Help) && !a.capturesInput()) {
		a.fullHelp = true
		return a, nil
	}
	return a.toTop(msg)
}

func (a *App) capturesInput() bool {
	c, ok := a.top().(inputCapturer)
	return ok && c.capturesInput()
}

// open builds the screen a message asks for and puts it on top.
func (a *App) open(msg openScreenMsg) (tea.Model, tea.Cmd) {
	var s screen
	switch msg.to {
	case routeDrafts:
		s = newDraftsScreen(a.sh)
	case routeWizard:
		s = newWizardScreen(a.sh, msg.names)
	case routeEditor:
		s = newEditorScreen(a.sh, msg.draft)
		a.saver.known(msg.draft)
	case routeSettings:
		s = newSettingsScreen(a.sh)
	case routeReview:
		s = newReviewScreen(a.sh, msg.draft)
	case routeSubmit:
		s = newSubmitScreen(a.sh, msg.draft)
	case routePull:
		s = newPullScreen(a.sh)
	default:
		return a, nil
	}
	if a.width > 0 {
		s.SetSize(a.width, a.bodyHeight())
	}
	if msg.replace && len(a.stack) > 1 {
		a.stack[len(a.stack)-1] = s
	} else {
		a.stack = append(a.stack, s)
	}
	a.fullHelp = false
	return a, s.Init()
}

// back closes the top screen; the first screen is never closed (esc never
// quits).
func (a *App) back() (tea.Model, tea.Cmd) {
	if len(a.stack) == 1 {
		return a, nil
	}
	a.stack = a.stack[:len(a.stack)-1]
	a.fullHelp = false
	return a.toTop(resumedMsg{})
}

// quit saves whatever is waiting and quits once it is on disk. It asks
// first only when a save is failing, because then quitting loses edits.
func (a *App) quit() (tea.Model, tea.Cmd) {
	a.quitting = true
	a.dialog = nil
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

// quitWhenSaved quits if nothing is waiting to be written, or asks when
// something could not be.
func (a *App) quitWhenSaved() tea.Cmd {
	if !a.quitting || a.saver.busy() {
		return nil
	}
	if a.saver.failing() && !a.shuttingDown {
		a.quitting = false
		a.dialog = &dialog{
			purpose: purposeQuitUnsaved,
			title:   "Some changes are not saved",
			body:    a.saver.failureText() + " Quitting now loses those changes.",
			options: []string{"Stay in agentdeck", "Quit and lose them"},
			danger:  true,
		}
		return nil
	}
	a.sh.cancelAll() // nothing still running is waited for
	return tea.Quit
}
