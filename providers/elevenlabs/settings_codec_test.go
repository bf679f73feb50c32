package elevenlabs

import (
	"slices"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func encodeTree(t *testing.T, a *agent.Agent, native []byte) object {
	t.Helper()
	body, err := encodeDocument(a, native, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	return providertest.ParseObject(t, body)
}

// TestInlineToolSettingsFollowTheirTool: the other settings of tools
// written into the agent are matched by the tool's name, so reordering the
// webhook tools does not move a client tool's settings onto another tool,
// and removing the client tool's record removes that tool.
func TestInlineToolSettingsFollowTheirTool(t *testing.T) {
	t.Parallel()
	dec, err := decodeDocument(readDoc(t, "webhook_tools.json"))
	if err != nil {
		t.Fatal(err)
	}
	a := dec.Agent
	slices.Reverse(a.Tools)
	recs, _ := agent.SettingRecords(a.Settings[ProviderID][inlineToolsKey])
	var changed []map[string]any
	for _, r := range recs {
		c := map[string]any{}
		for k, v := range r {
			c[k] = v
		}
		if c["name"] == "show_order_on_screen" {
			c["expects_response"] = true
		}
		if c["name"] == "get_order" {
			c["execution_mode"] = "async"
		}
		changed = append(changed, c)
	}
	a.Settings = a.Settings.With(ProviderID, inlineToolsKey, changed)
	tree := encodeTree(t, &a, dec.Native)
	v, _ := jsondoc.Lookup(tree, pTools...)
	items, _ := v.([]any)
	client := inlineToolNamed(items, "show_order_on_screen")
	if b, _ := jsondoc.Bool(client.Value("expects_response")); !b {
		t.Errorf("the client tool did not get its setting: %v", client)
	}
	order := inlineToolNamed(items, "get_order")
	if m := strAt(order, "execution_mode"); m != "async" {
		t.Errorf("get_order's execution mode is %q, want async", m)
	}
	if s := strAt(inlineToolNamed(items, "create_return"), "execution_mode"); s != "" {
		t.Errorf("create_return got another tool's setting: %q", s)
	}

	// Removing the client tool's record removes the client tool.
	var without []map[string]any
	for _, r := range changed {
		if r["name"] != "show_order_on_screen" {
			without = append(without, r)
		}
	}
	a.Settings = a.Settings.With(ProviderID, inlineToolsKey, without)
	tree = encodeTree(t, &a, dec.Native)
	v, _ = jsondoc.Lookup(tree, pTools...)
	items, _ = v.([]any)
	if inlineToolNamed(items, "show_order_on_screen") != nil || len(items) != 2 {
		t.Errorf("the client tool is still there: %d tools", len(items))
	}
}

// TestBuiltinSettingsOnlyWhileTheToolIsOn: a built-in tool's settings never
// switch it on half-made; with the tool on they are sent.
func TestBuiltinSettingsOnlyWhileTheToolIsOn(t *testing.T) {
	t.Parallel()
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Built-ins")
	a.Settings = agent.Settings{ProviderID: {"end_call_response_timeout_secs": 30}}
	tree := encodeTree(t, &a, nil)
	if tree.Path(path(pBuiltins, "end_call")...) != nil {
		t.Fatal("a setting of the end-call tool switched it on")
	}
	a.Builtins = []agent.BuiltinTool{{Kind: agent.BuiltinEndCall}}
	tree = encodeTree(t, &a, nil)
	got, _ := jsondoc.Lookup(tree, path(pBuiltins, "end_call", "response_timeout_secs")...)
	if n, _ := jsondoc.Integer(got); n != 30 {
		t.Errorf("end-call wait is %v, want 30", got)
	}
}

// TestWorkspaceToolsAreRecordsOfIDs: the tools attached by id read as one
// entry each; removing an entry detaches that tool and keeps the others in
// their order, and untouched entries leave the document as it was.
func TestWorkspaceToolsAreRecordsOfIDs(t *testing.T) {
	t.Parallel()
	native := []byte(`{"conversation_config":{"agent":{"prompt":{"tool_ids":["tool_a","tool_b","tool_c"]}}}}`)
	dec, err := decodeDocument(native)
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := agent.SettingRecords(dec.Agent.Settings[ProviderID][toolIDsKey])
	if len(recs) != 3 || recs[1]["id"] != "tool_b" {
		t.Fatalf("read %v", recs)
	}
	a := dec.Agent
	tree := encodeTree(t, &a, dec.Native)
	if got, _ := jsondoc.Lookup(tree, toolIDsPath()...); !slices.Equal(mustStrings(got), []string{"tool_a", "tool_b", "tool_c"}) {
		t.Errorf("unchanged: %v", got)
	}
	a.Settings = a.Settings.With(ProviderID, toolIDsKey, []map[string]any{recs[0], recs[2]})
	tree = encodeTree(t, &a, dec.Native)
	if got, _ := jsondoc.Lookup(tree, toolIDsPath()...); !slices.Equal(mustStrings(got), []string{"tool_a", "tool_c"}) {
		t.Errorf("after detaching tool_b: %v", got)
	}
}

func mustStrings(v any) []string {
	l, _ := jsondoc.Strings(v)
	return l
}
