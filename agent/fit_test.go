package agent

import "testing"

func TestRemovePathsItemsFromTheEnd(t *testing.T) {
	a := Agent{Builtins: []BuiltinTool{{Kind: "a"}, {Kind: "b"}, {Kind: "c"}}, Tools: []Tool{{Name: "t", Params: []Param{{Name: "p", In: "query"}}}}}
	if !removePaths(&a, []string{"builtins[0]", "builtins[2]", "tools[0].params[0].in"}) {
		t.Fatal("nothing removed")
	}
	if len(a.Builtins) != 1 || a.Builtins[0].Kind != "b" || a.Tools[0].Params[0].In != "" || a.Tools[0].Params[0].Name != "p" {
		t.Errorf("after removal: %+v %+v", a.Builtins, a.Tools)
	}
	if removePaths(&a, []string{"schedule.mon[4]"}) {
		t.Error("removed a path that is not there")
	}
}

func TestListValue(t *testing.T) {
	caps := Capabilities{Fields: map[string]FieldSpec{"identity.language": {Choices: []Choice{{Value: "en"}, {Value: "pt-br"}}}}}
	for in, want := range map[string]string{"en-US": "en", "pt-BR": "pt-br", "en": "en"} {
		if got, ok := ListValue(caps, "identity.language", in); !ok || got != want {
			t.Errorf("ListValue(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := ListValue(caps, "identity.language", "de-DE"); ok {
		t.Error("de-DE mapped to a value the list does not have")
	}
}
