package forms

import (
	"slices"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Calling hours set in one go: ready-made weeks, and one day's windows
// copied to other days, so a common week takes a few keys instead of
// fourteen windows typed one by one.

// HoursPreset is a ready-made week of calling hours.
type HoursPreset struct {
	Label string
	// Name is the preset in a few words, for a sentence.
	Name string
	days []string
	wins []agent.Window
}

var (
	weekdays = []string{"mon", "tue", "wed", "thu", "fri"}
	weekend  = []string{"sat", "sun"}
)

// HoursPresets are the ready-made weeks, in the order they are offered.
func HoursPresets() []HoursPreset {
	return []HoursPreset{
		{
			Label: "Office hours: Monday to Friday, 09:00–17:00", Name: "office hours", days: weekdays,
			wins: []agent.Window{{Start: "09:00", End: "17:00"}},
		},
		{
			Label: "Lunch break: Monday to Friday, 09:00–12:00 and 13:00–17:00", Name: "office hours with a lunch break", days: weekdays,
			wins: []agent.Window{{Start: "09:00", End: "12:00"}, {Start: "13:00", End: "17:00"}},
		},
		{
			Label: "Every day, 09:00–17:00", Name: "every day, 09:00–17:00", days: dayKeys,
			wins: []agent.Window{{Start: "09:00", End: "17:00"}},
		},
		{Label: "No calling hours on any day", Name: "no calling hours", days: nil},
	}
}

// Apply makes a's week the preset's: its days get the preset's windows and
// every other day none. The time zone stays as it is.
func (p HoursPreset) Apply(a *agent.Agent) {
	for _, d := range dayKeys {
		w := windowsOf(a, d)
		*w = nil
		for _, on := range p.days {
			if on == d {
				*w = append([]agent.Window(nil), p.wins...)
			}
		}
	}
}

// DayCopy is a set of days one day's hours can be copied to.
type DayCopy struct {
	Label string
	days  []string
}

// DayCopies are the sets of days a day's hours can be copied to.
func DayCopies() []DayCopy {
	return []DayCopy{
		{Label: "Monday to Friday", days: weekdays},
		{Label: "Every day", days: dayKeys},
		{Label: "Saturday and Sunday", days: weekend},
	}
}

// DayOfList is the day key of a weekly-hours list id ("schedule.mon" →
// "mon"), and whether the list is one.
func DayOfList(list string) (string, bool) {
	d, ok := strings.CutPrefix(list, "schedule.")
	return d, ok && slices.Contains(dayKeys, d)
}

// DayName names a day key for people ("mon" → "Monday").
func DayName(day string) string { return dayName(day) }

// Apply copies the windows of day from to each day of c (from itself
// keeps its own) and returns how many days changed hands.
func (c DayCopy) Apply(a *agent.Agent, from string) int {
	src := windowsOf(a, from)
	if src == nil {
		return 0
	}
	n := 0
	for _, d := range c.days {
		if d == from {
			continue
		}
		*windowsOf(a, d) = append([]agent.Window(nil), (*src)...)
		n++
	}
	return n
}
