package fuzzcheck

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Seeds are realistic documents to start fuzzing from: the files matching
// glob (relative to the provider's package, "" for none) and the request body
// of a fresh draft from each template, as p encodes it.
func Seeds(tb testing.TB, p agent.Provider, glob string) [][]byte {
	tb.Helper()
	var out [][]byte
	if glob != "" {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			doc, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, doc)
		}
	}
	for _, tmpl := range agent.Templates {
		a := tmpl.New("Front desk")
		doc, err := p.Encode(&a, nil, agent.MaskSecrets{})
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, doc)
	}
	return out
}
