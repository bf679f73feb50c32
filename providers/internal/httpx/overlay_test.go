package httpx

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func testFields() Fields {
	return Fields{
		Text("identity.name", []string{"name"}, func(a *agent.Agent) *string { return &a.Identity.Name }),
		Number("voice.speed", []string{"voice", "speed"}, func(a *agent.Agent) **float64 { return &a.Voice.Speed }),
		Integer("llm.max_tokens", []string{"llm", "max_tokens"}, func(a *agent.Agent) **int { return &a.LLM.MaxTokens }),
		Flag("goodbye.enabled", []string{"bye", "on"}, func(a *agent.Agent) **bool { return &a.Goodbye.Enabled }),
		TextList("speech.keywords", []string{"kw"}, func(a *agent.Agent) *[]string { return &a.Speech.Keywords }),
	}
}

func TestOverlay(t *testing.T) {
	t.Parallel()
	fs := testFields()
	tests := []struct {
		name   string
		native string
		edit   func(a *agent.Agent)
		want   string
	}{
		{
			name:   "no edit keeps exact number text, nulls and unknown keys",
			native: `{"name":"A","voice":{"speed":1.0,"x":null},"llm":{"max_tokens":7},"kw":["a"],"other":{"deep":[1,2]}}`,
			edit:   func(*agent.Agent) {},
			want:   `{"name":"A","voice":{"speed":1.0,"x":null},"llm":{"max_tokens":7},"kw":["a"],"other":{"deep":[1,2]}}`,
		},
		{
			name:   "a changed value is written, its neighbours kept",
			native: `{"name":"A","voice":{"speed":1.0,"x":1}}`,
			edit:   func(a *agent.Agent) { s := 1.25; a.Voice.Speed = &s },
			want:   `{"name":"A","voice":{"speed":1.25,"x":1}}`,
		},
		{
			name:   "unset values are not written into a fresh document",
			native: ``,
			edit:   func(a *agent.Agent) { a.Identity.Name = "New" },
			want:   `{"name":"New"}`,
		},
		{
			name:   "cleared text and lists are sent empty so a partial update clears them",
			native: `{"name":"A","kw":["a","b"]}`,
			edit:   func(a *agent.Agent) { a.Identity.Name, a.Speech.Keywords = "", nil },
			want:   `{"name":"","kw":[]}`,
		},
		{
			name:   "a cleared number or flag is removed",
			native: `{"voice":{"speed":2},"bye":{"on":true}}`,
			edit:   func(a *agent.Agent) { a.Voice.Speed, a.Goodbye.Enabled = nil, nil },
			want:   `{"voice":{},"bye":{}}`,
		},
		{
			name:   "a value of an unexpected type stays until the person sets the field",
			native: `{"voice":{"speed":"fast"}}`,
			edit:   func(*agent.Agent) {},
			want:   `{"voice":{"speed":"fast"}}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			doc, err := ParseObject([]byte(tt.native))
			if err != nil {
				t.Fatal(err)
			}
			var base agent.Agent
			fs.Decode(doc, &base)
			a := base
			tt.edit(&a)
			fs.Overlay(doc, &a, &base)
			out, _ := MarshalObject(doc)
			if !SameJSON(out, []byte(tt.want)) {
				t.Fatalf("got %s, want %s", out, tt.want)
			}
		})
	}
}

func TestPathFor(t *testing.T) {
	t.Parallel()
	fs := testFields()
	for loc, want := range map[string]string{"voice.speed": "voice.speed", "voice": "voice", "llm.max_tokens": "llm.max_tokens", "nope": ""} {
		if got := fs.PathFor(loc); got != want {
			t.Errorf("PathFor(%q) = %q, want %q", loc, got, want)
		}
	}
}
