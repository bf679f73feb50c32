package ui

import (
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// route names a screen the App can build.
type route int

const (
	routeDrafts route = iota
	routeWizard
	routeEditor
	routeSettings
	routeReview  // review a draft before submitting it (screen_review.go)
	routeSubmit  // submit a draft (screen_submit.go)
	routePull    // pull an agent from a provider (screen_pull.go)
	routeTrash   // the deleted drafts (screen_trash.go)
	routeTry     // talk to the pushed agent in text (screen_try.go)
	routeTests   // the draft's test scenarios (screen_tests.go)
	routeTestRun // run the draft's tests against its pushed agent (screen_testrun.go)
	// routeHistory is a draft's pushed versions (screen_history.go).
	routeHistory
)

// openScreenMsg asks the App to open a screen on top of the current one,
// or in its place when replace is set.
type openScreenMsg struct {
	to    route
	draft agent.Draft // the editor's draft
	// provider is the draft's provider as the editor loaded it, handed on
	// to the review and from there to the submit, which do not build it
	// again.
	provider agent.Provider
	names    []string // the wizard: names already taken
	replace  bool
	// env is the environment a submit pushes to ("" the default); send is
	// what a promote sends instead of the draft's agent.
	env  string
	send *agent.Payload
	// merge settles, for the submit, the conflicts with changes made
	// elsewhere that the review asked about.
	merge agent.MergeOptions
}

// ShutdownMsg asks the App to save what is waiting and quit, without
// asking anything: the process is being stopped (SIGTERM, an SSH session
// ending). main sends it; it is the one message that crosses into ui.
type ShutdownMsg struct{}

// backMsg asks the App to close the top screen.
type backMsg struct{}

// resumedMsg tells a screen it is on top again, after the one above closed.
type resumedMsg struct{}

// themeChangedMsg tells the screens the theme was rebuilt (light or dark).
type themeChangedMsg struct{}

// statusLevel is how a notice in the status line reads.
type statusLevel int

const (
	levelInfo statusLevel = iota
	levelOK
	levelError
)

// statusMsg shows a passing notice in the status line.
type statusMsg struct {
	text  string
	level statusLevel
}

// statusExpiredMsg clears the notice it was set with, unless a newer one
// replaced it.
type statusExpiredMsg struct{ seq int }

// savedAgoMsg redraws the status line when "saved …m ago" changes.
type savedAgoMsg struct{}

// saveDraftMsg asks the App to save a draft now (the editor has already
// waited for changes to settle).
type saveDraftMsg struct{ draft agent.Draft }

// draftSavedMsg is the result of a save.
type draftSavedMsg struct {
	reqID    int
	id       string
	revision int
	updated  time.Time
	err      error
	draft    agent.Draft // what was sent, kept for a save-as-copy
}

// urlSecretsStoredMsg says whether the credentials taken out of a draft's
// addresses were stored.
type urlSecretsStoredMsg struct {
	id  string
	err error
}

// draftsListedMsg is the result of listing the drafts folder.
type draftsListedMsg struct {
	reqID   int
	entries []DraftEntry
	// rows are entries made ready for the screen off the UI loop; nil
	// when they were not (the screen makes them then).
	rows []draftRow
	err  error
	// stamp is the folder's stamp taken just before it was listed (see
	// drafts_watch.go); "" when the store gives none.
	stamp string
}

// draftLoadedMsg is the result of reading one draft to open it.
type draftLoadedMsg struct {
	reqID int
	draft agent.Draft
	err   error
}

// draftCreatedMsg is the result of saving a new draft from the wizard.
type draftCreatedMsg struct {
	reqID int
	draft agent.Draft
	err   error
}

// draftReloadedMsg replaces a draft whose save was refused with the
// version on disk.
type draftReloadedMsg struct {
	reqID int
	draft agent.Draft
	err   error
}

// draftCopiedMsg is the result of saving a refused draft as a copy; from
// is the id of the draft it was copied from.
type draftCopiedMsg struct {
	reqID int
	from  string
	draft agent.Draft
	err   error
}

// providerLoadedMsg carries a provider built from the current settings.
type providerLoadedMsg struct {
	reqID    int
	provider agent.Provider
	err      error
}

// choicesFetchedMsg is the result of fetching a live choice list.
type choicesFetchedMsg struct {
	reqID    int
	provider string
	path     string // the field asked for
	key      string // the cache key: the path and, for voices, the vendor
	choices  []agent.Choice
	err      error
}

// settingsLoadedMsg is the result of reading one provider's settings.
type settingsLoadedMsg struct {
	reqID    int
	provider string
	fields   []SettingField
	err      error
}

// settingsSavedMsg is the result of storing one provider's settings.
type settingsSavedMsg struct {
	reqID    int
	provider string
	err      error
}

// connectionTestedMsg is the result of a "test connection" list call.
type connectionTestedMsg struct {
	reqID    int
	provider string
	agents   int
	err      error
}

// autosaveDueMsg fires a moment after the first unsaved change.
type autosaveDueMsg struct{ seq int }

// editorFileReadyMsg says the prompt was written to a file for $EDITOR.
type editorFileReadyMsg struct {
	reqID int
	path  string
	err   error
}

// editorClosedMsg says $EDITOR exited.
type editorClosedMsg struct {
	reqID int
	path  string
	err   error
}

// promptEditedMsg carries the text read back from the $EDITOR file.
type promptEditedMsg struct {
	reqID int
	text  string
	err   error
}

// secretsStoredMsg says which newly typed secrets were stored, and under
// which references, by field path.
type secretsStoredMsg struct {
	refs map[string]agent.SecretRef
	err  error
}

// openDialogMsg asks the App to show a dialog over the current screen.
// The dialog's answer is a message of its own type (dialogs_*.go).
type openDialogMsg struct{ dialog dialog }

// leaveEditorMsg is the editor closing, with its draft as it leaves it;
// changed is set when that differs from what was last handed to the
// autosave.
type leaveEditorMsg struct {
	draft   agent.Draft
	changed bool
}

// draftManagedMsg is the result of deleting, renaming, copying or
// restoring a draft from the drafts list or the trash: done says what
// happened in a sentence; selectID is the draft the list puts its cursor
// on afterwards ("" keeps it where it is).
type draftManagedMsg struct {
	done     string
	selectID string
	err      error
	failed   string // the failure's first sentence, before the reason
}
