package jsondoc

import (
	"strings"
	"testing"
)

// same parses two documents and compares them as Equal does, for tests.
func same(t *testing.T, got []byte, want string) bool {
	t.Helper()
	g, err := ParseValue(got)
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, got)
	}
	w, err := ParseValue([]byte(want))
	if err != nil {
		t.Fatalf("want is not JSON: %v", err)
	}
	return Equal(g, w)
}

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, doc, wantErr string
		orNew              bool
	}{
		{"empty is a fresh document", "", "", true},
		{"empty is not a document to Parse", "", "not valid JSON", false},
		{"object", `{"a": 7}`, "", false},
		{"list is refused in plain words", `[1]`, "must be a JSON object", true},
		{"list is not a JSON object", `[1]`, "not a JSON object", false},
		{"broken JSON", `{"a":`, "not valid JSON", true},
		{"two values", `{} {}`, "more than one JSON value", true},
	}
	for _, tt := range tests {
		parse := Parse
		if tt.orNew {
			parse = ParseOrNew
		}
		_, err := parse([]byte(tt.doc))
		if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.wantErr)
		}
	}
}

func TestKeyOrderAndNumberTextKept(t *testing.T) {
	t.Parallel()
	in := `{"z": 7, "b": 0.50, "c": 1e3, "d": null, "e": "x<y&z", "a": {"y": [1, {"k": true}], "x": false}, "z": 8}`
	obj, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Marshal(obj)
	if err != nil {
		t.Fatal(err)
	}
	c := Compact(obj)
	if want := `{"z":8,"b":0.50,"c":1e3,"d":null,"e":"x<y&z","a":{"y":[1,{"k":true}],"x":false}}`; c != want {
		t.Errorf("kept order: got %s, want %s", c, want)
	}
	if !same(t, out, c) || !strings.Contains(string(out), "\n  \"b\": 0.50") {
		t.Errorf("Marshal: %s", out)
	}
	sorted, _ := MarshalSorted(obj)
	if !strings.HasPrefix(string(sorted), "{\n  \"a\": {\n    \"x\": false") {
		t.Errorf("MarshalSorted: %s", sorted)
	}
	if _, err := Marshal(NumberValue(nan())); err == nil {
		t.Error("a NaN was written as JSON")
	}
}

func TestSetPathReplacesPlaceholders(t *testing.T) {
	t.Parallel()
	obj, _ := Parse([]byte(`{"llm_config": [123], "voice_config": null}`))
	SetPath(obj, "gpt-4o", "llm_config", "model")
	SetPath(obj, "x", "voice_config", "provider")
	SetPath(obj, true, "new", "deep", "flag")
	out, _ := Marshal(obj)
	if !same(t, out, `{"llm_config":{"model":"gpt-4o"},"voice_config":{"provider":"x"},"new":{"deep":{"flag":true}}}`) {
		t.Fatalf("got %s", out)
	}
	DeletePath(obj, "new", "deep", "flag")
	DeletePath(obj, "missing", "x")
	if v, ok := Lookup(obj, "new", "deep"); !ok || v.(*Object).Len() != 0 {
		t.Fatalf("parent should stay as an empty object, got %v", v)
	}
}

func TestCloneAndEqual(t *testing.T) {
	t.Parallel()
	a, _ := Parse([]byte(`{"a":1,"b":[1,{"c":null}]}`))
	b := Clone(a).(*Object)
	SetPath(b, "x", "new")
	if a.Has("new") {
		t.Error("an edit of the clone reached the original")
	}
	b.Delete("new")
	if !Equal(a, b) {
		t.Error("a clone differs")
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{`{"a":1,"b":[1,2]}`, `{"b":[1,2], "a":1}`, true},
		{`{"a":1}`, `{"a":1.0}`, false},
		{`{"a":null}`, `{}`, false},
		{`["1"]`, `[1]`, false},
	} {
		x, _ := ParseValue([]byte(tt.a))
		y, _ := ParseValue([]byte(tt.b))
		if Equal(x, y) != tt.want {
			t.Errorf("Equal(%s, %s) = %v", tt.a, tt.b, !tt.want)
		}
	}
}

func TestEachStringWalksInOrderWithPaths(t *testing.T) {
	t.Parallel()
	obj, _ := Parse([]byte(`{"b":"x","a":[{"c":"y"},1,"z"]}`))
	var seen []string
	EachString(obj, &Path{}, func(at *Path, s string) (string, bool) {
		seen = append(seen, at.String()+"="+s)
		return strings.ToUpper(s), s == "y"
	})
	if got := strings.Join(seen, " "); got != "b=x a[0].c=y a[2]=z" {
		t.Errorf("walk: %s", got)
	}
	if Compact(obj) != `{"b":"x","a":[{"c":"Y"},1,"z"]}` {
		t.Errorf("replace: %s", Compact(obj))
	}
}
