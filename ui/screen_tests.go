package ui

// The draft's test scenarios (Draft.Tests), which `agentdeck test` runs: a
// list, and a small form for one test. The screen works on its own copy;
// leaving it hands the tests back to the editor, which saves them with the
// draft (testsEditedMsg).

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

type testsScreen struct {
	sh      *shared
	keys    TestsKeys
	back    key.Binding
	draftID string
	name    string
	tests   []agent.TestCase
	changed bool
	cursor  int

	form    *huh.Form
	editing int // the test the form edits; len(tests) for a new one
	fv      *testFields
	fvFirst testFields // the form's values as it opened: esc asks if they changed
	width   int
	height  int
}

// testsEditedMsg hands the edited tests back to the editor of draftID.
type testsEditedMsg struct {
	draftID string
	tests   []agent.TestCase
}

// testFields are the form's values, as typed.
type testFields struct {
	name, opening, must, mustNot, tool, params, caller, turns string
}

func newTestsScreen(sh *shared, d agent.Draft) *testsScreen {
	return &testsScreen{
		sh: sh, keys: sh.keys.Tests, back: sh.keys.Global.Back, draftID: d.ID, name: d.Name,
		tests: append([]agent.TestCase(nil), d.Tests...),
	}
}

func (s *testsScreen) Init() tea.Cmd { return nil }
func (s *testsScreen) Title() string { return "Tests" }

func (s *testsScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	sizeForm(s.form, max(w-2, 10), h-1)
}

func (s *testsScreen) capturesInput() bool { return s.form != nil }

func (s *testsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if _, ok := msg.(dropTestConfirmedMsg); ok {
		s.form, s.fv = nil, nil
		return s, nil
	}
	if s.form != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, s.back) {
			if *s.fv != s.fvFirst {
				return s, openDialog(newDropTestDialog())
			}
			s.form, s.fv = nil, nil
			return s, nil
		}
		f, cmd := updateForm(s.form, msg)
		s.form = f
		if f.State == huh.StateCompleted {
			return s, tea.Batch(cmd, s.closeForm())
		}
		return s, cmd
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	switch {
	case key.Matches(k, s.back):
		if !s.changed {
			return s, func() tea.Msg { return backMsg{} }
		}
		done := testsEditedMsg{draftID: s.draftID, tests: s.tests}
		return s, tea.Sequence(func() tea.Msg { return backMsg{} }, func() tea.Msg { return done })
	case key.Matches(k, s.keys.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(k, s.keys.Down):
		s.cursor = min(s.cursor+1, max(len(s.tests)-1, 0))
	case key.Matches(k, s.keys.Add):
		return s, s.openForm(len(s.tests))
	case key.Matches(k, s.keys.Edit) && s.cursor < len(s.tests):
		return s, s.openForm(s.cursor)
	case key.Matches(k, s.keys.Run) && len(s.tests) > 0:
		d := agent.Draft{ID: s.draftID, Name: s.name, Tests: s.tests}
		return s, func() tea.Msg { return openScreenMsg{to: routeTestRun, draft: d} }
	case key.Matches(k, s.keys.Remove) && s.cursor < len(s.tests):
		name := s.tests[s.cursor].Name
		s.tests = append(s.tests[:s.cursor:s.cursor], s.tests[s.cursor+1:]...)
		s.cursor = min(s.cursor, max(len(s.tests)-1, 0))
		s.changed = true
		return s, notice("Removed the test "+quote(name)+".", levelInfo)
	}
	return s, nil
}

// openForm edits test i (a new one when i is past the end).
func (s *testsScreen) openForm(i int) tea.Cmd {
	var t agent.TestCase
	if i < len(s.tests) {
		t = s.tests[i]
	}
	fv := &testFields{
		name: t.Name, opening: strings.Join(t.Opening, "\n"), must: strings.Join(t.MustContain, "\n"),
		mustNot: strings.Join(t.MustNotContain, "\n"), caller: t.Caller,
	}
	if t.Tool != nil {
		fv.tool = t.Tool.Name
		fv.params = paramLines(t.Tool.Params)
	}
	if t.MaxTurns > 0 {
		fv.turns = strconv.Itoa(t.MaxTurns)
	}
	s.editing, s.fv, s.fvFirst = i, fv, *fv
	s.form = s.sh.prepareForm(huh.NewForm(huh.NewGroup(
		huh.NewInput().Title("Name").Description("What the test checks, in a few words.").Value(&fv.name).
			Validate(func(v string) error {
				if strings.TrimSpace(v) == "" {
					return fmt.Errorf("give the test a name")
				}
				return nil
			}),
		huh.NewText().Title("What the caller says first").Description("One line per turn, in order; the agent answers them.").Value(&fv.opening),
		huh.NewText().Title("A good answer contains").Description("One word or phrase per line.").Value(&fv.must),
		huh.NewText().Title("A good answer does not contain").Description("One word or phrase per line.").Value(&fv.mustNot),
		huh.NewInput().Title("Tool the agent must call").Description("Its name (end_call for hanging up); empty for none.").Value(&fv.tool),
		huh.NewText().Title("Values the tool must get").Description("One a line, as name = value; empty for any.").Value(&fv.params),
		huh.NewText().Title("Or: a simulated caller").Description("Describe the caller in words; the provider plays them.").Value(&fv.caller),
		huh.NewInput().Title("Most turns (simulated caller)").Description("1 to 50; empty for 5.").Value(&fv.turns).
			Validate(func(v string) error {
				if n, err := strconv.Atoi(strings.TrimSpace(v)); strings.TrimSpace(v) != "" && (err != nil || n < 1 || n > agent.MaxSimulationTurns) {
					return fmt.Errorf("a number from 1 to %d", agent.MaxSimulationTurns)
				}
				return nil
			}),
	)))
	sizeForm(s.form, max(s.width-2, 10), s.height-1)
	return s.form.Init()
}

// closeForm takes the form's values as the test it edited.
func (s *testsScreen) closeForm() tea.Cmd {
	fv := s.fv
	s.form, s.fv = nil, nil
	t := agent.TestCase{
		Name: strings.TrimSpace(fv.name), Opening: lines(fv.opening), MustContain: lines(fv.must),
		MustNotContain: lines(fv.mustNot), Caller: strings.TrimSpace(fv.caller),
	}
	if name := strings.TrimSpace(fv.tool); name != "" {
		t.Tool = &agent.ToolCheck{Name: name, Params: parseParams(fv.params)}
	}
	t.MaxTurns, _ = strconv.Atoi(strings.TrimSpace(fv.turns))
	if s.editing < len(s.tests) {
		s.tests[s.editing] = t
	} else {
		s.tests = append(s.tests, t)
	}
	s.cursor, s.changed = s.editing, true
	if ps := agent.CheckTests(s.tests); len(ps) > 0 {
		return notice(ps[0], levelError)
	}
	return notice("Saved the test "+quote(t.Name)+"; esc keeps the tests with the draft.", levelOK)
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func paramLines(m map[string]string) string {
	var out []string
	for k, v := range m {
		out = append(out, k+" = "+v)
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

func parseParams(s string) map[string]string {
	var out map[string]string
	for _, l := range lines(s) {
		k, v, _ := strings.Cut(l, "=")
		if k = strings.TrimSpace(k); k != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[k] = strings.TrimSpace(v)
		}
	}
	return out
}

func (s *testsScreen) View() string {
	st := s.sh.theme.Styles
	w := max(s.width-2, 10)
	if s.form != nil {
		return s.form.View()
	}
	var b strings.Builder
	intro := "Tests of " + quote(s.name) + ". r runs them against the pushed agent, as `agentdeck test` does; they never change it."
	b.WriteString(indent(st.App.Muted.Render(wrap(intro, w)), 1) + "\n\n")
	if len(s.tests) == 0 {
		b.WriteString(indent(st.App.Muted.Render(wrap("No tests yet: press a to add one.", w)), 1) + "\n")
		return b.String()
	}
	for i, t := range s.tests {
		row := pad(plain(t.Name), min(32, w/2)) + "  " + testSummary(t)
		b.WriteString(st.List.Line(truncate(row, w), i == s.cursor) + "\n")
	}
	if ps := agent.CheckTests(s.tests); len(ps) > 0 {
		b.WriteString("\n" + indent(st.App.Error.Render(wrap(ps[0], w)), 1) + "\n")
	}
	return b.String()
}

// testSummary says in words what a test checks.
func testSummary(t agent.TestCase) string {
	switch t.Kind() {
	case agent.TestKindTool:
		return "calls the tool " + plain(t.Tool.Name)
	case agent.TestKindSimulation:
		return "simulated caller: " + plain(t.Caller)
	}
	return fmt.Sprintf("answer: %d must, %d must not", len(t.MustContain), len(t.MustNotContain))
}

func (s *testsScreen) ShortHelp() []key.Binding {
	if s.form != nil {
		b := s.back
		b.SetHelp("esc", "cancel")
		return []key.Binding{b}
	}
	k := s.keys
	has := s.cursor < len(s.tests)
	k.Edit.SetEnabled(has)
	k.Remove.SetEnabled(has)
	k.Run.SetEnabled(len(s.tests) > 0)
	b := s.back
	b.SetHelp("esc", "back to the draft")
	return enabled(k.Run, k.Add, k.Edit, k.Remove, b)
}

func (s *testsScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{enabled(s.keys.Up, s.keys.Down), s.ShortHelp()}
}
