package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

func (s *settingsScreen) View() string {
	st := s.sh.theme.Styles
	lw := s.listWidth()
	var list strings.Builder
	list.WriteString(st.App.Title.Render("Providers") + "\n\n")
	for i, p := range s.infos {
		mark := " "
		switch {
		case s.hasKey(p.ID):
			mark = st.Editor.MarkOK.Render("✓")
		case s.fields[p.ID] != nil:
			mark = st.Editor.MarkUnsupported.Render("·")
		}
		name := pad(p.Name, lw-4)
		list.WriteString(st.List.Line(name, i == s.cursor) + " " + mark + "\n")
	}
	list.WriteString("\n" + st.App.Muted.Render(wrap("✓ an API key is set", lw)))
	left := st.Editor.Sidebar.Height(max(s.height-1, 1)).Render(list.String())
	return lipgloss.JoinHorizontal(lipgloss.Top, " ", left, " ", s.paneView())
}

func (s *settingsScreen) paneView() string {
	st := s.sh.theme.Styles
	w := s.paneWidth()
	provider := s.selected()
	if provider == "" {
		return st.App.Muted.Render("No providers are available.")
	}
	var b strings.Builder
	b.WriteString(st.Editor.PaneTitle.Render(s.name(provider)) + "\n\n")
	if s.form != nil {
		if s.formErr != "" {
			// Whole, wrapped: the form below is made shorter (formTop).
			b.WriteString(st.App.Error.Render(wrap(s.formErr, w)) + "\n")
		}
		b.WriteString(s.form.View())
		return b.String()
	}
	if e, ok := s.loadErr[provider]; ok {
		b.WriteString(st.App.Error.Render(wrap("Could not read the settings: "+e, w)))
		return b.String()
	}
	fields, ok := s.fields[provider]
	if !ok {
		b.WriteString(st.App.Muted.Render("Reading the settings…"))
		return b.String()
	}
	labelW := 0
	for _, f := range fields {
		labelW = max(labelW, lipgloss.Width(f.Label))
	}
	for _, f := range fields {
		b.WriteString(st.App.Text.Render(pad(f.Label, labelW)) + "  " + truncate(s.fieldValue(f), max(w-labelW-2, 4)) + "\n")
	}
	b.WriteString("\n")
	switch {
	case s.testing == provider:
		b.WriteString(st.App.Muted.Render("Testing the connection…"))
	case s.tested[provider] != "":
		style := st.App.Error
		if s.testedOK[provider] {
			style = st.App.StatusOK
		}
		b.WriteString(style.Render(wrap(s.tested[provider], w)))
	default:
		b.WriteString(st.App.Muted.Render(wrap("Press enter to change these, t to test the connection.", w)))
	}
	return b.String()
}

// fieldValue is how a setting reads in the summary; a secret never shows
// more than whether it is set.
func (s *settingsScreen) fieldValue(f SettingField) string {
	st := s.sh.theme.Styles.App
	switch {
	case f.EnvSet:
		return st.Warning.Render("from $" + f.EnvVar)
	case f.Secret && f.IsSet:
		return st.StatusOK.Render("saved (hidden)")
	case f.Secret:
		return st.Muted.Render("not set")
	case f.Value == "" && f.Account:
		return st.Muted.Render("not set") // an id has no default to fall back on
	case f.Value == "":
		return st.Muted.Render("default")
	}
	return st.Text.Render(f.Value)
}
