package agent

import (
	"encoding/json"
	"testing"
)

// A version is compared with the one before it that went to the same
// provider and environment: prod's first push lists what prod got, and
// staging's second push only what changed for staging, however the two
// environments' values differ.
func TestVersionChangesCompareWithinOneEnvironment(t *testing.T) {
	t.Parallel()
	body := func(prompt, greeting string) json.RawMessage {
		raw, _ := json.Marshal(Agent{Identity: Identity{Name: "Desk"}, LLM: LLM{Prompt: prompt}, Greeting: Greeting{Text: greeting}})
		return raw
	}
	vs := []Version{
		{Version: 1, Provider: "mem", Env: "staging", Sent: body("Help.", "Hi from staging")},
		{Version: 2, Provider: "mem", Env: "prod", Sent: body("Help.", "Hi")},
		{Version: 3, Provider: "mem", Env: "staging", Sent: body("Help kindly.", "Hi from staging")},
	}
	p := newMem()
	labels := func(cs []Change) map[string]bool {
		out := map[string]bool{}
		for _, c := range cs {
			out[c.Path] = true
		}
		return out
	}
	third := labels(VersionChanges(p, vs, 2))
	if !third["llm.prompt"] || third["greeting.text"] || len(third) != 1 {
		t.Errorf("staging's second push: %v, want only the prompt", third)
	}
	second := labels(VersionChanges(p, vs, 1))
	if !second["identity.name"] || !second["greeting.text"] {
		t.Errorf("prod's first push is compared with nothing: %v", second)
	}
}
