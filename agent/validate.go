package agent

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones are checked on machines without a zoneinfo database too
)

// ValidateCommon checks a against the rules every provider shares and the
// limits caps declares. Providers call it from Validate and add their own.
// Fields the provider cannot carry come back as warnings.
func ValidateCommon(a *Agent, caps Capabilities) Problems {
	var ps Problems
	if strings.TrimSpace(a.Identity.Name) == "" {
		ps.Add("identity.name", "give the agent a name")
	}
	checkLeaves(a, caps, &ps)
	checkRequired(a, caps, &ps)
	if a.Identity.Language != "" && !languageTag.MatchString(a.Identity.Language) {
		ps.Add("identity.language", "use a language code like en, en-US or pt-BR")
	}
	checkTimezone("identity.timezone", a.Identity.Timezone, &ps)
	checkGreeting(a, &ps)
	checkSchedule(a.Schedule, &ps)
	checkCallbacks(a.Callbacks, &ps)
	checkTools(a.Tools, &ps)
	checkVariables(a.Variables, &ps)
	checkWebhook("webhooks.pre_call", a.Webhooks.PreCall, &ps)
	checkWebhook("webhooks.post_call", a.Webhooks.PostCall, &ps)
	for i, m := range a.MCP {
		p := fmt.Sprintf("mcp[%d]", i)
		if strings.TrimSpace(m.Name) == "" {
			ps.Add(p+".name", "give the server a name")
		}
		checkURL(p+".url", m.URL, true, &ps)
		if m.Transport != "" && m.Transport != "sse" && m.Transport != "streamable_http" {
			ps.Add(p+".transport", "choose sse or streamable_http")
		}
	}
	for _, f := range Unsupported(a, caps) {
		ps.Warn(f.Path, "this provider has no such setting, so it will not be sent")
	}
	return ps
}

var (
	languageTag = regexp.MustCompile(`^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$`)
	varName     = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
	clock       = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
)

// checkLeaves applies ranges, lengths, closed choice lists and patterns to
// every set leaf.
func checkLeaves(a *Agent, caps Capabilities, ps *Problems) {
	for _, f := range Flatten(a) {
		info, hasInfo := FieldByPath(f.Path)
		spec, supported := caps.Spec(f.Path)
		if !supported {
			continue
		}
		exact := hasInfo && info.Path == StripIndices(f.Path)
		if exact && (info.Kind == KindNumber || info.Kind == KindInteger) {
			checkNumber(a, f, info, spec, ps)
			continue
		}
		if spec.MaxLen > 0 && len([]rune(f.Value)) > spec.MaxLen {
			ps.Add(f.Path, "use at most %d characters", spec.MaxLen)
		}
		if spec.Closed && len(spec.Choices) > 0 && !hasChoice(spec.Choices, f.Value) {
			ps.Add(f.Path, "choose one of %s", choiceList(spec.Choices))
		}
		if spec.Pattern != "" {
			if re, err := regexp.Compile(spec.Pattern); err == nil && !re.MatchString(f.Value) {
				hint := spec.PatternHint
				if hint == "" {
					hint = "a value matching " + spec.Pattern
				}
				ps.Add(f.Path, "use %s", hint)
			}
		}
	}
}

func checkNumber(a *Agent, f FieldValue, info FieldInfo, spec FieldSpec, ps *Problems) {
	v, err := strconv.ParseFloat(f.Value, 64)
	if err != nil {
		ps.Add(f.Path, "use a number")
		return
	}
	lo, hi := info.Min, info.Max
	if spec.Min != nil || spec.Max != nil {
		lo, hi = spec.Min, spec.Max
	}
	if r, ok := spec.VendorRanges[vendorFor(a, f.Path)]; ok {
		lo, hi = &r.Min, &r.Max
	}
	if info.Kind == KindInteger && v != float64(int64(v)) {
		ps.Add(f.Path, "use a whole number")
		return
	}
	switch {
	case lo != nil && hi != nil && (v < *lo || v > *hi):
		ps.Add(f.Path, "use a number from %s to %s", fmtNum(*lo), fmtNum(*hi))
	case lo != nil && hi == nil && v < *lo:
		ps.Add(f.Path, "use a number of at least %s", fmtNum(*lo))
	case hi != nil && lo == nil && v > *hi:
		ps.Add(f.Path, "use a number no bigger than %s", fmtNum(*hi))
	}
}

func vendorFor(a *Agent, path string) string {
	switch {
	case strings.HasPrefix(path, "voice."):
		return a.Voice.Vendor
	case strings.HasPrefix(path, "llm."):
		return a.LLM.Vendor
	case strings.HasPrefix(path, "speech."):
		return a.Speech.Vendor
	}
	return ""
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func hasChoice(cs []Choice, v string) bool {
	for _, c := range cs {
		if c.Value == v {
			return true
		}
	}
	return false
}

func choiceList(cs []Choice) string {
	vals := make([]string, 0, len(cs))
	for _, c := range cs {
		vals = append(vals, c.Value)
	}
	if len(vals) > 8 {
		vals = append(vals[:8], "…")
	}
	return strings.Join(vals, ", ")
}

func checkRequired(a *Agent, caps Capabilities, ps *Problems) {
	set := map[string]bool{}
	for _, f := range Flatten(a) {
		if f.Value != "" {
			set[StripIndices(f.Path)] = true
		}
	}
	paths := make([]string, 0, len(caps.Fields))
	for path := range caps.Fields {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		spec := caps.Fields[path]
		if spec.Required && !set[path] && !isItemField(path) {
			ps.Add(path, "fill this in; this provider needs it")
		}
	}
}

// isItemField reports whether path is a leaf of list items (tools.name),
// which are checked per item, not once for the agent.
func isItemField(path string) bool {
	for _, list := range []string{"tools.", "mcp.", "variables.", "builtins.", "schedule.", "callbacks.gaps."} {
		if strings.HasPrefix(path, list) {
			return true
		}
	}
	return false
}

func checkTimezone(path, tz string, ps *Problems) {
	if tz == "" {
		return
	}
	if _, err := time.LoadLocation(tz); err != nil || tz == "Local" {
		ps.Add(path, "use a time zone name like Europe/London or America/New_York")
	}
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
			okStart, okEnd := clock.MatchString(w.Start), clock.MatchString(w.End)
			if !okStart {
				ps.Add(p+".start", "use a time like 09:00 (hours 00–23, minutes 00–59)")
			}
			if !okEnd {
				ps.Add(p+".end", "use a time like 17:30 (hours 00–23, minutes 00–59)")
			}
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
	if c.MaxAttempts != nil && *c.MaxAttempts < 0 {
		ps.Add("callbacks.max_attempts", "use a number of at least 0")
	}
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

func checkTools(tools []Tool, ps *Problems) {
	seen := map[string]int{}
	for i, t := range tools {
		p := fmt.Sprintf("tools[%d]", i)
		switch {
		case strings.TrimSpace(t.Name) == "":
			ps.Add(p+".name", "give the tool a name")
		default:
			if j, dup := seen[t.Name]; dup {
				ps.Add(p+".name", "tool %d already has this name; names must differ", j+1)
			}
			seen[t.Name] = i
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
			if !varName.MatchString(prm.Name) {
				ps.Add(pp+".name", "use letters, digits and _ only, not starting with a digit")
			} else if params[prm.Name] {
				ps.Add(pp+".name", "another parameter has this name; names must differ")
			}
			params[prm.Name] = true
			switch prm.Type {
			case "", "string", "number", "integer", "boolean", "object", "array":
			default:
				ps.Add(pp+".type", "choose string, number, integer, boolean, object or array")
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
		switch {
		case !varName.MatchString(v.Name):
			ps.Add(p, "use letters, digits and _ only, not starting with a digit")
		case seen[v.Name]:
			ps.Add(p, "another variable has this name; names must differ")
		}
		seen[v.Name] = true
	}
}

func checkWebhook(path string, w Webhook, ps *Problems) {
	if w.URL == "" {
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
	// ElevenLabs allows {placeholders} in tool URLs; they are not URL syntax.
	u, err := url.Parse(strings.NewReplacer("{", "", "}", "").Replace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		ps.Add(path, "enter a full web address, starting with https://")
	}
}
