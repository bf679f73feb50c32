package dasha

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Dasha's schedule gates outbound calls only: {timezone, mon…sun: [{start:
// {hour, minute}, end: {hour, minute}}]}, several windows a day for split
// shifts, no schedule meaning "any time". The model writes "HH:MM". Dasha
// counts hours 0–23, so a window cannot end at 24:00; 23:59 is the latest.

// scheduleZone is the zone the schedule is in: its own, or the agent's when
// the schedule names none.
func scheduleZone(a *agent.Agent) string {
	if a.Schedule.Timezone != "" {
		return a.Schedule.Timezone
	}
	return a.Identity.Timezone
}

func writeSchedule(root *object, a, base *agent.Agent) agent.Problems {
	var ps agent.Problems
	sch := root.Obj("schedule")
	created := false
	switch {
	case sch == nil && !a.Schedule.IsSet():
		return nil // no hours, and none before: Dasha calls any time
	case sch != nil && !a.Schedule.IsSet() && base.Schedule.IsSet():
		root.Delete("schedule") // the person removed every window
		return nil
	case sch == nil:
		sch, created = jsondoc.NewObject(), true
		root.Set("schedule", sch)
	}
	zone, wasZone := scheduleZone(a), scheduleZone(base)
	if created {
		wasZone = ""
	}
	putText(at(sch), "timezone", zone, wasZone, clearByDelete)

	days, wasDays := a.Schedule.Days(), base.Schedule.Days()
	for i, d := range days {
		windows, was := *d.Windows, *wasDays[i].Windows
		if !created && slices.Equal(windows, was) {
			continue
		}
		native := objects(sch.List(d.Key))
		out := make([]any, 0, len(windows))
		for k, w := range windows {
			var item *object
			var prev agent.Window
			if !created && k < len(native) && native[k] != nil {
				item, prev = jsondoc.Clone(native[k]).(*object), agent.Window{}
				if k < len(was) {
					prev = was[k]
				}
			} else {
				item = fresh(freshWindowJSON)
			}
			path := fmt.Sprintf("schedule.%s[%d]", d.Key, k)
			if w.Start != prev.Start {
				ps = append(ps, writeClock(item.Ensure("start"), w.Start, path+".start")...)
			}
			if w.End != prev.End {
				ps = append(ps, writeClock(item.Ensure("end"), w.End, path+".end")...)
			}
			out = append(out, item)
		}
		sch.Set(d.Key, out)
	}
	return ps
}

// writeClock puts "HH:MM" into {hour, minute}.
func writeClock(o *object, hhmm, path string) agent.Problems {
	h, m, ok := parseClock(hhmm)
	if !ok {
		var ps agent.Problems
		ps.Add(path, "%s", clockHint(hhmm))
		return ps
	}
	o.Set("hour", json.Number(strconv.Itoa(h)))
	o.Set("minute", json.Number(strconv.Itoa(m)))
	return nil
}

// parseClock reads "HH:MM" with hours 0–23 and minutes 0–59.
func parseClock(s string) (hour, minute int, ok bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// clockHint says in plain words how to write a time Dasha can store.
func clockHint(hhmm string) string {
	if hhmm == "24:00" {
		return "Dasha cannot store 24:00 (its hours run from 0 to 23); use 23:59 for the end of the day"
	}
	return "use a time like 09:00 or 17:30 (hours 00–23, minutes 00–59)"
}
