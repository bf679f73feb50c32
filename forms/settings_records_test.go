package forms

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestListsInsideSettingRecords: a record of a list setting may hold a
// list of records (a transfer's SIP headers); it is offered as the
// record's own list and edited item by item, the outer record kept whole.
func TestListsInsideSettingRecords(t *testing.T) {
	caps := agent.Capabilities{Provider: "acme", Settings: []agent.Setting{{
		Key: "transfers", Section: agent.SectionTools, Label: "Transfers", Help: "Where calls go.", Kind: agent.KindItems,
		Items: []agent.Setting{
			{Key: "condition", Label: "When", Help: "When to transfer.", Kind: agent.KindText},
			{Key: "headers", Label: "SIP headers", Help: "Headers sent with the transfer.", Kind: agent.KindItems, Items: []agent.Setting{
				{Key: "key", Label: "Header", Help: "The header's name.", Kind: agent.KindText},
			}},
		},
	}}}
	a := agent.Agent{Settings: agent.Settings{"acme": {"transfers": []map[string]any{{"condition": "billing"}}}}}
	subs := ItemLists("settings.acme.transfers", 0, caps)
	if len(subs) != 1 || subs[0].ID != "settings.acme.transfers[0].headers" || subs[0].Title != "SIP headers" {
		t.Fatalf("lists inside the record: %+v", subs)
	}
	outer := NewItem("settings.acme.transfers", 0, &a, caps, Options{})
	for _, p := range outer.Paths() {
		if p == "settings.acme.transfers[0].headers" {
			t.Errorf("the inner list is a field of the record's form: %v", outer.Paths())
		}
	}
	i, err := AddItem(subs[0].ID, &a)
	if err != nil || i != 0 {
		t.Fatal(i, err)
	}
	item := NewItem(subs[0].ID, i, &a, caps, Options{})
	setText(t, item, "settings.acme.transfers[0].headers[0].key", "X-Customer")
	mustApply(t, item, &a)
	if got := Items(subs[0].ID, &a); len(got) != 1 || got[0] != "X-Customer" {
		t.Fatalf("inner items %v (settings %v)", got, a.Settings)
	}
	recs, _ := agent.SettingRecords(a.Settings["acme"]["transfers"])
	if len(recs) != 1 || recs[0]["condition"] != "billing" {
		t.Fatalf("the outer record changed: %v", recs)
	}
	if err := RemoveItem(subs[0].ID, &a, 0); err != nil {
		t.Fatal(err)
	}
	recs, _ = agent.SettingRecords(a.Settings["acme"]["transfers"])
	if _, has := recs[0]["headers"]; has || recs[0]["condition"] != "billing" {
		t.Fatalf("after removing the last header: %v", recs)
	}
}
