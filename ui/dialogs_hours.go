package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/forms"
)

// The calling-hours questions: which ready-made week to use, and which
// days to copy one day's hours to. Their answers go to the editor
// (editor_hours.go).

// hoursPresetDialog offers the ready-made weeks of calling hours.
type hoursPresetDialog struct{ pickOne[forms.HoursPreset] }

// hoursPresetMsg is the ready-made week chosen.
type hoursPresetMsg struct{ preset forms.HoursPreset }

func newHoursPresetDialog() *hoursPresetDialog {
	return &hoursPresetDialog{newPickOne(question{
		title: "Ready-made calling hours",
		body:  "The week you pick replaces the hours of every day; the time zone stays.",
	}, forms.HoursPresets(),
		func(p forms.HoursPreset) string { return p.Label },
		func(p forms.HoursPreset) tea.Msg { return hoursPresetMsg{preset: p} },
		"Cancel")}
}

// copyDayDialog asks which days get one day's calling hours.
type copyDayDialog struct{ pickOne[forms.DayCopy] }

// copyDayMsg is the answer: copy day from's hours to the days of to.
type copyDayMsg struct {
	from string
	to   forms.DayCopy
}

func newCopyDayDialog(from string) *copyDayDialog {
	return &copyDayDialog{newPickOne(question{
		title: "Copy " + forms.DayName(from) + "'s hours to…",
		body:  "The days you pick get the same hours as " + forms.DayName(from) + "; what they had is replaced.",
	}, forms.DayCopies(),
		func(c forms.DayCopy) string { return c.Label },
		func(c forms.DayCopy) tea.Msg { return copyDayMsg{from: from, to: c} },
		"Cancel")}
}
