package forms

import (
	"reflect"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestHoursPresetReplacesTheWeekAndKeepsTheTimeZone(t *testing.T) {
	t.Parallel()
	a := agent.Agent{Schedule: agent.Schedule{Timezone: "Europe/Berlin", Sun: []agent.Window{{Start: "10:00", End: "11:00"}}}}
	var lunch HoursPreset
	for _, p := range HoursPresets() {
		if p.Name == "office hours with a lunch break" {
			lunch = p
		}
	}
	lunch.Apply(&a)
	want := []agent.Window{{Start: "09:00", End: "12:00"}, {Start: "13:00", End: "17:00"}}
	s := a.Schedule
	for i, day := range [][]agent.Window{s.Mon, s.Tue, s.Wed, s.Thu, s.Fri} {
		if !reflect.DeepEqual(day, want) {
			t.Errorf("weekday %d holds %v, want %v", i, day, want)
		}
	}
	if len(s.Sat)+len(s.Sun) != 0 || s.Timezone != "Europe/Berlin" {
		t.Errorf("weekend %v %v, time zone %q", s.Sat, s.Sun, s.Timezone)
	}
	// Each day holds its own copy: changing Monday leaves Tuesday.
	a.Schedule.Mon[0].Start = "08:00"
	if a.Schedule.Tue[0].Start != "09:00" {
		t.Fatal("the days share one slice")
	}
	HoursPresets()[len(HoursPresets())-1].Apply(&a)
	if a.Schedule.IsSet() {
		t.Fatalf("no calling hours left %+v", a.Schedule)
	}
}

func TestDayCopyCopiesOneDayToTheOthers(t *testing.T) {
	t.Parallel()
	mon := []agent.Window{{Start: "09:00", End: "17:00"}}
	a := agent.Agent{Schedule: agent.Schedule{Mon: mon, Sat: []agent.Window{{Start: "10:00", End: "12:00"}}}}
	copies := DayCopies()
	if n := copies[0].Apply(&a, "mon"); n != 4 {
		t.Fatalf("Monday to Friday changed %d days, want 4", n)
	}
	s := a.Schedule
	if !reflect.DeepEqual(s.Fri, mon) || len(s.Sat) != 1 || len(s.Sun) != 0 {
		t.Fatalf("after copying to weekdays: %+v", s)
	}
	if n := copies[1].Apply(&a, "mon"); n != 6 || !reflect.DeepEqual(a.Schedule.Sun, mon) {
		t.Fatalf("every day changed %d days: %+v", n, a.Schedule)
	}
	if d, ok := DayOfList("schedule.wed"); !ok || d != "wed" || DayName(d) != "Wednesday" {
		t.Fatalf("DayOfList(schedule.wed) = %q, %v", d, ok)
	}
	if _, ok := DayOfList("callbacks.gaps"); ok {
		t.Fatal("callbacks.gaps taken for a day")
	}
}
