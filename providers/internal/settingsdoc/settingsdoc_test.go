package settingsdoc

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

var table = []agent.Setting{
	{Key: "turn_model", Wire: "conversation_config.turn.turn_model", Kind: agent.KindChoice},
	{Key: "soft_timeout", Wire: "conversation_config.turn.soft_timeout", Kind: agent.KindNumber},
	{Key: "retries", Wire: "llm.retries", Kind: agent.KindInteger},
	{Key: "record", Wire: "privacy.record_voice", Kind: agent.KindBool},
	{Key: "stop", Wire: "llm.stop", Kind: agent.KindList},
	{Key: "fixed", Wire: "fixed", Kind: agent.KindText, ReadOnly: "its meaning is not documented"},
	{Key: "criteria", Wire: "evaluation.criteria", Kind: agent.KindItems, Items: []agent.Setting{
		{Key: "name", Wire: "name", Kind: agent.KindText},
		{Key: "goal", Wire: "conversation_goal_prompt", Kind: agent.KindText},
	}},
	{Key: "data", Wire: "data_collection", Kind: agent.KindItems, KeyedBy: "name", Items: []agent.Setting{
		{Key: "name", Kind: agent.KindText},
		{Key: "type", Wire: "type", Kind: agent.KindChoice},
	}},
}

const doc = `{"conversation_config":{"turn":{"turn_model":"turn_v2","soft_timeout":2.5,"other":1}},
"llm":{"retries":3,"stop":["bye"]},"privacy":{"record_voice":true},"fixed":"x",
"evaluation":{"criteria":[{"id":"c1","name":"polite","conversation_goal_prompt":"be polite"}]},
"data_collection":{"city":{"type":"string","description":"kept"}}}`

func TestReadThenOverlayUnchangedLeavesTheDocumentAlone(t *testing.T) {
	d, err := jsondoc.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	got := Read(d, table)
	if got["turn_model"] != "turn_v2" || got["soft_timeout"] != 2.5 || got["retries"] != 3 || got["record"] != true || got["fixed"] != "x" {
		t.Fatalf("read %v", got)
	}
	recs, _ := agent.SettingRecords(got["criteria"])
	if len(recs) != 1 || recs[0]["goal"] != "be polite" {
		t.Fatalf("criteria %v", got["criteria"])
	}
	data, _ := agent.SettingRecords(got["data"])
	if len(data) != 1 || data[0]["name"] != "city" || data[0]["type"] != "string" {
		t.Fatalf("data %v", got["data"])
	}
	before := jsondoc.Clone(d)
	Overlay(d, got, got, table)
	if !jsondoc.Equal(before, d) {
		t.Fatal("an unchanged overlay changed the document")
	}
}

func TestOverlayWritesChangesKeepsUnmodelledKeysAndDeletesRemoved(t *testing.T) {
	d, _ := jsondoc.Parse([]byte(doc))
	base := Read(d, table)
	cur := map[string]any{}
	for k, v := range base {
		cur[k] = v
	}
	cur["turn_model"] = "turn_v3"
	delete(cur, "record")
	cur["fixed"] = "changed"
	cur["criteria"] = []map[string]any{{"name": "kind", "goal": "be polite"}}
	cur["data"] = []any{map[string]any{"name": "city", "type": "number"}, map[string]any{"name": "zip", "type": "string"}}
	Overlay(d, cur, base, table)
	want := `{"conversation_config":{"turn":{"turn_model":"turn_v3","soft_timeout":2.5,"other":1}},
"llm":{"retries":3,"stop":["bye"]},"privacy":{},"fixed":"x",
"evaluation":{"criteria":[{"id":"c1","name":"kind","conversation_goal_prompt":"be polite"}]},
"data_collection":{"city":{"type":"number","description":"kept"},"zip":{"type":"string"}}}`
	w, _ := jsondoc.Parse([]byte(want))
	if !jsondoc.Equal(w, d) {
		out, _ := d.MarshalJSON()
		t.Fatalf("got %s", out)
	}
}
