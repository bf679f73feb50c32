package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// A screen shows one line of a problem or a field's help where it has
// room for one; f2 (Global.Explain) shows the whole of it in a question
// that spans the screen and scrolls, so nothing cut short with "…" is
// out of reach.

// explainer is a screen with something to read in full: the focused
// field's help and its section's problems, the problem under the cursor.
// An empty text means nothing to show.
type explainer interface {
	explain() (title, text string)
}

// explainDialog shows a text whole; it changes nothing.
type explainDialog struct{ question }

func newExplainDialog(title, text string) *explainDialog {
	return &explainDialog{question{title: title, body: text, options: []string{"Close"}, wide: true}}
}

func (d *explainDialog) menu() *question { return &d.question }

func (d *explainDialog) answer(int) tea.Msg { return nil }

// explainTop opens the top screen's text in full, if it has one.
func (a *App) explainTop() tea.Cmd {
	ex, ok := a.top().(explainer)
	if !ok {
		return nil
	}
	title, text := ex.explain()
	if text == "" {
		return nil
	}
	return openDialog(newExplainDialog(title, text))
}

// moreHint is added where a line is cut short, naming the key that reads
// it whole.
const moreHint = " (f2: all)"

// cutWithHint is text on one line of width w; cut short, it ends with the
// key that shows it whole.
func cutWithHint(text string, w int) string {
	if ansi.StringWidth(text) <= w {
		return text
	}
	return truncate(text, max(w-len(moreHint), 1)) + moreHint
}

// problemsText is each problem whole, one a paragraph, labelled for people.
func problemsText(ps agent.Problems) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(problemMark(p) + problemLabel(p.Path) + ": " + p.Message)
	}
	return b.String()
}

// explain is the focused field's help and its section's problems, or,
// from the sidebar and lists, the section's problems and the list's help.
func (e *editorScreen) explain() (string, string) {
	var parts []string
	title := ""
	switch {
	case e.form != nil && (e.focus == focusForm || e.focus == focusItemForm):
		if f := e.form.Form.GetFocusedField(); f != nil {
			path := f.GetKey()
			if info, ok := agent.FieldByPath(path); ok {
				spec, _ := e.caps.Spec(agent.StripIndices(path))
				title = info.Label
				if help := agent.HelpWithNote(info.Help, spec.Note); help != "" {
					parts = append(parts, help)
				}
			}
		}
	default:
		if l, ok := e.currentList(); ok {
			title = l.Title
			if l.Help != "" {
				parts = append(parts, agent.Sentence(l.Help))
			}
		}
	}
	section := e.cursorEntry().section
	if e.form != nil && e.focus == focusForm {
		section = e.formFor
	}
	ps := e.sectionProblems(section)
	if e.focus == focusItemForm {
		ps = e.formErrs
	}
	if len(ps) > 0 {
		parts = append(parts, problemsText(ps))
	}
	if title == "" {
		title = agent.SectionTitle(section)
	}
	return title, strings.Join(parts, "\n\n")
}

// explain is the problem under the cursor whole, or every problem while
// the changes and requests have the keys.
func (r *reviewScreen) explain() (string, string) {
	if len(r.problems) == 0 {
		return "", ""
	}
	if r.focus == reviewOnBody {
		return "Problems", problemsText(r.problems)
	}
	p := r.problems[min(r.cursor, len(r.problems)-1)]
	return problemLabel(p.Path), problemsText(agent.Problems{p})
}

// explain is a failed submit told whole: the sentence, the refused
// settings and what the provider said, for a screen too short to show
// them all (its last line then names f2).
func (s *submitScreen) explain() (string, string) {
	if !s.failed() {
		return "", ""
	}
	name := s.providerName()
	if s.setupErr != nil {
		return "Nothing was sent", "Nothing was sent. " + errTextFor(s.setupErr, name)
	}
	parts := []string{s.failureSentence(name)}
	if len(s.refused) > 0 {
		parts = append(parts, problemsText(s.refused))
	}
	if said := providerSaid(s.err, name); !s.stopped && len(said) > 0 {
		parts = append(parts, name+" said:\n"+strings.Join(said, "\n"))
	}
	return "Submit to " + name + " failed", strings.Join(parts, "\n\n")
}
