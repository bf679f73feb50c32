package forms

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

func TestEditorCommandPrefersVisualThenEditorThenVi(t *testing.T) {
	cases := []struct {
		name           string
		visual, editor string
		want           []string
	}{
		{"visual wins", "code --wait", "nano", []string{"code", "--wait"}},
		{"editor when no visual", "", "emacs -nw", []string{"emacs", "-nw"}},
		{"blank visual is ignored", "   ", "hx", []string{"hx"}},
		{"vi when neither is set", "", "", []string{"vi"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := map[string]string{"VISUAL": tc.visual, "EDITOR": tc.editor}
			got := EditorCommand(func(k string) string { return env[k] })
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("EditorCommand = %q, want %q", got, tc.want)
			}
		})
	}
}

// editorKey presses ctrl+e on the prompt and returns the types of the
// messages its command produces, and the files huh left in TMPDIR.
func editorKey(t *testing.T, opt Options) (msgTypes string, files []os.DirEntry) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a := templateAgent(t)
	s := NewSection(agent.SectionBrain, &a, capsElevenLabs(), opt)
	d := newUnsizedDriver(t, s.Form)
	for d.focused() != "llm.prompt" {
		d.press(tea.KeyEnter, 1)
	}
	_, cmd := s.Form.Update(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	var types []string
	var collect func(c tea.Cmd)
	collect = func(c tea.Cmd) {
		if c == nil || reflect.ValueOf(c).Pointer() == d.blink {
			return
		}
		msg := c()
		if v := reflect.ValueOf(msg); msg != nil && v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
			for i := range v.Len() {
				collect(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		types = append(types, fmt.Sprintf("%T", msg))
	}
	collect(cmd)
	files, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(types, " "), files
}

func TestEditorKeyOpensTheEditorOnlyWhenAllowed(t *testing.T) {
	types, files := editorKey(t, Options{ExternalEditor: true, Editor: []string{"true"}})
	if !strings.Contains(types, "exec") || len(files) != 1 || !strings.HasSuffix(files[0].Name(), ".md") {
		t.Errorf("allowed: messages %q, temp files %v; want an exec and one .md file", types, files)
	}
	types, files = editorKey(t, Options{ExternalEditor: false})
	if strings.Contains(types, "exec") || len(files) != 0 {
		t.Errorf("not allowed: messages %q, temp files %v; want no editor", types, files)
	}
}

func TestPromptIsAloneInItsGroup(t *testing.T) {
	// huh writes the editor's text into every text field of a group
	// (huh#686), so each long text needs a group of its own.
	a := templateAgent(t)
	b := newBuilder(&a, capsEverything(), Options{}, agentSlot)
	for _, p := range sectionPages(agent.SectionBrain) {
		b.page(p)
	}
	for _, g := range b.groups {
		if strings.Contains(ansiFree(g.Content()), "Prompt") && strings.Contains(ansiFree(g.Content()), "Temperature") {
			t.Fatal("the prompt shares a group with other fields")
		}
	}
}
