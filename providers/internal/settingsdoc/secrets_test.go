package settingsdoc

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

var secretTable = []agent.Setting{
	{Key: "vendor_key", Wire: "llm.vendor_key", Kind: agent.KindSecret, Label: "Vendor key"},
	{Key: "uploaded_key", Kind: agent.KindSecret, Label: "Key saved elsewhere"}, // no place in the document
	{Key: "model", Wire: "llm.model", Kind: agent.KindText},
}

func TestSecretSettingsLeaveTheDocumentAsReferencesAndComeBackOnEncode(t *testing.T) {
	d, _ := jsondoc.Parse([]byte(`{"llm":{"vendor_key":"sk-live-123","model":"m1"},"uploaded_key":"plain"}`))
	found := TakeSecrets(d, secretTable)
	if len(found) != 1 {
		t.Fatalf("took %v", found)
	}
	got := Read(d, secretTable)
	ref, _ := agent.SettingText(got["vendor_key"])
	if !agent.IsRefShape(ref) || found[agent.SecretRef(ref)] != "sk-live-123" {
		t.Fatalf("read %v, took %v", got, found)
	}
	if _, has := got["uploaded_key"]; has {
		t.Fatal("a setting without a place in the document was read from it")
	}
	out, _ := d.MarshalJSON()
	if strings.Contains(string(out), "sk-live-123") {
		t.Fatalf("the value stayed in the native document: %s", out)
	}

	// An edit to another setting leaves the reference; the encode fills it.
	cur := map[string]any{"vendor_key": ref, "model": "m2", "uploaded_key": "secret:x#00000000"}
	Overlay(d, cur, got, secretTable)
	if err := FillSecrets(d, secretTable, agent.SecretMap(found)); err != nil {
		t.Fatal(err)
	}
	out, _ = d.MarshalJSON()
	if !strings.Contains(string(out), `"vendor_key":"sk-live-123"`) || !strings.Contains(string(out), `"model":"m2"`) || strings.Contains(string(out), "secret:") {
		t.Fatalf("encoded %s", out)
	}
}

func TestAMissingSecretIsNamedNotSent(t *testing.T) {
	d, _ := jsondoc.Parse([]byte(`{"llm":{"vendor_key":"secret:vendor_key#0011aabb"}}`))
	err := FillSecrets(d, secretTable, agent.SecretMap{})
	if err == nil || !strings.Contains(err.Error(), "Vendor key") {
		t.Fatalf("err %v", err)
	}
}

func TestAStarredOutValueIsNotTakenForTheSecret(t *testing.T) {
	d, _ := jsondoc.Parse([]byte(`{"llm":{"vendor_key":"sk-****"}}`))
	if found := TakeSecrets(d, secretTable); len(found) != 0 {
		t.Fatalf("took %v", found)
	}
	if v, _ := agent.SettingText(Read(d, secretTable)["vendor_key"]); !agent.IsRefShape(v) {
		t.Fatalf("read %q", v)
	}
}
