package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// Fewer keys for common work in the editor: going straight to a section by
// its number, the first and last line, ready-made calling hours and one
// day's hours copied to other days.

// jumpTarget is the section index a digit key names: 1 is the first
// section, 0 the tenth; false when the key names none.
func jumpTarget(msg tea.KeyPressMsg) (int, bool) {
	k := msg.String()
	if len(k) == len("alt+1") && k[:4] == "alt+" {
		k = k[4:]
	}
	if len(k) != 1 || k[0] < '0' || k[0] > '9' {
		return 0, false
	}
	i := int(k[0]-'0') - 1
	if i < 0 {
		i = 9
	}
	return i, i < len(agent.Sections)
}

// jump puts the sidebar cursor on section sec, with its lists open,
// keeping what an open form holds, as esc would.
func (e *editorScreen) jump(sec int) tea.Cmd {
	var cmd tea.Cmd
	if e.form != nil {
		cmd = tea.Batch(e.applyForm(), e.flush())
	}
	e.form, e.formFor = nil, ""
	e.items.reset()
	e.side.goToSection(sec)
	e.setFocus(focusSidebar)
	return cmd
}

// navKey handles the keys the sidebar and the items pane share: a section
// by its number, and the ready-made hours. ok is false for other keys.
func (e *editorScreen) navKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	if key.Matches(msg, e.keys.Jump) {
		if sec, ok := jumpTarget(msg); ok {
			return e.jump(sec), true
		}
	}
	if key.Matches(msg, e.keys.Hours) && e.hoursHere() {
		return openDialog(newHoursPresetDialog()), true
	}
	return nil, false
}

// hoursHere reports whether the ready-made hours are offered: on the
// calling-hours section or one of its days, when the provider carries
// weekly hours.
func (e *editorScreen) hoursHere() bool {
	if e.cursorEntry().section != agent.SectionHours {
		return false
	}
	return slices.ContainsFunc(forms.Lists(agent.SectionHours, e.caps), func(l forms.ListInfo) bool {
		_, ok := forms.DayOfList(l.ID)
		return ok
	})
}

// copyDayHere is the day whose list the items pane shows, if it shows one.
func (e *editorScreen) copyDayHere() (string, bool) {
	if e.items.nested() {
		return "", false
	}
	l, ok := e.currentList()
	if !ok {
		return "", false
	}
	return forms.DayOfList(l.ID)
}

// applyHoursPreset makes the draft's week the ready-made one chosen.
func (e *editorScreen) applyHoursPreset(p forms.HoursPreset) tea.Cmd {
	e.dropKeptItems()
	p.Apply(&e.draft.Agent)
	e.items.pos = 0
	e.revalidate()
	return tea.Batch(e.changed(), notice("Calling hours set to "+p.Name+".", levelOK))
}

// copyDay copies one day's hours to the days chosen.
func (e *editorScreen) copyDay(msg copyDayMsg) tea.Cmd {
	e.dropKeptItems()
	n := msg.to.Apply(&e.draft.Agent, msg.from)
	e.revalidate()
	return tea.Batch(e.changed(), notice("Copied "+forms.DayName(msg.from)+"'s hours to "+plural(n, "day", "days")+".", levelOK))
}
