package proof

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha"
	"github.com/agentdeck/agentdeck/providers/elevenlabs"
	"github.com/agentdeck/agentdeck/providers/nova"
	"github.com/agentdeck/agentdeck/providers/trillet"
)

// offlineProviders are the four clients with no key: encoding is offline.
func offlineProviders(tb testing.TB) map[string]agent.Provider {
	tb.Helper()
	out := map[string]agent.Provider{}
	for id, build := range map[string]func() (agent.Provider, error){
		"elevenlabs": func() (agent.Provider, error) { return elevenlabs.New("") },
		"dasha":      func() (agent.Provider, error) { return dasha.New("") },
		"nova":       func() (agent.Provider, error) { return nova.New("") },
		"trillet":    func() (agent.Provider, error) { return trillet.New("") },
	} {
		p, err := build()
		if err != nil {
			tb.Fatal(err)
		}
		out[id] = p
	}
	return out
}

// largestDocument is the largest document among a provider's test
// documents that its Decode accepts: the richest real shape there is.
func largestDocument(tb testing.TB, id string, p agent.Provider) agent.Decoded {
	tb.Helper()
	var files []string
	for _, pattern := range []string{"*.json", "*/*.json"} {
		found, _ := filepath.Glob(filepath.Join("..", "providers", id, "testdata", pattern))
		files = append(files, found...)
	}
	var best agent.Decoded
	bestSize := -1
	for _, f := range files {
		doc, err := os.ReadFile(f)
		if err != nil || len(doc) <= bestSize {
			continue
		}
		d, err := p.Decode(doc)
		if err != nil {
			continue
		}
		best, bestSize = d, len(doc)
	}
	if bestSize < 0 {
		tb.Fatalf("%s has no test document its Decode accepts", id)
	}
	return best
}

// heaviestAgent fills the largest document's agent with as much as people
// put in one: a 16 KB prompt, 20 webhook tools of 8 parameters each and 40
// variables, on top of everything the document already has.
func heaviestAgent(a agent.Agent) agent.Agent {
	a.LLM.Prompt = strings.Repeat("You answer the phone for a dental clinic and book, move or cancel appointments. ", 200)
	a.Tools = nil
	for i := range 20 {
		tool := agent.Tool{
			Name: fmt.Sprintf("lookup_%02d", i), Description: "Looks up a booking by the caller's phone number and date.",
			URL: fmt.Sprintf("https://clinic.example.com/api/v1/bookings/%d", i), Method: "POST",
		}
		for j := range 8 {
			tool.Params = append(tool.Params, agent.Param{
				Name: fmt.Sprintf("field_%d", j), Type: "string", Description: "A detail of the booking the caller gives.", Required: j%2 == 0,
			})
		}
		a.Tools = append(a.Tools, tool)
	}
	a.Variables = nil
	for i := range 40 {
		a.Variables = append(a.Variables, agent.Variable{Name: fmt.Sprintf("var_%02d", i), Value: "a value the prompt refers to"})
	}
	return a
}

// BenchmarkEncode measures building each provider's request body, what
// export, --dry-run and every push do: the largest test document as it is
// (encoded with no edits), and the heaviest agent on that document.
func BenchmarkEncode(b *testing.B) {
	for id, p := range offlineProviders(b) {
		doc := largestDocument(b, id, p)
		secrets := agent.SecretMap(doc.Secrets)
		for _, c := range []struct {
			name  string
			agent agent.Agent
		}{
			{"document", doc.Agent},
			{"heaviest", heaviestAgent(doc.Agent)},
		} {
			b.Run(id+"/"+c.name, func(b *testing.B) {
				a := c.agent
				out, err := p.Encode(&a, doc.Native, secrets)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.Encode(&a, doc.Native, secrets); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(out)), "body-bytes")
			})
		}
	}
}
