package agent

import (
	"testing"
)

func TestDiffSpeaksPlainly(t *testing.T) {
	t.Parallel()
	a := Templates[1].New("Desk")
	b := Templates[1].New("Desk")
	one, faster := 1.0, 1.1
	a.Voice.Speed, b.Voice.Speed = &one, &faster
	b.Schedule.Mon[0].End = "18:00"
	b.Tools = append(b.Tools, Tool{Name: "book", URL: "https://x.example/book"})
	got := map[string]string{}
	for _, c := range Diff(&a, &b) {
		got[c.Path] = c.String()
	}
	want := map[string]string{
		"voice.speed":         "Voice › Speed: 1 → 1.1",
		"schedule.mon[0].end": "Monday 09:00–17:00 › Closes: 17:00 → 18:00",
		"tools[0].name":       "Tool “book” › Name: (not set) → book",
		"tools[0].url":        "Tool “book” › Address: (not set) → https://x.example/book",
	}
	for path, line := range want {
		if got[path] != line {
			t.Errorf("%s: got %q, want %q", path, got[path], line)
		}
	}
	if len(got) != len(want) {
		t.Errorf("unexpected changes: %v", got)
	}
}

func TestUnsupportedListsWhatASwitchDrops(t *testing.T) {
	t.Parallel()
	a := Templates[2].New("Reminder")
	caps := Capabilities{Fields: map[string]FieldSpec{"identity": {}, "llm": {}, "greeting": {}, "builtins": {}, "variables": {}}}
	paths := map[string]bool{}
	for _, f := range Unsupported(&a, caps) {
		paths[StripIndices(f.Path)] = true
	}
	for _, p := range []string{"schedule.mon.start", "callbacks.enabled", "callbacks.gaps.days"} {
		if !paths[p] {
			t.Errorf("%s should be reported as dropped; got %v", p, paths)
		}
	}
	if paths["llm.prompt"] {
		t.Error("llm.prompt is supported and must not be listed")
	}
}

func TestCapabilitiesSpecPrefersTheMostSpecificPath(t *testing.T) {
	t.Parallel()
	caps := Capabilities{Fields: map[string]FieldSpec{"tools": {}, "tools.name": {MaxLen: 64}}}
	if s, ok := caps.Spec("tools[3].name"); !ok || s.MaxLen != 64 {
		t.Fatalf("got %+v %v", s, ok)
	}
	if !caps.Supports("tools[0].params[1].type") {
		t.Fatal("a dot-prefix in caps covers deeper paths")
	}
	if caps.Supports("mcp[0].name") {
		t.Fatal("mcp is not listed")
	}
}

func TestUnsupportedGroupsNamesEachDroppedPartOnce(t *testing.T) {
	t.Parallel()
	a := Templates[3].New("Support") // has a tool with parameters and built-ins
	caps := Capabilities{Fields: map[string]FieldSpec{"identity.name": {}, "llm": {}, "greeting": {}}}
	got := UnsupportedGroups(&a, caps)
	want := map[string]bool{"identity.description": true, "identity.language": true, "identity.timezone": true, "tools": true, "builtins": true}
	if len(got) != len(want) {
		t.Fatalf("got %v, want one entry each of %v", got, want)
	}
	for _, p := range got {
		if !want[p] {
			t.Errorf("unexpected group %q in %v", p, got)
		}
	}
	if l := Label("tools"); l != "Tools › Webhook tools" {
		t.Errorf("Label(tools) = %q", l)
	}
}
