package jsondoc

import "testing"

type model struct {
	Name     string
	Speed    *float64
	Tokens   *int
	On       *bool
	Keywords []string
}

func testFields() Fields[model] {
	return Fields[model]{
		Text("identity.name", []string{"name"}, func(m *model) *string { return &m.Name }),
		Num("voice.speed", []string{"voice", "speed"}, func(m *model) **float64 { return &m.Speed }),
		Int("llm.max_tokens", []string{"llm", "max_tokens"}, func(m *model) **int { return &m.Tokens }),
		Flag("goodbye.enabled", []string{"bye", "on"}, func(m *model) **bool { return &m.On }),
		TextList("speech.keywords", []string{"kw"}, func(m *model) *[]string { return &m.Keywords }),
	}
}

func TestOverlay(t *testing.T) {
	t.Parallel()
	fs := testFields()
	tests := []struct {
		name   string
		native string
		edit   func(m *model)
		want   string
	}{
		{
			name:   "no edit keeps exact number text, nulls and unknown keys",
			native: `{"name":"A","voice":{"speed":1.0,"x":null},"llm":{"max_tokens":7},"kw":["a"],"other":{"deep":[1,2]}}`,
			edit:   func(*model) {},
			want:   `{"name":"A","voice":{"speed":1.0,"x":null},"llm":{"max_tokens":7},"kw":["a"],"other":{"deep":[1,2]}}`,
		},
		{
			name:   "a changed value is written, its neighbours kept",
			native: `{"name":"A","voice":{"speed":1.0,"x":1}}`,
			edit:   func(m *model) { s := 1.25; m.Speed = &s },
			want:   `{"name":"A","voice":{"speed":1.25,"x":1}}`,
		},
		{
			name:   "unset values are not written into a fresh document",
			native: ``,
			edit:   func(m *model) { m.Name = "New" },
			want:   `{"name":"New"}`,
		},
		{
			name:   "cleared text and lists are sent empty so a partial update clears them",
			native: `{"name":"A","kw":["a","b"]}`,
			edit:   func(m *model) { m.Name, m.Keywords = "", nil },
			want:   `{"name":"","kw":[]}`,
		},
		{
			name:   "a cleared number or flag is removed",
			native: `{"voice":{"speed":2},"bye":{"on":true}}`,
			edit:   func(m *model) { m.Speed, m.On = nil, nil },
			want:   `{"voice":{},"bye":{}}`,
		},
		{
			name:   "a value of an unexpected type stays until the person sets the field",
			native: `{"voice":{"speed":"fast"},"kw":["a",1]}`,
			edit:   func(*model) {},
			want:   `{"voice":{"speed":"fast"},"kw":["a",1]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			doc, err := ParseOrNew([]byte(tt.native))
			if err != nil {
				t.Fatal(err)
			}
			var base model
			fs.Decode(doc, &base)
			m := base
			tt.edit(&m)
			fs.Overlay(doc, &m, &base)
			out, _ := Marshal(doc)
			if !same(t, out, tt.want) {
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

func TestEither(t *testing.T) {
	t.Parallel()
	type who struct{ Who string }
	fs := Fields[who]{Either("greeting.who", []string{"first"}, func(m *who) *string { return &m.Who }, "agent", "user")}
	doc, _ := Parse([]byte(`{"first":false}`))
	var base who
	fs.Decode(doc, &base)
	if base.Who != "user" {
		t.Fatalf("read %q", base.Who)
	}
	m := who{Who: "agent"}
	fs.Overlay(doc, &m, &base)
	if Compact(doc) != `{"first":true}` {
		t.Errorf("wrote %s", Compact(doc))
	}
	fs.Overlay(doc, &who{}, &m)
	if Compact(doc) != `{}` {
		t.Errorf("cleared to %s", Compact(doc))
	}
}
