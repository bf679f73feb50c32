package forms

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func templateAgent(t testing.TB) agent.Agent {
	t.Helper()
	tpl, ok := agent.TemplateByID("support")
	if !ok {
		t.Fatal("support template missing")
	}
	return tpl.New("Support line")
}

// forEachSection runs check, as a subtest, on the section form of each
// section of the support template's agent, for each fake provider.
func forEachSection(t *testing.T, check func(t *testing.T, cc capsCase, sec string, a *agent.Agent, s *Section)) {
	t.Helper()
	for _, cc := range fakeCaps() {
		for _, sec := range agent.Sections {
			t.Run(cc.name+"/"+sec.ID, func(t *testing.T) {
				a := templateAgent(t)
				check(t, cc, sec.ID, &a, NewSection(sec.ID, &a, cc.caps, Options{}))
			})
		}
	}
}

func TestSectionShowsExactlyTheSupportedFields(t *testing.T) {
	forEachSection(t, func(t *testing.T, cc capsCase, sec string, a *agent.Agent, s *Section) {
		shown := map[string]bool{}
		for _, p := range s.Paths() {
			if !cc.caps.Supports(p) {
				t.Errorf("shows %s, which the provider does not support", p)
			}
			shown[p] = true
		}
		for _, pg := range sectionPages(sec) {
			for _, p := range pg.paths {
				if cc.caps.Supports(p) && !shown[p] {
					t.Errorf("hides %s, which the provider supports", p)
				}
			}
		}
		// Every catalogue field of the section is either a field
		// here or a list the section offers.
		for _, f := range agent.FieldsIn(sec) {
			if f.Kind != agent.KindItems && !shown[f.Path] && cc.caps.Supports(f.Path) {
				t.Errorf("catalogue field %s is supported but not shown", f.Path)
			}
		}
		supported := SectionSupported(sec, cc.caps)
		if !supported && (len(s.Paths()) > 0 || !s.Empty()) {
			t.Errorf("SectionSupported is false but the form has fields %v", s.Paths())
		}
		if supported && len(s.Paths()) == 0 && len(Lists(sec, cc.caps)) == 0 && s.builtins == nil {
			t.Errorf("SectionSupported is true but there is nothing to edit")
		}
		views := formViews(t, s)
		for _, f := range s.fields {
			hidden := (f.path == "turn.silence.remind_after" || f.path == "goodbye.message" || f.path == "callbacks.max_attempts")
			if !hidden && !hasLine(views, f.info.Label) {
				t.Errorf("title %q of %s is not in the form's view", f.info.Label, f.path)
			}
		}
		for _, f := range agent.FieldsIn(sec) {
			if !cc.caps.Supports(f.Path) && f.Kind != agent.KindItems && labelUnique(f) && hasLine(views, f.Label) {
				t.Errorf("unsupported %s (%q) appears in the view", f.Path, f.Label)
			}
		}
	})
}

// labelUnique reports whether no other field shares f's label, so its
// presence in a view can be told apart.
func labelUnique(f agent.FieldInfo) bool {
	for _, g := range agent.Fields {
		if g.Path != f.Path && g.Label == f.Label {
			return false
		}
	}
	for _, g := range subFields {
		if g.Label == f.Label {
			return false
		}
	}
	return true
}

func TestEveryFieldHasCatalogueTitleAndHelp(t *testing.T) {
	for _, cc := range fakeCaps() {
		for _, sec := range agent.Sections {
			a := templateAgent(t)
			s := NewSection(sec.ID, &a, cc.caps, Options{})
			for _, f := range s.fields {
				info, ok := fieldInfo(f.path)
				if !ok || f.info.Label != info.Label || !strings.HasPrefix(f.description(), info.Help) {
					t.Errorf("%s/%s: title %q, description %q; want the catalogue's", cc.name, f.path, f.info.Label, f.description())
				}
				if strings.Contains(info.Help, "\n") || info.Help == "" {
					t.Errorf("%s: help must be one non-empty line", f.path)
				}
			}
		}
	}
}

func TestApplyRoundTripsEverySectionField(t *testing.T) {
	forEachSection(t, func(t *testing.T, cc capsCase, sec string, a *agent.Agent, s *Section) {
		want, secrets := fillSamples(t, s, a)
		again := NewSection(sec, a, cc.caps, Options{})
		for path, v := range want {
			f := fieldAt(t, again, path)
			if f.slot.secret != nil {
				if secrets[path] != v {
					t.Errorf("%s: secret %q not handed back, got %q", path, v, secrets[path])
				}
				continue
			}
			got := f.current()
			if f.info.Kind == agent.KindList {
				got = strings.Join(splitList(got), ", ")
			}
			if got != v {
				t.Errorf("%s: wrote %q, read back %q", path, v, got)
			}
		}
	})
}

func TestApplyWithoutEditsLeavesAgentAlone(t *testing.T) {
	for _, cc := range fakeCaps() {
		for _, sec := range agent.Sections {
			a := templateAgent(t)
			// Text the widgets would normalise: tabs and carriage returns
			// in the prompt, a newline in a one-line field.
			a.LLM.Prompt = "Rules:\n\t1. Be brief.\r\n\t2. Be kind.\n"
			a.Greeting.Text = "Hello\nthere"
			a.LLM.Model = "model-not-in-any-list"
			speed := 1.10
			a.Voice.Speed = &speed
			before := a
			raw, _ := json.Marshal(before)
			s := NewSection(sec.ID, &a, cc.caps, Options{})
			formViews(t, s) // the widgets see messages, as in the editor
			if ps := s.Apply(&a); len(ps) > 0 {
				t.Fatalf("%s/%s: Apply: %v", cc.name, sec.ID, ps)
			}
			after, _ := json.Marshal(a)
			if string(raw) != string(after) {
				t.Errorf("%s/%s: opening and applying without edits changed the agent:\n%s\n%s", cc.name, sec.ID, raw, after)
			}
		}
	}
}

func TestApplyReportsUnconvertibleValuesAndKeepsTheOld(t *testing.T) {
	a := templateAgent(t)
	speed := 1.0
	a.Voice.Speed = &speed
	s := NewSection(agent.SectionVoice, &a, capsElevenLabs(), Options{})
	setText(t, s, "voice.speed", "fast")
	setText(t, s, "voice.stability", "0.6")
	ps := s.Apply(&a)
	if len(ps) != 1 || ps[0].String() != "voice.speed: use a number like 1.1" {
		t.Fatalf("problems = %v, want voice.speed: use a number like 1.1", ps)
	}
	if *a.Voice.Speed != 1.0 {
		t.Errorf("speed changed to %v", *a.Voice.Speed)
	}
	if a.Voice.Stability == nil || *a.Voice.Stability != 0.6 {
		t.Errorf("stability = %v, want 0.6 written despite the other problem", a.Voice.Stability)
	}
}

func TestApplyAfterRevertWritesTheOldValueBack(t *testing.T) {
	// The ui applies after every change; typing a value and then the old
	// one again must end with the old one in the agent.
	a := templateAgent(t)
	s := NewSection(agent.SectionBasics, &a, capsDasha(), Options{})
	setText(t, s, "identity.description", "changed")
	mustApply(t, s, &a)
	setText(t, s, "identity.description", "First-line customer support.")
	mustApply(t, s, &a)
	if a.Identity.Description != "First-line customer support." {
		t.Errorf("description = %q", a.Identity.Description)
	}
}

func TestCustomChoiceSurvivesApply(t *testing.T) {
	cases := []struct {
		name, section, path, value string
		caps                       agent.Capabilities
		set                        func(a *agent.Agent, v string)
		get                        func(a *agent.Agent) string
	}{
		{
			"open LLM list", agent.SectionBrain, "llm.model", "my-finetuned-model", capsElevenLabs(),
			func(a *agent.Agent, v string) { a.LLM.Model = v }, func(a *agent.Agent) string { return a.LLM.Model },
		},
		{
			"closed voice model", agent.SectionVoice, "voice.model", "eleven_turbo_v2", capsElevenLabs(),
			func(a *agent.Agent, v string) { a.Voice.Model = v }, func(a *agent.Agent) string { return a.Voice.Model },
		},
		{
			"time zone outside the short list", agent.SectionBasics, "identity.timezone", "Asia/Kathmandu", capsElevenLabs(),
			func(a *agent.Agent, v string) { a.Identity.Timezone = v }, func(a *agent.Agent) string { return a.Identity.Timezone },
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := templateAgent(t)
			tc.set(&a, tc.value)
			s := NewSection(tc.section, &a, tc.caps, Options{})
			f := fieldAt(t, s, tc.path)
			if f.current() != tc.value {
				t.Fatalf("form shows %q, want %q", f.current(), tc.value)
			}
			mustApply(t, s, &a)
			if got := tc.get(&a); got != tc.value {
				t.Fatalf("after Apply %q, want %q", got, tc.value)
			}
			if f.other != nil {
				setText(t, s, tc.path, tc.value+"-2")
				mustApply(t, s, &a)
				if got := tc.get(&a); got != tc.value+"-2" {
					t.Fatalf("typed custom value: got %q", got)
				}
			}
		})
	}
}

func TestChoosingOtherWithoutTypingKeepsTheValue(t *testing.T) {
	// The ui applies after every change, so picking "Other" must not clear
	// the model before anything is typed.
	a := templateAgent(t)
	a.LLM.Model = "gpt-4o"
	s := NewSection(agent.SectionBrain, &a, capsElevenLabs(), Options{})
	f := fieldAt(t, s, "llm.model")
	f.value = otherValue
	mustApply(t, s, &a)
	if a.LLM.Model != "gpt-4o" {
		t.Fatalf("model = %q after choosing Other", a.LLM.Model)
	}
	f.custom = "ft:gpt-4o:acme"
	mustApply(t, s, &a)
	if a.LLM.Model != "ft:gpt-4o:acme" {
		t.Fatalf("model = %q after typing", a.LLM.Model)
	}
	f.value = ""
	mustApply(t, s, &a)
	if a.LLM.Model != "" {
		t.Fatalf("model = %q after choosing the provider default", a.LLM.Model)
	}
}

func TestOtherInputPageShowsOnlyWhenOtherIsChosen(t *testing.T) {
	a := templateAgent(t)
	a.LLM.Model = "gpt-4o"
	s := NewSection(agent.SectionBrain, &a, capsElevenLabs(), Options{})
	if hasLine(formViews(t, s), "Model: other value") {
		t.Error("the other-value input shows while a listed model is chosen")
	}
	a.LLM.Model = "my-own-model"
	s = NewSection(agent.SectionBrain, &a, capsElevenLabs(), Options{})
	if !hasLine(formViews(t, s), "Model: other value") {
		t.Error("the other-value input is missing while Other is chosen")
	}
}

func TestSwitchedOffDetailsAreHidden(t *testing.T) {
	off, on := false, true
	for _, tc := range []struct {
		name    string
		enabled *bool
		visible bool
	}{{"off", &off, false}, {"on", &on, true}, {"provider default", nil, true}} {
		a := templateAgent(t)
		a.Turn.Silence.Enabled = tc.enabled
		s := NewSection(agent.SectionTurn, &a, capsEverything(), Options{})
		if got := hasLine(formViews(t, s), "Remind after"); got != tc.visible {
			t.Errorf("silence handling %s: reminder settings visible = %v, want %v", tc.name, got, tc.visible)
		}
	}
}

// A transfer (not offered: it needs a destination, issue 13) and a kind the
// provider lacks are both kept untouched whatever is ticked.
func TestBuiltinsMultiSelectKeepsInstructionsAndOrder(t *testing.T) {
	a := templateAgent(t)
	a.Builtins = []agent.BuiltinTool{
		{Kind: agent.BuiltinEndCall},
		{Kind: agent.BuiltinTransferCall, Instructions: "Only to the main office."}, // pulled, with its destination
		{Kind: agent.BuiltinSkipTurn}, // not offered by Dasha
	}
	s := NewSection(agent.SectionTools, &a, capsDasha(), Options{})
	if s.builtins == nil {
		t.Fatal("no built-in tools field")
	}
	if got := strings.Join(*s.builtins, ","); got != "end_call" {
		t.Fatalf("ticked %q", got)
	}
	*s.builtins = []string{}
	mustApply(t, s, &a)
	want := []agent.BuiltinTool{{Kind: agent.BuiltinTransferCall, Instructions: "Only to the main office."}, {Kind: agent.BuiltinSkipTurn}}
	if !reflect.DeepEqual(a.Builtins, want) {
		t.Fatalf("builtins = %+v, want %+v", a.Builtins, want)
	}
	*s.builtins = []string{agent.BuiltinEndCall}
	mustApply(t, s, &a)
	want = append(want, agent.BuiltinTool{Kind: agent.BuiltinEndCall})
	if !reflect.DeepEqual(a.Builtins, want) {
		t.Fatalf("builtins = %+v, want %+v", a.Builtins, want)
	}
}

func TestBuiltinsOfferOnlyTheProvidersKindsInPlainWords(t *testing.T) {
	// Issue 13: transfers need destinations, which drafts cannot hold yet,
	// so no provider offers them for switching on.
	got := builtinKinds(capsDasha())
	want := []agent.Choice{{Value: agent.BuiltinEndCall, Label: "End the call"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Dasha-like kinds = %v", got)
	}
	el := builtinKinds(capsElevenLabs())
	if n := len(el); n != len(agent.BuiltinKinds)-2 {
		t.Errorf("ElevenLabs-like offers %d kinds, want all %d but the two transfers", n, len(agent.BuiltinKinds)-2)
	}
	for _, k := range el {
		if agent.BuiltinNeedsDestination(k.Value) {
			t.Errorf("ElevenLabs-like offers %s, which needs a destination", k.Value)
		}
	}
	if builtinKinds(capsTrillet()) != nil {
		t.Error("Trillet-like offers built-in tools")
	}
	a := templateAgent(t)
	views := formViews(t, NewSection(agent.SectionTools, &a, capsElevenLabs(), Options{}))
	for _, k := range agent.BuiltinKinds {
		shown := strings.Contains(strings.Join(views, "\n"), builtinName(k))
		if want := !agent.BuiltinNeedsDestination(k); shown != want {
			t.Errorf("the built-in tools list shows %q: %v, want %v\n%s", builtinName(k), shown, want, strings.Join(views, "\n"))
		}
	}
}

func TestEmptySectionShowsOneNote(t *testing.T) {
	a := templateAgent(t)
	s := NewSection(agent.SectionTurn, &a, capsTrillet(), Options{})
	if !s.Empty() || SectionSupported(agent.SectionTurn, capsTrillet()) {
		t.Fatal("Trillet-like turn-taking should be empty and unsupported")
	}
	if v := strings.Join(formViews(t, s), "\n"); !strings.Contains(v, "This provider has no settings in this section.") {
		t.Errorf("view = %q", v)
	}
	if ps := s.Apply(&a); len(ps) > 0 {
		t.Errorf("Apply of an empty form: %v", ps)
	}
}
