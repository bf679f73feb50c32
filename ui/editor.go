package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// choicesTimeout bounds fetching a live choice list.
const choicesTimeout = 10 * time.Second

// editorFocus is what takes keys in the editor.
type editorFocus int

const (
	focusSidebar  editorFocus = iota // the list of sections
	focusForm                        // the open section's form
	focusItems                       // a list's items
	focusItemForm                    // one item's form
)

// editorScreen edits one draft: a sidebar of sections with a mark each, and
// the open section's form (or a list's items) beside it. Every change is
// saved a moment later through the App's autosave. The sidebar, the items
// pane and the $EDITOR run are components of their own; focus says which
// of them, or the form, takes the keys, and only setFocus changes it.
type editorScreen struct {
	sh       *shared
	keys     EditorKeys
	itemKeys ItemKeys
	back     key.Binding

	draft    agent.Draft
	provider agent.Provider // nil until loaded
	caps     agent.Capabilities
	provReq  int
	provErr  error
	problems agent.Problems // the provider's verdict on the draft

	focus   editorFocus // assigned only by setFocus
	side    sidebar
	items   itemsPane
	prompt  externalEditor
	form    *forms.Section
	formFor string // section id or list id the form belongs to
	item    int    // index of the item whose form is open

	formErrs agent.Problems
	// kept is text typed into fields that could not go into the draft
	// (abc over a number), by field path: the field shows it again, with
	// its error, whenever its form is open, until it is fixed.
	kept map[string]string

	dirty       bool   // an edit the autosave has not picked up
	metaChanged bool   // provider, native document or remote link changed
	tickSeq     int    // the autosave tick in flight, 0 when none
	savedHash   string // ContentHash of what was last handed to the saver
	secretsSeen map[string]string

	fetching  map[string]bool   // choice lists being read, by list key
	listErrs  map[string]string // why a list could not be read, by list key
	switchReq int               // provider loading for a switch

	// pushProblems are the fields a provider refused on the last submit,
	// with the values refused (editor_review.go); reviewAfterSecrets opens
	// the review once typed secrets are stored.
	pushProblems       agent.Problems
	pushValues         map[string]string
	reviewAfterSecrets bool

	// flat is the draft's values flattened for the summary beside the
	// sidebar, kept while only the sidebar moves: flattening encodes the
	// whole agent, 200 KB of prompt included (summaryValues).
	flat map[string]string

	width, height int
}

func newEditorScreen(sh *shared, d agent.Draft) *editorScreen {
	e := &editorScreen{
		sh:          sh,
		keys:        sh.keys.Editor,
		itemKeys:    sh.keys.Items,
		back:        sh.keys.Global.Back,
		prompt:      externalEditor{getenv: sh.getenv},
		draft:       d,
		savedHash:   agent.ContentHash(&d.Agent),
		secretsSeen: map[string]string{},
		fetching:    map[string]bool{},
		listErrs:    map[string]string{},
		kept:        map[string]string{},
	}
	e.side.count = func(list string) int { return len(forms.Items(list, &e.draft.Agent)) }
	e.setFocus(focusSidebar)
	return e
}

// setFocus gives the keys to the sidebar, the items pane or the open form.
// It is the one place focus changes: the component losing it is blurred
// and the one taking it focused, so each draws its cursor as it should.
func (e *editorScreen) setFocus(f editorFocus) {
	e.focus = f
	if f == focusSidebar {
		e.side.Focus()
	} else {
		e.side.Blur()
	}
	if f == focusItems {
		e.items.Focus()
	} else {
		e.items.Blur()
	}
}

func (e *editorScreen) Init() tea.Cmd {
	e.provReq = e.sh.nextID()
	return e.loadProvider(e.provReq, e.draft.Provider)
}

// loadProvider builds the draft's provider from the current settings.
func (e *editorScreen) loadProvider(reqID int, id string) tea.Cmd {
	providers := e.sh.deps.Providers
	return func() tea.Msg {
		p, err := providers.Get(id)
		return providerLoadedMsg{reqID: reqID, provider: p, err: err}
	}
}

func (e *editorScreen) Title() string {
	name := e.draft.Name
	if e.provider != nil {
		return name + " · " + e.provider.Info().Name
	}
	return name
}

func (e *editorScreen) SetSize(w, h int) {
	e.width, e.height = w, h
	if e.form != nil {
		sizeForm(e.form.Form, e.paneWidth(), e.formHeight())
	}
}

func (e *editorScreen) capturesInput() bool {
	return (e.focus == focusForm || e.focus == focusItemForm) && e.form != nil && formCapturesInput(e.form.Form)
}

func (e *editorScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); !ok || e.focus != focusSidebar || !key.Matches(k, e.keys.Up, e.keys.Down) {
		e.flat = nil // anything but a move in the sidebar may change the draft
	}
	switch msg := msg.(type) {
	case providerLoadedMsg:
		return e.providerLoaded(msg)
	case choicesFetchedMsg:
		return e.choicesFetched(msg)
	case samplePlayedMsg:
		return e.samplePlayed(msg)
	case autosaveDueMsg:
		if msg.seq != e.tickSeq {
			return e, nil
		}
		e.tickSeq = 0
		return e, tea.Batch(e.flush(), e.fetchForVendor())
	case draftSavedMsg:
		if msg.id == e.draft.ID && msg.err == nil {
			e.draft.Revision, e.draft.Updated = msg.revision, msg.updated
		}
		return e, nil
	case draftReloadedMsg:
		if msg.draft.ID == e.draft.ID {
			e.replaceDraft(msg.draft)
		}
		return e, nil
	case testsEditedMsg:
		if msg.draftID != e.draft.ID {
			return e, nil
		}
		// Tests are not the agent: metaChanged makes the autosave write
		// them though the agent's hash stays as it was.
		e.draft.Tests, e.metaChanged = msg.tests, true
		return e, e.changed()
	case draftCopiedMsg:
		if msg.from == e.draft.ID {
			e.becomeCopy(msg.draft)
		}
		return e, nil
	case secretsStoredMsg:
		return e, tea.Sequence(e.secretsStored(msg), e.reviewAfterStored())
	case focusFieldMsg:
		return e, e.focusField(msg.path)
	case clearFieldMsg:
		return e, e.clearField(msg.path)
	case restoreVersionMsg:
		return e, e.restoreVersion(msg)
	case pushProblemsMsg:
		return e, e.placePushProblems(msg.problems)
	case draftRecordedMsg:
		e.recordedDraft(msg)
		return e, nil
	case recordMovedMsg:
		if msg.draft.ID == e.draft.ID {
			// Only the record moved on (a push from another shell): take
			// it, and keep editing what is on screen.
			e.draft.Remotes, e.draft.Revision, e.draft.Updated = msg.draft.Remotes, msg.draft.Revision, msg.draft.Updated
		}
		return e, nil
	case resumedMsg:
		return e, e.resumed()
	case editorFileReadyMsg, editorClosedMsg, promptEditedMsg:
		return e.promptFlow(msg)
	case providerPickedMsg:
		return e, e.providerPicked(msg.id)
	case switchConfirmedMsg:
		return e, e.switchProvider(msg.to)
	case removeConfirmedMsg:
		return e, e.removeItem(msg.item)
	case hoursPresetMsg:
		return e, e.applyHoursPreset(msg.preset)
	case copyDayMsg:
		return e, e.copyDay(msg)
	case themeChangedMsg:
		// The form looks the theme up as it draws (shared.huhTheme), but
		// huh keeps each page drawn until its next update: give it one.
		if e.form != nil {
			var cmd tea.Cmd
			e.form.Form, cmd = updateForm(e.form.Form, msg)
			return e, cmd
		}
		return e, nil
	case tea.KeyPressMsg:
		return e.handleKey(msg)
	}
	if e.form != nil && (e.focus == focusForm || e.focus == focusItemForm) {
		var cmd tea.Cmd
		e.form.Form, cmd = updateForm(e.form.Form, msg)
		return e, tea.Batch(cmd, e.afterFormUpdate())
	}
	return e, nil
}

func (e *editorScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	if e.provider == nil {
		if key.Matches(msg, e.back) {
			return e, func() tea.Msg { return backMsg{} }
		}
		return e, nil
	}
	if key.Matches(msg, e.keys.Review) {
		return e, e.openReview()
	}
	if sec, ok := jumpTarget(msg); ok && key.Matches(msg, e.keys.JumpAnywhere) {
		return e, e.jump(sec)
	}
	switch e.focus {
	case focusSidebar:
		return e.sidebarKey(msg)
	case focusItems:
		return e.itemsKey(msg)
	case focusForm, focusItemForm:
		// the form has the keys, below
	}
	return e.formKey(msg)
}

// formKey handles a key while a section or item form has focus.
func (e *editorScreen) formKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	if e.form == nil {
		e.setFocus(focusSidebar)
		return e, nil
	}
	switch {
	case key.Matches(msg, e.back) && !formWantsEsc(e.form.Form):
		return e, e.leaveForm()
	case key.Matches(msg, e.keys.ExternalEditor) && e.promptFocused():
		return e, e.startPromptEdit()
	}
	if cmd, ok := e.pickerKey(msg); ok {
		return e, cmd
	}
	var cmd tea.Cmd
	e.form.Form, cmd = updateForm(e.form.Form, msg)
	return e, tea.Batch(cmd, e.changed(), e.afterFormUpdate())
}

// afterFormUpdate reacts to the form finishing: its values are kept and
// the editor moves on (enter goes forward).
func (e *editorScreen) afterFormUpdate() tea.Cmd {
	if e.form == nil {
		return nil
	}
	if e.focus == focusForm && e.form.MoreShown() {
		e.side.showMore(sectionIndex(e.formFor))
	}
	switch e.form.Form.State {
	case huh.StateCompleted:
		if e.focus == focusItemForm {
			return e.leaveForm()
		}
		cmd := e.applyForm()
		return tea.Batch(cmd, e.nextSection())
	case huh.StateAborted:
		return e.leaveForm()
	case huh.StateNormal:
		// still being filled in
	}
	return nil
}

// leaveForm keeps what was typed and goes up one level: from an item form
// to its list, from a section form to the sidebar.
func (e *editorScreen) leaveForm() tea.Cmd {
	cmd := e.applyForm()
	e.form, e.formFor = nil, ""
	if e.focus == focusItemForm {
		e.setFocus(focusItems)
	} else {
		e.setFocus(focusSidebar)
	}
	return tea.Batch(cmd, e.flush())
}

// applyForm writes the open form's values into the draft and checks the
// draft again. Newly typed secrets are stored before their references go
// into the draft.
func (e *editorScreen) applyForm() tea.Cmd {
	if e.form == nil {
		return nil
	}
	e.applyValues()
	e.revalidate()
	return e.storeSecrets(e.form.Secrets())
}

// applyValues writes the open form's values into the draft.
func (e *editorScreen) applyValues() {
	before := e.draft.Agent.Identity.Name
	e.formErrs = e.form.Apply(&e.draft.Agent)
	for _, p := range e.form.Paths() {
		delete(e.kept, p)
	}
	for p, t := range e.form.Kept() {
		e.kept[p] = t
	}
	e.followName(before)
}

// followName keeps the draft's name in step with the agent's while they
// were the same: renaming the agent renames the draft in the list. A draft
// named apart from its agent (an import with --name) keeps its own name.
func (e *editorScreen) followName(before string) {
	after := strings.TrimSpace(e.draft.Agent.Identity.Name)
	if after != "" && after != before && e.draft.Name == before {
		e.draft.Name = after
		e.metaChanged = true
	}
}

func (e *editorScreen) revalidate() {
	if e.provider != nil {
		e.problems = append(e.provider.Validate(&e.draft.Agent), e.stillRefused()...)
	}
}

func (e *editorScreen) providerLoaded(msg providerLoadedMsg) (screen, tea.Cmd) {
	switch msg.reqID {
	case e.provReq:
		e.provReq = 0
		if msg.err != nil {
			e.provErr = msg.err
			return e, nil
		}
		e.setProvider(msg.provider)
		return e, nil
	case e.switchReq:
		e.switchReq = 0
		if msg.err != nil {
			return e, notice("Could not load that provider: "+errText(msg.err), levelError)
		}
		return e, e.askSwitch(msg.provider)
	}
	return e, nil
}

func (e *editorScreen) setProvider(p agent.Provider) {
	e.provider, e.provErr = p, nil
	e.caps = p.Capabilities()
	clear(e.kept) // typed for the fields of another provider
	e.revalidate()
}
