package elevenlabstest

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

// TestToolAndSecretBodiesAreHeldToTheSchema: the fake makes and changes
// workspace tools and saves secrets from documented bodies, and refuses
// others as the real API would.
func TestToolAndSecretBodiesAreHeldToTheSchema(t *testing.T) {
	t.Parallel()
	send := schemaSender(t)
	tool := `{"tool_config":{"type":"webhook","name":"check_slot","description":"Checks a slot.","api_schema":{"url":"https://hooks.example.com/slot","method":"GET"}}}`
	code, body := send(http.MethodPost, "/tools", tool)
	if code != http.StatusOK || !strings.Contains(body, `"id":"tool_made_`) || !strings.Contains(body, "hooks.example.com") {
		t.Fatalf("create tool: %d %s", code, body)
	}
	if code, body := send(http.MethodPatch, "/tools/tool_1", tool); code != http.StatusOK || !strings.Contains(body, "hooks.example.com") {
		t.Fatalf("update tool: %d %s", code, body)
	}
	if code, _ := send(http.MethodPost, "/tools", `{"tool_config":{"type":"webhook","name":"x"}}`); code != http.StatusUnprocessableEntity {
		t.Fatalf("a tool without its address: %d", code)
	}
	if code, _ := send(http.MethodPost, "/secrets", `{"type":"new","name":"k1","value":"v"}`); code != http.StatusOK {
		t.Fatalf("save secret: %d", code)
	}
	if code, _ := send(http.MethodPost, "/secrets", `{"name":"k2","value":"v"}`); code != http.StatusUnprocessableEntity {
		t.Fatalf("a secret without its type: %d", code)
	}
}

// schemaSender starts a fake held to the official schema, lenient so the
// refusals a test provokes do not fail it, and returns a function that
// sends it a JSON body under path with the key "k" and returns the
// answer's status and text.
func schemaSender(t *testing.T) func(method, path, body string) (int, string) {
	t.Helper()
	s := NewServer(t, "k", WithSpec(needSpec(t)))
	s.Lenient()
	return func(method, path, body string) (int, string) {
		t.Helper()
		req, _ := http.NewRequestWithContext(t.Context(), method, s.BaseURL+path, strings.NewReader(body))
		req.Header.Set("xi-api-key", "k")
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req) //nolint:forbidigo // a test's own request to the fake
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		var b bytes.Buffer
		_, _ = b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String()
	}
}
