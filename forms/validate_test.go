package forms

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestValidationMessagesSayWhatToDo(t *testing.T) {
	cases := []struct {
		name, section, path string
		caps                agent.Capabilities
		prepare             func(t *testing.T, s *Section) // e.g. pick a vendor in the same form
		input, want         string
	}{
		{"provider range", agent.SectionVoice, "voice.speed", capsElevenLabs(), nil, "1.5", "Enter a number from 0.7 to 1.2"},
		{"not a number", agent.SectionBrain, "llm.temperature", capsElevenLabs(), nil, "warm", "Enter a number from 0 to 2"},
		{"catalogue range", agent.SectionBrain, "llm.top_p", capsDasha(), nil, "1.5", "Enter a number from 0 to 1"},
		{"whole number", agent.SectionGreeting, "limits.max_duration", capsElevenLabs(), nil, "90.5", "Enter a whole number from 1 to 86400"},
		{"only a lower limit", agent.SectionBrain, "llm.thinking_budget", capsElevenLabs(), nil, "-5", "Enter a whole number of at least 0"},
		{"no limits at all", agent.SectionBrain, "llm.max_tokens", capsDasha(), nil, "lots", "Enter a whole number, like 3"},
		{
			"vendor range of the agent's vendor", agent.SectionVoice, "voice.speed", capsDasha(),
			nil, "3", "Enter a number from 0.7 to 1.2",
		},
		{
			"vendor range follows the vendor chosen in the form", agent.SectionVoice, "voice.speed", capsDasha(),
			func(t *testing.T, s *Section) { setText(t, s, "voice.vendor", "Cartesia") }, "3", "Enter a number from 0 to 2",
		},
		{
			"vendor range of one value", agent.SectionVoice, "voice.speed", capsDasha(),
			func(t *testing.T, s *Section) { setText(t, s, "voice.vendor", "Lmnt") }, "1.1", "Enter a number of exactly 1",
		},
		{"length", agent.SectionBasics, "identity.name", capsDasha(), nil, strings.Repeat("x", 101), "Use at most 100 characters (now 101)"},
		{"language code", agent.SectionBasics, "identity.language", capsDasha(), nil, "English", "Enter a language code like en, en-US or pt-BR"},
		{"time zone", agent.SectionHours, "schedule.timezone", capsDasha(), nil, "CET+1", "Enter a time zone name like Europe/London or America/New_York"},
		{
			"too many in a list", agent.SectionTurn, "turn.fillers.phrases", capsElevenLabs(), nil,
			"a, b, c, d, e, f, g, h, i", "Use at most 8, separated by commas (now 9)",
		},
		{"web address", agent.SectionVariables, "webhooks.pre_call.url", capsDasha(), nil, "example.com/start", "Enter a full web address, starting with https://"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := templateAgent(t)
			a.Voice.Vendor = "ElevenLabs"
			s := NewSection(tc.section, &a, tc.caps, Options{})
			if tc.prepare != nil {
				tc.prepare(t, s)
			}
			f := fieldAt(t, s, tc.path)
			err := f.check(tc.input)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("check(%q) = %v, want %q", tc.input, err, tc.want)
			}
		})
	}
}

func TestItemValidationMessages(t *testing.T) {
	a := templateAgent(t)
	a.Schedule.Mon = []agent.Window{{Start: "09:00", End: "17:00"}}
	cases := []struct {
		list       string
		i          int
		path       string
		caps       agent.Capabilities
		input, msg string
	}{
		{"tools", 0, "tools[0].name", capsDasha(), "look-up", "Use letters, digits and _, not starting with a digit"},
		{"tools", 0, "tools[0].retries", capsDasha(), "9", "Enter a whole number from 0 to 5"},
		{"tools", 0, "tools[0].url", capsDasha(), "orders", "Enter a full web address, starting with https://"},
		{"tools[0].params", 0, "tools[0].params[0].name", capsDasha(), "order number", "Use letters, digits and _ only, not starting with a digit"},
		{"schedule.mon", 0, "schedule.mon[0].start", capsDasha(), "9am", "Enter a time like 09:00 (hours 00–23, minutes 00–59)"},
		{"variables", 0, "variables[0].name", capsTrillet(), "2nd", "Use letters, digits and _ only, not starting with a digit"},
		{"callbacks.gaps", 0, "callbacks.gaps[0].days", capsTrillet(), "45", "Enter a whole number from 0 to 30"},
	}
	a.Variables = []agent.Variable{{Name: "x"}}
	a.Callbacks.Gaps = []agent.Gap{{Days: 1}}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			s := NewItem(tc.list, tc.i, &a, tc.caps, Options{})
			f := fieldAt(t, s, tc.path)
			if err := f.check(tc.input); err == nil || err.Error() != tc.msg {
				t.Fatalf("check(%q) = %v, want %q", tc.input, err, tc.msg)
			}
		})
	}
}

// TestEveryValidatorAcceptsEmpty: "" means "use the provider default", and
// huh's accessible mode checks "" when Enter keeps a value.
func TestEveryValidatorAcceptsEmpty(t *testing.T) {
	for _, cc := range fakeCaps() {
		a := fullAgent(t)
		var sections []*Section
		for _, sec := range agent.Sections {
			sections = append(sections, NewSection(sec.ID, &a, cc.caps, Options{}))
		}
		for _, l := range allLists(&a) {
			for i := range Items(l, &a) {
				sections = append(sections, NewItem(l, i, &a, cc.caps, Options{}))
			}
		}
		for _, s := range sections {
			for _, f := range s.fields {
				if f.check != nil {
					if err := f.check(""); err != nil {
						t.Errorf("%s/%s rejects \"\": %v", cc.name, f.path, err)
					}
					if err := f.check("   "); err != nil {
						t.Errorf("%s/%s rejects spaces: %v", cc.name, f.path, err)
					}
					isNumber := f.info.Kind == agent.KindNumber || f.info.Kind == agent.KindInteger
					if err := f.check("lots"); isNumber && (err == nil || !strings.HasPrefix(err.Error(), "Enter a ")) {
						t.Errorf("%s/%s: %q for a word in a number field; want advice", cc.name, f.path, err)
					}
				}
			}
		}
	}
}
