package jsondoc

import (
	"encoding/json"
	"math"
	"strconv"
)

// The coercion table: how every provider reads a tree value as a model
// value, and writes one back. One rule each, whichever provider reads:
//
//   - a value of another kind (a number where text is wanted, an object
//     where a list is) reads as not there, so the model leaves the setting
//     unset and the encoder leaves the document's value as it is;
//   - null reads as not there;
//   - a number reads only when it is finite: a text such as 1e999 that
//     overflows to ±Inf is refused (JSON itself has no NaN or Inf);
//   - an integer is a finite number with no fraction (2 and 2.0 are 2)
//     within ±2³¹−1, what every provider's API takes;
//   - a string list reads only when every item is a string: a list holding
//     anything else is not what the model can show, so it is left to the
//     document whole rather than shown (and later written back) without
//     the items that are not text.

// String reads a string.
func String(v any) (string, bool) {
	s, ok := v.(string)
	return s, ok
}

// Number reads a finite number.
func Number(v any) (float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// Integer reads a whole number within ±(2³¹−1).
func Integer(v any) (int, bool) {
	f, ok := Number(v)
	if !ok || f != math.Trunc(f) || math.Abs(f) > math.MaxInt32 {
		return 0, false
	}
	return int(f), true
}

// Bool reads true or false.
func Bool(v any) (bool, bool) {
	b, ok := v.(bool)
	return b, ok
}

// Strings reads a list whose items are all strings.
func Strings(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(list))
	for _, item := range list {
		s, ok := item.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// The pointer forms read into the model's optional settings: nil when the
// value is absent or does not read.

// NumberPtr is Number as an optional value.
func NumberPtr(v any) *float64 { return ptr(Number(v)) }

// IntegerPtr is Integer as an optional value.
func IntegerPtr(v any) *int { return ptr(Integer(v)) }

// BoolPtr is Bool as an optional value.
func BoolPtr(v any) *bool { return ptr(Bool(v)) }

// StringList is Strings with nil for a list that does not read.
func StringList(v any) []string {
	list, ok := Strings(v)
	if !ok || len(list) == 0 {
		return nil
	}
	return list
}

func ptr[T any](v T, ok bool) *T {
	if !ok {
		return nil
	}
	return &v
}

// Writers: model values as tree values.

// NumberValue writes f in its shortest exact form.
func NumberValue(f float64) json.Number {
	return json.Number(strconv.FormatFloat(f, 'f', -1, 64))
}

// IntegerValue writes i.
func IntegerValue(i int) json.Number { return json.Number(strconv.Itoa(i)) }

// StringsValue writes a list of strings.
func StringsValue(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
