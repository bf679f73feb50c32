package dasha

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestSettingEditsChangeOnlyTheirPlace: on a pulled agent, each setting
// edit changes exactly its place in the document, and credentials in the
// same objects stay as they were.
func TestSettingEditsChangeOnlyTheirPlace(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	doc := providertest.ReadTestdata(t, "full_response.json")
	set := func(key string, v any) func(*agent.Agent) {
		return func(a *agent.Agent) { a.Settings = a.Settings.With(ProviderID, key, v) }
	}
	cases := []struct {
		name string
		edit func(*agent.Agent)
		want map[string]any
	}{
		{"dictionary", set("pronunciation_dictionary", "dict_new"), map[string]any{"config.ttsConfig.pronunciationDictionary.id": "dict_new"}},
		{"stop words cleared", set("stop", nil), map[string]any{"config.llmConfig.options.stop": providertest.Removed}},
		{"penalty", set("frequency_penalty", 0.5), map[string]any{"config.llmConfig.options.frequencyPenalty": json.Number("0.5")}},
		{"menu navigation", set("ivr_navigation", false), map[string]any{"config.features.ivrDetection.ivrNavigation": false}},
		{"transfer time", set("max_duration_in_transfer", 900), map[string]any{"config.features.maxDuration.maxDurationInTransferSeconds": json.Number("900")}},
		{"fallback", set("start_webhook_fallback_accept", false), map[string]any{"config.startWebhook.fallbackResponse.accept": false}},
		{"warm transfer", set("transfer_type", "warm"), map[string]any{"config.features.transfer.type": "warm"}},
		{
			"transfer destinations", set("transfer_routes", []map[string]any{{"name": "Nurse", "destination": "+442070000001"}}),
			map[string]any{"config.features.transfer.transferRoutes": map[string]any{"0": map[string]any{"name": "Nurse", "endpointDestination": "+442070000001"}}},
		},
		{"pacing", set("calls_per_second", 5), map[string]any{"config.outboundSipConfig.cpsLimit": json.Number("5")}},
		{
			// The key, the draft's secret value, stays as Dasha has it.
			"after-call value", func(a *agent.Agent) {
				recs := records(a.Settings[ProviderID][keyResultQuery])
				set(keyResultQuery, []map[string]any{{"name": "clinic", "value": "hilltop"}, recs[1], {"name": "lang", "value": "en"}})(a)
			},
			map[string]any{"config.resultWebhook.customSettings.queryParams.clinic": "hilltop", "config.resultWebhook.customSettings.queryParams.lang": "en"},
		},
		{
			"post-call answer", set(keyPCALabels, []map[string]any{{"form": "outcome", "name": "booked", "description": "Was a visit booked?"}}),
			map[string]any{"config.features.postCallAnalysis.0.labels": map[string]any{"0": map[string]any{"name": "booked", "description": "Was a visit booked?"}}},
		},
		{
			"tool value", set(keyToolQuery, []map[string]any{{"tool": "opening_hours", "name": "lang", "value": "en"}}),
			// A tool with no custom settings gets Dasha's POST with them.
			map[string]any{"config.tools.1.webhook.customSettings": map[string]any{"httpMethod": "POST", "queryParams": map[string]any{"lang": "en"}}},
		},
		{
			"bearer token", func(a *agent.Agent) {
				set(keyMCPAuth, []map[string]any{{"server": "calendar", "type": "bearer"}})(a)
				a.MCP[0].HeaderName = "" // a bearer token has no header to name
			},
			map[string]any{
				"config.mcpConnections.0.authentication.type":       "bearer",
				"config.mcpConnections.0.authentication.token":      "FAKE-SECRET-mcp-key",
				"config.mcpConnections.0.authentication.apiKey":     providertest.Removed,
				"config.mcpConnections.0.authentication.headerName": providertest.Removed,
			},
		},
		{
			"no sign-in", func(a *agent.Agent) {
				set(keyMCPAuth, []map[string]any{{"server": "calendar", "type": "none"}, {"server": "crm", "type": "none"}})(a)
				a.MCP[0].APIKey, a.MCP[0].HeaderName = "", ""
			},
			map[string]any{"config.mcpConnections.0.authentication": nil},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, out := editEncoded(t, c, doc, tc.edit)
			got := flatChanges(withoutResponseOnly(providertest.JSONValue(t, doc)), providertest.JSONValue(t, out))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("changes = %v\nwant      %v", got, tc.want)
			}
			back := providertest.Decode(t, c, out)
			if ch := agent.NotKept(&a, &back.Agent); len(ch) > 0 {
				t.Errorf("reading the body back lost: %v", ch)
			}
		})
	}
}

// flatChanges is providertest.ChangedPaths with list indices as path parts.
func flatChanges(a, b any) map[string]any {
	return providertest.ChangedPaths(indexLists(a), indexLists(b))
}

func indexLists(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range t {
			out[k] = indexLists(x)
		}
		return out
	case []any:
		out := map[string]any{}
		for i, x := range t {
			out[strconv.Itoa(i)] = indexLists(x)
		}
		return out
	}
	return v
}

// TestFakeRefusesBadSettings: the fake answers a wrongly typed setting or
// an unknown key with Dasha's problem details, and the client puts the
// problem on the setting.
func TestFakeRefusesBadSettings(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	a := fullDraft()
	body, err := c.Encode(&a, nil, agent.SecretMap{"secret:mcp[0].api_key#0001": "FAKE-SECRET-x"})
	if err != nil {
		t.Fatal(err)
	}
	bad := []struct{ from, to, errKey string }{
		{`"ivrNavigation": true`, `"ivrNavigation": "yes"`, "Config.Features.IvrDetection.IvrNavigation"},
		{`"hash": "9f2c1e"`, `"hash": "9f2c1e", "label": "x"`, "Config.TtsConfig.PronunciationDictionary.Label"},
		{`"maxRetries": 2`, `"maxRetries": 2.5`, "Config.LlmConfig.Options.MaxRetries"},
		{`"clinic": "riverside"`, `"clinic": 7`, "Config.ResultWebhook.CustomSettings.QueryParams.Clinic"},
		{`"type": "warm"`, `"type": "blind"`, "Config.Features.Transfer.Type"},
		{`"type": "bearer"`, `"type": "oauth"`, "Config.McpConnections[0].Authentication.Type"},
		{`"accept": true`, `"accept": "true"`, "Config.StartWebhook.FallbackResponse.Accept"},
		{`"isEnabledForWidget": true`, `"isEnabledForWidget": true, "isEnabledForChat": true`, "Config.StartWebhook.IsEnabledForChat"},
		{`"curiosity:low"`, `"curious"`, "Config.TtsConfig.VendorSpecificOptions.Emotions[1]"},
	}
	for _, b := range bad {
		changed := strings.Replace(string(body), b.from, b.to, 1)
		if changed == string(body) {
			t.Fatalf("the full body has no %s", b.from)
		}
		if errs := dashatest.ValidateBody([]byte(changed)); len(errs[b.errKey]) == 0 {
			t.Errorf("%s: the fake did not refuse it under %s: %v", b.to, b.errKey, errs)
		}
	}

	// Through the API: a 400 whose problem lands on the setting.
	f := newFake(t)
	_, err = fakeClient(t, f, nil).Create(context.Background(), []byte(strings.Replace(string(body), `"ivrNavigation": true`, `"ivrNavigation": "yes"`, 1)))
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || pe.Status != http.StatusBadRequest {
		t.Fatalf("want a 400, got %v", err)
	}
	if ps := pe.Problems(); len(ps) != 1 || ps[0].Path != "settings.dasha.ivr_navigation" {
		t.Fatalf("want the problem on the setting, got %v", ps)
	}
}

// TestPushReportsADroppedSetting: when Dasha does not keep a setting the
// push sent, the push's read-back names it.
func TestPushReportsADroppedSetting(t *testing.T) {
	t.Parallel()
	f, c := fakeAndClient(t)
	d := providertest.TemplateDraft(t, ProviderID, "support", "Menus")
	d.Agent.Settings = agent.Settings{ProviderID: {"ivr_navigation": true, "trailing_prompt": "Be brief."}}
	f.Inject("create", f.Dropping("config.features.ivrDetection.ivrNavigation"))
	res, _, err := pusher(c).Push(t, &providertest.MemSaver{}, d, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	var lost []string
	for _, ch := range res.NotKept {
		lost = append(lost, ch.Path)
	}
	if !reflect.DeepEqual(lost, []string{"settings.dasha.ivr_navigation"}) {
		t.Fatalf("not kept = %v, want only the phone-menu setting", res.NotKept)
	}
}

// TestQueryValuesKeepTheirOrder: editing one value keeps the others, a
// credential among them, in the document's order.
func TestQueryValuesKeepTheirOrder(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	dec := providertest.DecodeTestdata(t, c, "full_response.json")
	a := dec.Agent
	a.Settings = a.Settings.With(ProviderID, keyResultQuery, []map[string]any{{"name": "clinic", "value": "hilltop"}})
	out, err := c.Encode(&a, dec.Native, agent.SecretMap(dec.Secrets))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"queryParams": {
          "clinic": "hilltop",
          "api_key": "FAKE-SECRET-query-key"
        }`) {
		t.Errorf("query values lost their order or the key:\n%s", out)
	}
}

// TestSettingChecks: values for things the agent does not have, a Cartesia
// emotion of the wrong form and a key typed into an address are caught
// before anything is sent.
func TestSettingChecks(t *testing.T) {
	t.Parallel()
	a := fullDraft()
	a.Settings = a.Settings.
		With(ProviderID, "emotions", []string{"joy"}).
		With(ProviderID, keyToolQuery, []map[string]any{{"tool": "missing_tool", "name": "v", "value": "1"}}).
		With(ProviderID, keyMCPAuth, []map[string]any{{"server": "nowhere", "type": "bearer"}}).
		With(ProviderID, keyResultQuery, []map[string]any{{"name": "api_key", "value": "typed"}}).
		With(ProviderID, "transfer_destination", nil).With(ProviderID, "transfer_routes", nil)
	got := map[string]bool{}
	for _, p := range offlineClient(t).Validate(&a) {
		got[p.Path] = true
	}
	for _, want := range []string{
		"settings.dasha.emotions[0]", "settings.dasha.tool_query[0].tool", "settings.dasha.mcp_auth[0].server", "settings.dasha.result_webhook_query[0].value",
		"settings.dasha.transfer_destination",
	} {
		if !got[want] {
			t.Errorf("no problem on %s; got %v", want, got)
		}
	}
}
