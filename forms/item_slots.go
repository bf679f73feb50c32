package forms

import (
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// itemSlot returns the slot of one field (leaf) of item i of list. The item
// is looked up again at every read and write, so a slot never holds on to a
// slice that a list operation has since replaced.
func itemSlot(list string, i int, leaf string) (slot, bool) {
	type A = agent.Agent
	switch listKind(list) {
	case "tools":
		return fieldSlot(func(a *A) *agent.Tool { return &a.Tools[i] }, leaf)
	case "params":
		t := parentIndex(list)
		return fieldSlot(func(a *A) *agent.Param { return &a.Tools[t].Params[i] }, leaf)
	case "headers":
		return fieldSlot(func(a *A) *agent.Header { return headerAt(a, list, i) }, leaf)
	case "builtins":
		return fieldSlot(func(a *A) *agent.BuiltinTool { return &a.Builtins[i] }, leaf)
	case "mcp":
		return fieldSlot(func(a *A) *agent.MCPServer { return &a.MCP[i] }, leaf)
	case "variables":
		return fieldSlot(func(a *A) *agent.Variable { return &a.Variables[i] }, leaf)
	case "window":
		day := strings.TrimPrefix(list, "schedule.")
		return fieldSlot(func(a *A) *agent.Window { return &(*windowsOf(a, day))[i] }, leaf)
	case "gaps":
		return fieldSlot(func(a *A) *agent.Gap { return &a.Callbacks.Gaps[i] }, leaf)
	}
	return slot{}, false
}

// headersOf returns the header list a list id names, or nil.
func headersOf(a *agent.Agent, list string) *[]agent.Header {
	switch list {
	case "webhooks.pre_call.headers":
		return &a.Webhooks.PreCall.Headers
	case "webhooks.post_call.headers":
		return &a.Webhooks.PostCall.Headers
	}
	m := nestedList.FindStringSubmatch(list)
	if m == nil || m[3] != "headers" {
		return nil
	}
	i, _ := strconv.Atoi(m[2])
	switch {
	case m[1] == "tools" && i < len(a.Tools):
		return &a.Tools[i].Headers
	case m[1] == "mcp" && i < len(a.MCP):
		return &a.MCP[i].Headers
	}
	return nil
}

// headerAt returns header i of a header list, or nil.
func headerAt(a *agent.Agent, list string, i int) *agent.Header {
	hs := headersOf(a, list)
	if hs == nil || i < 0 || i >= len(*hs) {
		return nil
	}
	return &(*hs)[i]
}

func windowsOf(a *agent.Agent, day string) *[]agent.Window {
	for _, d := range a.Schedule.Days() {
		if d.Key == day {
			return d.Windows
		}
	}
	return nil
}

// parentIndex returns the parent item's index of a nested list id
// ("tools[2].params" → 2).
func parentIndex(list string) int {
	if m := nestedList.FindStringSubmatch(list); m != nil {
		i, _ := strconv.Atoi(m[2])
		return i
	}
	return -1
}
