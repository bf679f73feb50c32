package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

func (s *submitScreen) textWidth() int { return max(s.width-4, 20) }

func (s *submitScreen) providerName() string {
	if s.provider == nil {
		return providerName(s.draft.Provider)
	}
	return s.provider.Info().Name
}

func (s *submitScreen) View() string {
	st := s.sh.theme.Styles
	w := s.textWidth()
	name := s.providerName()
	var lines []string
	add := func(text string) { lines = append(lines, strings.Split(text, "\n")...) }
	add(st.App.Title.Render(truncate("Submitting "+quote(s.draft.Name)+" to "+name, w)))
	add("")
	if s.phase == submitWaiting {
		add(st.App.Muted.Render("Getting ready: saving the latest changes…"))
	}
	for _, step := range s.steps {
		add(s.stepLine(step, name, w))
	}
	switch {
	case s.phase == submitStopping:
		add("")
		add(renderLines(st.App.Warning, wrap("Stopping… the request under way is being cancelled.", w)))
	case s.phase == submitDone && s.setupErr != nil:
		add("")
		add(renderLines(st.App.Error, wrap("✗ Nothing was sent. "+errTextFor(s.setupErr, name), w)))
	case s.phase == submitDone && s.err != nil:
		add("")
		for _, l := range s.failureLines(name, w) {
			add(l)
		}
		if s.pick != nil {
			for _, l := range s.pick.lines(s, w) {
				add(l)
			}
		}
	case s.phase == submitDone:
		add("")
		for _, l := range s.successLines(name, w) {
			add(l)
		}
	}
	room := max(s.height-1, 1)
	if len(lines) > room {
		more := "…"
		if s.failed() {
			more = "… f2 reads all of it"
		}
		lines = append(lines[:room-1], st.App.Muted.Render(more))
	}
	return indent(strings.Join(lines, "\n"), 1)
}

func (s *submitScreen) stepLine(step submitStep, provider string, w int) string {
	st := s.sh.theme.Styles
	words := stepWords(step.step, provider)
	switch step.state {
	case stepRunning:
		if s.phase == submitStopping {
			return st.App.Warning.Render(truncate("… "+words+" (stopping)", w))
		}
		return st.App.Title.Render(truncate("… "+words, w))
	case stepDone:
		return st.App.StatusOK.Render("✓") + " " + st.App.Text.Render(truncate(words, w-2))
	case stepFailed:
		return st.App.Error.Render("✗") + " " + st.App.Text.Render(truncate(words, w-2))
	case stepPending:
		// not started yet: muted, below
	}
	return st.App.Muted.Render(truncate("  "+words, w))
}

// successLines say what was done: the remote id, the saved draft, and
// what the provider did not keep.
func (s *submitScreen) successLines(name string, w int) []string {
	st := s.sh.theme.Styles
	res := s.result
	what := submitWhat(res, name)
	out := []string{
		st.App.StatusOK.Render("✓ ") + renderLines(st.App.Text, wrap(what, w-2)),
		"  " + st.App.Muted.Render("Agent id: ") + st.App.Key.Render(res.RemoteID),
		"  " + st.App.Muted.Render(truncate("The draft "+quote(s.draft.Name)+" records it.", w-2)),
		"",
	}
	switch {
	case res.ReadBackErr != nil:
		out = append(out, renderLines(st.App.Warning, wrap("The submit worked, but reading the agent back failed, so what "+name+" kept was not checked: "+errText(res.ReadBackErr), w)))
	case len(res.NotKept) == 0:
		out = append(out, renderLines(st.App.Text, wrap(name+" kept every setting as sent.", w)))
	default:
		out = append(out, renderLines(st.App.Warning, wrap(name+" did not keep "+plural(len(res.NotKept), "setting", "settings")+" as sent (sent → kept):", w)))
		for _, c := range res.NotKept {
			out = append(out, strings.Split(indent(ansi.Wrap(c.String(), w-2, " "), 2), "\n")...)
		}
	}
	return out
}

// failureLines: one plain sentence, where the agent stands, the fields
// refused, and the raw detail when asked for.
func (s *submitScreen) failureLines(name string, w int) []string {
	st := s.sh.theme.Styles
	out := strings.Split(renderLines(st.App.Error, wrap("✗ "+s.failureSentence(name), w)), "\n")
	if id := s.result.RemoteID; id != "" && s.result.Created {
		out = append(out, renderLines(st.App.Text, wrap("The agent exists on "+name+" as "+id+"; the draft records it, so the next submit updates it.", w)))
	}
	if len(s.refused) > 0 {
		out = append(out, "")
		for _, p := range s.refused {
			// Wrapped, not cut: the provider's words are the whole point.
			out = append(out, strings.Split(indent(renderLines(st.Editor.Problem, wrap(problemLabel(s.caps(), p.Path)+": "+p.Message, w-2)), 2), "\n")...)
		}
	}
	if said := providerSaid(s.err, name); !s.stopped && len(said) > 0 {
		out = append(out, "", st.App.Text.Render(name+" said:"))
		for _, m := range said {
			out = append(out, strings.Split(indent(renderLines(st.App.Text, wrap(m, w-2)), 2), "\n")...)
		}
	}
	if s.detail {
		out = append(out, "", st.App.Title.Render("Details"))
		detail := strings.Split(ansi.Wrap(s.rawDetail(), w, " "), "\n")
		top := min(s.detailTop, max(len(detail)-1, 0))
		for _, l := range detail[top:] {
			out = append(out, st.App.Muted.Render(l))
		}
	}
	return out
}

// failureSentence is the one sentence a failed submit is told in. A stop
// the person asked for is said as such.
func (s *submitScreen) failureSentence(name string) string {
	return submitFailure(s.err, s.stopped, s.refused, s.draft, name, s.caps(), func(fix string) string {
		return "press enter to " + fix + " in the editor"
	})
}

// submitWhat says in one sentence what a submit that worked did.
func submitWhat(res agent.PushResult, name string) string {
	switch {
	case res.Adopted:
		return "Found the agent an earlier submit made on " + name + ", linked it to this draft and updated it."
	case res.Created:
		return "Created the agent on " + name + "."
	}
	return "Updated the agent on " + name + "."
}

// submitFailure is the one sentence a failed submit is told in, for the
// screen and the accessible front end; fixIn says where the refused fields
// are fixed ("fix it" or "fix them" goes in).
func submitFailure(err error, stopped bool, refused agent.Problems, d agent.Draft, name string, caps agent.Capabilities, fixIn func(string) string) string {
	if errors.Is(err, errChangedSinceReview) {
		return "The draft was changed elsewhere (another window or the command line) after you reviewed it, so nothing was sent; go back and review it again."
	}
	if !stopped {
		if n := len(refused); n > 0 && errors.Is(err, agent.ErrInvalid) {
			fix := "fix it"
			if n > 1 {
				fix = "fix them"
			}
			if errors.As(err, new(agent.Problems)) {
				return "The draft has " + plural(n, "problem", "problems") + " for " + name + ", so nothing was sent; " + fixIn(fix) + "."
			}
			return name + " refused " + plural(n, "setting", "settings") + "; " + fixIn(fix) + "."
		}
		return errTextWith(err, name, caps)
	}
	if errors.Is(err, agent.ErrAmbiguous) || (d.Remote().ID == "" && d.Remote().Pending()) {
		return "Stopped. It is not known whether " + name + " made the agent; the next submit checks " + name + "'s list first, so no second agent is made."
	}
	return "Stopped. The draft's settings are as they were; some may already have reached " + name + ", so submit again to send them all."
}

// rawDetail is the provider's answer as agentdeck understood it, for the
// person who wants more than the sentence. It never holds a key.
func (s *submitScreen) rawDetail() string {
	var pe *agent.ProviderError
	if errors.As(s.err, &pe) {
		var b strings.Builder
		b.WriteString(pe.Error())
		if pe.Code != "" {
			b.WriteString("\ncode: " + pe.Code)
		}
		if pe.RequestID != "" {
			b.WriteString("\nrequest id: " + pe.RequestID)
		}
		if pe.Err != nil {
			b.WriteString("\ncause: " + pe.Err.Error())
		}
		return b.String()
	}
	var ps agent.Problems
	if errors.As(s.err, &ps) {
		return ps.Error()
	}
	return fmt.Sprint(s.err)
}

func (s *submitScreen) ShortHelp() []key.Binding {
	k := s.keys
	switch s.phase {
	case submitWaiting:
		k.Stop.SetHelp("esc", "back")
		return enabled(k.Stop)
	case submitRunning:
		return enabled(k.Stop)
	case submitStopping:
		return nil
	case submitDone:
		// the outcome, below
	}
	if s.pick != nil {
		return s.pickHelp()
	}
	if !s.failed() {
		k.Fix.SetHelp("enter", "editor")
		k.Done.SetHelp("esc", "review")
		return enabled(k.Fix, k.Done)
	}
	k.Fix.SetEnabled(len(s.refused) > 0)
	k.Retry.SetEnabled(s.provider != nil)
	if s.detail {
		k.Detail.SetHelp("d", "hide details")
	}
	k.Done.SetHelp("esc", "review")
	return enabled(k.Fix, k.Detail, k.Retry, k.Done)
}

func (s *submitScreen) FullHelp() [][]key.Binding {
	short := s.ShortHelp()
	if s.detail {
		return [][]key.Binding{enabled(s.keys.Up, s.keys.Down), short}
	}
	return [][]key.Binding{short}
}

// caps are the provider's capabilities, for its own settings' labels;
// none before the provider is known.
func (s *submitScreen) caps() agent.Capabilities {
	if s.provider == nil {
		return agent.Capabilities{}
	}
	return s.provider.Capabilities()
}
