package forms

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// fieldAt returns the field of s at path, failing the test if it is missing.
func fieldAt(t *testing.T, s *Section, path string) *field {
	t.Helper()
	f := s.byPath[path]
	if f == nil {
		t.Fatalf("%s: no field %s; fields are %v", s.ID, path, s.Paths())
	}
	return f
}

// setText puts v into the field as a person would: picks a listed choice,
// or "Other" plus the custom text, ticks a yes/no, or types the text.
func setText(t *testing.T, s *Section, path, v string) {
	t.Helper()
	f := fieldAt(t, s, path)
	switch {
	case f.slot.plainBool:
		f.checked = v == yes
	case f.info.Kind == agent.KindChoice && f.widget != nil && isSelect(f.widget):
		if listed(f, v) {
			f.value = v
			return
		}
		if f.other == nil {
			t.Fatalf("%s: %q is not offered and the list is closed", path, v)
		}
		f.value, f.custom = otherValue, v
	default:
		f.value = v
	}
}

func isSelect(w huh.Field) bool {
	switch w.(type) {
	case *huh.Select[string], *picker:
		return true
	}
	return false
}

// listed reports whether v is one of f's select options.
func listed(f *field, v string) bool {
	choices, _ := choicesFor(f.path, f.spec, Options{})
	return v == "" || slices.ContainsFunc(choices, func(c agent.Choice) bool { return c.Value == v })
}

// formViews walks every group of a fresh copy of the form that is not
// hidden and returns the text of each, without colours.
func formViews(t *testing.T, s *Section) []string {
	t.Helper()
	f := s.Form.WithTheme(testTheme())
	f.Init()
	var views []string
	for i := 0; i < 100 && f.State == huh.StateNormal; i++ {
		// A size message reaches every field of the current group, as in
		// a running program, so bound values sync from their widgets.
		f.Update(tea.WindowSizeMsg{Width: 80, Height: 200})
		views = append(views, ansi.Strip(f.View()))
		f.NextGroup()
	}
	if f.State == huh.StateNormal {
		t.Fatalf("%s: form did not finish after 100 groups", s.ID)
	}
	return views
}

// hasLine reports whether some view has a line that reads exactly text
// (a field title), ignoring surrounding spaces and huh's error mark.
func hasLine(views []string, text string) bool {
	for _, v := range views {
		for _, line := range strings.Split(v, "\n") {
			line = strings.TrimSpace(strings.TrimLeft(line, "┃│ "))
			line = strings.TrimSpace(strings.TrimSuffix(line, "*"))
			if line == text {
				return true
			}
		}
	}
	return false
}

// sampleValue returns a value valid for f: it tries candidates until f's
// own check accepts one, so the sample respects provider ranges.
func sampleValue(t *testing.T, f *field) string {
	t.Helper()
	var candidates []string
	switch f.info.Kind {
	case agent.KindNumber:
		candidates = []string{"1", "0.5", "0.9", "1.5", "10", "0", "-1"}
	case agent.KindInteger:
		candidates = []string{"3", "1", "10", "0", "600", "-1"}
	case agent.KindBool:
		if f.slot.plainBool {
			if f.checked {
				return no
			}
			return yes
		}
		if f.value == yes {
			return no
		}
		return yes
	case agent.KindList:
		return "alpha, beta"
	case agent.KindSecret:
		return "sk-test-" + strings.ReplaceAll(f.path, ".", "-")
	case agent.KindLongText:
		return "Line one of " + f.path + "\nLine two"
	case agent.KindChoice:
		choices, closed := choicesFor(f.path, f.spec, Options{})
		if closed || len(choices) > 0 {
			for _, c := range slices.Backward(choices) {
				if c.Value != f.current() {
					return c.Value
				}
			}
		}
		candidates = []string{"custom-value", "de-DE", "Europe/Berlin"}
	default:
		candidates = []string{"Sample words", "sample_name", "https://example.com/hook", "de-DE", "Europe/Berlin", "10:30"}
	}
	for _, c := range candidates {
		if f.check == nil || f.check(c) == nil {
			return c
		}
	}
	t.Fatalf("%s: no sample value passes its check", f.path)
	return ""
}

func ansiFree(s string) string { return ansi.Strip(s) }

// testTheme is huh's Charm theme built once per light/dark, as the ui does:
// huh would otherwise rebuild it for every field on every message.
func testTheme() huh.Theme { return builtTheme{huh.ThemeCharm(true), huh.ThemeCharm(false)} }

// mustApply writes s's values into a and fails the test on any problem.
// fillSamples types a sample value into every field of s and applies s to
// a; it returns the values typed, by path, and the secrets s handed back.
func fillSamples(t *testing.T, s *Section, a *agent.Agent) (typed, secrets map[string]string) {
	t.Helper()
	typed = map[string]string{}
	for _, f := range s.fields {
		v := sampleValue(t, f)
		setText(t, s, f.path, v)
		typed[f.path] = v
	}
	mustApply(t, s, a)
	return typed, s.Secrets()
}

func mustApply(t *testing.T, s *Section, a *agent.Agent) {
	t.Helper()
	if ps := s.Apply(a); len(ps) > 0 {
		t.Fatalf("Apply: %v", ps)
	}
}
