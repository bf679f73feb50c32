package providertest

import (
	"reflect"
	"slices"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Decode is doc decoded by p; an error fails the test.
func Decode(t testing.TB, p agent.Provider, doc []byte) agent.Decoded {
	t.Helper()
	d, err := p.Decode(doc)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// DecodeTestdata is the testdata file name decoded by p.
func DecodeTestdata(t testing.TB, p agent.Provider, name string) agent.Decoded {
	t.Helper()
	return Decode(t, p, ReadTestdata(t, name))
}

// Reencode is the document p encodes for d's agent (edited or not) over
// d's native document, with the secrets d's decode took out put back: what
// a push of the pulled agent sends. An error fails the test.
func Reencode(t testing.TB, p agent.Provider, d agent.Decoded) []byte {
	t.Helper()
	out, err := p.Encode(&d.Agent, d.Native, agent.SecretMap(d.Secrets))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// ParseObject is doc parsed as a provider document, its keys in order;
// text that is not a JSON object fails the test.
func ParseObject(t testing.TB, doc []byte) *jsondoc.Object {
	t.Helper()
	o, err := jsondoc.Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// Removed is ChangedPaths' value for a key that a has and b has not.
const Removed = "(removed)"

// ChangedPaths lists where the JSON tree b differs from a, by dotted path
// (object keys joined by dots), with b's value there, or Removed. Objects
// are compared key by key, anything else as a whole; so are the objects
// at the paths in whole, which then show as one change.
func ChangedPaths(a, b any, whole ...string) map[string]any {
	out := map[string]any{}
	var walk func(path string, x, y any)
	walk = func(path string, x, y any) {
		xm, xok := x.(map[string]any)
		ym, yok := y.(map[string]any)
		if !xok || !yok || slices.Contains(whole, path) {
			if !reflect.DeepEqual(x, y) {
				out[path] = y
			}
			return
		}
		for k, yv := range ym {
			p := joinPath(path, k)
			if xv, in := xm[k]; in {
				walk(p, xv, yv)
			} else {
				out[p] = yv
			}
		}
		for k := range xm {
			if _, in := ym[k]; !in {
				out[joinPath(path, k)] = Removed
			}
		}
	}
	walk("", a, b)
	return out
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
