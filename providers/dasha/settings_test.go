package dasha

import (
	"reflect"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/charmbracelet/x/exp/golden"
)

// allSettings sets every editable Dasha setting.
func allSettings() map[string]any {
	return map[string]any{
		"speed_strategy":           "OnRequest",
		"emotions":                 []string{"positivity:high", "curiosity:low"},
		"voice_temperature":        0.9,
		"pitch":                    -0.5,
		"streaming_latency":        3,
		"pronunciation_dictionary": "dict_01HZX3",
		"pronunciation_version":    "9f2c1e",
		"frequency_penalty":        0.4,
		"presence_penalty":         -0.2,
		"stop":                     []string{"###", "END"},
		"max_retries":              2,
		"reasoning_mode":           "auto",
		"trailing_prompt":          "Answer in two sentences or fewer.",
		"max_duration_in_transfer": 1800,
		"ivr_inbound":              true,
		"ivr_outbound":             true,
		"ivr_web_call":             false,
		"ivr_chat":                 true,
		"ivr_navigation":           true,
		"transfer_type":            "warm",
		"transfer_description":     "Transfer when the caller asks for a person.",
		"transfer_destination":     "+15550200",
		"transfer_routes": []map[string]any{
			{"name": "Sales", "description": "Pricing and purchases.", "destination": "+15550100"},
			{"name": "Billing", "destination": "sip:billing@example.org"},
		},
		"post_call_analysis": []map[string]any{
			{"name": "Lead", "enabled": true},
		},
		keyPCALabels:                    []map[string]any{{"form": "Lead", "name": "budget", "description": "The budget the caller names."}},
		"start_webhook_inbound":         true,
		"start_webhook_outbound":        false,
		"start_webhook_widget":          true,
		"start_webhook_fallback_accept": true,
		"start_webhook_fallback_reason": "Lookup was down.",
		"calls_per_second":              1.5,
		"calls_per_second_group":        "clinic-shared",
		keyResultQuery:                  []map[string]any{{"name": "clinic", "value": "riverside"}},
		keyStartQuery:                   []map[string]any{{"name": "source", "value": "agentdeck"}},
		keyToolQuery:                    []map[string]any{{"tool": "book_visit", "name": "v", "value": "2"}},
		keyMCPAuth:                      []map[string]any{{"server": "calendar", "type": "bearer"}},
	}
}

// fullDraft is the support template with every model section Dasha
// carries filled in and every Dasha setting set.
func fullDraft() agent.Agent {
	tmpl, _ := agent.TemplateByID("support")
	a := tmpl.New("Every setting")
	a.Tools = []agent.Tool{{Name: "book_visit", Description: "Books a visit.", URL: "https://api.example.org/book", Method: "POST"}}
	a.MCP = []agent.MCPServer{{Name: "calendar", URL: "https://mcp.example.org/sse", APIKey: "secret:mcp[0].api_key#0001"}}
	a.Webhooks.PostCall = agent.Webhook{URL: "https://hooks.example.org/result"}
	a.Webhooks.PreCall = agent.Webhook{URL: "https://hooks.example.org/start", TimeoutSeconds: ptr(8)}
	a.Telephony.OutboundSIP = &agent.OutboundSIP{Server: "sip.example.net:5060", Transport: "tls"}
	a.Settings = agent.Settings{ProviderID: allSettings()}
	return a
}

// TestFullSettingsBody: a draft with every Dasha setting set gives exactly
// the golden request body, the fake accepts it, and reading it back gives
// every setting again.
func TestFullSettingsBody(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	a := fullDraft()
	if errs := c.Validate(&a).Errors(); len(errs) > 0 {
		t.Fatalf("the full draft does not validate: %v", errs)
	}
	masked, err := c.Encode(&a, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, masked)

	secrets := agent.SecretMap{"secret:mcp[0].api_key#0001": "FAKE-SECRET-mcp-token"}
	body, err := c.Encode(&a, nil, secrets)
	if err != nil {
		t.Fatal(err)
	}
	if errs := dashatest.ValidateBody(body); len(errs) > 0 {
		t.Fatalf("the fake refuses the full body: %v", errs)
	}
	auth, _ := jsondoc.Lookup(providertest.ParseObject(t, body), "config", "mcpConnections")
	if got := jsondoc.Compact(auth); got != `[{"name":"calendar","serverUrl":"https://mcp.example.org/sse","customHeaders":{},"isEnabled":true,"description":null,"transport":"SSE","blackListTools":null,"whiteListTools":null,"authentication":{"type":"bearer","token":"FAKE-SECRET-mcp-token"}}]` {
		t.Errorf("MCP connection = %s", got)
	}

	back := providertest.Decode(t, c, body)
	assertNoSecret(t, "the decoded agent", agentJSON(t, back.Agent))
	want := jsonRoundTrip(t, a).Settings[ProviderID]
	got := jsonRoundTrip(t, back.Agent).Settings[ProviderID]
	for _, s := range settingTable {
		if !reflect.DeepEqual(got[s.Key], want[s.Key]) {
			t.Errorf("%s came back as %v, want %v", s.Key, got[s.Key], want[s.Key])
		}
	}
	if !agent.IsRef(string(back.Agent.MCP[0].APIKey)) {
		t.Errorf("the bearer token did not come back as a saved key: %q", back.Agent.MCP[0].APIKey)
	}
}

// TestPulledSettingsAreRead: a document from Dasha gives its settings to
// the draft, keeping the credentials of query values out of it.
func TestPulledSettingsAreRead(t *testing.T) {
	t.Parallel()
	dec := providertest.DecodeTestdata(t, offlineClient(t), "full_response.json")
	s := dec.Agent.Settings[ProviderID]
	for key, want := range map[string]any{
		"pronunciation_dictionary": "dict_01HZX3", "streaming_latency": 3, "stop": []string{"###"}, "max_retries": 2,
		"trailing_prompt": "Answer in two sentences or fewer.", "calls_per_second": 2.0, "calls_per_second_group": "clinic-shared",
		"start_webhook_fallback_accept": true, "start_webhook_fallback_reason": "Start webhook failed", "start_webhook_inbound": true,
		"max_duration_in_transfer": 7200,
	} {
		if !reflect.DeepEqual(s[key], want) {
			t.Errorf("%s = %#v, want %#v", key, s[key], want)
		}
	}
	q, _ := agent.SettingRecords(s[keyResultQuery])
	if len(q) != 2 || !reflect.DeepEqual(q[0], map[string]any{"name": "clinic", "value": "riverside"}) || q[1]["name"] != "api_key" || q[1]["value"] != nil {
		t.Fatalf("after-call address values = %v; the key must stay out of the draft", q)
	}
	// The key is the record's secret value: a reference in the draft, the
	// value with the credentials.
	ref, _ := agent.SettingText(q[1]["secret"])
	if !agent.IsRef(ref) || dec.Secrets[agent.SecretRef(ref)] != "FAKE-SECRET-query-key" {
		t.Errorf("the key's secret value is %q, holding %q", ref, dec.Secrets[agent.SecretRef(ref)])
	}
	assertNoSecret(t, "the agent", agentJSON(t, dec.Agent))
}
