package jsondoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nested is a JSON object nested depth levels deep in all (the top-level
// object is level 1), holding inner at the bottom.
func nested(depth int, inner string) []byte {
	return []byte(`{"a":` + strings.Repeat("[", depth-1) + inner + strings.Repeat("]", depth-1) + "}")
}

func TestCheckRefusesOnlyWhatIsOverTheLimits(t *testing.T) {
	tests := []struct {
		name string
		doc  []byte
		want error
	}{
		{"at the depth limit", nested(MaxDepth, "1"), nil},
		{"one level deeper", nested(MaxDepth+1, "1"), ErrTooDeep},
		{"deep objects", []byte(strings.Repeat(`{"k":`, MaxDepth+1) + "1" + strings.Repeat("}", MaxDepth+1)), ErrTooDeep},
		{"brackets inside strings do not count", []byte(`{"a":"` + strings.Repeat("[", 500) + `"}`), nil},
		{"escaped quotes do not end a string", []byte(`{"a":"\"` + strings.Repeat("{", 500) + `"}`), nil},
		{"at the size limit", []byte(`"` + strings.Repeat("x", MaxSize-2) + `"`), nil},
		{"one byte over", []byte(`"` + strings.Repeat("x", MaxSize-1) + `"`), ErrTooLarge},
		{"indentation does not count", []byte("\"" + strings.Repeat("x", MaxSize-2) + "\"\n" + strings.Repeat(" ", 1000)), nil},
	}
	for _, tt := range tests {
		if err := Check(tt.doc); !errors.Is(err, tt.want) {
			t.Errorf("%s: Check = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestReadAllStopsAtTheLimit(t *testing.T) {
	if _, err := ReadAll(bytes.NewReader(make([]byte, MaxSize))); err != nil {
		t.Errorf("a document of exactly %d bytes: %v", MaxSize, err)
	}
	if _, err := ReadAll(bytes.NewReader(make([]byte, MaxSize+1))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("one byte over: %v, want ErrTooLarge", err)
	}
}

// Real documents come out exactly as json.Indent writes them.
func TestIndentMatchesJSONIndentOnRealDocuments(t *testing.T) {
	files, _ := filepath.Glob("../../providers/*/testdata/*.json")
	more, _ := filepath.Glob("../../providers/elevenlabs/testdata/docs/*.json")
	files = append(files, more...)
	if len(files) < 10 {
		t.Fatalf("found only %d test documents", len(files))
	}
	for _, f := range files {
		doc, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, doc, "", "  "); err != nil {
			continue
		}
		if got := Indent(doc); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: Indent differs from json.Indent:\n%s", f, got)
		}
	}
}

func TestIndentGrowsLinearly(t *testing.T) {
	tests := []struct {
		name string
		doc  []byte
	}{
		{"deep and small", nested(MaxDepth, "1")},
		{"deep with many small values", nested(MaxDepth, strings.TrimSuffix(strings.Repeat("1,", 100000), ","))},
		{"many small values at the last indented level", nested(indentLevels, strings.TrimSuffix(strings.Repeat("1,", 100000), ","))},
		{"deep objects", []byte(strings.Repeat(`{"key":`, MaxDepth) + "1" + strings.Repeat("}", MaxDepth))},
	}
	for _, tt := range tests {
		got := Indent(tt.doc)
		if len(got) > growthFactor*len(tt.doc)+growthSlack {
			t.Errorf("%s: %d bytes became %d", tt.name, len(tt.doc), len(got))
		}
		var a, b bytes.Buffer
		if json.Compact(&a, tt.doc) != nil || json.Compact(&b, got) != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: the indented document is not the same document", tt.name)
		}
	}
	// A deep, small document keeps its first levels readable.
	if got := Indent(nested(MaxDepth, "1")); !bytes.HasPrefix(got, []byte("{\n  \"a\": [\n    [\n")) {
		t.Errorf("the first levels are not indented:\n%.80s", got)
	}
}

func TestIndentKeepsTextThatIsNotJSON(t *testing.T) {
	for _, doc := range []string{"", "not json", `{"a":`, `{"a":1} {"b":2}`} {
		if got := Indent([]byte(doc)); string(got) != doc {
			t.Errorf("Indent(%q) = %q", doc, got)
		}
	}
}

// A number past what a float64 holds (1e400) reads as infinity: no provider
// takes it and it cannot be written back, so the document is refused.
// Numbers that only look long, and the same text inside a string, pass.
func TestHugeNumbersAreRefused(t *testing.T) {
	t.Parallel()
	tests := []struct {
		doc  string
		huge bool
	}{
		{`{"t":1e400}`, true},
		{`{"t":-1E+309}`, true},
		{`[1,2,1e400]`, true},
		{`1e400`, true},
		{`{"t":1e308,"u":-2.5e-400,"v":12345678901234567890}`, false},
		{`{"t":"1e400"}`, false},
		{`{"1e400":0.5}`, false},
	}
	for _, tt := range tests {
		err := Check([]byte(tt.doc))
		if got := errors.Is(err, ErrHugeNumber); got != tt.huge {
			t.Errorf("Check(%s) = %v, want huge %v", tt.doc, err, tt.huge)
		}
		if tt.huge && !IsLimit(err) {
			t.Errorf("Check(%s): %v is not one of the limits", tt.doc, err)
		}
	}
}

func TestWithoutDropsTopLevelKeysOnly(t *testing.T) {
	t.Parallel()
	got, err := Without([]byte(`{"b":1,"id":"x","a":{"id":"keep"}}`), "id", "missing")
	if err != nil {
		t.Fatal(err)
	}
	obj, err := ParseOrNew(got)
	if err != nil {
		t.Fatal(err)
	}
	if _, has := obj.Get("id"); has || !obj.Has("a") || !obj.Has("b") || !strings.Contains(string(got), `"keep"`) {
		t.Errorf("Without = %s", got)
	}
	if _, err := Without([]byte(`[1]`), "id"); err == nil {
		t.Error("a document that is not an object must be refused")
	}
}
