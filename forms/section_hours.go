package forms

// hoursPages: the schedule's time zone and callbacks. The weekly windows and
// the gaps between callbacks are lists (see Lists).
func hoursPages() []page {
	return []page{
		{title: "Calling hours", paths: []string{"schedule.timezone"}},
		{title: "Call back", paths: []string{"callbacks.enabled"}},
		{title: "Call back", when: "callbacks.enabled", paths: []string{"callbacks.max_attempts"}},
	}
}
