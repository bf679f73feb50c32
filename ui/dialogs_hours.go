package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/forms"
)

// The calling-hours questions: which ready-made week to use, and which
// days to copy one day's hours to. Their answers go to the editor
// (editor_hours.go).

// hoursPresetDialog offers the ready-made weeks of calling hours.
type hoursPresetDialog struct {
	question
	presets []forms.HoursPreset
}

// hoursPresetMsg is the ready-made week chosen.
type hoursPresetMsg struct{ preset forms.HoursPreset }

func newHoursPresetDialog() *hoursPresetDialog {
	d := &hoursPresetDialog{presets: forms.HoursPresets(), question: question{
		title: "Ready-made calling hours",
		body:  "The week you pick replaces the hours of every day; the time zone stays.",
	}}
	for _, p := range d.presets {
		d.options = append(d.options, p.Label)
	}
	d.options = append(d.options, "Cancel")
	return d
}

func (d *hoursPresetDialog) menu() *question { return &d.question }

func (d *hoursPresetDialog) answer(choice int) tea.Msg {
	if choice < 0 || choice >= len(d.presets) {
		return nil
	}
	return hoursPresetMsg{preset: d.presets[choice]}
}

// copyDayDialog asks which days get one day's calling hours.
type copyDayDialog struct {
	question
	from   string
	copies []forms.DayCopy
}

// copyDayMsg is the answer: copy day from's hours to the days of to.
type copyDayMsg struct {
	from string
	to   forms.DayCopy
}

func newCopyDayDialog(from string) *copyDayDialog {
	d := &copyDayDialog{from: from, copies: forms.DayCopies(), question: question{
		title: "Copy " + forms.DayName(from) + "'s hours to…",
		body:  "The days you pick get the same hours as " + forms.DayName(from) + "; what they had is replaced.",
	}}
	for _, c := range d.copies {
		d.options = append(d.options, c.Label)
	}
	d.options = append(d.options, "Cancel")
	return d
}

func (d *copyDayDialog) menu() *question { return &d.question }

func (d *copyDayDialog) answer(choice int) tea.Msg {
	if choice < 0 || choice >= len(d.copies) {
		return nil
	}
	return copyDayMsg{from: d.from, to: d.copies[choice]}
}
