package ui

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// pickProvider asks which provider to switch the draft to.
func (e *editorScreen) pickProvider() tea.Cmd {
	others := e.otherProviders()
	if len(others) == 0 {
		return notice("There is no other provider to switch to.", levelInfo)
	}
	return openDialog(newPickProviderDialog(others))
}

func (e *editorScreen) otherProviders() []agent.ProviderInfo {
	var out []agent.ProviderInfo
	if e.sh.deps.Providers == nil {
		return nil
	}
	for _, p := range e.sh.deps.Providers.List() {
		if p.ID != e.draft.Provider {
			out = append(out, p)
		}
	}
	return out
}

// askSwitch shows what the new provider would not carry and asks before
// switching.
func (e *editorScreen) askSwitch(p agent.Provider) tea.Cmd {
	applied := e.applyForm()
	name := p.Info().Name
	stops, starts := agent.SwitchLoss(&e.draft.Agent, e.caps, p.Capabilities())
	var b strings.Builder
	// The remote link comes first: on a small screen a long list of
	// settings scrolls, and this must show without scrolling.
	if id := e.draft.Remote().ID; id != "" {
		b.WriteString("The draft stays linked to agent " + id + " on " + e.provider.Info().Name +
			": switching back updates that one again. ")
		if next := e.draft.RemoteFor(p.Info().ID, agent.DefaultEnv).ID; next != "" {
			b.WriteString("On " + name + " it updates agent " + next + ".\n\n")
		} else {
			b.WriteString("On " + name + " the next submit makes a new agent.\n\n")
		}
	}
	if len(stops) == 0 {
		b.WriteString(name + " can carry every setting of this draft.")
	} else {
		b.WriteString("Stops being sent, as " + name + " has no place for it (it stays in the draft, and switching back brings it back):\n")
		writeShown(&b, stops)
	}
	if len(starts) > 0 {
		b.WriteString("\n\nStarts being sent, as " + name + " carries it:\n")
		writeShown(&b, starts)
	}
	d := &switchProviderDialog{to: p, question: question{
		title:   "Switch to " + name + "?",
		body:    b.String(),
		options: []string{"Keep " + e.provider.Info().Name, "Switch to " + name},
		danger:  len(stops) > 0 || e.draft.Remote().ID != "",
		wide:    true,
	}}
	return tea.Batch(applied, openDialog(d))
}

// switchProvider moves the draft to the provider chosen. The old provider's
// native document and remote link stay in the draft, keyed by provider, so
// switching back finds them again.
func (e *editorScreen) switchProvider(p agent.Provider) tea.Cmd {
	if p == nil {
		return nil
	}
	old := e.provider.Info().Name
	e.draft.Provider = p.Info().ID
	e.form, e.formFor = nil, ""
	e.setFocus(focusSidebar)
	e.setProvider(p)
	e.metaChanged = true
	return tea.Batch(e.flush(), notice("Switched from "+old+" to "+p.Info().Name+".", levelOK))
}

// providerPicked loads the provider picked to switch to, to show what it
// would not carry.
func (e *editorScreen) providerPicked(id string) tea.Cmd {
	e.switchReq = e.sh.nextID()
	return e.loadProvider(e.switchReq, id)
}

// writeShown lists labels one a line, all of them: the dialog scrolls.
func writeShown(b *strings.Builder, labels []string) {
	for _, l := range labels {
		b.WriteString("\n  " + l)
	}
}

// oneLine shortens a value to one line of at most n characters: runs of
// white space become one space. It reads no further than it shows, so a
// 200 KB prompt costs its first line.
func oneLine(s string, n int) string {
	out := make([]rune, 0, min(n+1, len(s)))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, r)
		if len(out) > n {
			break
		}
	}
	if len(out) > n {
		return string(out[:n-1]) + "…"
	}
	return string(out)
}
