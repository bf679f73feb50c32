package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// A key typed as the secret value of one of Dasha's address values goes
// to the credentials: the draft file holds only its reference, and the
// screen never shows the key.
func TestEditorSecretValueOfASettingRecordGoesToTheCredentials(t *testing.T) {
	t.Parallel()
	const list = "settings.dasha.result_webhook_query"
	p := newScriptProvider("dasha")
	p.caps.Provider = "dasha"
	p.caps.Settings = append(p.caps.Settings, agent.Setting{
		Key: "result_webhook_query", Section: agent.SectionTools, Label: "After-call address values",
		Help: "Values added to the after-call webhook's address.", Kind: agent.KindItems, Advanced: true, KeyedBy: "name",
		Items: []agent.Setting{
			{Key: "name", Label: "Name", Help: "The value's name.", Kind: agent.KindText},
			{Key: "value", Label: "Value", Help: "The value.", Kind: agent.KindText},
			{Key: "secret", Label: "Secret value", Help: "A key; kept with your credentials.", Kind: agent.KindSecret},
		},
	})
	h, d := openSeeded(t, []harnessOption{withProvider(p)}, "dasha", "receptionist", func(d *agent.Draft) {
		d.Agent.Settings = d.Agent.Settings.With("dasha", "result_webhook_query", []map[string]any{{"name": "token"}})
	})
	h.openEntry(agent.SectionTools, list)
	h.press(h.keys().Items.Edit)
	h.focusField(list + "[0].secret")
	h.typeText("sk-query-very-secret")
	h.press(h.keys().Global.Back)
	got := h.savedWithout(d.ID, "sk-query-very-secret")
	recs, _ := agent.SettingRecords(got.Agent.Settings["dasha"]["result_webhook_query"])
	ref, _ := agent.SettingText(recs[0]["secret"])
	if len(recs) != 1 || !agent.IsRef(ref) || recs[0]["name"] != "token" {
		t.Fatalf("the draft holds %v", recs)
	}
	if v, ok := h.secrets.Secret(agent.SecretRef(ref)); !ok || v != "sk-query-very-secret" {
		t.Fatalf("the credentials hold %q under the reference", v)
	}
	if strings.Contains(h.view(), "sk-query-very-secret") {
		t.Fatal("the key shows on screen")
	}
}
