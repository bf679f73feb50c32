package elevenlabs

import (
	"encoding/json"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// toolsAfter decodes webhook_tools.json, edits its tools and returns the
// prompt.tools array that Encode writes.
func toolsAfter(t *testing.T, edit func(tools []agent.Tool) []agent.Tool) []any {
	t.Helper()
	c := offline(t)
	dec := providertest.Decode(t, c, readDoc(t, "webhook_tools.json"))
	a := dec.Agent
	a.Tools = edit(append([]agent.Tool(nil), dec.Agent.Tools...))
	body, err := c.Encode(&a, dec.Native, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := fakeapi.Lookup(providertest.JSONValue(t, body).(map[string]any), pTools...)
	return v.([]any)
}

func toolNamed(items []any, name string) map[string]any {
	for _, it := range items {
		if m := it.(map[string]any); m["name"] == name {
			return m
		}
	}
	return nil
}

func TestToolEditsKeepWhatAgentdeckDoesNotModel(t *testing.T) {
	t.Parallel()
	t.Run("renamed in place keeps its assignments and filter", func(t *testing.T) {
		t.Parallel()
		items := toolsAfter(t, func(ts []agent.Tool) []agent.Tool { ts[0].Name = "find_order"; return ts })
		m := toolNamed(items, "find_order")
		if m == nil || m["assignments"] == nil || m["api_schema"].(map[string]any)["response_filter"] == nil {
			t.Fatalf("the renamed tool lost its extras: %v", m)
		}
		if len(items) != 3 || items[1].(map[string]any)["type"] != "client" {
			t.Errorf("the client tool moved or went: %v", items)
		}
	})
	t.Run("a removed tool goes, the others stay with their extras", func(t *testing.T) {
		t.Parallel()
		items := toolsAfter(t, func(ts []agent.Tool) []agent.Tool { return ts[1:] })
		if len(items) != 2 || toolNamed(items, "get_order") != nil || toolNamed(items, "show_order_on_screen") == nil {
			t.Fatalf("tools = %v", items)
		}
		body := toolNamed(items, "create_return")["api_schema"].(map[string]any)["request_body_schema"].(map[string]any)
		if body["properties"].(map[string]any)["address"].(map[string]any)["properties"] == nil {
			t.Error("a nested body parameter lost its own properties")
		}
	})
	t.Run("a new tool is added after the others", func(t *testing.T) {
		t.Parallel()
		items := toolsAfter(t, func(ts []agent.Tool) []agent.Tool {
			return append(ts, agent.Tool{Name: "ping", Description: "Checks the shop is up.", URL: "https://api.kistenwerk.example/ping"})
		})
		m := toolNamed(items, "ping")
		if len(items) != 4 || m == nil || m["type"] != "webhook" || m["assignments"] != nil {
			t.Fatalf("tools = %v", items)
		}
	})
	t.Run("a changed parameter keeps its neighbours' variable sources", func(t *testing.T) {
		t.Parallel()
		items := toolsAfter(t, func(ts []agent.Tool) []agent.Tool {
			for i := range ts[0].Params {
				if ts[0].Params[i].Name == "include" {
					ts[0].Params[i].Enum = []string{"items"}
				}
			}
			return ts
		})
		q := toolNamed(items, "get_order")["api_schema"].(map[string]any)["query_params_schema"].(map[string]any)
		props := q["properties"].(map[string]any)
		if props["locale"].(map[string]any)["dynamic_variable"] != "system__language" {
			t.Errorf("locale lost its dynamic variable: %v", props["locale"])
		}
		if enum, _ := json.Marshal(props["include"].(map[string]any)["enum"]); string(enum) != `["items"]` {
			t.Errorf("include enum = %s", enum)
		}
	})
	t.Run("a header edit keeps ElevenLabs-side references", func(t *testing.T) {
		t.Parallel()
		items := toolsAfter(t, func(ts []agent.Tool) []agent.Tool {
			ts[0].Headers = append(append([]agent.Header(nil), ts[0].Headers...), agent.Header{Name: "X-Extra", Value: "1"})
			return ts
		})
		h := toolNamed(items, "get_order")["api_schema"].(map[string]any)["request_headers"].(map[string]any)
		if h["X-Extra"] != "1" || h["X-Api-Key"] == nil || h["X-Caller"] == nil || h["Authorization"] != agent.Masked {
			t.Errorf("headers = %v", h)
		}
	})
}
