package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// paneTop is the number of lines above a form in the pane: its title and
// one line for the section's first problem or help.
const paneTop = 2

func (e *editorScreen) sidebarWidth() int { return max(min(26, e.width/3), 16) }

// paneWidth is what is left beside the sidebar, its border and gaps.
func (e *editorScreen) paneWidth() int { return max(e.width-e.sidebarWidth()-4, 20) }

func (e *editorScreen) formHeight() int { return max(e.height-paneTop, 4) }

func (e *editorScreen) View() string {
	st := e.sh.theme.Styles
	if e.provider == nil {
		if e.provErr != nil {
			return "\n" + paragraph(st.App.Error, "Could not load the provider "+quote(e.draft.Provider)+": "+errText(e.provErr), e.width-2) +
				"\n\n " + st.App.Muted.Render("Press esc to go back.")
		}
		return "\n " + st.App.Muted.Render("Loading "+plain(e.draft.Name)+"…")
	}
	side := e.side.Render(&e.sh.theme.Styles, e.sidebarWidth(), e.height, e.sidebarLook())
	return lipgloss.JoinHorizontal(lipgloss.Top, " ", side, " ", e.paneView())
}

// fieldLabel names a field inside its section: "Temperature" rather than
// "Brain (LLM) › Temperature", which the pane's title already says.
// A provider's own setting reads by its table's label (caps).
func fieldLabel(caps agent.Capabilities, path string) string {
	l := agent.LabelWith(caps, nil, path)
	section := ""
	if f, found := agent.FieldByPath(path); found {
		section = f.Section
	} else if s, found := caps.Setting(path); found {
		section = s.Section
	}
	if rest, ok := strings.CutPrefix(l, agent.SectionTitle(section)+" › "); ok && section != "" {
		return rest
	}
	return l
}

func (e *editorScreen) paneView() string {
	st := e.sh.theme.Styles
	w := e.paneWidth()
	ent := e.cursorEntry()
	switch {
	case e.focus == focusItemForm && e.form != nil:
		return st.Editor.PaneTitle.Render(truncate(e.form.Title, w)) + "\n" +
			e.problemLine(e.formErrs, w) + "\n" + e.form.Form.View()
	case e.focus == focusForm && e.form != nil:
		return st.Editor.PaneTitle.Render(truncate(agent.SectionTitle(e.formFor), w)) + "\n" +
			e.problemLine(e.sectionProblems(e.formFor), w) + "\n" + e.form.Form.View()
	}
	if l, ok := e.currentList(); ok {
		return e.itemsView(l, w)
	}
	return e.summaryView(ent.section, w)
}

// problemLine shows a section's first problem, or nothing.
func (e *editorScreen) problemLine(ps agent.Problems, w int) string {
	errs := ps.Errors()
	if len(errs) == 0 {
		return ""
	}
	text := "! " + fieldLabel(e.caps, errs[0].Path) + ": " + errs[0].Message
	if len(errs) > 1 {
		text += " (+" + itoa(len(errs)-1) + " more)"
	}
	return e.sh.theme.Styles.Editor.Problem.Render(cutWithHint(text, w))
}

// summaryView shows a section's settings while the sidebar has focus.
func (e *editorScreen) summaryView(section string, w int) string {
	st := e.sh.theme.Styles
	var b strings.Builder
	b.WriteString(st.Editor.PaneTitle.Render(agent.SectionTitle(section)) + "\n")
	if !forms.SectionSupported(section, e.caps) {
		b.WriteString("\n" + st.Editor.Note.Render(wrap(e.provider.Info().Name+" has no settings in this section. "+
			"Anything set here stays in the draft but is not sent.", w)))
		return b.String()
	}
	lines := []string{}
	for _, p := range e.sectionProblems(section) {
		style := st.Editor.Problem
		mark := "! "
		if p.Warning {
			style, mark = st.App.Warning, "· "
		}
		lines = append(lines, style.Render(cutWithHint(mark+fieldLabel(e.caps, p.Path)+": "+p.Message, w)))
	}
	values := e.summaryValues()
	labelW := 0
	fields := []agent.FieldInfo{}
	for _, f := range agent.FieldsIn(section) {
		if e.caps.Supports(f.Path) {
			fields = append(fields, f)
			labelW = max(labelW, lipgloss.Width(f.Label))
		}
	}
	labelW = min(labelW, w/2)
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	for _, f := range fields {
		v, set := values[f.Path]
		switch {
		case f.Kind == agent.KindItems:
			v, set = itemsCount(values, f.Path)
		case f.Kind == agent.KindSecret && set:
			v = "saved with your credentials"
		case f.Kind == agent.KindLongText:
			v = oneLine(v, w)
		}
		val := st.App.Text.Render(truncate(v, max(w-labelW-2, 4)))
		if !set || v == "" {
			val = st.App.Muted.Render(unsetWord(f.Kind))
		}
		lines = append(lines, st.App.Muted.Render(pad(f.Label, labelW))+"  "+val)
	}
	room := max(e.height-3, 1)
	if len(lines) > room {
		lines = append(lines[:room-1], st.App.Muted.Render("…"))
	}
	b.WriteString("\n" + strings.Join(lines, "\n"))
	b.WriteString("\n\n" + st.App.Muted.Render(truncate("Press enter to edit this section.", w)))
	return b.String()
}

// unsetWord says what a field the draft leaves empty amounts to: a list
// left empty holds nothing ("Tags  none"), while any other field falls back
// on the provider's own setting.
func unsetWord(k agent.Kind) string {
	if k == agent.KindList || k == agent.KindItems {
		return "none"
	}
	return "default"
}

// summaryValues are the draft's values by field path, flattened once
// while only the sidebar moves (editorScreen.flat).
func (e *editorScreen) summaryValues() map[string]string {
	if e.flat == nil {
		e.flat = map[string]string{}
		for _, f := range agent.Flatten(&e.draft.Agent) {
			e.flat[f.Path] = f.Value
		}
	}
	return e.flat
}

// itemsCount words what a list field holds, from the flattened values:
// how many entries, or just "set" for a record without a list.
func itemsCount(values map[string]string, path string) (string, bool) {
	entries := map[string]bool{}
	set := false
	for p := range values {
		if !strings.HasPrefix(p, path+".") && !strings.HasPrefix(p, path+"[") {
			continue
		}
		set = true
		if i := strings.IndexByte(p, ']'); i > 0 {
			entries[p[:i+1]] = true
		}
	}
	if len(entries) > 0 {
		return plural(len(entries), "entry", "entries"), true
	}
	if set {
		return "set", true
	}
	return "", false
}

// problemsUnder are the problems on a list or its items.
func (e *editorScreen) problemsUnder(list string) agent.Problems {
	return append(e.problems.At(list), e.formErrs.At(list)...)
}

func (e *editorScreen) ShortHelp() []key.Binding {
	if e.provider == nil {
		return enabled(e.back)
	}
	switch e.focus {
	case focusItems:
		return e.itemsHelp()
	case focusForm, focusItemForm:
		b := e.back
		if e.focus == focusItemForm {
			b.SetHelp("esc", "back to the list")
		} else {
			b.SetHelp("esc", "sections")
		}
		b.SetEnabled(!formWantsEsc(e.form.Form))
		ed := e.keys.ExternalEditor
		ed.SetEnabled(e.promptFocused())
		return append(append(enabled(ed), formKeys(e.form.Form, true)...), append(e.pickerHelp(), enabled(e.keys.Review, b)...)...)
	case focusSidebar:
		// the sidebar's keys, below
	}
	k := e.keys
	ent := e.cursorEntry()
	if ent.isList() {
		k.Open.SetHelp("enter", "change list")
	} else {
		k.Open.SetEnabled(forms.SectionSupported(ent.section, e.caps))
	}
	k.Provider.SetEnabled(len(e.otherProviders()) > 0)
	k.Hours.SetEnabled(e.hoursHere())
	k.Try.SetEnabled(e.draft.Remote().ID != "")
	b := e.back
	b.SetHelp("esc", "drafts")
	return enabled(k.Open, k.Hours, k.Review, k.Try, k.Tests, k.Provider, k.History, b)
}

// FullHelp adds the moves the footer leaves out for room.
func (e *editorScreen) FullHelp() [][]key.Binding {
	short := e.ShortHelp()
	switch {
	case e.provider == nil:
		return [][]key.Binding{short}
	case e.focus == focusSidebar:
		return [][]key.Binding{enabled(e.keys.Up, e.keys.Down, e.keys.Home, e.keys.End, e.keys.Jump), short}
	case e.focus == focusItems:
		return [][]key.Binding{enabled(e.itemKeys.Up, e.itemKeys.Down, e.itemKeys.Home, e.itemKeys.End, e.keys.Jump), short}
	case e.form != nil:
		ed := e.keys.ExternalEditor
		ed.SetEnabled(e.promptFocused())
		return [][]key.Binding{formKeys(e.form.Form, false), enabled(ed, e.keys.Review, e.keys.JumpAnywhere), short[len(short)-1:]}
	}
	return [][]key.Binding{short}
}
