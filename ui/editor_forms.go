package ui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// formOptions are the options every form of this draft is built with.
func (e *editorScreen) formOptions() forms.Options {
	o := forms.Options{
		KeyMap: e.sh.huhKeys,
		Theme:  e.sh.huhTheme(),
		Width:  e.paneWidth(),
		Kept:   e.kept,
	}
	e.listOptions(&o)
	return o
}

// openSection builds and focuses the form of a section, and fetches the
// live choice lists it could use.
func (e *editorScreen) openSection(id string) tea.Cmd {
	e.form = forms.NewSection(id, &e.draft.Agent, e.caps, e.formOptions())
	e.formFor = id
	e.setFocus(focusForm)
	return tea.Batch(e.startForm(), e.fetchLive(id))
}

// dropKeptItems forgets kept text of list items: adding, moving or
// removing an item changes which item an index names.
func (e *editorScreen) dropKeptItems() {
	for p := range e.kept {
		if strings.Contains(p, "[") {
			delete(e.kept, p)
		}
	}
}

// keptText names the fields holding typed text that cannot go into the
// draft, for the question before quitting.
func (e *editorScreen) keptText() []string {
	if e.form != nil {
		e.applyValues()
	}
	out := make([]string, 0, len(e.kept))
	for p := range e.kept {
		out = append(out, agent.Label(p))
	}
	slices.Sort(out)
	return out
}

// openItem builds and focuses the form of one list item.
func (e *editorScreen) openItem(list string, i int) tea.Cmd {
	e.form = forms.NewItem(list, i, &e.draft.Agent, e.caps, e.formOptions())
	e.formFor, e.item = list, i
	e.setFocus(focusItemForm)
	return tea.Batch(e.startForm(), e.fetchItemLists(list))
}

func (e *editorScreen) startForm() tea.Cmd {
	f := e.sh.prepareForm(e.form.Form)
	e.form.Form = f
	sizeForm(f, e.paneWidth(), e.formHeight())
	init := f.Init()
	// huh loads a long list's options (search.go) on its first update; a
	// form rebuilt when a list arrives may get no message until a key,
	// and would show "Loading..." until then.
	var load tea.Cmd
	e.form.Form, load = updateForm(f, formStartedMsg{})
	return tea.Batch(init, load)
}

// formStartedMsg is the first update a new form gets.
type formStartedMsg struct{}

// rebuildForm builds the open section's form again from the draft (after
// new choices arrived, or the prompt came back from $EDITOR) and puts the
// focus back on the field at path.
func (e *editorScreen) rebuildForm(path string) tea.Cmd {
	return e.rebuildWith(func() *forms.Section {
		return forms.NewSection(e.formFor, &e.draft.Agent, e.caps, e.formOptions())
	}, path)
}

// rebuildWith builds the open form again with build and moves focus back
// to the field at path.
func (e *editorScreen) rebuildWith(build func() *forms.Section, path string) tea.Cmd {
	e.form = build()
	init := e.startForm()
	if !slices.Contains(e.form.Paths(), path) {
		return init
	}
	f := e.form.Form
	for i := 0; i < 64 && f.GetFocusedField().GetKey() != path; i++ {
		before := f.GetFocusedField()
		f.NextField() // moves within a page; at a page's end it only returns a command
		if f.GetFocusedField() == before {
			f.NextGroup()
		}
		if f.State != huh.StateNormal {
			// The field was on a hidden page and the walk ran off the end:
			// start over on the first field rather than leave a finished form.
			e.form = build()
			return e.startForm()
		}
	}
	return init
}
