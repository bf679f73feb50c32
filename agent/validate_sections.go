package agent

// Checks of the agent's sections and lists: time zones, greeting, calling
// hours, callbacks, tools, variables and webhooks.

import (
	"fmt"
	"regexp"
	"strings"
	_ "time/tzdata" // time zones are checked on machines without a zoneinfo database too
)

// toolName is what ElevenLabs and Dasha both accept, and what LLM
// function calling accepts everywhere (see reference/field-matrix.md).
// It applies only where the provider states no rule of its own
// (FieldSpec.Pattern of tools.name): ElevenLabs also allows hyphens.
var toolName = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]{0,63}$`)

func checkTimezone(path, tz string, ps *Problems) {
	if tz == "" {
		return
	}
	ps.rule(path, CheckTimeZone(tz))
}

func checkGreeting(a *Agent, ps *Problems) {
	switch a.Greeting.Who {
	case "", "agent", "user":
	default:
		ps.Add("greeting.who", "choose agent or user")
	}
}

// Days lists the schedule's days with their keys, Monday first.
func (s *Schedule) Days() []struct {
	Key     string
	Windows *[]Window
} {
	return []struct {
		Key     string
		Windows *[]Window
	}{{"mon", &s.Mon}, {"tue", &s.Tue}, {"wed", &s.Wed}, {"thu", &s.Thu}, {"fri", &s.Fri}, {"sat", &s.Sat}, {"sun", &s.Sun}}
}

// IsSet reports whether any calling hours are configured.
func (s Schedule) IsSet() bool {
	return len(s.Mon)+len(s.Tue)+len(s.Wed)+len(s.Thu)+len(s.Fri)+len(s.Sat)+len(s.Sun) > 0
}

func checkSchedule(s Schedule, ps *Problems) {
	checkTimezone("schedule.timezone", s.Timezone, ps)
	for _, d := range s.Days() {
		ws := *d.Windows
		for i, w := range ws {
			p := fmt.Sprintf("schedule.%s[%d]", d.Key, i)
			startErr, endErr := CheckClock(w.Start, "09:00"), CheckClock(w.End, "17:30")
			ps.rule(p+".start", startErr)
			ps.rule(p+".end", endErr)
			okStart, okEnd := startErr == nil, endErr == nil
			if !okStart || !okEnd {
				continue
			}
			if w.End <= w.Start {
				ps.Add(p, "ends before it starts; make the end later than %s", w.Start)
				continue
			}
			for j := 0; j < i; j++ {
				o := ws[j]
				if clock.MatchString(o.Start) && clock.MatchString(o.End) && w.Start < o.End && o.Start < w.End {
					ps.Add(p, "overlaps window %d of the same day; make them separate", j+1)
				}
			}
		}
	}
}

func checkCallbacks(c Callbacks, ps *Problems) {
	// callbacks.max_attempts has its range in the catalogue (checkLeaves).
	for i, g := range c.Gaps {
		p := fmt.Sprintf("callbacks.gaps[%d]", i)
		if g.Days < 0 || g.Days > 30 {
			ps.Add(p+".days", "use a number of days from 0 to 30")
		}
		if g.Hours < 0 || g.Hours > 23 {
			ps.Add(p+".hours", "use a number of hours from 0 to 23")
		}
	}
	if c.Enabled && c.MaxAttempts != nil && len(c.Gaps) > 0 && len(c.Gaps) != *c.MaxAttempts {
		ps.Warn("callbacks.gaps", "there are %d gaps for %d attempts; give one gap per attempt", len(c.Gaps), *c.MaxAttempts)
	}
}

var httpMethods = map[string]bool{"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true}

func checkTools(tools []Tool, caps Capabilities, ps *Problems) {
	// The provider's own pattern is checked with every other leaf
	// (checkLeaves), in its own words.
	spec, _ := caps.Spec("tools.name")
	ownRule := spec.Pattern != ""
	seen := map[string]int{}
	for i, t := range tools {
		p := fmt.Sprintf("tools[%d]", i)
		switch {
		case strings.TrimSpace(t.Name) == "":
			ps.Add(p+".name", "give the tool a name")
		default:
			if !ownRule && !toolName.MatchString(t.Name) {
				ps.Add(p+".name", "use up to 64 letters, digits and _, not starting with a digit, like lookup_order")
			}
			if j, dup := seen[t.Name]; dup {
				ps.Add(p+".name", "tool %d already has this name; names must differ", j+1)
			}
			seen[t.Name] = i
		}
		if t.TimeoutSeconds != nil && *t.TimeoutSeconds < 1 {
			ps.Add(p+".timeout_seconds", "use a number of seconds of at least 1")
		}
		if t.Retries != nil && *t.Retries < 0 {
			ps.Add(p+".retries", "use a number of at least 0")
		}
		if strings.TrimSpace(t.Description) == "" {
			ps.Add(p+".description", "say in a sentence what the tool does, so the agent knows when to use it")
		}
		checkURL(p+".url", t.URL, true, ps)
		if t.Method != "" && !httpMethods[t.Method] {
			ps.Add(p+".method", "choose GET, POST, PUT, PATCH or DELETE")
		}
		checkHeaders(p+".headers", t.Headers, ps)
		params := map[string]bool{}
		for k, prm := range t.Params {
			pp := fmt.Sprintf("%s.params[%d]", p, k)
			if err := CheckIdentifier(prm.Name); err != nil {
				ps.rule(pp+".name", err)
			} else if params[prm.Name] {
				ps.Add(pp+".name", "another parameter has this name; names must differ")
			}
			params[prm.Name] = true
			if prm.Type != "" && !hasChoice(ParamTypes, prm.Type) {
				ps.Add(pp+".type", "choose %s", choiceLabels(ParamTypes))
			}
			switch prm.In {
			case "", "path", "query", "body":
			default:
				ps.Add(pp+".in", "choose path, query or body")
			}
		}
	}
}

func checkHeaders(path string, hs []Header, ps *Problems) {
	for i, h := range hs {
		if strings.TrimSpace(h.Name) == "" {
			ps.Add(fmt.Sprintf("%s[%d].name", path, i), "give the header a name")
		}
	}
}

func checkVariables(vs []Variable, ps *Problems) {
	seen := map[string]bool{}
	for i, v := range vs {
		p := fmt.Sprintf("variables[%d].name", i)
		switch err := CheckIdentifier(v.Name); {
		case err != nil:
			ps.rule(p, err)
		case seen[v.Name]:
			ps.Add(p, "another variable has this name; names must differ")
		}
		seen[v.Name] = true
	}
}

func checkWebhook(path string, w Webhook, ps *Problems) {
	if w.URL == "" {
		// A webhook known by id (ElevenLabs) needs no address; one with other
		// settings but neither would be dropped without a word.
		if w.ID == "" && (w.Method != "" || len(w.Headers) > 0 || w.BodyTemplate != "" || w.TimeoutSeconds != nil) {
			ps.Add(path+".url", "enter the web address, starting with https://")
		}
		return
	}
	checkURL(path+".url", w.URL, false, ps)
	if w.Method != "" && !httpMethods[w.Method] {
		ps.Add(path+".method", "choose GET, POST, PUT, PATCH or DELETE")
	}
	if w.TimeoutSeconds != nil && (*w.TimeoutSeconds < 1 || *w.TimeoutSeconds > 300) {
		ps.Add(path+".timeout_seconds", "use a number from 1 to 300")
	}
	checkHeaders(path+".headers", w.Headers, ps)
}

func checkURL(path, raw string, required bool, ps *Problems) {
	if raw == "" {
		if required {
			ps.Add(path, "enter the web address, starting with https://")
		}
		return
	}
	ps.rule(path, CheckWebAddress(raw))
}
