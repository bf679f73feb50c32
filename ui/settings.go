package ui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// settingsFormTop is the lines above the settings form: the provider's
// name and a blank line; a refused save's reason, when no field is to
// blame, adds its own lines (formTop).
const settingsFormTop = 2

// testTimeout bounds "test connection".
const testTimeout = 10 * time.Second

// settingsScreen shows each provider's settings and edits them: API key
// (masked), base URL and the ids some providers need, with a connection
// test that lists the provider's agents.
type settingsScreen struct {
	sh     *shared
	keys   SettingsKeys
	back   key.Binding
	infos  []agent.ProviderInfo
	cursor int

	fields  map[string][]SettingField // provider → its settings, once read
	loadErr map[string]string
	reqs    map[int]string // settings reads in flight → provider

	form    *huh.Form
	editing string             // provider whose form is open
	values  map[string]*string // bound to the form, by SettingField.Key
	saveReq int
	// sent is what the last save sent, so a refused save reopens the
	// form with it (esc never discards), and formErr says why.
	sent    map[string]string
	formErr string

	testReq  int
	testing  string            // provider being tested
	tested   map[string]string // provider → result of the last test
	testedOK map[string]bool

	width, height int
}

func newSettingsScreen(sh *shared) *settingsScreen {
	s := &settingsScreen{
		sh:       sh,
		keys:     sh.keys.Settings,
		back:     sh.keys.Global.Back,
		fields:   map[string][]SettingField{},
		loadErr:  map[string]string{},
		reqs:     map[int]string{},
		tested:   map[string]string{},
		testedOK: map[string]bool{},
	}
	if sh.deps.Providers != nil {
		s.infos = sh.deps.Providers.List()
	}
	return s
}

func (s *settingsScreen) Init() tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(s.infos))
	for _, p := range s.infos {
		id := s.sh.nextID()
		s.reqs[id] = p.ID
		cmds = append(cmds, s.loadSettings(id, p.ID))
	}
	return tea.Batch(cmds...)
}

// loadSettings reads one provider's settings off the UI loop.
func (s *settingsScreen) loadSettings(reqID int, provider string) tea.Cmd {
	store := s.sh.deps.Settings
	return func() tea.Msg {
		f, err := store.ProviderSettings(provider)
		return settingsLoadedMsg{reqID: reqID, provider: provider, fields: f, err: err}
	}
}

// saveSettings stores one provider's settings off the UI loop.
func (s *settingsScreen) saveSettings(reqID int, provider string, values map[string]string) tea.Cmd {
	store := s.sh.deps.Settings
	return func() tea.Msg {
		err := store.SaveProviderSettings(provider, values)
		return settingsSavedMsg{reqID: reqID, provider: provider, err: err}
	}
}

// testConnection builds the provider from the saved settings and lists its
// agents, under a timeout.
func (s *settingsScreen) testConnection(ctx context.Context, reqID int, provider string) tea.Cmd {
	providers := s.sh.deps.Providers
	return func() tea.Msg {
		p, err := providers.Get(provider)
		if err != nil {
			return connectionTestedMsg{reqID: reqID, provider: provider, err: err}
		}
		agents, err := p.List(ctx)
		return connectionTestedMsg{reqID: reqID, provider: provider, agents: len(agents), err: err}
	}
}

func (s *settingsScreen) Title() string { return "Settings" }

func (s *settingsScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	sizeForm(s.form, s.paneWidth(), h-s.formTop())
}

// formTop is how many lines the pane takes above the form.
func (s *settingsScreen) formTop() int {
	if s.formErr == "" {
		return settingsFormTop
	}
	return settingsFormTop + strings.Count(wrap(s.formErr, s.paneWidth()), "\n") + 1
}

// paneWidth is what is left of the width beside the provider list: a space
// each side of it, and its padding and border (two columns).
func (s *settingsScreen) paneWidth() int { return max(s.width-s.listWidth()-4, 20) }

func (s *settingsScreen) listWidth() int { return min(26, s.width/3) }

func (s *settingsScreen) capturesInput() bool { return s.form != nil && formCapturesInput(s.form) }

func (s *settingsScreen) selected() string {
	if s.cursor < len(s.infos) {
		return s.infos[s.cursor].ID
	}
	return ""
}

func (s *settingsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case settingsLoadedMsg:
		if s.reqs[msg.reqID] != msg.provider {
			return s, nil
		}
		delete(s.reqs, msg.reqID)
		if msg.err != nil {
			s.loadErr[msg.provider] = errText(msg.err)
		} else {
			delete(s.loadErr, msg.provider)
			s.fields[msg.provider] = msg.fields
		}
		return s, nil
	case settingsSavedMsg:
		if msg.reqID != s.saveReq {
			return s, nil
		}
		if msg.err != nil {
			// A field whose value is refused says so itself, next to it
			// (fieldHelp); the reason goes above the form only when no
			// field is to blame, so it is said once.
			s.formErr = "Not saved: " + errText(msg.err)
			for _, f := range s.fields[msg.provider] {
				if f.Check != nil && f.Check(s.sent[f.Key]) != nil {
					s.formErr = ""
				}
			}
			return s, s.openForm(msg.provider, s.sent)
		}
		s.formErr, s.sent = "", nil
		s.sh.choices.forget(msg.provider)
		id := s.sh.nextID()
		s.reqs[id] = msg.provider
		delete(s.tested, msg.provider)
		return s, tea.Batch(s.loadSettings(id, msg.provider),
			notice("Saved the "+s.name(msg.provider)+" settings. Press t to test them.", levelOK))
	case connectionTestedMsg:
		if msg.reqID != s.testReq {
			return s, nil
		}
		s.sh.done(msg.reqID)
		s.testing = ""
		s.tested[msg.provider], s.testedOK[msg.provider] = s.testResult(msg)
		return s, nil
	case themeChangedMsg:
		// The form looks the theme up as it draws (shared.huhTheme), but
		// huh keeps each page drawn until its next update: give it one.
		if s.form != nil {
			var cmd tea.Cmd
			s.form, cmd = updateForm(s.form, msg)
			return s, cmd
		}
		return s, nil
	case tea.KeyPressMsg:
		if s.form != nil {
			return s.updateForm(msg)
		}
		return s.updateList(msg)
	}
	if s.form != nil {
		return s, s.formUpdated(updateForm(s.form, msg))
	}
	return s, nil
}

// formUpdated takes the form after any message, not only a key: huh
// completes its last page on a message of its own that follows the enter,
// and a completed form draws nothing, so the screen went blank until esc.
func (s *settingsScreen) formUpdated(f *huh.Form, cmd tea.Cmd) tea.Cmd {
	s.form = f
	if f.State == huh.StateCompleted {
		return tea.Batch(cmd, s.closeForm())
	}
	return cmd
}

func (s *settingsScreen) updateList(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, s.back):
		if s.testing != "" {
			s.sh.done(s.testReq)
			s.testing, s.testReq = "", 0
			return s, notice("Stopped the connection test.", levelInfo)
		}
		return s, func() tea.Msg { return backMsg{} }
	case key.Matches(msg, s.keys.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, s.keys.Down):
		s.cursor = min(s.cursor+1, len(s.infos)-1)
	case key.Matches(msg, s.keys.Edit):
		if _, ok := s.fields[s.selected()]; ok {
			s.formErr = ""
			return s, s.openForm(s.selected(), nil)
		}
	case key.Matches(msg, s.keys.Test):
		if s.testing != "" || s.selected() == "" {
			return s, nil
		}
		ctx, id := s.sh.withTimeout(testTimeout)
		s.testReq, s.testing = id, s.selected()
		return s, s.testConnection(ctx, id, s.testing)
	}
	return s, nil
}

// openForm builds the form for one provider's settings, filled from what
// is stored or, after a refused save, from what was typed.
func (s *settingsScreen) openForm(provider string, typed map[string]string) tea.Cmd {
	s.editing = provider
	s.values = map[string]*string{}
	var fields []huh.Field
	for _, f := range s.fields[provider] {
		v := f.Value
		if t, ok := typed[f.Key]; ok {
			v = t
		}
		s.values[f.Key] = &v
		if len(f.Choices) > 0 {
			if v == "" {
				v = f.Choices[0]
			}
			fields = append(fields, huh.NewSelect[string]().Key(f.Key).Title(f.Label).Description(settingHelp(f)).
				Options(huh.NewOptions(f.Choices...)...).Value(&v))
			continue
		}
		// After a refused save the field's own help says why, whole and
		// wrapped; huh's validation message would go under the form, cut
		// to two lines, away from the field.
		in := huh.NewInput().Key(f.Key).Title(f.Label).Description(s.fieldHelp(f, v))
		if f.Secret {
			in = in.EchoMode(huh.EchoModePassword)
			if f.IsSet {
				in = in.Placeholder("saved; type a new one to replace it")
			} else {
				in = in.Placeholder("not set yet")
			}
		}
		fields = append(fields, in.Value(&v))
	}
	if len(fields) == 0 {
		s.editing = ""
		return notice(s.name(provider)+" has no settings to change.", levelInfo)
	}
	s.form = s.sh.prepareForm(huh.NewForm(huh.NewGroup(fields...)))
	sizeForm(s.form, s.paneWidth(), s.height-s.formTop())
	return s.form.Init()
}

func settingHelp(f SettingField) string {
	h := f.Help
	if f.EnvSet {
		h += " $" + f.EnvVar + " is set and wins over this."
	} else if f.EnvVar != "" {
		h += " ($" + f.EnvVar + " overrides it.)"
	}
	return strings.TrimSpace(h)
}

// fieldHelp is a setting's help and, when a save was refused for its
// value v, why.
func (s *settingsScreen) fieldHelp(f SettingField, v string) string {
	h := settingHelp(f)
	if f.Check == nil || s.sent == nil {
		return h
	}
	if err := f.Check(strings.TrimSpace(v)); err != nil {
		return "✗ Not saved: " + strings.TrimSuffix(sentenceCase(err.Error()), ".") + ".\n" + h
	}
	return h
}

func (s *settingsScreen) updateForm(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	if key.Matches(msg, s.back) && !formWantsEsc(s.form) {
		// esc never discards: what was typed is saved.
		return s, s.closeForm()
	}
	return s, s.formUpdated(updateForm(s.form, msg))
}

// closeForm saves what changed and returns to the provider list.
func (s *settingsScreen) closeForm() tea.Cmd {
	values := map[string]string{}
	changed := false
	for _, f := range s.fields[s.editing] {
		v := ""
		if p, ok := s.values[f.Key]; ok {
			v = strings.TrimSpace(*p)
		}
		values[f.Key] = v
		if (f.Secret && v != "") || (!f.Secret && v != f.Value) {
			changed = true
		}
	}
	provider := s.editing
	s.form, s.editing, s.values = nil, "", nil
	if !changed {
		s.formErr = ""
		return nil
	}
	s.saveReq = s.sh.nextID()
	s.sent = values
	return s.saveSettings(s.saveReq, provider, values)
}

func (s *settingsScreen) hasKey(provider string) bool { return hasKeyIn(s.fields[provider]) }

func (s *settingsScreen) name(provider string) string {
	for _, p := range s.infos {
		if p.ID == provider {
			return p.Name
		}
	}
	return provider
}

func (s *settingsScreen) ShortHelp() []key.Binding {
	if s.form != nil {
		b := s.back
		b.SetHelp("esc", "save and close")
		b.SetEnabled(!formWantsEsc(s.form))
		return append(formKeys(s.form, true), enabled(b)...)
	}
	k := s.keys
	_, loaded := s.fields[s.selected()]
	k.Edit.SetEnabled(loaded)
	k.Test.SetEnabled(s.testing == "")
	b := s.back
	if s.testing != "" {
		b.SetHelp("esc", "stop the test")
	}
	return enabled(k.Edit, k.Test, b)
}

// FullHelp adds the moves the footer leaves out for room.
func (s *settingsScreen) FullHelp() [][]key.Binding {
	if s.form != nil {
		b := s.back
		b.SetHelp("esc", "save and close")
		return [][]key.Binding{formKeys(s.form, false), enabled(b)}
	}
	return [][]key.Binding{enabled(s.keys.Up, s.keys.Down), s.ShortHelp()}
}
