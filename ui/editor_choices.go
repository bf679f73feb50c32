package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// Pickers (issue 16): the voice, model and phone-number fields are filled
// from the provider's lists, read when a form opens, kept in the App's
// cache per provider (and voice vendor, where the list depends on it), read
// again with a key; a list that cannot be read leaves a typed id possible.

// sampleTimeout bounds playing one voice sample.
const sampleTimeout = 2 * time.Minute

// listKey is the cache key of a field's list: the field path, and the
// voice vendor for voice lists (Nova lists one vendor's voices at a time).
func listKey(path, vendor string) string {
	if vendor == "" {
		return path
	}
	return path + "@" + vendor
}

// listVendor is the vendor a field's list depends on, as the draft has it.
func (e *editorScreen) listVendor(path string) string {
	if strings.HasPrefix(path, "voice.") {
		return e.draft.Agent.Voice.Vendor
	}
	return ""
}

// wantsList reports whether the field at path (index-free) is filled from
// a list the provider can be asked for. Lists that follow the vendor from
// the provider's docs (Trillet) are in its capabilities already.
func (e *editorScreen) wantsList(path string) bool {
	spec, ok := e.caps.Spec(path)
	if !ok || len(spec.VendorChoices) > 0 {
		return false
	}
	_, listed := agent.LookupChoiceList(path)
	return listed || spec.Live
}

// listOptions puts the lists, and what is known of the missing ones, into
// the options of the forms of this draft.
func (e *editorScreen) listOptions(o *forms.Options) {
	o.Choices = map[string][]agent.Choice{}
	o.ListErrors = map[string]string{}
	o.ListLoading = map[string]bool{}
	o.RefreshKey = e.keys.RefreshList.Help().Key
	if e.sh.deps.Player != nil {
		o.PreviewKey = e.keys.PlaySample.Help().Key
	}
	paths := make([]string, 0, len(agent.Fields)+len(e.caps.Settings))
	for _, f := range agent.Fields {
		paths = append(paths, f.Path)
	}
	for _, st := range e.caps.Settings {
		paths = append(paths, agent.SettingPath(e.caps.Provider, st.Key))
	}
	for _, path := range append(paths, liveItemPaths(e.caps, "")...) {
		k := listKey(path, e.listVendor(path))
		if l, ok := e.sh.choices.get(e.draft.Provider, k); ok {
			o.Choices[path] = l
		}
		if msg := e.listErrs[k]; msg != "" {
			o.ListErrors[path] = msg
		}
		o.ListLoading[path] = e.fetching[k]
	}
}

// sectionOf is the section that shows the field at path.
func (e *editorScreen) sectionOf(path string) string { return e.caps.SectionOf(path) }

// fetchLive starts reading the lists a section's fields offer, once per
// provider, path and vendor for the session.
func (e *editorScreen) fetchLive(section string) tea.Cmd {
	var cmds []tea.Cmd
	for _, path := range append(e.caps.SectionPaths(section), liveItemPaths(e.caps, section)...) {
		cmds = append(cmds, e.fetchList(path))
	}
	return tea.Batch(cmds...)
}

// fetchList starts reading the list of the field at path, unless it is
// not a list field, is being read, or was read (a provider that has no
// such list counts as read).
func (e *editorScreen) fetchList(path string) tea.Cmd {
	if !e.wantsList(path) {
		return nil
	}
	vendor := e.listVendor(path)
	k := listKey(path, vendor)
	if e.fetching[k] {
		return nil
	}
	if _, cached := e.sh.choices.get(e.draft.Provider, k); cached {
		return nil
	}
	e.fetching[k] = true
	return e.fetchChoices(e.provider, path, vendor)
}

// fetchForVendor reads the open section's lists again once its values are
// in the draft, for lists that follow the voice vendor (Nova's voices): a
// vendor just changed in the form gets its own voices, and the form is
// rebuilt with them when they arrive. Lists already read cost nothing.
func (e *editorScreen) fetchForVendor() tea.Cmd {
	if e.form == nil || e.focus != focusForm || e.formFor == "" || e.provider == nil {
		return nil
	}
	var cmds []tea.Cmd
	for _, path := range e.caps.SectionPaths(e.formFor) {
		// A list that failed waits for ctrl+f or the section's next
		// opening, so typing is never interrupted by retries.
		if e.listErrs[listKey(path, e.listVendor(path))] == "" {
			cmds = append(cmds, e.fetchList(path))
		}
	}
	return tea.Batch(cmds...)
}

// fetchChoices asks the provider for a list.
func (e *editorScreen) fetchChoices(p agent.Provider, path, vendor string) tea.Cmd {
	ctx, id := e.sh.withTimeout(choicesTimeout)
	provider := p.Info().ID
	return func() tea.Msg {
		l, err := p.Choices(ctx, agent.ChoiceQuery{Path: path, Vendor: vendor})
		return choicesFetchedMsg{reqID: id, provider: provider, path: path, key: listKey(path, vendor), choices: l, err: err}
	}
}

// choicesFetched notes a list's arrival or failure and rebuilds the open
// form if it shows the field, keeping what was typed and the field in
// focus. A provider that has no such list (not found) leaves the field as
// it was, with no word of a failure.
func (e *editorScreen) choicesFetched(msg choicesFetchedMsg) (screen, tea.Cmd) {
	e.sh.done(msg.reqID)
	delete(e.fetching, msg.key)
	if msg.provider != e.draft.Provider {
		return e, nil
	}
	switch {
	case msg.err == nil:
		delete(e.listErrs, msg.key)
	case errors.Is(msg.err, agent.ErrNotFound):
		delete(e.listErrs, msg.key)
	default:
		e.listErrs[msg.key] = listFailure(msg.err, e.provider.Info().Name)
	}
	if cmd, ok := e.settingListArrived(msg.path); ok {
		return e, cmd
	}
	if e.focus != focusForm || e.form == nil {
		return e, nil
	}
	if e.sectionOf(msg.path) != e.formFor {
		return e, nil
	}
	focused := e.form.Form.GetFocusedField().GetKey()
	cmd := e.applyForm()
	return e, tea.Batch(cmd, e.rebuildForm(focused))
}

// listFailure is why a list could not be read, short enough for the one
// line a field gives it; the full sentence is the connection test's.
func listFailure(err error, name string) string {
	switch {
	case errors.Is(err, agent.ErrNotSet):
		return "the connection to " + name + " is not set up yet (see settings)"
	case errors.Is(err, agent.ErrUnauthorized), errors.Is(err, agent.ErrMalformedKey):
		return name + " refused the API key"
	case errors.Is(err, agent.ErrUnavailable):
		return name + " could not be reached"
	case errors.Is(err, agent.ErrRateLimited):
		return name + " asked to wait a moment"
	case errors.Is(err, agent.ErrUnreadable):
		return name + " answered in a form agentdeck could not read"
	}
	s := errTextFor(err, name)
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(s, ".")
}

// focusedPicker is the picker field in focus, if any.
func (e *editorScreen) focusedPicker() (forms.PickerField, bool) {
	if e.form == nil || e.focus != focusForm {
		return nil, false
	}
	p, ok := e.form.Form.GetFocusedField().(forms.PickerField)
	return p, ok
}

// pickerKey handles the list keys while a picker has focus: read the list
// again, play the sample of the voice under the cursor.
func (e *editorScreen) pickerKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if path := e.focusedListPath(); path != "" && key.Matches(msg, e.keys.RefreshList) {
		// Also on a field typed into for want of its list.
		return e.refreshList(path), true
	}
	p, ok := e.focusedPicker()
	if !ok {
		return nil, false
	}
	switch {
	case key.Matches(msg, e.keys.PlaySample) && e.sh.deps.Player != nil:
		c, ok := p.Hovered()
		if !ok || c.Preview == "" {
			return notice(e.provider.Info().Name+" gives no sample to play for this entry.", levelInfo), true
		}
		return e.playSample(c), true
	}
	return nil, false
}

// focusedListPath is the index-free path of the focused section field when
// it is filled from a provider's list, else "".
func (e *editorScreen) focusedListPath() string {
	if e.form == nil || e.focus != focusForm {
		return ""
	}
	path := agent.StripIndices(e.form.Form.GetFocusedField().GetKey())
	if !e.wantsList(path) {
		return ""
	}
	return path
}

// pickerHelp is the list keys while a field filled from a list has focus.
func (e *editorScreen) pickerHelp() []key.Binding {
	path := e.focusedListPath()
	if path == "" {
		return nil
	}
	_, picking := e.focusedPicker()
	play := e.keys.PlaySample
	play.SetEnabled(picking && e.sh.deps.Player != nil && strings.HasSuffix(path, "voice_id"))
	return enabled(e.keys.RefreshList, play)
}

// refreshList forgets one list and reads it again; the field says it is
// being read meanwhile.
func (e *editorScreen) refreshList(path string) tea.Cmd {
	if !e.wantsList(path) {
		return nil
	}
	vendor := e.listVendor(path)
	k := listKey(path, vendor)
	e.sh.choices.drop(e.draft.Provider, k)
	delete(e.listErrs, k)
	focused := e.form.Form.GetFocusedField().GetKey()
	if !e.fetching[k] {
		e.fetching[k] = true
		return tea.Batch(e.applyForm(), e.rebuildForm(focused), e.fetchChoices(e.provider, path, vendor))
	}
	return nil
}

// playSample plays a voice's sample through the system's player.
func (e *editorScreen) playSample(c agent.Choice) tea.Cmd {
	player := e.sh.deps.Player
	ctx, id := e.sh.withTimeout(sampleTimeout)
	name := c.Label
	if name == "" {
		name = c.Value
	}
	play := func() tea.Msg {
		used, err := player.Play(ctx, c.Preview)
		return samplePlayedMsg{reqID: id, name: name, player: used, err: err}
	}
	return tea.Batch(notice("Playing the sample of "+name+".", levelInfo), play)
}

// samplePlayed reports a sample that could not be played.
func (e *editorScreen) samplePlayed(msg samplePlayedMsg) (screen, tea.Cmd) {
	e.sh.done(msg.reqID)
	if msg.err != nil {
		return e, notice("Could not play the sample of "+msg.name+": "+sentenceCase(msg.err.Error()), levelError)
	}
	return e, nil
}

// samplePlayedMsg is the end of playing a voice sample.
type samplePlayedMsg struct {
	reqID  int
	name   string
	player string
	err    error
}

// SamplePlayer plays a short sound sample from its address with whatever
// player the system has, and names the player. internal/cli provides it for
// the terminal; under serve there is none, for the sound would play on the
// server.
type SamplePlayer interface {
	Play(ctx context.Context, url string) (player string, err error)
}
