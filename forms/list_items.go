package forms

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// One-line summaries of list items, and the default item AddItem appends.

func toolSummary(t agent.Tool) string {
	return joinParts(named(t.Name), strings.TrimSpace(t.Method+" "+t.URL))
}

func paramSummary(p agent.Param) string {
	var about []string
	if p.Type != "" {
		about = append(about, p.Type)
	}
	if p.Required {
		about = append(about, "required")
	}
	head := named(p.Name)
	if len(about) > 0 {
		head += " (" + strings.Join(about, ", ") + ")"
	}
	return joinParts(head, p.Description)
}

func headerSummary(h agent.Header) string {
	switch {
	case h.Secret != "":
		return named(h.Name) + ": (secret, kept with your credentials)"
	case h.Value == "":
		return named(h.Name) + ": (no value)"
	}
	return named(h.Name) + ": " + h.Value
}

func builtinSummary(b agent.BuiltinTool) string {
	return joinParts(builtinName(b.Kind), b.Instructions)
}

func mcpSummary(m agent.MCPServer) string { return joinParts(named(m.Name), m.URL) }

func variableSummary(v agent.Variable) string { return named(v.Name) + " = " + v.Value }

func windowSummary(w agent.Window) string { return w.Start + "–" + w.End }

func gapSummary(g agent.Gap) string {
	plural := func(n int, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return fmt.Sprintf("%d %ss", n, unit)
	}
	switch {
	case g.Days == 0 && g.Hours == 0:
		return "call again straight away"
	case g.Days == 0:
		return "wait " + plural(g.Hours, "hour")
	case g.Hours == 0:
		return "wait " + plural(g.Days, "day")
	}
	return "wait " + plural(g.Days, "day") + " " + plural(g.Hours, "hour")
}

func named(name string) string {
	if strings.TrimSpace(name) == "" {
		return "(no name yet)"
	}
	return name
}

func joinParts(head, tail string) string {
	if tail = strings.TrimSpace(tail); tail != "" {
		return head + " — " + tail
	}
	return head
}

// uniqueName returns prefix_1, prefix_2, … whichever is not taken yet.
func uniqueName(prefix string, taken func(string) bool) string {
	for n := 1; ; n++ {
		if name := fmt.Sprintf("%s_%d", prefix, n); !taken(name) {
			return name
		}
	}
}

func newTool(ts []agent.Tool) (agent.Tool, error) {
	name := uniqueName("tool", func(s string) bool {
		return slices.ContainsFunc(ts, func(t agent.Tool) bool { return t.Name == s })
	})
	return agent.Tool{Name: name, Method: "GET"}, nil
}

func newParam(ps []agent.Param) (agent.Param, error) {
	name := uniqueName("param", func(s string) bool {
		return slices.ContainsFunc(ps, func(p agent.Param) bool { return p.Name == s })
	})
	return agent.Param{Name: name, Type: "string"}, nil
}

func newHeader([]agent.Header) (agent.Header, error) { return agent.Header{}, nil }

func newBuiltin(bs []agent.BuiltinTool) (agent.BuiltinTool, error) {
	for _, k := range agent.BuiltinKinds {
		if agent.BuiltinNeedsDestination(k) {
			continue // not offered until destinations can be set
		}
		if !slices.ContainsFunc(bs, func(b agent.BuiltinTool) bool { return b.Kind == k }) {
			return agent.BuiltinTool{Kind: k}, nil
		}
	}
	return agent.BuiltinTool{}, errors.New("every built-in tool is on the list already")
}

func newMCP(ms []agent.MCPServer) (agent.MCPServer, error) {
	name := uniqueName("server", func(s string) bool {
		return slices.ContainsFunc(ms, func(m agent.MCPServer) bool { return m.Name == s })
	})
	return agent.MCPServer{Name: name}, nil
}

func newVariable(vs []agent.Variable) (agent.Variable, error) {
	name := uniqueName("variable", func(s string) bool {
		return slices.ContainsFunc(vs, func(v agent.Variable) bool { return v.Name == s })
	})
	return agent.Variable{Name: name}, nil
}

func newGap([]agent.Gap) (agent.Gap, error) { return agent.Gap{Days: 1}, nil }

// nextWindow opens a day at 09:00–17:00, or adds a window an hour after the
// day's last one ends (a split shift), four hours long at most.
func nextWindow(ws []agent.Window) (agent.Window, error) {
	if len(ws) == 0 {
		return agent.Window{Start: "09:00", End: "17:00"}, nil
	}
	last := ws[len(ws)-1]
	end, ok := minutes(last.End)
	if !ok {
		return agent.Window{}, fmt.Errorf("fix the last window's end time (%q) first, like 17:30", last.End)
	}
	const dayEnd = 23*60 + 59
	start := end + 60
	if start >= dayEnd {
		return agent.Window{}, fmt.Errorf("there is no time left after %s; change the last window first", last.End)
	}
	return agent.Window{Start: clock(start), End: clock(min(start+4*60, dayEnd))}, nil
}

func minutes(hhmm string) (int, bool) {
	if agent.CheckClock(hhmm, "") != nil {
		return 0, false
	}
	return int(hhmm[0]-'0')*600 + int(hhmm[1]-'0')*60 + int(hhmm[3]-'0')*10 + int(hhmm[4]-'0'), true
}

func clock(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }
