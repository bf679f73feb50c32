package agent

import (
	"strconv"
	"strings"
)

// Names of fields for people. A path is the model's (tools[1].params[0].name);
// a label never shows it: "Tool 2 › parameter 1 › Name", or with the agent at
// hand, by the items' own names: "Tool “lookup_order” › parameter “date” ›
// Name", and a window of the calling hours by its day and times: "Wednesday
// 13:00–17:00 › Closes".

// itemNouns names one item of each list, by its index-free path.
var itemNouns = map[string]string{
	"tools":                      "Tool",
	"tools.params":               "parameter",
	"tools.headers":              "header",
	"builtins":                   "Built-in tool",
	"mcp":                        "MCP server",
	"mcp.headers":                "header",
	"variables":                  "Variable",
	"callbacks.gaps":             "Wait",
	"webhooks.pre_call.headers":  "before-call header",
	"webhooks.post_call.headers": "after-call header",
}

// Label names a field path for people: "Voice › Speed", "Tool 2 › Address",
// "Wednesday window 2 › Closes".
func Label(path string) string { return LabelIn(nil, path) }

// LabelIn is Label with the items of a named by their names and a schedule
// window by its times; a may be nil.
func LabelIn(a *Agent, path string) string {
	if path == "" {
		return "The agent"
	}
	if strings.HasPrefix(path, SettingsPrefix) {
		return settingLabel(path)
	}
	if f, ok := FieldByPath(path); ok && f.Path == StripIndices(path) && !strings.HasSuffix(path, "]") {
		return sectionTitle(f.Section) + " › " + f.Label
	}
	if !strings.Contains(path, "[") {
		if f, ok := FieldInfoOf(path); ok {
			if sec, found := FieldByPath(path); found {
				return sectionTitle(sec.Section) + " › " + f.Label
			}
			return f.Label
		}
	}
	return itemLabel(a, path)
}

// itemLabel names a path inside list items, part by part.
func itemLabel(a *Agent, path string) string {
	segs := splitPath(path)
	var parts []string
	key := ""  // the index-free path so far
	last := "" // the last name segment
	for i := 0; i < len(segs); i++ {
		seg := segs[i]
		n, err := strconv.Atoi(seg)
		if err != nil {
			if key != "" {
				key += "."
			}
			key += seg
			last = seg
			continue
		}
		parts = append(parts, itemName(a, path, segs[:i], key, last, n))
		last = ""
	}
	if last != "" {
		parts = append(parts, leafLabel(path, last))
	}
	if len(parts) == 0 {
		return humanize(path)
	}
	return strings.Join(parts, " › ")
}

// itemName names item n of the list at key (index-free) whose own path is
// segs: by its name where a is given and the item has one, else by number.
func itemName(a *Agent, path string, segs []string, key, last string, n int) string {
	if day := strings.TrimPrefix(key, "schedule."); day != key && DayName(day) != day {
		if w, ok := windowAt(a, day, n); ok {
			return DayName(day) + " " + w.Start + "–" + w.End
		}
		return DayName(day) + " window " + strconv.Itoa(n+1)
	}
	noun, ok := itemNouns[key]
	if !ok {
		noun = leafLabel(path, last)
	}
	if name := nameOf(a, segs, n); name != "" {
		return noun + " “" + name + "”"
	}
	return noun + " " + strconv.Itoa(n+1)
}

func windowAt(a *Agent, day string, n int) (Window, bool) {
	if a == nil {
		return Window{}, false
	}
	for _, d := range a.Schedule.Days() {
		if d.Key == day && n < len(*d.Windows) {
			w := (*d.Windows)[n]
			return w, w.Start != "" && w.End != ""
		}
	}
	return Window{}, false
}

// nameOf is the name people gave the item at segs[n] of a, or "".
func nameOf(a *Agent, segs []string, n int) string {
	if a == nil || len(segs) == 0 {
		return ""
	}
	switch StripIndices(strings.Join(segs, ".")) {
	case "tools":
		if n < len(a.Tools) {
			return a.Tools[n].Name
		}
	case "builtins":
		if n < len(a.Builtins) {
			return strings.ReplaceAll(a.Builtins[n].Kind, "_", " ")
		}
	case "mcp":
		if n < len(a.MCP) {
			return a.MCP[n].Name
		}
	case "variables":
		if n < len(a.Variables) {
			return a.Variables[n].Name
		}
	}
	// Lists inside a tool: its parameters and headers.
	if len(segs) == 3 && segs[0] == "tools" {
		t, err := strconv.Atoi(segs[1])
		if err != nil || t >= len(a.Tools) {
			return ""
		}
		switch segs[2] {
		case "params":
			if n < len(a.Tools[t].Params) {
				return a.Tools[t].Params[n].Name
			}
		case "headers":
			if n < len(a.Tools[t].Headers) {
				return a.Tools[t].Headers[n].Name
			}
		}
	}
	return ""
}

// leafLabel is the catalogue's label of path, a leaf whose last name is
// last, or that name in plain letters.
func leafLabel(path, last string) string {
	if f, ok := FieldInfoOf(path); ok && strings.HasSuffix(StripIndices(path), "."+last) {
		return f.Label
	}
	return humanize(last)
}

// humanize turns a name like timeout_seconds into "timeout seconds".
func humanize(name string) string {
	name = StripIndices(name)
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	return strings.ReplaceAll(name, "_", " ")
}

// SwitchLoss says, in labels, what a move of a from one provider's
// capabilities to another's changes in what is sent: the settings that stop
// being sent (each part named once, at the highest level the new provider
// lacks: "Tools › Webhook tools", not every parameter) and those set in the
// draft that the old provider left out and the new one sends.
func SwitchLoss(a *Agent, from, to Capabilities) (stops, starts []string) {
	leaves := Flatten(a)
	seen := map[string]bool{}
	for _, g := range unsupportedGroups(leaves, to) {
		if l := LabelIn(a, g); !seen[l] {
			seen[l] = true
			stops = append(stops, l)
		}
	}
	for _, g := range unsupportedGroups(leaves, from) {
		if to.Supports(g) {
			if l := LabelIn(a, g); !seen[l] {
				seen[l] = true
				starts = append(starts, l)
			}
		}
	}
	return stops, starts
}
