package dasha

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// A query value's secret value is sent from the credentials, never from
// the draft; without its value the push names the setting, not the value.
func TestAQuerySecretValueIsSentFromTheCredentials(t *testing.T) {
	t.Parallel()
	c, dec, a := decodedFull(t)
	ref := agent.NewSecretRef("settings.dasha.start_webhook_query[0].secret")
	a.Settings = a.Settings.With(ProviderID, keyStartQuery, []map[string]any{{"name": "token", "secret": string(ref)}})
	secrets := agent.SecretMap{ref: "FAKE-SECRET-typed-token"}
	for k, v := range dec.Secrets {
		secrets[k] = v
	}
	out, err := c.Encode(&a, dec.Native, secrets)
	if err != nil {
		t.Fatal(err)
	}
	q := providertest.JSONValue(t, out).(map[string]any)["config"].(map[string]any)["startWebhook"].(map[string]any)["webhook"].(map[string]any)["customSettings"].(map[string]any)["queryParams"].(map[string]any)
	if q["token"] != "FAKE-SECRET-typed-token" {
		t.Fatalf("before-call values sent = %v", q)
	}
	assertNoSecret(t, "the draft", agentJSON(t, a))

	delete(secrets, ref)
	_, err = c.Encode(&a, dec.Native, secrets)
	if err == nil || strings.Contains(err.Error(), "FAKE-SECRET") || strings.Contains(err.Error(), string(ref)) {
		t.Fatalf("a missing secret value gives %v", err)
	}
	if !strings.Contains(err.Error(), agent.SettingPath(ProviderID, keyStartQuery)) {
		t.Errorf("the error does not name the setting: %v", err)
	}
}

// A pulled key whose saved value is gone is reported on the setting that
// lists it, by the value's name.
func TestAMissingPulledQueryKeyNamesItsSetting(t *testing.T) {
	t.Parallel()
	c, dec, a := decodedFull(t)
	_, err := c.Encode(&a, dec.Native, agent.SecretMap{})
	if err == nil || !strings.Contains(err.Error(), agent.SettingPath(ProviderID, keyResultQuery)) || !strings.Contains(err.Error(), "api_key") {
		t.Fatalf("a missing pulled key gives %v", err)
	}
	assertNoSecret(t, "the error", []byte(err.Error()))
}

// A draft saved before query values had secret values never held the key
// Dasha has: editing its other values keeps the key where it is.
func TestAQueryKeyTheDraftNeverHeldStays(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	doc := providertest.ReadTestdata(t, "full_response.json")
	_, out := editEncoded(t, c, doc, func(a *agent.Agent) {
		a.Settings = a.Settings.With(ProviderID, keyResultQuery, []map[string]any{{"name": "clinic", "value": "hilltop"}})
	})
	q := providertest.JSONValue(t, out).(map[string]any)["config"].(map[string]any)["resultWebhook"].(map[string]any)["customSettings"].(map[string]any)["queryParams"]
	if m := q.(map[string]any); m["api_key"] != "FAKE-SECRET-query-key" || m["clinic"] != "hilltop" {
		t.Fatalf("after-call values sent = %v", q)
	}
}

// A value typed for a name like a key is warned about, pointing at the
// secret value; one with both values says only the secret one is sent.
func TestAQueryKeyTypedAsAPlainValueIsWarnedAbout(t *testing.T) {
	t.Parallel()
	a := agent.Agent{Webhooks: agent.Webhooks{PostCall: agent.Webhook{URL: "https://hooks.example.com/done"}}}
	a.Settings = a.Settings.With(ProviderID, keyResultQuery, []map[string]any{
		{"name": "api_key", "value": "sk-plain"},
		{"name": "sig", "value": "x", "secret": string(agent.NewSecretRef("s"))},
	})
	var ps agent.Problems
	checkSettings(&a, &ps)
	text := ""
	for _, p := range ps {
		text += p.Path + ": " + p.Message + "\n"
	}
	if !strings.Contains(text, "[0].value: this looks like a key") || !strings.Contains(text, "Secret value") || !strings.Contains(text, "[1].value: this has a secret value too") {
		t.Errorf("problems:\n%s", text)
	}
}

// decodedFull is the full test document decoded, and its agent as a draft
// file gives it back.
func decodedFull(t *testing.T) (*Client, agent.Decoded, agent.Agent) {
	t.Helper()
	c := offlineClient(t)
	dec := providertest.DecodeTestdata(t, c, "full_response.json")
	return c, dec, jsonRoundTrip(t, dec.Agent)
}

// Dasha's answers show query values in plain text, and only a name like a
// key (sig counts, as in addresses) marks one as a key on the way back: a
// secret value under another name is refused, not sent, so no pull or diff
// ever shows it.
func TestAQuerySecretValueNeedsANameLikeAKey(t *testing.T) {
	t.Parallel()
	a := agent.Agent{Webhooks: agent.Webhooks{PostCall: agent.Webhook{URL: "https://hooks.example.com/done"}}}
	ref := string(agent.NewSecretRef("s"))
	a.Settings = a.Settings.With(ProviderID, keyResultQuery, []map[string]any{{"name": "code", "secret": ref}, {"name": "sig", "secret": ref}})
	var ps agent.Problems
	checkSettings(&a, &ps)
	errs := ps.Errors()
	if len(errs) != 1 || errs[0].Path != agent.SettingPath(ProviderID, keyResultQuery)+"[0].secret" {
		t.Fatalf("errors: %v", errs)
	}

	doc := []byte(`{"name": "Sig", "config": {"resultWebhook": {"url": "https://hooks.example.com/done",
		"customSettings": {"queryParams": {"sig": "FAKE-SECRET-sig", "lang": "en"}}}}}`)
	dec := providertest.Decode(t, offlineClient(t), doc)
	assertNoSecret(t, "the agent", agentJSON(t, dec.Agent))
	if len(dec.Secrets) != 1 {
		t.Fatalf("secrets taken: %d, want the sig value", len(dec.Secrets))
	}
}
