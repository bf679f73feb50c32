package ui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// What the editor does for review and submit: open the review, go to the
// field a problem is about, show the fields a provider refused, and take
// the draft a push or pull wrote.

// openReview keeps what the open form holds and opens the review. Secrets
// typed into the form are stored first: their references must be in the
// draft that is reviewed and saved.
func (e *editorScreen) openReview() tea.Cmd {
	if e.form != nil {
		if cmd := e.applyForm(); cmd != nil {
			e.reviewAfterSecrets = true
			return cmd
		}
	}
	return e.reviewNow()
}

// reviewNow hands the draft to the autosave, if it changed, and opens the
// review on it. The autosave tick in flight is dropped: the save is made
// now, and the tick would arrive at the review screen.
func (e *editorScreen) reviewNow() tea.Cmd {
	e.reviewAfterSecrets = false
	save := e.flush()
	e.tickSeq = 0
	d, p := e.draft, e.provider
	return tea.Sequence(save, func() tea.Msg { return openScreenMsg{to: routeReview, draft: d, provider: p} })
}

// reviewAfterStored opens the review that waited for secrets to be stored.
func (e *editorScreen) reviewAfterStored() tea.Cmd {
	if !e.reviewAfterSecrets {
		return nil
	}
	return e.reviewNow()
}

// recordedDraft takes a draft a push or pull wrote, when it is (or
// replaces) the one being edited. After a push only the record moved on
// (remote id, hashes, revision); the settings stay as they are on screen.
func (e *editorScreen) recordedDraft(msg draftRecordedMsg) {
	if !msg.replaces(e.draft.ID) {
		return
	}
	d := msg.draft
	if d.ID == e.draft.ID && agent.ContentHash(&d.Agent) == agent.ContentHash(&e.draft.Agent) {
		e.draft.Revision, e.draft.Updated = d.Revision, d.Updated
		e.draft.Remotes = d.Remotes
		return
	}
	e.pushProblems, e.pushValues = nil, nil
	e.replaceDraft(d)
}

// placePushProblems shows the fields a provider refused on a submit, and
// goes to the first. Each stays marked until its value is changed.
func (e *editorScreen) placePushProblems(ps agent.Problems) tea.Cmd {
	values := map[string]string{}
	for _, f := range agent.Flatten(&e.draft.Agent) {
		values[f.Path] = f.Value
	}
	e.pushProblems, e.pushValues = nil, map[string]string{}
	for _, p := range ps {
		p.Warning = false
		e.pushProblems = append(e.pushProblems, p)
		e.pushValues[p.Path] = values[p.Path]
	}
	e.revalidate()
	if len(ps) == 0 {
		return nil
	}
	return e.focusField(ps[0].Path)
}

// stillRefused are the provider's refusals whose fields still hold the
// value that was refused.
func (e *editorScreen) stillRefused() agent.Problems {
	if len(e.pushProblems) == 0 {
		return nil
	}
	values := map[string]string{}
	for _, f := range agent.Flatten(&e.draft.Agent) {
		values[f.Path] = f.Value
	}
	var out agent.Problems
	for _, p := range e.pushProblems {
		if values[p.Path] == e.pushValues[p.Path] {
			out = append(out, p)
		}
	}
	return out
}

// focusField opens the section or list item holding the field at path and
// puts the focus on it. A field no form shows (the provider cannot carry
// it, or it is a whole list) gets the sidebar cursor on its section or
// list, where the summary lists the problem.
func (e *editorScreen) focusField(path string) tea.Cmd {
	if e.provider == nil {
		return nil
	}
	info, ok := agent.FieldByPath(path)
	if !ok {
		return nil
	}
	leave := e.closeForms()
	sec := slices.IndexFunc(agent.Sections, func(s agent.Section) bool { return s.ID == info.Section })
	if sec < 0 {
		return leave
	}
	e.side.goToSection(sec)
	if !forms.SectionSupported(info.Section, e.caps) {
		return leave
	}
	form := forms.NewSection(info.Section, &e.draft.Agent, e.caps, e.formOptions())
	if shows(form.Paths(), path) {
		e.form, e.formFor = form, info.Section
		e.setFocus(focusForm)
		return tea.Batch(leave, e.startForm(), e.fetchLive(info.Section), e.walkTo(path, func() *forms.Section {
			return forms.NewSection(info.Section, &e.draft.Agent, e.caps, e.formOptions())
		}))
	}
	if cmd, ok := e.focusListItem(info.Section, path); ok {
		return tea.Batch(leave, cmd)
	}
	return leave
}

// clearField removes a value the provider does not carry from the draft
// (enter on its warning in the review): no form of this provider shows it,
// so clearing is the one change the person can make to it. The sidebar
// goes to its section, and a notice says what went.
func (e *editorScreen) clearField(path string) tea.Cmd {
	if e.provider == nil {
		return nil
	}
	leave := e.closeForms()
	if info, ok := agent.FieldByPath(path); ok {
		if sec := slices.IndexFunc(agent.Sections, func(s agent.Section) bool { return s.ID == info.Section }); sec >= 0 {
			e.side.goToSection(sec)
		}
	}
	e.dropKeptItems()
	if !agent.Clear(&e.draft.Agent, path) {
		return leave
	}
	e.revalidate()
	return tea.Batch(leave, e.changed(), notice("Removed "+agent.Label(path)+" from the draft: "+e.provider.Info().Name+" does not carry it.", levelOK))
}

// closeForms keeps what the open form holds and goes back to the sidebar.
func (e *editorScreen) closeForms() tea.Cmd {
	cmd := e.applyForm()
	e.form, e.formFor = nil, ""
	e.setFocus(focusSidebar)
	e.items.reset()
	return cmd
}

// focusListItem opens the item of a list (or of a list inside an item)
// that path lies in, with the focus on path's field.
func (e *editorScreen) focusListItem(section, path string) (tea.Cmd, bool) {
	for k, l := range forms.Lists(section, e.caps) {
		if path == l.ID {
			e.side.goToList(k)
			e.setFocus(focusItems)
			return nil, true
		}
		i, rest, ok := agent.ItemAt(path, l.ID)
		if !ok {
			continue
		}
		e.side.goToList(k)
		e.setFocus(focusItems)
		list, item := l, i
		e.items.pos = rowOfItem(e.itemRows(l), i)
		for _, sub := range forms.ItemLists(l.ID, i, e.caps) {
			if j, _, ok := agent.ItemAt(path, sub.ID); ok {
				e.items.openAt(sub, e.items.pos, rowOfItem(e.itemRows(sub), j))
				list, item = sub, j
			} else if path == sub.ID {
				e.items.openAt(sub, e.items.pos, 0)
				return nil, true
			}
		}
		if item >= len(forms.Items(list.ID, &e.draft.Agent)) {
			return nil, true // the item is gone: show the list
		}
		open := e.openItem(list.ID, item)
		if rest == "" {
			return open, true
		}
		return tea.Batch(open, e.walkTo(path, func() *forms.Section {
			return forms.NewItem(list.ID, item, &e.draft.Agent, e.caps, e.formOptions())
		})), true
	}
	return nil, false
}

// shows reports whether a form with these field keys shows path.
func shows(paths []string, path string) bool {
	return slices.Contains(paths, path)
}

// walkTo moves the open form's focus to the field at path. huh has no
// "focus this field", so the walk steps field by field; a field on a page
// hidden by an earlier answer cannot be reached, and then the form starts
// again from the top, built by rebuild.
func (e *editorScreen) walkTo(path string, rebuild func() *forms.Section) tea.Cmd {
	f := e.form.Form
	for i := 0; i < 128; i++ {
		if k := f.GetFocusedField().GetKey(); k == path || k == path+"#other" {
			return nil
		}
		before := f.GetFocusedField()
		f.NextField() // within a page; at its end it only returns a command
		if f.GetFocusedField() == before {
			f.NextGroup()
		}
		if f.State != huh.StateNormal {
			break
		}
	}
	e.form = rebuild()
	return e.startForm()
}
