package jsondoc

import (
	"encoding/json"
	"math"
	"slices"
	"testing"
)

func nan() float64 { return math.NaN() }

// The one table every provider reads through: these are the rules the four
// decoders used to disagree on.
func TestCoercionTable(t *testing.T) {
	t.Parallel()
	num := func(s string) any { return json.Number(s) }
	for _, tt := range []struct {
		v      any
		f      float64
		fOK    bool
		i      int
		iOK    bool
		reason string
	}{
		{num("7"), 7, true, 7, true, "a whole number"},
		{num("2.0"), 2, true, 2, true, "2.0 is 2"},
		{num("0.5"), 0.5, true, 0, false, "a fraction is no integer"},
		{num("1e999"), 0, false, 0, false, "±Inf is refused"},
		{num("-1e999"), 0, false, 0, false, "±Inf is refused"},
		{num("3e9"), 3e9, true, 0, false, "beyond ±(2³¹−1) is no integer"},
		{"7", 0, false, 0, false, "text is no number"},
		{nil, 0, false, 0, false, "null is not there"},
	} {
		if f, ok := Number(tt.v); ok != tt.fOK || f != tt.f {
			t.Errorf("Number(%v) = %v, %v (%s)", tt.v, f, ok, tt.reason)
		}
		if i, ok := Integer(tt.v); ok != tt.iOK || i != tt.i {
			t.Errorf("Integer(%v) = %v, %v (%s)", tt.v, i, ok, tt.reason)
		}
	}
	if _, ok := String(json.Number("1")); ok {
		t.Error("a number read as text")
	}
	if _, ok := Bool("true"); ok {
		t.Error("text read as true/false")
	}
	if l, ok := Strings([]any{"a", "b"}); !ok || !slices.Equal(l, []string{"a", "b"}) {
		t.Errorf("Strings = %v, %v", l, ok)
	}
	if l, ok := Strings([]any{"a", json.Number("1")}); ok || StringList([]any{"a", json.Number("1")}) != nil {
		t.Errorf("a list with an item that is not text read as %v", l)
	}
	if StringList([]any{}) != nil || NumberPtr(nil) != nil || IntegerPtr(json.Number("1.5")) != nil || BoolPtr(nil) != nil {
		t.Error("a value that does not read gave a setting")
	}
	if NumberValue(1.25) != "1.25" || IntegerValue(-1) != "-1" || len(StringsValue([]string{"a"})) != 1 {
		t.Error("writers")
	}
}
