package httpx

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Field binds one setting of the model to its place in a provider document.
// A provider describes its mapping as a table of Fields; Decode and Overlay
// then read and write every setting the same way, which is what keeps round
// trips lossless: Overlay touches a place only when the person changed the
// setting, so untouched values keep their exact text (7 stays 7, null stays
// null) and everything agentdeck does not model stays as it was.
type Field struct {
	Path string   // agent field path, e.g. voice.speed
	Wire []string // keys in the document, e.g. voice_config, speed
	// Get returns the model's value as a JSON value (string, json.Number,
	// bool, []any, map[string]any), or nil when the setting is not set.
	Get func(a *agent.Agent) any
	// Set stores a value read from the document in the model. A value of an
	// unexpected type is ignored: the document keeps it as it is.
	Set func(a *agent.Agent, v any)
	// Read and Write replace the plain lookup and store at Wire, for a
	// setting kept in more than one place. Write gets nil to clear.
	Read  func(doc Object) (any, bool)
	Write func(doc Object, v any)
	// Cleared is written when the person clears a setting the document had;
	// nil removes the key. Text and lists write "" and [] so that a partial
	// update (PATCH) clears the value instead of leaving the old one.
	Cleared any
}

// Fields is a provider's mapping table.
type Fields []Field

// Decode reads every bound setting of doc into a. Missing and null values
// leave the setting unset.
func (fs Fields) Decode(doc Object, a *agent.Agent) {
	for _, f := range fs {
		v, ok := f.read(doc)
		if ok && v != nil {
			f.Set(a, v)
		}
	}
}

// Overlay writes into doc every setting whose value in a differs from its
// value in base, the model as doc held it before (Decode of the same doc).
func (fs Fields) Overlay(doc Object, a, base *agent.Agent) {
	for _, f := range fs {
		now, was := f.Get(a), f.Get(base)
		if sameValue(now, was) {
			continue
		}
		if now == nil {
			if _, had := f.read(doc); !had {
				continue
			}
			now = f.Cleared
		}
		f.write(doc, now)
	}
}

// PathFor maps a provider's location of a field ("voice_config.speed") to
// the agent field path ("voice.speed"). A location that is a parent of bound
// places maps to their common section ("voice_config" → "voice"). It
// returns "" when the location is unknown.
func (fs Fields) PathFor(loc string) string {
	for _, f := range fs {
		if strings.Join(f.Wire, ".") == loc {
			return f.Path
		}
	}
	for _, f := range fs {
		if strings.HasPrefix(strings.Join(f.Wire, ".")+".", loc+".") && len(f.Wire) > 1 {
			section, _, _ := strings.Cut(f.Path, ".")
			return section
		}
	}
	return ""
}

func (f Field) read(doc Object) (any, bool) {
	if f.Read != nil {
		return f.Read(doc)
	}
	return Lookup(doc, f.Wire...)
}

func (f Field) write(doc Object, v any) {
	switch {
	case f.Write != nil:
		f.Write(doc, v)
	case v == nil:
		DeletePath(doc, f.Wire...)
	default:
		SetPath(doc, v, f.Wire...)
	}
}

func sameValue(a, b any) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ja, erra := json.Marshal(a)
	jb, errb := json.Marshal(b)
	return erra == nil && errb == nil && string(ja) == string(jb)
}

// Text binds a string setting; "" is unset.
func Text(path string, wire []string, ptr func(a *agent.Agent) *string) Field {
	return Field{
		Path: path, Wire: wire, Cleared: "",
		Get: func(a *agent.Agent) any {
			if s := *ptr(a); s != "" {
				return s
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if s, ok := v.(string); ok {
				*ptr(a) = s
			}
		},
	}
}

// Number binds an optional decimal setting.
func Number(path string, wire []string, ptr func(a *agent.Agent) **float64) Field {
	return Field{
		Path: path, Wire: wire,
		Get: func(a *agent.Agent) any {
			if p := *ptr(a); p != nil {
				return FloatJSON(*p)
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if f, ok := AsFloat(v); ok {
				*ptr(a) = &f
			}
		},
	}
}

// Integer binds an optional whole-number setting.
func Integer(path string, wire []string, ptr func(a *agent.Agent) **int) Field {
	return Field{
		Path: path, Wire: wire,
		Get: func(a *agent.Agent) any {
			if p := *ptr(a); p != nil {
				return json.Number(strconv.Itoa(*p))
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if n, ok := AsInt(v); ok {
				*ptr(a) = &n
			}
		},
	}
}

// Flag binds an optional true/false setting.
func Flag(path string, wire []string, ptr func(a *agent.Agent) **bool) Field {
	return Field{
		Path: path, Wire: wire,
		Get: func(a *agent.Agent) any {
			if p := *ptr(a); p != nil {
				return *p
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if b, ok := v.(bool); ok {
				*ptr(a) = &b
			}
		},
	}
}

// TextList binds a list of strings; an empty list is unset.
func TextList(path string, wire []string, ptr func(a *agent.Agent) *[]string) Field {
	return Field{
		Path: path, Wire: wire, Cleared: []any{},
		Get: func(a *agent.Agent) any {
			list := *ptr(a)
			if len(list) == 0 {
				return nil
			}
			out := make([]any, len(list))
			for i, s := range list {
				out[i] = s
			}
			return out
		},
		Set: func(a *agent.Agent, v any) {
			if list, ok := AsStrings(v); ok && len(list) > 0 {
				*ptr(a) = list
			}
		},
	}
}

// FloatJSON writes f as a JSON number in its shortest exact form.
func FloatJSON(f float64) json.Number {
	return json.Number(strconv.FormatFloat(f, 'f', -1, 64))
}

// AsFloat reads a JSON number.
func AsFloat(v any) (float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := n.Float64()
	return f, err == nil && !math.IsInf(f, 0)
}

// AsInt reads a JSON number that is a whole number (2 or 2.0).
func AsInt(v any) (int, bool) {
	f, ok := AsFloat(v)
	if !ok || f != math.Trunc(f) || math.Abs(f) > math.MaxInt32 {
		return 0, false
	}
	return int(f), true
}

// AsStrings reads a JSON list whose items are all strings.
func AsStrings(v any) ([]string, bool) {
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
