package forms

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Pickers (issue 16): the fields people fill from a list the provider keeps
// — voices, language and voice models, phone numbers — are selects that
// show each entry by name with its id and detail beside it, and that move
// the cursor to the first entry holding what is typed, so nobody has to
// know an id or scroll through hundreds of voices. huh's own "/" filter
// hides the other entries and leaves the cursor where it was; typing
// straight into the list is one key less and keeps "Other" in view.

// picker is a choice select with type-to-find. It stands in for the select
// in the form: huh keeps whatever Update returns, so the wrapper stays.
type picker struct {
	*huh.Select[string]
	query string
	miss  bool
	// shown returns the options the select shows now (a long list shows
	// a narrowed set, a vendor-bound list the vendor's).
	shown func() []huh.Option[string]
	// set writes the field's value the way the select's accessor does.
	set func(string)
	// narrow, on a long list, shows the entries matching what is typed
	// (search.go), so the first match is among those shown; nil on lists
	// shown whole.
	narrow func(string)
	// choices are the entries by value, for the preview address.
	choices map[string]agent.Choice
}

// PickerField is what the ui asks of a focused picker: which list it is
// and the entry under the cursor, for refreshing the list and playing a
// voice's sample.
type PickerField interface {
	ListPath() string
	Hovered() (agent.Choice, bool)
	// CapturesText reports that typed characters go to the field, so the
	// ui does not take them as its own keys.
	CapturesText() bool
}

// listPath is the index-free path of the field (voice.voice_id).
func (p *picker) ListPath() string { return agent.StripIndices(p.GetKey()) }

// CapturesText implements PickerField.
func (p *picker) CapturesText() bool { return true }

// Hovered returns the entry under the cursor, if it is one of the list's.
func (p *picker) Hovered() (agent.Choice, bool) {
	v, ok := p.Select.Hovered()
	if !ok {
		return agent.Choice{}, false
	}
	c, ok := p.choices[v]
	return c, ok
}

// Query is what has been typed to find an entry.
func (p *picker) Query() string { return p.query }

// Update takes typed characters as a search; every other key goes to the
// select and ends the search.
func (p *picker) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case k.Code == tea.KeyBackspace && p.query != "":
			_, size := utf8.DecodeLastRuneInString(p.query)
			p.query = p.query[:len(p.query)-size]
			p.jump()
			return p, nil
		case k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt|tea.ModSuper) == 0 && (p.query != "" || k.Text != " "):
			p.query += k.Text
			p.jump()
			return p, nil
		default:
			p.query, p.miss = "", false
		}
	}
	_, cmd := p.Select.Update(msg)
	return p, cmd
}

// jump moves the cursor to the first entry whose name, id or detail holds
// the query, in any case; with no match the cursor stays and the field
// says so.
func (p *picker) jump() {
	q := strings.ToLower(strings.TrimSpace(p.query))
	p.miss = false
	if p.narrow != nil {
		p.narrow(p.query)
	}
	if q == "" {
		return
	}
	opts := p.shown()
	for _, o := range opts {
		if o.Value == "" || o.Value == otherValue {
			continue
		}
		if strings.Contains(strings.ToLower(o.Key), q) || strings.Contains(strings.ToLower(o.Value), q) {
			p.set(o.Value)
			p.Options(opts...) // puts the cursor on the value just set
			return
		}
	}
	p.miss = true
}

// Focus starts a fresh search.
func (p *picker) Focus() tea.Cmd {
	p.query, p.miss = "", false
	return p.Select.Focus()
}

// View is the select with the search under it while one is typed.
func (p *picker) View() string {
	v := p.Select.View()
	switch {
	case p.miss:
		return v + "\nNothing here holds “" + p.query + "”; backspace to change it."
	case p.query != "":
		return v + "\nFinding “" + p.query + "”"
	}
	return v
}

// KeyBinds are the select's, with typing in place of its "/" filter.
func (p *picker) KeyBinds() []key.Binding {
	out := []key.Binding{key.NewBinding(key.WithKeys("a"), key.WithHelp("type", "to find by name"))}
	for _, b := range p.Select.KeyBinds() {
		if h := b.Help().Key; h == "/" || strings.Contains(h, "filter") {
			continue
		}
		out = append(out, b)
	}
	return out
}

// isPicker reports whether f is filled from a provider's list (voices,
// models, phone numbers) and so becomes a picker.
func (b *builder) isPicker(f *field) bool {
	return b.isList(f) && !b.opt.Accessible
}

// isList reports whether f is filled from one of the provider's lists: a
// field with a choice list, or a provider's own setting (or field of its
// records) whose list is live.
func (b *builder) isList(f *field) bool {
	_, ok := agent.LookupChoiceList(agent.StripIndices(f.path))
	if st, isSetting := b.caps.Setting(f.path); isSetting {
		ok = st.Spec.Live
	}
	return ok
}

// withIDs labels each entry by name, with its id and detail beside it:
// "Rachel · 21m00Tcm4TlvDq8ikWAM · English, American, female".
func withIDs(choices []agent.Choice) []agent.Choice {
	out := make([]agent.Choice, len(choices))
	for i, c := range choices {
		parts := []string{c.Label, c.Value, c.Detail}
		if c.Label == "" || c.Label == c.Value {
			parts = []string{c.Value, c.Detail}
		}
		c.Label = agent.JoinNonEmpty(" · ", parts...)
		c.Detail = ""
		out[i] = c
	}
	return out
}

// listNote is the one line a picker field adds to its help: where its list
// comes from, or why there is none, and what the keys do.
func (b *builder) listNote(f *field) string {
	p := agent.StripIndices(f.path)
	if !b.isList(f) {
		return ""
	}
	live := b.opt.Choices[p]
	refresh, again := ".", "."
	if b.opt.RefreshKey != "" {
		refresh, again = "; "+b.opt.RefreshKey+" reads it again.", "; "+b.opt.RefreshKey+" tries again."
	}
	switch {
	case b.opt.ListErrors[p] != "":
		return "The list could not be read: " + strings.TrimSuffix(b.opt.ListErrors[p], ".") + ". You can still type the id" + again
	case len(live) > 0 && live[0].FromDocs:
		return docsNote
	case len(live) > 0:
		note := "Read live from the provider" + refresh
		if b.opt.PreviewKey != "" && hasPreview(live) {
			note += " " + b.opt.PreviewKey + " plays the voice under the cursor."
		}
		return note
	case b.opt.ListLoading[p]:
		return "Reading the list from the provider."
	case len(f.spec.Choices) > 0 || len(f.spec.VendorChoices) > 0:
		return docsNote
	}
	return ""
}

// docsNote marks a list that was not read from the provider.
const docsNote = "This list is from the provider's docs, not read live."

func hasPreview(l []agent.Choice) bool {
	for _, c := range l {
		if c.Preview != "" {
			return true
		}
	}
	return false
}
