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
		return toolSlot(func(a *A) *agent.Tool { return &a.Tools[i] }, leaf)
	case "params":
		t := parentIndex(list)
		return paramSlot(func(a *A) *agent.Param { return &a.Tools[t].Params[i] }, leaf)
	case "headers":
		return headerSlot(func(a *A) *agent.Header { return headerAt(a, list, i) }, leaf)
	case "builtins":
		b := func(a *A) *agent.BuiltinTool { return &a.Builtins[i] }
		switch leaf {
		case "kind":
			return textSlot(func(a *A) *string { return &b(a).Kind }), true
		case "instructions":
			return textSlot(func(a *A) *string { return &b(a).Instructions }), true
		}
	case "mcp":
		return mcpSlot(func(a *A) *agent.MCPServer { return &a.MCP[i] }, leaf)
	case "variables":
		v := func(a *A) *agent.Variable { return &a.Variables[i] }
		switch leaf {
		case "name":
			return textSlot(func(a *A) *string { return &v(a).Name }), true
		case "value":
			return textSlot(func(a *A) *string { return &v(a).Value }), true
		}
	case "window":
		day := strings.TrimPrefix(list, "schedule.")
		w := func(a *A) *agent.Window { return &(*windowsOf(a, day))[i] }
		switch leaf {
		case "start":
			return textSlot(func(a *A) *string { return &w(a).Start }), true
		case "end":
			return textSlot(func(a *A) *string { return &w(a).End }), true
		}
	case "gaps":
		g := func(a *A) *agent.Gap { return &a.Callbacks.Gaps[i] }
		switch leaf {
		case "days":
			return plainIntSlot(func(a *A) *int { return &g(a).Days }), true
		case "hours":
			return plainIntSlot(func(a *A) *int { return &g(a).Hours }), true
		}
	}
	return slot{}, false
}

func toolSlot(t func(a *agent.Agent) *agent.Tool, leaf string) (slot, bool) {
	type A = agent.Agent
	switch leaf {
	case "name":
		return textSlot(func(a *A) *string { return &t(a).Name }), true
	case "description":
		return textSlot(func(a *A) *string { return &t(a).Description }), true
	case "url":
		return textSlot(func(a *A) *string { return &t(a).URL }), true
	case "method":
		return textSlot(func(a *A) *string { return &t(a).Method }), true
	case "body_template":
		return textSlot(func(a *A) *string { return &t(a).BodyTemplate }), true
	case "timeout_seconds":
		return intSlot(func(a *A) **int { return &t(a).TimeoutSeconds }), true
	case "retries":
		return intSlot(func(a *A) **int { return &t(a).Retries }), true
	case "fallback_result":
		return textSlot(func(a *A) *string { return &t(a).FallbackResult }), true
	case "enabled":
		return triSlot(func(a *A) **bool { return &t(a).Enabled }), true
	}
	return slot{}, false
}

func paramSlot(p func(a *agent.Agent) *agent.Param, leaf string) (slot, bool) {
	type A = agent.Agent
	switch leaf {
	case "name":
		return textSlot(func(a *A) *string { return &p(a).Name }), true
	case "type":
		return textSlot(func(a *A) *string { return &p(a).Type }), true
	case "description":
		return textSlot(func(a *A) *string { return &p(a).Description }), true
	case "required":
		return boolSlot(func(a *A) *bool { return &p(a).Required }), true
	case "enum":
		return listSlot(func(a *A) *[]string { return &p(a).Enum }), true
	case "in":
		return textSlot(func(a *A) *string { return &p(a).In }), true
	}
	return slot{}, false
}

func headerSlot(h func(a *agent.Agent) *agent.Header, leaf string) (slot, bool) {
	type A = agent.Agent
	switch leaf {
	case "name":
		return textSlot(func(a *A) *string { return &h(a).Name }), true
	case "value":
		return textSlot(func(a *A) *string { return &h(a).Value }), true
	case "secret":
		return secretSlot(func(a *A) *agent.SecretRef { return &h(a).Secret }), true
	}
	return slot{}, false
}

func mcpSlot(m func(a *agent.Agent) *agent.MCPServer, leaf string) (slot, bool) {
	type A = agent.Agent
	switch leaf {
	case "name":
		return textSlot(func(a *A) *string { return &m(a).Name }), true
	case "url":
		return textSlot(func(a *A) *string { return &m(a).URL }), true
	case "description":
		return textSlot(func(a *A) *string { return &m(a).Description }), true
	case "transport":
		return textSlot(func(a *A) *string { return &m(a).Transport }), true
	case "api_key":
		return secretSlot(func(a *A) *agent.SecretRef { return &m(a).APIKey }), true
	case "header_name":
		return textSlot(func(a *A) *string { return &m(a).HeaderName }), true
	case "enabled":
		return triSlot(func(a *A) **bool { return &m(a).Enabled }), true
	case "allow_tools":
		return listSlot(func(a *A) *[]string { return &m(a).AllowTools }), true
	case "block_tools":
		return listSlot(func(a *A) *[]string { return &m(a).BlockTools }), true
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
