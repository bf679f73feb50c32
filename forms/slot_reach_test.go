package forms

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestEveryCataloguePathReachesAFieldOfItsKind holds the model's struct
// tags and the catalogues in step: the forms find a field by its path's
// JSON names (fieldSlot), so a renamed tag or a Go type slotOfType does not
// know would otherwise make the field quietly vanish from its form, and a
// type of another kind would change what typing means.
func TestEveryCataloguePathReachesAFieldOfItsKind(t *testing.T) {
	t.Parallel()
	for _, f := range agent.Fields {
		if f.Kind == agent.KindItems {
			continue // a list, edited item by item; its fields are below
		}
		s, ok := agentSlot(f.Path)
		checkSlotKind(t, f, f.Path, s, ok)
	}
	for _, f := range agent.SubFields {
		for _, at := range itemPlaces(f.Path) {
			checkSlotKind(t, f, at.name, at.slot, at.ok)
		}
	}
}

type reached struct {
	name string
	slot slot
	ok   bool
}

// itemPlaces are the slots a sub-field path of agent.SubFields stands for:
// item 0 of each list it describes, or the agent's own sub-record.
func itemPlaces(path string) []reached {
	at := func(list, leaf string) reached {
		s, ok := itemSlot(list, 0, leaf)
		return reached{list + "[0]." + leaf, s, ok}
	}
	head, leaf, _ := strings.Cut(path, ".")
	switch {
	case strings.HasPrefix(path, "tools.params."):
		return []reached{at("tools[0].params", strings.TrimPrefix(path, "tools.params."))}
	case head == "headers":
		var out []reached
		for _, list := range []string{"tools[0].headers", "mcp[0].headers", "webhooks.pre_call.headers", "webhooks.post_call.headers"} {
			out = append(out, at(list, leaf))
		}
		return out
	case strings.HasPrefix(path, "schedule.day."):
		return []reached{at("schedule.mon", strings.TrimPrefix(path, "schedule.day."))}
	case strings.HasPrefix(path, "callbacks.gaps."):
		return []reached{at("callbacks.gaps", strings.TrimPrefix(path, "callbacks.gaps."))}
	case head == "webhooks" || strings.HasPrefix(path, "telephony."):
		s, ok := agentSlot(path)
		return []reached{{path, s, ok}}
	}
	return []reached{at(head, leaf)}
}

// checkSlotKind checks that the slot at name exists and behaves as its
// catalogue kind says, on an agent with one item in every list.
func checkSlotKind(t *testing.T, f agent.FieldInfo, name string, s slot, ok bool) {
	t.Helper()
	if !ok {
		t.Errorf("%s (%s): no field of the model answers to this path; check the struct tags", name, f.Label)
		return
	}
	a := oneOfEverything()
	roundTrip := func(typed, want string) {
		if err := s.set(&a, typed); err != nil {
			t.Errorf("%s: typing %q: %v", name, typed, err)
		} else if got := s.get(&a); got != want {
			t.Errorf("%s: typed %q, reads back %q; want %q", name, typed, got, want)
		}
	}
	switch f.Kind {
	case agent.KindSecret:
		if s.secret == nil {
			t.Errorf("%s is a secret in the catalogue but its field holds plain text", name)
		}
	case agent.KindBool:
		roundTrip("yes", "yes")
		roundTrip("no", "no")
	case agent.KindInteger:
		roundTrip("3", "3")
		if err := s.set(&a, "1.5"); err == nil {
			t.Errorf("%s is a whole number in the catalogue but takes 1.5", name)
		}
	case agent.KindNumber:
		roundTrip("1.5", "1.5")
	case agent.KindList:
		roundTrip("a, b", "a, b")
	default:
		roundTrip("sample", "sample")
	}
}

// oneOfEverything is an agent with one item in every list a form edits.
func oneOfEverything() agent.Agent {
	var a agent.Agent
	a.Tools = []agent.Tool{{Params: []agent.Param{{}}, Headers: []agent.Header{{}}}}
	a.MCP = []agent.MCPServer{{Headers: []agent.Header{{}}}}
	a.Builtins = []agent.BuiltinTool{{}}
	a.Variables = []agent.Variable{{}}
	a.Schedule.Mon = []agent.Window{{}}
	a.Callbacks.Gaps = []agent.Gap{{}}
	a.Webhooks.PreCall.Headers = []agent.Header{{}}
	a.Webhooks.PostCall.Headers = []agent.Header{{}}
	return a
}
