package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestEditorMarksEachSectionCompleteProblemOrUnsupported(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "nova", "blank", func(d *agent.Draft) {
		hot := 7.0
		d.Agent.LLM.Temperature = &hot
	})
	v := h.view()
	for title, mark := range map[string]string{
		"Basics": "✓", "Brain (LLM)": "!", "Calling hours": "–", "Advanced": "–", "Voice": "✓",
	} {
		line := lineWith(v, title)
		if !strings.Contains(line, mark+" "+title) {
			t.Errorf("%s is not marked %s: %q", title, mark, line)
		}
	}
	h.gotoEntry(agent.SectionBrain, "")
	h.requireView("! Temperature", "use a number from 0 to 2")
}

func TestEditorTypingIsSavedAfterAMomentWithoutLeavingTheForm(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	h.editField(agent.SectionBasics, "identity.description")
	h.typeText("Night shift")
	got := h.store.get(d.ID)
	if got.Agent.Identity.Description != "Night shift" {
		t.Fatalf("the description on disk is %q", got.Agent.Identity.Description)
	}
	if got.Revision <= d.Revision {
		t.Fatalf("the revision did not move: %d", got.Revision)
	}
	if e := h.editor(); e.focus != focusForm || e.draft.Revision != got.Revision {
		t.Fatalf("after autosave the editor has focus %d and revision %d (disk %d)", e.focus, e.draft.Revision, got.Revision)
	}
	h.requireView("saved")
}

func TestEditorEnterOnTheLastFieldOpensTheNextSection(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "nova", "blank", nil)
	h.press(h.keys().Editor.Open)
	e := h.editor()
	for i := 0; i < 30 && e.formFor == agent.SectionBasics; i++ {
		h.press(h.keys().Dialog.Confirm)
	}
	if e.formFor != agent.SectionBrain || e.focus != focusForm {
		t.Fatalf("after Basics the editor shows %q with focus %d", e.formFor, e.focus)
	}
}

func TestEditorEscKeepsWhatWasTypedAndGoesUpOneLevel(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "trillet", "blank", nil)
	h.holdAutosave = true
	h.fill(agent.SectionBasics, "identity.name", " two")
	if e := h.editor(); e.focus != focusSidebar {
		t.Fatalf("esc in a form left focus %d", e.focus)
	}
	if got := h.store.get(d.ID).Agent.Identity.Name; got != "Desk two" {
		t.Fatalf("esc lost the typing: name on disk %q", got)
	}
	h.press(h.keys().Global.Back)
	if _, ok := h.top().(*draftsScreen); !ok {
		t.Fatalf("esc on the sections went to %T", h.top())
	}
	h.press(h.keys().Global.Back)
	if h.quit {
		t.Fatal("esc on the first screen quit")
	}
}

func TestEditorListAddEditReorderRemove(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "trillet", "blank", nil)
	k := h.keys()
	h.openEntry(agent.SectionVariables, "variables")
	for _, v := range []struct{ name, value string }{{"first_name", "Ada"}, {"city", "Leeds"}} {
		h.press(k.Items.Add)
		h.focusField("variables[" + itoa(h.editor().item) + "].name")
		h.clearField()
		h.typeText(v.name)
		h.press(k.Dialog.Confirm)
		h.typeText(v.value)
		h.press(k.Global.Back)
	}
	names := func() []string {
		var out []string
		for _, v := range h.store.get(d.ID).Agent.Variables {
			out = append(out, v.Name+"="+v.Value)
		}
		return out
	}
	if got := strings.Join(names(), ","); got != "first_name=Ada,city=Leeds" {
		t.Fatalf("after adding, the variables on disk are %s", got)
	}
	h.press(k.Items.MoveUp) // city is selected after its edit
	if got := strings.Join(names(), ","); got != "city=Leeds,first_name=Ada" {
		t.Fatalf("after moving up, %s", got)
	}
	h.press(k.Items.Remove)
	h.requireView("Remove “city")
	h.press(k.Dialog.Cancel)
	if len(names()) != 2 {
		t.Fatal("cancelling the remove removed it")
	}
	h.press(k.Items.Remove)
	h.press(k.Dialog.Next)
	h.press(k.Dialog.Confirm)
	if got := strings.Join(names(), ","); got != "first_name=Ada" {
		t.Fatalf("after removing, %s", got)
	}
}

func TestEditorNestedListsOfAnItem(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "elevenlabs", "support", nil)
	k := h.keys()
	h.openEntry(agent.SectionTools, "tools")
	h.press(k.Items.Down) // Parameters (1) of lookup_order
	h.press(k.Items.Edit)
	h.requireView("Webhook tools › Parameters", "order_number")
	h.press(k.Items.Add)
	h.press(k.Global.Back)
	if n := len(h.store.get(d.ID).Agent.Tools[0].Params); n != 2 {
		t.Fatalf("the tool has %d parameters on disk, want 2", n)
	}
	h.press(k.Global.Back) // up to the tools
	h.requireView("Parameters (2)")
}

func TestEditorProviderSwitchShowsWhatIsDroppedAndAsksFirst(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "elevenlabs", "support", func(d *agent.Draft) {
		d.SetRemote(agent.Remote{ID: "agent_9", AgentHash: agent.ContentHash(&d.Agent)})
		d.SetNative(`{"name":"Desk"}`)
	})
	k := h.keys()
	h.press(k.Editor.Provider)
	h.press(k.Dialog.Confirm) // Nova
	h.requireView("Switch to Nova?", "Basics › Description", "agent_9")
	h.press(k.Dialog.Confirm) // "Keep ElevenLabs" is first
	if got := h.store.get(d.ID); got.Provider != "elevenlabs" || got.Remote().ID != "agent_9" {
		t.Fatalf("keeping the provider changed the draft: %s %+v", got.Provider, got.Remote())
	}
	h.press(k.Editor.Provider)
	h.press(k.Dialog.Confirm)
	h.press(k.Dialog.Next)
	h.press(k.Dialog.Confirm)
	got := h.store.get(d.ID)
	if got.Provider != "nova" || got.Remote().ID != "" || got.Native() != "" {
		t.Fatalf("after the switch: provider %s, remote %+v, native %q", got.Provider, got.Remote(), got.Native())
	}
	// The ElevenLabs link and document stay, for switching back.
	if r := got.RemoteFor("elevenlabs", agent.DefaultEnv); r.ID != "agent_9" || r.Native != `{"name":"Desk"}` {
		t.Fatalf("the switch dropped the ElevenLabs link: %+v", r)
	}
	if len(got.Agent.Tools) != 1 {
		t.Fatal("the switch threw away settings the new provider cannot carry; they should stay in the draft")
	}
	h.requireView("Desk · Nova", "Switched from ElevenLabs to Nova")
}

func TestEditorPromptOpensInTheEditorAndOnlyThePromptChanges(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "receptionist", nil)
	h.env["EDITOR"] = "my-editor --wait"
	k := h.keys()
	h.editField(agent.SectionBrain, "llm.prompt")
	h.requireView("ctrl+e edit in $EDITOR")
	h.press(k.Editor.ExternalEditor)
	if len(h.execs) != 1 {
		t.Fatalf("the editor was run %d times", len(h.execs))
	}
	args := h.execs[0]
	if args[0] != "my-editor" || args[1] != "--wait" {
		t.Fatalf("ran %q", args)
	}
	path := args[2]
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the prompt file is %v (%v); it must be private", info.Mode(), err)
	}
	raw, _ := os.ReadFile(path)
	if string(raw) != d.Agent.LLM.Prompt {
		t.Fatalf("the file holds %q", raw)
	}
	// The editor saves a new prompt and exits.
	if err := os.WriteFile(path, []byte("Be brief.\nAlways confirm the caller's name.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e := h.editor()
	h.send(editorClosedMsg{reqID: e.prompt.req, path: path})
	got := h.store.get(d.ID).Agent
	if got.LLM.Prompt != "Be brief.\nAlways confirm the caller's name." {
		t.Fatalf("the prompt on disk is %q", got.LLM.Prompt)
	}
	if got.Greeting.Text != d.Agent.Greeting.Text || got.Identity.Description != d.Agent.Identity.Description {
		t.Fatal("text from the editor reached another field")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("the temporary prompt file was left behind")
	}
	if e.form == nil || e.form.Form.GetFocusedField().GetKey() != "llm.prompt" {
		t.Fatal("the prompt field lost focus after the edit")
	}
}

func TestEditorFailedEditorRunLeavesThePromptAndSaysWhy(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "receptionist", nil)
	h.editField(agent.SectionBrain, "llm.prompt")
	h.press(h.keys().Editor.ExternalEditor)
	path := h.execs[0][len(h.execs[0])-1]
	if h.execs[0][0] != "vi" {
		t.Fatalf("with no $VISUAL or $EDITOR it ran %q, want vi", h.execs[0][0])
	}
	h.send(editorClosedMsg{reqID: h.editor().prompt.req, path: path, err: os.ErrNotExist})
	h.requireView("did not finish", "prompt is unchanged")
	if h.store.get(d.ID).Agent.LLM.Prompt != d.Agent.LLM.Prompt {
		t.Fatal("a failed editor run changed the prompt")
	}
}

func TestEditorSecretsGoToTheCredentialsNeverTheDraft(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	h.fill(agent.SectionBrain, "llm.api_key", "sk-very-secret")
	got := h.savedWithout(d.ID, "sk-very-secret")
	if !agent.IsRef(string(got.Agent.LLM.APIKey)) {
		t.Fatalf("the draft holds %q, not a reference", got.Agent.LLM.APIKey)
	}
	if v, ok := h.secrets.Secret(got.Agent.LLM.APIKey); !ok || v != "sk-very-secret" {
		t.Fatalf("the credentials hold %q under the reference", v)
	}
	if strings.Contains(h.view(), "sk-very-secret") {
		t.Fatal("the key shows on screen")
	}
}

func TestEditorLiveChoicesAreFetchedOnceAndOffered(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "nova", "blank", nil)
	h.openEntry(agent.SectionBrain, "")
	h.requireView("Live model one")
	if _, ok := h.app.sh.choices.get("nova", "llm.model"); !ok {
		t.Fatal("the live list was not cached")
	}
	h.press(h.keys().Global.Back)
	h.press(h.keys().Editor.Open)
	if n := len(h.editor().fetching); n != 0 {
		t.Fatalf("the cached list was fetched again (%d in flight)", n)
	}
	h.requireView("Live model one")
}

// A password typed into an address (https://user:pass@…) goes to the
// credentials like any other secret: the draft file holds a reference in
// its place, the same one at every save, and a push sends it back.
func TestEditorPasswordInAnAddressNeverReachesTheDraft(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	h.fill(agent.SectionBrain, "llm.endpoint", "https://bot:hunter2-long@llm.example/v1?api_key=k-123")
	got := h.savedWithout(d.ID, "hunter2-long", "k-123")
	refs := agent.URLRefs(got.Agent.LLM.Endpoint)
	if len(refs) != 2 || agent.URLHost(got.Agent.LLM.Endpoint) != "llm.example" {
		t.Fatalf("the draft holds %q", got.Agent.LLM.Endpoint)
	}
	if back, missing := agent.ResolveURLSecrets(got.Agent.LLM.Endpoint, h.secrets); len(missing) > 0 ||
		back != "https://bot:hunter2-long@llm.example/v1?api_key=k-123" {
		t.Fatalf("resolved back to %q (missing %v)", back, missing)
	}
	// Saving again while the address is unchanged keeps the same references.
	for h.editor().cursorEntry().section != agent.SectionBrain {
		h.press(h.keys().Editor.Up)
	}
	h.fill(agent.SectionBrain, "llm.prompt", "x")
	if again := h.store.get(d.ID).Agent.LLM.Endpoint; again != got.Agent.LLM.Endpoint {
		t.Fatalf("a second save changed the references: %q, then %q", got.Agent.LLM.Endpoint, again)
	}
}
