package agent

import (
	"reflect"
	"testing"
)

// A reference in a record of a provider setting is renamed like any other
// (a pull reusing the reference a draft already has), and the draft's own
// maps are not written in place.
func TestRenameRefReachesSettingRecords(t *testing.T) {
	from, to := NewSecretRef("webhooks.post_call.query.api_key"), NewSecretRef("webhooks.post_call.query.api_key")
	recs := []map[string]any{{"name": "clinic", "value": "riverside"}, {"name": "api_key", "secret": string(from)}}
	a := Agent{Settings: Settings{"dasha": {"result_webhook_query": recs, "other": string(from), "list": []string{"x", string(from)}}}}
	renameRef(reflect.ValueOf(&a).Elem(), from, to)
	got, _ := SettingRecords(a.Settings["dasha"]["result_webhook_query"])
	if got[1]["secret"] != string(to) || got[0]["value"] != "riverside" || a.Settings["dasha"]["other"] != string(to) {
		t.Fatalf("after renaming: %v", a.Settings)
	}
	if l, _ := SettingList(a.Settings["dasha"]["list"]); l[1] != string(to) {
		t.Fatalf("list after renaming: %v", l)
	}
	if recs[1]["secret"] != string(from) {
		t.Fatal("the draft's record was changed in place")
	}
}

// References in setting records are new on every read: a diff compares
// only that one is there.
func TestHideSecretsEvensOutSettingReferences(t *testing.T) {
	mk := func(ref SecretRef) Agent {
		return Agent{Settings: Settings{"dasha": {"q": []map[string]any{{"name": "api_key", "secret": string(ref)}}}}}
	}
	a, b := mk(NewSecretRef("x")), mk(NewSecretRef("x"))
	if !reflect.DeepEqual(HideSecrets(a).Settings, HideSecrets(b).Settings) {
		t.Fatalf("%v\n%v", HideSecrets(a).Settings, HideSecrets(b).Settings)
	}
	if reflect.DeepEqual(a.Settings, b.Settings) {
		t.Fatal("the two references are the same; the test proves nothing")
	}
}
