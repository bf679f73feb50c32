package forms

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// A list id names one list of the agent edited item by item: "tools",
// "tools[i].params", "tools[i].headers", "builtins", "mcp", "mcp[i].headers",
// "variables", "schedule.mon" … "schedule.sun", "callbacks.gaps",
// "webhooks.pre_call.headers" and "webhooks.post_call.headers".

// Items returns one-line summaries of the list's items, in order; nil for an
// unknown list or a missing parent item.
func Items(list string, a *agent.Agent) []string {
	ref, err := resolve(list, a)
	if err != nil {
		return nil
	}
	out := make([]string, ref.len())
	for i := range out {
		out[i] = ref.summary(i)
	}
	return out
}

// AddItem appends a sensible default item and returns its index.
func AddItem(list string, a *agent.Agent) (index int, err error) {
	ref, err := resolve(list, a)
	if err != nil {
		return -1, err
	}
	if err := ref.add(); err != nil {
		return -1, err
	}
	return ref.len() - 1, nil
}

// RemoveItem removes item i (counted from 0).
func RemoveItem(list string, a *agent.Agent, i int) error {
	ref, err := resolve(list, a)
	if err != nil {
		return err
	}
	if err := ref.check(i, "remove"); err != nil {
		return err
	}
	ref.remove(i)
	return nil
}

// MoveItem moves item from to position to (both counted from 0); the items
// in between shift by one.
func MoveItem(list string, a *agent.Agent, from, to int) error {
	ref, err := resolve(list, a)
	if err != nil {
		return err
	}
	if err := ref.check(from, "move"); err != nil {
		return err
	}
	if to < 0 || to >= ref.len() {
		return fmt.Errorf("there is no place %d in %s to move item %d to; it has %s", to+1, ref.title, from+1, count(ref.len()))
	}
	ref.move(from, to)
	return nil
}

// listRef is one resolved list of one agent.
type listRef struct {
	title   string
	len     func() int
	summary func(i int) string
	add     func() error
	remove  func(i int)
	move    func(from, to int)
}

func (r listRef) check(i int, verb string) error {
	n := r.len()
	switch {
	case n == 0:
		return fmt.Errorf("there is nothing to %s: %s is empty", verb, r.title)
	case i < 0 || i >= n:
		return fmt.Errorf("there is no item %d in %s; it has %s, numbered 1 to %d", i+1, r.title, count(n), n)
	}
	return nil
}

func count(n int) string {
	if n == 1 {
		return "1 item"
	}
	return strconv.Itoa(n) + " items"
}

// sliceRef builds a listRef over a slice; fresh makes the item AddItem
// appends, or says why none can be added.
func sliceRef[T any](title string, s *[]T, summary func(T) string, fresh func([]T) (T, error)) listRef {
	return listRef{
		title:   title,
		len:     func() int { return len(*s) },
		summary: func(i int) string { return summary((*s)[i]) },
		add: func() error {
			item, err := fresh(*s)
			if err != nil {
				return err
			}
			*s = append(*s, item)
			return nil
		},
		remove: func(i int) { *s = append((*s)[:i:i], (*s)[i+1:]...) },
		move: func(from, to int) {
			item := (*s)[from]
			rest := append((*s)[:from:from], (*s)[from+1:]...)
			*s = append(rest[:to:to], append([]T{item}, rest[to:]...)...)
		},
	}
}

var nestedList = regexp.MustCompile(`^(tools|mcp)\[(\d+)\]\.(params|headers)$`)

// resolve finds the list a list id names in a.
func resolve(list string, a *agent.Agent) (listRef, error) {
	if ref, ok := settingListRef(list, a); ok {
		return ref, nil
	}
	if m := nestedList.FindStringSubmatch(list); m != nil {
		return resolveNested(m[1], m[2], m[3], a)
	}
	if day, ok := strings.CutPrefix(list, "schedule."); ok {
		for _, d := range a.Schedule.Days() {
			if d.Key == day {
				return sliceRef(dayName(day)+" hours", d.Windows, windowSummary, nextWindow), nil
			}
		}
	}
	switch list {
	case "tools":
		return sliceRef("Webhook tools", &a.Tools, toolSummary, newTool), nil
	case "builtins":
		return sliceRef("Built-in tools", &a.Builtins, builtinSummary, newBuiltin), nil
	case "mcp":
		return sliceRef("MCP servers", &a.MCP, mcpSummary, newMCP), nil
	case "variables":
		return sliceRef("Variables", &a.Variables, variableSummary, newVariable), nil
	case "callbacks.gaps":
		return sliceRef("Callback gaps", &a.Callbacks.Gaps, gapSummary, newGap), nil
	case "webhooks.pre_call.headers":
		return sliceRef("Before-call webhook headers", &a.Webhooks.PreCall.Headers, headerSummary, newHeader), nil
	case "webhooks.post_call.headers":
		return sliceRef("After-call webhook headers", &a.Webhooks.PostCall.Headers, headerSummary, newHeader), nil
	}
	return listRef{}, fmt.Errorf("there is no list called %q", list)
}

func resolveNested(parent, index, child string, a *agent.Agent) (listRef, error) {
	i, err := strconv.Atoi(index)
	if err != nil {
		return listRef{}, fmt.Errorf("there is no list called %q", parent+"["+index+"]."+child)
	}
	if parent == "tools" {
		if i >= len(a.Tools) {
			return listRef{}, fmt.Errorf("there is no item %d in Webhook tools; it has %s", i+1, count(len(a.Tools)))
		}
		t := &a.Tools[i]
		name := fmt.Sprintf("tool %d", i+1)
		if t.Name != "" {
			name = t.Name
		}
		if child == "params" {
			return sliceRef("Parameters of "+name, &t.Params, paramSummary, newParam), nil
		}
		return sliceRef("Headers of "+name, &t.Headers, headerSummary, newHeader), nil
	}
	if i >= len(a.MCP) || child != "headers" {
		if child != "headers" {
			return listRef{}, fmt.Errorf("there is no list called %q", parent+"["+index+"]."+child)
		}
		return listRef{}, fmt.Errorf("there is no item %d in MCP servers; it has %s", i+1, count(len(a.MCP)))
	}
	m := &a.MCP[i]
	name := fmt.Sprintf("server %d", i+1)
	if m.Name != "" {
		name = m.Name
	}
	return sliceRef("Headers of "+name, &m.Headers, headerSummary, newHeader), nil
}
