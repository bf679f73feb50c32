package forms

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestItemFormsRoundTrip(t *testing.T) {
	for _, cc := range fakeCaps() {
		a0 := fullAgent(t)
		for _, list := range allLists(&a0) {
			t.Run(cc.name+"/"+list, func(t *testing.T) {
				a := fullAgent(t)
				for len(Items(list, &a)) < 2 {
					if _, err := AddItem(list, &a); err != nil {
						t.Fatal(err)
					}
				}
				s := NewItem(list, 1, &a, cc.caps, Options{})
				if !supportsList(cc.caps, list) {
					if len(s.Paths()) > 0 {
						t.Fatalf("unsupported list shows fields %v", s.Paths())
					}
					return
				}
				if len(s.Paths()) == 0 {
					t.Fatal("supported list item shows no fields")
				}
				for _, f := range s.fields {
					if !cc.caps.Supports(f.path) {
						t.Errorf("shows unsupported %s", f.path)
					}
				}
				want, secrets := fillSamples(t, s, &a)
				for path := range want {
					// A typed secret replaces the header's plain value.
					if v, ok := strings.CutSuffix(path, ".value"); ok && secrets[v+".secret"] != "" {
						want[path] = ""
					}
				}
				again := NewItem(list, 1, &a, cc.caps, Options{})
				for path, v := range want {
					f := again.byPath[path]
					switch {
					case f == nil && strings.HasSuffix(path, ".value"):
						// The header became a secret; only its secret input shows now.
					case f == nil:
						t.Errorf("%s disappeared after Apply", path)
					case f.slot.secret != nil:
						if secrets[path] != v {
							t.Errorf("%s: secret not handed back", path)
						}
					case f.info.Kind == agent.KindList:
						if got := strings.Join(splitList(f.current()), ", "); got != v {
							t.Errorf("%s: wrote %q, read %q", path, v, got)
						}
					case f.current() != v:
						t.Errorf("%s: wrote %q, read %q", path, v, f.current())
					}
				}
			})
		}
	}
}

func TestItemFormOfMissingItem(t *testing.T) {
	a := templateAgent(t)
	s := NewItem("tools", 5, &a, capsEverything(), Options{})
	if !s.Empty() {
		t.Fatal("form for a missing tool has fields")
	}
	if ps := s.Apply(&a); len(ps) != 1 || !strings.Contains(ps[0].Message, "no longer in the list") {
		t.Errorf("Apply = %v", ps)
	}
	// An item removed while its form is open is not written.
	a.Variables = []agent.Variable{{Name: "one"}}
	s = NewItem("variables", 0, &a, capsEverything(), Options{})
	setText(t, s, "variables[0].value", "x")
	if err := RemoveItem("variables", &a, 0); err != nil {
		t.Fatal(err)
	}
	if ps := s.Apply(&a); len(ps) != 1 || len(a.Variables) != 0 {
		t.Errorf("Apply after removal = %v, variables %v", ps, a.Variables)
	}
}

func TestBuiltinItemOffersOnlyProviderKinds(t *testing.T) {
	a := templateAgent(t)
	s := NewItem("builtins", 0, &a, capsDasha(), Options{})
	f := fieldAt(t, s, "builtins[0].kind")
	if f.other != nil {
		t.Error("built-in kind offers a custom value")
	}
	choices, closed := choicesFor(f.path, f.spec, Options{})
	// Issue 13: a transfer needs a destination drafts cannot hold yet, so
	// it is not offered for an item of another kind.
	if !closed || len(choices) != 1 || choices[0].Value != agent.BuiltinEndCall {
		t.Errorf("choices = %v closed=%v, want end_call only", choices, closed)
	}
	// An item that is a transfer already shows its own kind by name.
	a.Builtins = append(a.Builtins, agent.BuiltinTool{Kind: agent.BuiltinTransferCall})
	s = NewItem("builtins", 1, &a, capsDasha(), Options{})
	f = fieldAt(t, s, "builtins[1].kind")
	choices, _ = choicesFor(f.path, f.spec, Options{})
	if len(choices) != 2 || choices[1].Label != "Transfer to a phone number" {
		t.Errorf("a transfer item's choices = %v", choices)
	}
}
