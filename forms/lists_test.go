package forms

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// fullAgent has at least two items in every list.
func fullAgent(t testing.TB) agent.Agent {
	t.Helper()
	a := templateAgent(t)
	a.Tools = append(a.Tools, agent.Tool{Name: "book", Description: "Books a slot.", URL: "https://example.com/book", Method: "POST"})
	a.Tools[0].Params = append(a.Tools[0].Params, agent.Param{Name: "email", Type: "string"})
	a.Tools[0].Headers = []agent.Header{{Name: "X-Shop", Value: "main"}, {Name: "Authorization", Secret: "secret:tools.headers#1"}}
	a.Builtins = []agent.BuiltinTool{{Kind: agent.BuiltinEndCall}, {Kind: agent.BuiltinKeypad, Instructions: "For menus."}}
	a.MCP = []agent.MCPServer{{Name: "crm", URL: "https://crm.example.com/mcp"}, {
		Name: "docs", URL: "https://docs.example.com/mcp",
		Headers: []agent.Header{{Name: "X-Team", Value: "support"}, {Name: "X-Region", Value: "eu"}},
	}}
	a.Variables = []agent.Variable{{Name: "shop", Value: "Main St"}, {Name: "city", Value: "Leeds"}}
	a.Schedule.Mon = []agent.Window{{Start: "09:00", End: "12:00"}, {Start: "13:00", End: "17:00"}}
	a.Schedule.Sun = []agent.Window{{Start: "10:00", End: "11:00"}, {Start: "12:00", End: "13:00"}}
	a.Callbacks.Gaps = []agent.Gap{{Hours: 3}, {Days: 1}}
	a.Webhooks.PreCall.Headers = []agent.Header{{Name: "X-A", Value: "1"}, {Name: "X-B", Value: "2"}}
	a.Webhooks.PostCall.Headers = []agent.Header{{Name: "X-C", Value: "3"}, {Name: "X-D", Value: "4"}}
	return a
}

// allLists names every list id of a, nested ones included.
func allLists(a *agent.Agent) []string {
	ids := []string{"tools", "builtins", "mcp", "variables", "callbacks.gaps", "webhooks.pre_call.headers", "webhooks.post_call.headers"}
	for _, d := range dayKeys {
		ids = append(ids, "schedule."+d)
	}
	for i := range a.Tools {
		ids = append(ids, "tools["+itoa(i)+"].params", "tools["+itoa(i)+"].headers")
	}
	for i := range a.MCP {
		ids = append(ids, "mcp["+itoa(i)+"].headers")
	}
	return ids
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestListOperationsOnEveryList(t *testing.T) {
	a0 := fullAgent(t)
	for _, list := range allLists(&a0) {
		t.Run(list, func(t *testing.T) {
			a := fullAgent(t)
			before := Items(list, &a)
			i, err := AddItem(list, &a)
			if err != nil {
				t.Fatalf("AddItem: %v", err)
			}
			items := Items(list, &a)
			if i != len(before) || len(items) != len(before)+1 {
				t.Fatalf("AddItem gave index %d and %d items; had %d", i, len(items), len(before))
			}
			if items[i] == "" {
				t.Error("new item has an empty summary")
			}
			if err := MoveItem(list, &a, i, 0); err != nil {
				t.Fatalf("MoveItem: %v", err)
			}
			moved := Items(list, &a)
			if moved[0] != items[i] || !reflect.DeepEqual(moved[1:], items[:i]) {
				t.Fatalf("after moving the last item first: %q, was %q", moved, items)
			}
			if err := RemoveItem(list, &a, 0); err != nil {
				t.Fatalf("RemoveItem: %v", err)
			}
			if got := Items(list, &a); !reflect.DeepEqual(got, before) {
				t.Fatalf("after add, move, remove: %q, want %q", got, before)
			}
			n := len(before)
			for _, bad := range []struct {
				op   string
				err  error
				want string
			}{
				{"remove past the end", RemoveItem(list, &a, n), "there is no item " + itoa(n+1) + " in "},
				{"remove before the start", RemoveItem(list, &a, -1), "there is no item 0 in "},
				{"move from past the end", MoveItem(list, &a, n, 0), "there is no item " + itoa(n+1) + " in "},
				{"move to past the end", MoveItem(list, &a, 0, n), "there is no place " + itoa(n+1) + " in "},
			} {
				if n == 0 && strings.HasPrefix(bad.op, "move to") {
					continue
				}
				if bad.err == nil || (n > 0 && !strings.Contains(bad.err.Error(), bad.want)) {
					t.Errorf("%s: err = %v, want one containing %q", bad.op, bad.err, bad.want)
				}
			}
			if got := Items(list, &a); !reflect.DeepEqual(got, before) {
				t.Errorf("refused operations changed the list: %q", got)
			}
		})
	}
}

func TestListErrorsInPlainWords(t *testing.T) {
	a := templateAgent(t)
	a.Variables = nil
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"empty list", RemoveItem("variables", &a, 0), "there is nothing to remove: Variables is empty"},
		{"unknown list", RemoveItem("voices", &a, 0), `there is no list called "voices"`},
		{"missing parent", RemoveItem("tools[4].params", &a, 0), "there is no item 5 in Webhook tools; it has 1 item"},
		{"bounds", RemoveItem("tools", &a, 3), "there is no item 4 in Webhook tools; it has 1 item, numbered 1 to 1"},
		{"move target", MoveItem("tools[0].params", &a, 0, 2), "there is no place 3 in Parameters of lookup_order to move item 1 to; it has 1 item"},
	}
	for _, tc := range cases {
		if tc.err == nil || tc.err.Error() != tc.want {
			t.Errorf("%s: err = %v, want %q", tc.name, tc.err, tc.want)
		}
	}
	if _, err := AddItem("schedule.funday", &a); err == nil {
		t.Error("AddItem on an unknown day succeeded")
	}
}

func TestAddItemDefaults(t *testing.T) {
	a := templateAgent(t)
	a.Schedule.Tue = []agent.Window{{Start: "09:00", End: "12:00"}}
	a.Schedule.Wed = []agent.Window{{Start: "18:00", End: "23:30"}}
	cases := []struct {
		list, want string
	}{
		{"schedule.sat", "09:00–17:00"},
		{"schedule.tue", "13:00–17:00"},
		{"tools", "tool_1 — GET"},
		{"variables", "variable_1 = "},
		{"callbacks.gaps", "wait 1 day"},
		// end_call is there already; transfers need a destination, so
		// they are never added (issue 13).
		{"builtins", "Switch language"},
	}
	a.Builtins = []agent.BuiltinTool{{Kind: agent.BuiltinEndCall}}
	a.Tools = nil
	a.Variables = nil
	for _, tc := range cases {
		i, err := AddItem(tc.list, &a)
		if err != nil {
			t.Fatalf("%s: %v", tc.list, err)
		}
		if got := Items(tc.list, &a)[i]; got != tc.want {
			t.Errorf("%s: new item %q, want %q", tc.list, got, tc.want)
		}
	}
	if _, err := AddItem("schedule.wed", &a); err == nil || !strings.Contains(err.Error(), "no time left after 23:30") {
		t.Errorf("full day: err = %v", err)
	}
	a.Builtins = nil
	for _, k := range agent.BuiltinKinds {
		if agent.BuiltinNeedsDestination(k) {
			continue
		}
		if _, err := AddItem("builtins", &a); err != nil {
			t.Fatal(err)
		}
	}
	for _, b := range a.Builtins {
		if agent.BuiltinNeedsDestination(b.Kind) {
			t.Errorf("adding built-in tools added %s, which needs a destination", b.Kind)
		}
	}
	if _, err := AddItem("builtins", &a); err == nil || err.Error() != "every built-in tool is on the list already" {
		t.Errorf("all built-ins: err = %v", err)
	}
	// A second tool gets a name of its own, so names never clash.
	if _, err := AddItem("tools", &a); err != nil {
		t.Fatalf("a second tool: %v", err)
	}
	if a.Tools[0].Name == a.Tools[1].Name {
		t.Errorf("two new tools share the name %q", a.Tools[0].Name)
	}
}

func TestListsShowOnlySupportedLists(t *testing.T) {
	ids := func(ls []ListInfo) string {
		var out []string
		for _, l := range ls {
			out = append(out, l.ID)
		}
		return strings.Join(out, " ")
	}
	cases := []struct {
		caps          agent.Capabilities
		section, want string
	}{
		{capsDasha(), agent.SectionHours, "schedule.mon schedule.tue schedule.wed schedule.thu schedule.fri schedule.sat schedule.sun"},
		{capsTrillet(), agent.SectionHours, "callbacks.gaps"},
		{capsElevenLabs(), agent.SectionHours, ""},
		{capsElevenLabs(), agent.SectionTools, "tools builtins mcp"},
		{capsTrillet(), agent.SectionTools, ""},
		{capsElevenLabs(), agent.SectionVariables, "variables webhooks.pre_call.headers"},
		{capsDasha(), agent.SectionVariables, "variables webhooks.pre_call.headers webhooks.post_call.headers"},
		{capsEverything(), agent.SectionBasics, ""},
	}
	for _, tc := range cases {
		if got := ids(Lists(tc.section, tc.caps)); got != tc.want {
			t.Errorf("%s: lists %q, want %q", tc.section, got, tc.want)
		}
	}
	if got := Lists(agent.SectionTools, capsElevenLabs())[2]; got.Max != 10 || got.Title != "MCP servers" || got.Help == "" {
		t.Errorf("mcp list info = %+v", got)
	}
	if got := ids(ItemLists("tools", 1, capsDasha())); got != "tools[1].params tools[1].headers" {
		t.Errorf("tool item lists %q", got)
	}
	if got := ids(ItemLists("mcp", 0, capsTrillet())); got != "" {
		t.Errorf("Trillet-like mcp item lists %q", got)
	}
}
