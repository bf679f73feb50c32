package agent

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// ValidateCommon checks a against the rules every provider shares and the
// limits caps declares. Providers call it from Validate and add their own.
// Fields the provider cannot carry come back as warnings.
func ValidateCommon(a *Agent, caps Capabilities) Problems {
	var ps Problems
	if strings.TrimSpace(a.Identity.Name) == "" {
		ps.Add("identity.name", "give the agent a name")
	}
	if bad := nonFinite(a); len(bad) > 0 {
		// Every other check needs the agent as JSON, which these numbers
		// stop; they come first.
		for _, path := range bad {
			ps.Add(path, "use an ordinary number; this one is too large or not a number")
		}
		return ps
	}
	leaves := Flatten(a)
	checkLeaves(a, leaves, caps, &ps)
	checkRequired(leaves, caps, &ps)
	if a.Identity.Language != "" {
		ps.rule("identity.language", CheckLanguageTag(a.Identity.Language))
	}
	checkTimezone("identity.timezone", a.Identity.Timezone, &ps)
	checkGreeting(a, &ps)
	checkSettings(a, caps, &ps)
	checkSchedule(a.Schedule, &ps)
	checkCallbacks(a.Callbacks, &ps)
	checkTools(a.Tools, caps, &ps)
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
		checkHeaders(p+".headers", m.Headers, &ps)
	}
	// A setting the provider cannot carry is not sent, so it cannot stop a
	// push to that provider: it gets the warning below instead of errors.
	ps = carried(ps, caps)
	// No form of this provider shows such a field, so the warning is marked
	// for the review to offer clearing it instead of a field to land on.
	for _, path := range unsupportedGroups(leaves, caps) {
		ps.Warn(path, "this provider has no such setting, so it will not be sent")
		ps[len(ps)-1].NotCarried = true
	}
	return ps
}

// carried keeps the problems about fields caps supports. The agent's name is
// always kept: it also names the draft.
func carried(ps Problems, caps Capabilities) Problems {
	out := ps[:0]
	for _, p := range ps {
		if p.Path == "identity.name" || caps.Supports(p.Path) {
			out = append(out, p)
		}
	}
	return out
}

// checkLeaves applies ranges, lengths, closed choice lists and patterns to
// every set leaf.
func checkLeaves(a *Agent, leaves []FieldValue, caps Capabilities, ps *Problems) {
	for _, f := range leaves {
		if strings.HasPrefix(f.Path, SettingsPrefix) {
			continue // checkSettings knows their kinds
		}
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
		checkVendorChoice(a, f, spec, ps)
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

// checkVendorChoice refuses a value that one of the field's vendor lists
// names but the chosen vendor's does not: sending it would pair, say, a Rime
// voice with Cartesia.
func checkVendorChoice(a *Agent, f FieldValue, spec FieldSpec, ps *Problems) {
	if len(spec.VendorChoices) == 0 || f.Value == "" {
		return
	}
	vendor := vendorFor(a, f.Path)
	if vendor == "" {
		vendor = spec.VendorDefault
	}
	if hasChoice(spec.VendorChoices[vendor], f.Value) {
		return
	}
	owners := make([]string, 0, 1)
	for v, cs := range spec.VendorChoices {
		if hasChoice(cs, f.Value) {
			owners = append(owners, v)
		}
	}
	if len(owners) == 0 {
		return // a value no list knows: typed on purpose, sent as it is
	}
	sort.Strings(owners)
	ps.Add(f.Path, "%s belongs to %s, not %s: choose one for %s, or set the vendor back to %s",
		f.Value, strings.Join(owners, " or "), vendor, vendor, owners[0])
}

func checkNumber(a *Agent, f FieldValue, info FieldInfo, spec FieldSpec, ps *Problems) {
	v, err := strconv.ParseFloat(f.Value, 64)
	if err != nil {
		ps.Add(f.Path, "use a number")
		return
	}
	// A provider's bound narrows only the neutral bound it sets: a provider
	// that declares just a maximum keeps the neutral minimum.
	lo, hi := info.Min, info.Max
	if spec.Min != nil {
		lo = spec.Min
	}
	if spec.Max != nil {
		hi = spec.Max
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

// choiceList names a closed list's values for a problem: all of them when
// they are few, else how many and the first few, so the sentence never
// trails off.
func choiceList(cs []Choice) string {
	vals := make([]string, 0, len(cs))
	for _, c := range cs {
		vals = append(vals, c.Value)
	}
	if len(vals) > 8 {
		return fmt.Sprintf("the %d in the list, such as %s", len(vals), strings.Join(vals[:3], ", "))
	}
	return strings.Join(vals, ", ")
}

// choiceLabels lists choices by the words people read for them: "Text,
// Number or List".
func choiceLabels(cs []Choice) string {
	words := make([]string, len(cs))
	for i, c := range cs {
		words[i] = c.Label
		if words[i] == "" {
			words[i] = c.Value
		}
	}
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func checkRequired(leaves []FieldValue, caps Capabilities, ps *Problems) {
	// A section or list (voice, tools) counts as set when any leaf under it is.
	set := map[string]bool{}
	for _, f := range leaves {
		if f.Value == "" {
			continue
		}
		for p := StripIndices(f.Path); p != ""; {
			set[p] = true
			i := lastDot(p)
			if i < 0 {
				break
			}
			p = p[:i]
		}
	}
	reported := map[string]bool{}
	for _, p := range *ps {
		reported[p.Path] = true
	}
	paths := make([]string, 0, len(caps.Fields))
	for path := range caps.Fields {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		spec := caps.Fields[path]
		if spec.Required && !set[path] && !reported[path] && !isItemField(path) {
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
