package forms

import (
	"fmt"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// queryCaps is a list setting whose records are a name, a plain value and
// a secret value, as Dasha's address values are.
var queryCaps = agent.Capabilities{Provider: "acme", Settings: []agent.Setting{{
	Key: "query", Section: agent.SectionTools, Label: "Address values", Help: "Values added to the address.", Kind: agent.KindItems, KeyedBy: "name",
	Items: []agent.Setting{
		{Key: "name", Label: "Name", Help: "The value's name.", Kind: agent.KindText},
		{Key: "value", Label: "Value", Help: "The value.", Kind: agent.KindText},
		{Key: "secret", Label: "Secret value", Help: "A key; kept with your credentials.", Kind: agent.KindSecret},
	},
}}}

// A secret value typed into a record goes to the credentials, never into
// the draft, which then holds only its reference in that record.
func TestASecretFieldOfARecordGoesToTheCredentials(t *testing.T) {
	a := agent.Agent{Settings: agent.Settings{"acme": {"query": []map[string]any{{"name": "token"}}}}}
	const path = "settings.acme.query[0].secret"
	item := NewItem("settings.acme.query", 0, &a, queryCaps, Options{})
	setText(t, item, path, "sk-typed-query")
	mustApply(t, item, &a)
	if strings.Contains(fmt.Sprint(a.Settings), "sk-typed-query") {
		t.Fatalf("the typed key reached the draft: %v", a.Settings)
	}
	if got := item.Secrets()[path]; got != "sk-typed-query" {
		t.Fatalf("secrets %v", item.Secrets())
	}
	ref := agent.NewSecretRef(path)
	if err := SetSecretRef(&a, path, ref); err != nil {
		t.Fatal(err)
	}
	recs, _ := agent.SettingRecords(a.Settings["acme"]["query"])
	if len(recs) != 1 || recs[0]["secret"] != string(ref) || recs[0]["name"] != "token" {
		t.Fatalf("reference not written into the record: %v", recs)
	}
	if ps := settingErrors(&a, queryCaps); len(ps) > 0 {
		t.Fatalf("a reference is refused: %v", ps)
	}
	if err := SetSecretRef(&a, "settings.acme.query[3].secret", ref); err == nil {
		t.Error("a reference for a record that is gone was written")
	}
}

// A key typed as the plain value of a name like a key goes to the
// credentials as the secret value, and leaves no plain copy.
func TestAKeyTypedAsARecordsPlainValueIsDiverted(t *testing.T) {
	a := agent.Agent{Settings: agent.Settings{"acme": {"query": []map[string]any{{"name": "api_key"}}}}}
	item := NewItem("settings.acme.query", 0, &a, queryCaps, Options{})
	setText(t, item, "settings.acme.query[0].value", "sk-typed-plain")
	mustApply(t, item, &a)
	if strings.Contains(fmt.Sprint(a.Settings), "sk-typed-plain") {
		t.Fatalf("the typed key reached the draft: %v", a.Settings)
	}
	if got := item.Secrets()["settings.acme.query[0].secret"]; got != "sk-typed-plain" {
		t.Fatalf("secrets %v", item.Secrets())
	}
}
