// Package ui is agentdeck's terminal interface: one root model, App, that
// owns the screen stack (drafts, new-draft wizard, editor, settings), the
// window size, the keymap, the theme, the status line, help and autosave.
// It reaches drafts, settings and providers only through the interfaces in
// deps.go, which main fills.
package ui

import (
	"errors"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
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
	// dialog is the question on screen; below are the ones it covers,
	// innermost last. A question that arrives while another is open (a
	// save refused while the switch-provider question is up) goes on top,
	// and the one below comes back once it is answered.
	dialog   dialog
	below    []dialog
	saver    saver
	quitting bool
	// copyOnQuit is the person's answer to the quit question: drafts
	// changed somewhere else are kept as copies and quitting goes on.
	copyOnQuit bool
	// loseFailed is the answer "quit and lose them": edits whose save is
	// failing are given up.
	loseFailed bool
	// conflictSeen are drafts whose reload-or-copy question was put off
	// with esc: it does not come back while the person is typing, where it
	// would take the next keys.
	conflictSeen map[string]bool
	// conflictEdited are those drafts edited again since.
	conflictEdited map[string]bool
	// urlSecrets remembers, per draft, the addresses whose passwords went
	// to the credentials, so each keeps its reference from save to save.
	urlSecrets map[string]agent.URLSecretCache
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
		help:           help.New(),
		saver:          newSaver(),
		conflictSeen:   map[string]bool{},
		conflictEdited: map[string]bool{},
		urlSecrets:     map[string]agent.URLSecretCache{},
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
		a.openDialog(msg.dialog)
		return a, nil
	case saveDraftMsg:
		return a, a.enqueueSave(msg.draft)
	case draftSavedMsg:
		return a.saved(msg)
	case urlSecretsStoredMsg:
		return a, a.urlSecretsStored(msg)
	case conflictAnsweredMsg:
		return a, a.conflictAnswered(msg.answer)
	case quitLosingMsg:
		a.copyOnQuit, a.loseFailed = true, true
		return a.quit()
	case quitCopyingMsg:
		a.copyOnQuit = true
		return a.quit()
	case draftReloadedMsg:
		return a.reloaded(msg)
	case draftCopiedMsg:
		return a.copied(msg)
	case conflictCheckedMsg:
		return a.conflictChecked(msg)
	case leaveEditorMsg:
		return a.leaveEditor(msg)
	case settleWantedMsg:
		return a.wantSettled(msg)
	case draftRecordedMsg:
		return a.recorded(msg)
	case choicesFetchedMsg:
		// A provider with no such list is remembered as an empty one, so
		// it is not asked again each time the form's values are kept.
		if msg.err == nil || errors.Is(msg.err, agent.ErrNotFound) {
			a.sh.choices.put(msg.provider, msg.key, msg.choices)
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
		if isQuitQuestion(a.dialog) {
			// ctrl+c on the quit question is the answer that quits.
			return a.quitAnyway()
		}
		return a.quit()
	case key.Matches(msg, g.Redraw):
		return a, tea.ClearScreen
	}
	if a.dialog != nil {
		if scrollDialog(a.dialog.menu(), msg, a.sh.keys.Dialog, a.sh.theme.Styles.Dialog, a.width, a.bodyHeight()) {
			return a, nil
		}
		answer, done := updateDialog(a.dialog, msg, a.sh.keys.Dialog)
		if !done {
			return a, nil
		}
		a.closeDialog()
		if answer == nil {
			return a, nil
		}
		// The App's own answers it handles; the rest go to the top screen.
		return a.Update(answer)
	}
	if a.fullHelp {
		if key.Matches(msg, g.Help, g.HelpAnywhere, g.Back) {
			a.fullHelp = false
		}
		return a, nil
	}
	if key.Matches(msg, g.Explain) {
		if cmd := a.explainTop(); cmd != nil {
			return a, cmd
		}
	}
	if key.Matches(msg, g.HelpAnywhere) || (key.Matches(msg, g.Help) && !a.capturesInput()) {
		a.fullHelp = true
		return a, nil
	}
	_, cmd := a.toTop(msg)
	a.reaskConflict()
	return a, cmd
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
		delete(a.saver.left, msg.draft.ID)
	case routeSettings:
		s = newSettingsScreen(a.sh)
	case routeReview:
		s = newReviewScreen(a.sh, msg.draft, msg.provider)
	case routeSubmit:
		sub := newSubmitScreen(a.sh, msg.draft, msg.provider).toEnv(msg.env, msg.send)
		sub.merge = msg.merge
		s = sub
	case routeHistory:
		s = newHistoryScreen(a.sh, msg.draft, msg.provider)
	case routePull:
		s = newPullScreen(a.sh)
	case routeTrash:
		s = newTrashScreen(a.sh)
	case routeTry:
		s = newTryScreen(a.sh, msg.draft.ID)
	case routeTests:
		s = newTestsScreen(a.sh, msg.draft)
	case routeTestRun:
		s = newTestRunScreen(a.sh, msg.draft)
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
