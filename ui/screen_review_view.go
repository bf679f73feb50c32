package ui

import (
	"bytes"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/ui/theme"
)

// maxProblemRows is the most problems listed at once; the rest scroll.
const maxProblemRows = 6

func (r *reviewScreen) textWidth() int { return max(r.width-4, 20) }

// problemRows is how many lines the problems list takes.
func (r *reviewScreen) problemRows() int {
	return min(len(r.problems), maxProblemRows, max(r.height/3, 1))
}

// headLines are the lines above the changes and requests.
func (r *reviewScreen) headLines() []string {
	st := r.sh.theme.Styles
	w := r.textWidth()
	var out []string
	name := r.provider.Info().Name
	errs := len(r.problems.Errors())
	switch {
	case r.actionWhat != "":
		out = append(out, st.App.Muted.Render(truncate(r.actionWhat, w)))
	case errs > 0:
		out = append(out, st.App.Error.Render(truncate("Fix "+plural(errs, "problem", "problems")+" before this draft can go to "+name+".", w)))
	case r.encodeErr != nil:
		out = append(out, st.App.Error.Render(truncate("The request cannot be built: "+errText(r.encodeErr), w)))
	default:
		out = append(out, st.App.Title.Render(truncate("Ready to submit to "+name+". Press s to submit.", w)))
	}
	switch {
	case r.changedElsewhere && r.merge.base && len(r.merge.conflicts) == 0:
		out = append(out, st.App.Warning.Render(truncate("! Changed on "+name+" since your last push; their "+
			plural(len(r.merge.taken), "change is", "changes are")+" merged in when you submit.", w)))
	case r.changedElsewhere && r.merge.base:
		out = append(out, st.App.Warning.Render(truncate("! Changed on "+name+" since your last push; "+
			plural(len(r.merge.conflicts), "setting was", "settings were")+" changed on both sides. Press c to choose.", w)))
	case r.changedElsewhere:
		out = append(out, st.App.Warning.Render(truncate("! Changed on "+name+" since your last push. Press c to choose what to do.", w)))
	}
	if len(r.problems) == 0 {
		return out
	}
	if r.focus == reviewOnBody {
		return append(out, r.problemSummary(w)...)
	}
	n := r.problemRows()
	first := max(0, min(r.cursor-n+1, len(r.problems)-n))
	for i := first; i < first+n; i++ {
		p := r.problems[i]
		line := problemMark(p) + problemLabel(p.Path) + ": " + p.Message
		if i == r.cursor {
			// The problem under the cursor is shown whole, on up to three lines.
			wrapped := strings.Split(ansi.Wrap(line, w-2, " "), "\n")
			if len(wrapped) > 3 {
				wrapped = append(wrapped[:2], cutWithHint(strings.Join(wrapped[2:], " "), w-2))
			}
			for j, l := range wrapped {
				lead := "  "
				if j == 0 {
					lead = st.List.Cursor.Render("›") + " "
				}
				out = append(out, lead+st.List.Selected.Render(pad(l, w-2)))
			}
			continue
		}
		out = append(out, "  "+problemStyle(st, p).Render(cutWithHint(line, w-2)))
	}
	if len(r.problems) > n {
		out = append(out, st.App.Muted.Render(truncate("  "+itoa(r.cursor+1)+" of "+itoa(len(r.problems))+" problems", w)))
	}
	return out
}

// problemSummary lists the errors and counts the warnings, while the
// changes and requests have the keys.
func (r *reviewScreen) problemSummary(w int) []string {
	st := r.sh.theme.Styles
	var out []string
	errs := r.problems.Errors()
	for i, p := range errs {
		if i == maxProblemRows-1 && len(errs) > maxProblemRows {
			out = append(out, st.Editor.Problem.Render(truncate("  and "+plural(len(errs)-i, "more problem", "more problems"), w)))
			break
		}
		out = append(out, "  "+st.Editor.Problem.Render(cutWithHint(problemMark(p)+problemLabel(p.Path)+": "+p.Message, w-2)))
	}
	if warnings := len(r.problems) - len(errs); warnings > 0 {
		out = append(out, "  "+st.App.Warning.Render(truncate("· "+plural(warnings, "warning", "warnings")+
			" (tab to read them): settings "+r.provider.Info().Name+" handles its own way", w-2)))
	}
	return out
}

func problemMark(p agent.Problem) string {
	if p.Warning {
		return "· "
	}
	return "! "
}

func problemStyle(st theme.Styles, p agent.Problem) lipgloss.Style {
	if p.Warning {
		return st.App.Warning
	}
	return st.Editor.Problem
}

// problemLabel names a problem's field for people; the whole agent when
// the problem has no field.
func problemLabel(path string) string {
	if path == "" {
		return "The agent"
	}
	return agent.Label(path)
}

// bodyLines are the changes on the remote agent and the requests, wrapped
// to the screen's width, each with the style it is drawn in. Wrapping a
// long text is kept (wrapped) and styling waits until a line shows
// (scroller), so a 200 KB prompt in the request and the diff costs its
// wrap once, not on every layout.
func (r *reviewScreen) bodyLines() ([]string, []*lipgloss.Style) {
	st := r.sh.theme.Styles
	w := r.textWidth()
	name := r.provider.Info().Name
	var out []string
	var styles []*lipgloss.Style
	add := func(s string) {
		for _, l := range strings.Split(s, "\n") {
			out, styles = append(out, l), append(styles, nil)
		}
	}
	addStyled := func(style *lipgloss.Style, lines []string, prefix string) {
		for _, l := range lines {
			out, styles = append(out, prefix+l), append(styles, style)
		}
	}
	para := func(style lipgloss.Style, s string) { addStyled(&style, r.wrapped.lines(s, w, " "), "") }

	if r.draft.Remote().ID == "" {
		add(st.App.Title.Render("What a submit does"))
		para(st.App.Text, "Creates a new agent on "+name+".")
		if r.draft.Remote().Pending() {
			para(st.App.Warning, "An earlier submit may have created it already: "+name+"'s list of agents is checked first, and an agent is linked only if it is provably this draft's; if not sure, you are asked.")
		}
	} else {
		add(st.App.Title.Render(truncate("What a submit changes on "+name+" (agent "+r.draft.Remote().ID+")", w)))
		switch {
		case r.cmpReq != 0:
			para(st.App.Muted, "Fetching the agent from "+name+" to compare…")
		case r.cmpErr != nil:
			para(st.App.Error, "Could not compare with the agent on "+name+": "+errTextFor(r.cmpErr, name)+" Press r to try again.")
		case !r.compared:
			para(st.App.Muted, "Not compared yet. Press r to compare.")
		case len(r.changes) == 0:
			para(st.App.Text, "Nothing: the agent on "+name+" already has what this draft holds.")
		default:
			para(st.App.Muted, plural(len(r.changes), "setting", "settings")+", from what "+name+" has now to what this draft holds:")
			for _, c := range r.changes {
				addStyled(&st.App.Text, r.wrapped.lines(c.String(), w-2, " "), "  ")
			}
		}
	}
	add("")
	add(st.App.Title.Render("Requests") + st.App.Muted.Render(" · secrets show as "+agent.Masked))
	if r.encodeErr != nil {
		para(st.App.Error, "The request cannot be built: "+errText(r.encodeErr))
	}
	for i, req := range r.requests {
		head := itoa(i+1) + " of " + itoa(len(r.requests)) + " · " + stepWords(req.Step, name)
		add(st.App.Muted.Render(truncate(head, w)))
		addStyled(&st.App.Key, r.wrapped.lines(req.Method+" "+req.URL, w, "/"), "")
		if len(req.Body) > 0 {
			addStyled(&st.App.Text, r.wrapped.json(req.Body, w), "")
		}
		add("")
	}
	return out, styles
}

// stepWords names a step of a submit for people.
func stepWords(step, provider string) string {
	switch step {
	case stepWaitLock:
		return "wait for another push of this draft to finish"
	case agent.StepCheck:
		return "look for an agent an earlier submit may have made"
	case agent.StepCreate:
		return "create the agent"
	case agent.StepConfigure:
		return "send the rest of the settings"
	case agent.StepUpdate:
		return "update the agent"
	case agent.StepReadBack:
		return "read the agent back to see what " + provider + " kept"
	}
	return step
}

// prettyJSON indents a JSON body two spaces a level, as jsondoc.Indent
// does, so a deeply nested body is not blown up with the square of its
// depth (json.Indent's); anything else is shown as it is.
func prettyJSON(body []byte) string {
	return string(jsondoc.Indent(bytes.TrimSpace(body)))
}

// layout rebuilds the scrolling part after the draft, the results or the
// size changed.
func (r *reviewScreen) layout() {
	if r.provider == nil || r.width == 0 {
		return
	}
	r.body.setHeight(r.height - len(r.headLines()) - 1)
	r.body.setStyledLines(r.bodyLines())
}

func (r *reviewScreen) View() string {
	st := r.sh.theme.Styles
	if r.provider == nil {
		return "\n " + st.App.Muted.Render("Loading "+plain(r.draft.Name)+"…")
	}
	head := r.headLines()
	var b strings.Builder
	for _, l := range head {
		b.WriteString(" " + l + "\n")
	}
	rule := strings.Repeat("─", r.textWidth())
	if pos := r.body.position(); pos != "" {
		rule = "── " + pos + " " + strings.Repeat("─", max(r.textWidth()-ansi.StringWidth(pos)-4, 0))
	}
	b.WriteString(" " + st.App.Muted.Render(rule) + "\n")
	b.WriteString(indent(r.body.view(), 1))
	return b.String()
}

func (r *reviewScreen) ShortHelp() []key.Binding {
	k := r.keys
	b := r.back
	b.SetHelp("esc", "editor")
	if r.provider == nil {
		return enabled(b)
	}
	hasErrors := len(r.problems.Errors()) > 0
	k.Submit.SetEnabled(!hasErrors && r.encodeErr == nil && r.actionReq == 0)
	k.Drift.SetEnabled(r.changedElsewhere)
	k.Switch.SetEnabled(len(r.problems) > 0)
	k.Refresh.SetEnabled(r.draft.Remote().ID != "" && r.cmpReq == 0)
	if r.focus == reviewOnProblems && len(r.problems) > 0 {
		k.Switch.SetHelp("tab", "request")
		if r.cursor < len(r.problems) && r.problems[r.cursor].NotCarried {
			k.Fix.SetHelp("enter", "remove it")
		}
		return enabled(k.Fix, k.Submit, k.Drift, k.Switch, b)
	}
	k.Switch.SetHelp("tab", "problems")
	k.Down.SetEnabled(!r.body.atBottom())
	k.Down.SetHelp("↓", "scroll")
	return enabled(k.Submit, k.Drift, k.Switch, k.Down, k.Refresh, b)
}

func (r *reviewScreen) FullHelp() [][]key.Binding {
	k := r.keys
	return [][]key.Binding{enabled(k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End), r.ShortHelp()}
}

// renderLines styles each line of text on its own, so that no line is
// padded to the width of the longest, as one block would be.
func renderLines(style lipgloss.Style, text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return strings.Join(lines, "\n")
}
