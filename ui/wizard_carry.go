package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// carryColumns are what the provider step of the wizard compares, each by
// the model path whose support (or any field under it) decides the mark.
var carryColumns = []struct{ title, path string }{
	{"Prompt", "llm.prompt"},
	{"Greeting", "greeting.text"},
	{"Hours", "schedule"},
	{"Tools", "tools"},
	{"Variables", "variables"},
	{"Speech", "speech"},
	{"Turns", "turn"},
}

// carryRow is one provider's marks, read from its capabilities.
type carryRow struct {
	id, name string
	carries  []bool
}

// carryRows reads what each provider can carry, where providers can be
// built offline; nil where they cannot.
func carryRows(ps Providers, infos []agent.ProviderInfo) []carryRow {
	if ps == nil {
		return nil
	}
	var rows []carryRow
	for _, info := range infos {
		p := offlineProvider(ps, info.ID)
		if p == nil {
			return nil
		}
		caps := p.Capabilities()
		row := carryRow{id: info.ID, name: info.Name}
		for _, c := range carryColumns {
			row.carries = append(row.carries, caps.Carries(c.path))
		}
		rows = append(rows, row)
	}
	return rows
}

// carryTable draws the rows as a table of marks, the chosen provider's row
// marked, at most width columns wide; then a plain line on what the chosen
// provider's API cannot set, where that is the prompt.
func (w *wizardScreen) carryTable(width int) []string {
	if len(w.carry) == 0 {
		return nil
	}
	st := w.sh.theme.Styles.App
	nameW := 0
	for _, r := range w.carry {
		nameW = max(nameW, lipgloss.Width(r.name))
	}
	cols := 0
	for _, c := range carryColumns {
		cols += 2 + lipgloss.Width(c.title)
	}
	nameW = min(nameW, max(width-2-cols, 8))
	head := "  " + pad("", nameW)
	for _, c := range carryColumns {
		head += "  " + c.title
	}
	lines := []string{st.Muted.Render(truncate(head, width))}
	var chosen *carryRow
	for i, r := range w.carry {
		mark := "  "
		if r.id == w.provider {
			mark, chosen = "› ", &w.carry[i]
		}
		line := mark + pad(truncate(r.name, nameW), nameW)
		for k, c := range carryColumns {
			cell := "–"
			if r.carries[k] {
				cell = "✓"
			}
			line += "  " + pad(cell, lipgloss.Width(c.title))
		}
		lines = append(lines, st.Text.Render(strings.TrimRight(line, " ")))
	}
	lines = append(lines, st.Muted.Render(truncate("  ✓ agentdeck can set it   – the provider's API cannot", width)))
	if chosen != nil && !chosen.carries[0] {
		lines = append(lines, "", st.Warning.Render(wrap(chosen.name+"'s API sets no prompt: agentdeck cannot send one, so you write it in "+chosen.name+"'s own dashboard.", width)))
	}
	return lines
}
