package forms

import (
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Lists returns the item lists shown in a section, with title and help,
// only those caps supports, in the order the editor shows them.
func Lists(sectionID string, caps agent.Capabilities) []ListInfo {
	var candidates []ListInfo
	switch sectionID {
	case agent.SectionHours:
		for _, d := range dayKeys {
			candidates = append(candidates, ListInfo{
				ID: "schedule." + d, Title: dayName(d) + " hours",
				Help: "When the agent may call on " + dayName(d) + "; two windows make a split shift.",
			})
		}
		candidates = append(candidates, catalogueList("callbacks.gaps", "Callback gaps"))
	case agent.SectionTools:
		candidates = append(candidates, catalogueList("tools", ""))
		if caps.Supports("builtins.instructions") {
			candidates = append(candidates, ListInfo{
				ID: "builtins", Title: "Built-in tools",
				Help: "The built-in tools one by one, each with your own instructions.",
			})
		}
		candidates = append(candidates, catalogueList("mcp", ""))
	case agent.SectionVariables:
		candidates = append(candidates, catalogueList("variables", ""),
			ListInfo{ID: "webhooks.pre_call.headers", Title: "Before-call webhook headers", Help: headersHelp},
			ListInfo{ID: "webhooks.post_call.headers", Title: "After-call webhook headers", Help: headersHelp})
	}
	candidates = append(candidates, settingLists(sectionID, caps)...)
	return supportedLists(candidates, caps)
}

// ItemLists returns the lists inside item i of a list (a tool's parameters
// and headers, an MCP server's headers), only those caps supports.
func ItemLists(list string, i int, caps agent.Capabilities) []ListInfo {
	prefix := fmt.Sprintf("%s[%d]", list, i)
	var candidates []ListInfo
	switch list {
	case "tools":
		candidates = []ListInfo{
			{ID: prefix + ".params", Title: "Parameters", Help: "What the agent fills in when it calls the tool."},
			{ID: prefix + ".headers", Title: "Headers", Help: headersHelp},
		}
	case "mcp":
		candidates = []ListInfo{{ID: prefix + ".headers", Title: "Headers", Help: headersHelp}}
	}
	// A provider setting's records may hold lists of their own.
	if s, ok := caps.Setting(list); ok && strings.HasPrefix(list, agent.SettingsPrefix) {
		for _, f := range s.Items {
			if f.Kind == agent.KindItems && f.ReadOnly == "" {
				candidates = append(candidates, ListInfo{ID: prefix + "." + f.Key, Title: f.Label, Help: f.Help})
			}
		}
	}
	return supportedLists(candidates, caps)
}

const headersHelp = "Headers sent with each request; keys and tokens go in Secret value."

func catalogueList(path, title string) ListInfo {
	info, _ := agent.FieldByPath(path)
	if title == "" {
		title = info.Label
	}
	return ListInfo{ID: path, Title: title, Help: info.Help}
}

func supportedLists(candidates []ListInfo, caps agent.Capabilities) []ListInfo {
	var out []ListInfo
	for _, l := range candidates {
		if supportsList(caps, l.ID) {
			spec, _ := caps.Spec(l.ID)
			l.Max = spec.MaxItems
			out = append(out, l)
		}
	}
	return out
}

// supportsList reports whether caps carries the list: the list itself, a
// parent of it, or any field inside its items.
func supportsList(caps agent.Capabilities, list string) bool {
	p := agent.StripIndices(list)
	if caps.Supports(p) {
		return true
	}
	for key := range caps.Fields {
		if strings.HasPrefix(key, p+".") {
			return true
		}
	}
	return false
}
