package providertest

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Edit is one case of RunEdits: a change to the decoded agent and what the
// encoded document must then hold.
type Edit struct {
	Name string
	Edit func(a *agent.Agent)
	// Check maps a wire path (keys and array indices joined by dots) to
	// the value there, compared as JSON text (numbers as json.Number); nil
	// means the path must be absent.
	Check map[string]any
}

// RunEdits decodes the testdata file doc with p for each case, applies the
// edit, encodes over the decoded native document with its secrets, and
// checks the wire paths: an edit overlays only what it changed.
func RunEdits(t *testing.T, p agent.Provider, doc string, cases []Edit) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			t.Parallel()
			d := DecodeTestdata(t, p, doc)
			tt.Edit(&d.Agent)
			tree := JSONValue(t, Reencode(t, p, d))
			for path, want := range tt.Check {
				got, ok := at(tree, strings.Split(path, "."))
				if want == nil {
					if ok {
						t.Errorf("%s = %v, want it absent", path, got)
					}
					continue
				}
				if g, w := jsonText(got), jsonText(want); !ok || g != w {
					t.Errorf("%s = %s, want %s", path, g, w)
				}
			}
		})
	}
}

// at is the value at keys in a decoded JSON tree; ok says it is there.
func at(v any, keys []string) (any, bool) {
	for _, k := range keys {
		switch node := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = node[k]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(node) {
				return nil, false
			}
			v = node[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// DecodeFlat decodes the testdata file doc with p and returns the decoded
// draft and its fields flattened, path → value as people see them.
func DecodeFlat(t testing.TB, p agent.Provider, doc string) (agent.Decoded, map[string]string) {
	t.Helper()
	d := DecodeTestdata(t, p, doc)
	got := map[string]string{}
	for _, f := range agent.Flatten(&d.Agent) {
		got[f.Path] = f.Value
	}
	return d, got
}

// WantValues checks that got holds each of want's values at its path.
func WantValues(t testing.TB, got, want map[string]string) {
	t.Helper()
	for path, v := range want {
		if got[path] != v {
			t.Errorf("%s = %q, want %q", path, got[path], v)
		}
	}
}
