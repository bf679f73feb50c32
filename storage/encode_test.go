package storage

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/agentdeck/agentdeck/agent"
)

func TestTextSurvivesExactly(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		block      bool // written as a block scalar
	}{
		{"plain lines", "You are helpful.\nBe brief.", true},
		{"trailing newline", "Line one\nLine two\n", true},
		{"several trailing newlines", "Line\n\n\n", true},
		{"leading spaces", "  indented first line\nsecond", false},
		{"leading tab", "\tindented\nsecond", false},
		{"leading blank line", "\nafter a blank line", false},
		{"indented later lines", "first\n  second\n\tthird", true},
		{"blank lines inside", "a\n\n\nb", true},
		{"tabs", "a\tb\n\tc", true},
		{"looks like yaml", "key: value\n- item\n# not a comment\n---\n...", true},
		{"unicode", "Grüß Gott\n日本語 — “quotes”", true},
		// The YAML library writes characters beyond the Basic Multilingual
		// Plane only as escapes, so such text is quoted, still exact.
		{"emoji", "Hello 👋\nthere", false},
		{"windows line ends", "line one\r\nline two\r\n", false},
		{"lone carriage return", "a\rb", false},
		{"next-line character", "a\u0085b", false},
		{"trailing spaces on a line", "a  \nb", false},
		{"only a newline", "\n", false},
		{"line separator", "a\u2028b\nc", false},
		{"control character", "bell\a\nring", false},
		{"DEL, C1 control and BOM", "a\x7fb\u0086c\ufeffd", false},
		{"yaml 1.1 lookalikes", "yes", false},
		{"single line", "Just one line", false},
	}
	s := newTestStore(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDraft("Text", "nova")
			// The prompt sits in mappings, the variable in a list item: the
			// YAML library treats the two differently.
			d.Agent.LLM.Prompt = tt.text
			d.Agent.Greeting.Text = tt.text
			d.Agent.Variables[0].Value = tt.text
			mustSave(t, s, &d)
			got, err := s.Load(d.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Agent.LLM.Prompt != tt.text || got.Agent.Greeting.Text != tt.text || got.Agent.Variables[0].Value != tt.text {
				t.Errorf("text changed:\n got %q\nwant %q", got.Agent.LLM.Prompt, tt.text)
			}
			raw, _ := os.ReadFile(s.path(d.ID))
			if isBlock := strings.Contains(string(raw), "prompt: |"); isBlock != tt.block {
				t.Errorf("block scalar = %v, want %v:\n%s", isBlock, tt.block, raw)
			}
		})
	}
}

func TestInvalidTextIsRefusedNotChanged(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	d := newDraft("Bytes", "nova")
	d.Agent.Tools = []agent.Tool{{Name: "t", Description: "bad \xff byte"}}
	err := s.Save(&d)
	if err == nil || !strings.Contains(err.Error(), "agent.tools[0].description holds bytes that are not text") {
		t.Errorf("err = %v, want a refusal naming the field", err)
	}
	if d.ID != "" {
		t.Error("a refused new draft got an id")
	}
}

func TestYAMLAndJSONNamesAgree(t *testing.T) {
	t.Parallel()
	// The encoder goes through JSON, so each field must have one name.
	var check func(t reflect.Type, path string)
	check = func(typ reflect.Type, path string) {
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice:
			check(typ.Elem(), path)
			return
		case reflect.Struct:
		default:
			return
		}
		if typ == reflect.TypeOf(time.Time{}) {
			return
		}
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			y, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			j, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if y != j {
				t.Errorf("%s.%s: yaml name %q, json name %q; they must agree", path, f.Name, y, j)
			}
			check(f.Type, path+"."+f.Name)
		}
	}
	check(reflect.TypeOf(agent.Draft{}), "Draft")
}

// FuzzTextRoundTrip checks that any text a person can type into a prompt or
// a greeting is saved and comes back exactly, never refused.
func FuzzTextRoundTrip(f *testing.F) {
	for _, seed := range []string{"a\nb", "line\r\n", "  x\n", "👋\n", "\x00", "a  \nb", "\xff\xfe", "- x\n# y"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // refused, never changed: see TestInvalidTextIsRefusedNotChanged
		}
		d := newDraft("Fuzz", "nova")
		d.SchemaVersion = agent.SchemaVersion
		d.Agent.LLM.Prompt = text
		d.Agent.Variables[0].Value = text
		out, err := encodeDraft(&d)
		if err != nil {
			t.Fatalf("text %q was refused: %v", text, err)
		}
		back, err := decodeDraft(out, defaultMigrations())
		if err != nil {
			t.Fatalf("text %q does not read back: %v\n%s", text, err, out)
		}
		if back.Agent.LLM.Prompt != text || back.Agent.Variables[0].Value != text {
			t.Fatalf("text %q came back as %q", text, back.Agent.LLM.Prompt)
		}
	})
}
