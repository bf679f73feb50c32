package httpx

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestParseObject(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, doc, wantErr string
	}{
		{"empty is a fresh document", "", ""},
		{"object", `{"a": 7}`, ""},
		{"list is refused in plain words", `[1]`, "must be a JSON object"},
		{"broken JSON", `{"a":`, "not valid JSON"},
		{"two values", `{} {}`, "more than one JSON value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := ParseObject([]byte(tt.doc))
			if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestNumbersKeepTheirText(t *testing.T) {
	t.Parallel()
	in := `{"a": 7, "b": 0.50, "c": 1e3, "d": null, "e": "x<y&z"}`
	obj, err := ParseObject([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	out, err := MarshalObject(obj)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"a": 7`, `"b": 0.50`, `"c": 1e3`, `"d": null`, `"e": "x<y&z"`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output %s lacks %s", out, want)
		}
	}
}

func TestSetPathReplacesPlaceholders(t *testing.T) {
	t.Parallel()
	obj, _ := ParseObject([]byte(`{"llm_config": [123], "voice_config": null}`))
	SetPath(obj, "gpt-4o", "llm_config", "model")
	SetPath(obj, "x", "voice_config", "provider")
	SetPath(obj, true, "new", "deep", "flag")
	out, _ := MarshalObject(obj)
	if !SameJSON(out, []byte(`{"llm_config":{"model":"gpt-4o"},"voice_config":{"provider":"x"},"new":{"deep":{"flag":true}}}`)) {
		t.Fatalf("got %s", out)
	}
	DeletePath(obj, "new", "deep", "flag")
	DeletePath(obj, "missing", "x")
	if v, ok := Lookup(obj, "new", "deep"); !ok || len(v.(map[string]any)) != 0 {
		t.Fatalf("parent should stay as an empty object, got %v", v)
	}
}

func TestResolveSecrets(t *testing.T) {
	t.Parallel()
	ref := agent.NewSecretRef("voice.vendor_key")
	other := agent.NewSecretRef("x")
	obj, _ := ParseObject([]byte(`{"k": "` + string(ref) + `", "list": ["` + string(ref) + `"], "prompt": "secret: not a ref"}`))
	if err := ResolveSecrets(obj, agent.SecretMap{ref: "sk-real"}); err != nil {
		t.Fatal(err)
	}
	out, _ := MarshalObject(obj)
	if !SameJSON(out, []byte(`{"k":"sk-real","list":["sk-real"],"prompt":"secret: not a ref"}`)) {
		t.Fatalf("got %s", out)
	}
	obj2, _ := ParseObject([]byte(`{"a": {"b": "` + string(other) + `"}}`))
	err := ResolveSecrets(obj2, agent.SecretMap{})
	if err == nil || !strings.Contains(err.Error(), "a.b") || strings.Contains(err.Error(), string(other)) {
		t.Fatalf("want a missing-secret error naming a.b without the reference, got %v", err)
	}
}

func TestSameJSON(t *testing.T) {
	t.Parallel()
	if !SameJSON([]byte(`{"a":1,"b":[1,2]}`), []byte(`{"b":[1,2], "a":1}`)) {
		t.Error("key order must not matter")
	}
	if SameJSON([]byte(`{"a":1}`), []byte(`{"a":1.0}`)) {
		t.Error("1 and 1.0 are different texts")
	}
	if SameJSON([]byte(`{"a":null}`), []byte(`{}`)) {
		t.Error("null is not absent")
	}
}
