package providertest

import (
	"context"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// The checks that hold a provider's model fields to its full test draft:
// every field it supports is set there, pushed through its fake and read
// back. A newcomer adding a field meets them before a real push would.

// EveryFieldSet fails the test unless a (the draft a provider's fullest
// test document decodes to, which its push tests send to the fake) sets
// every model field caps supports, so that a field newly supported is
// pushed through the fake (and checked against its schema) before it
// ships.
func EveryFieldSet(t *testing.T, caps agent.Capabilities, a *agent.Agent) {
	t.Helper()
	set := map[string]bool{}
	for _, f := range agent.Flatten(a) {
		for p := agent.StripIndices(f.Path); p != ""; p = parentPath(p) {
			set[p] = true
		}
	}
	for _, f := range agent.Fields {
		if caps.Supports(f.Path) && !set[f.Path] {
			t.Errorf("%s (%s) is supported but the full document does not set it: add it there, so a push test sends it", f.Path, f.Label)
		}
	}
}

func parentPath(p string) string {
	i := strings.LastIndex(p, ".")
	if i < 0 {
		return ""
	}
	return p[:i]
}

// FillEveryField sets, in a, every single-valued model field caps supports
// that a leaves unset, to a value its spec takes (the first choice, the low
// end of its range, yes, a short text).
func FillEveryField(t *testing.T, caps agent.Capabilities, a agent.Agent) agent.Agent {
	t.Helper()
	set := map[string]bool{}
	for _, f := range agent.Flatten(&a) {
		set[agent.StripIndices(f.Path)] = true
	}
	values := map[string]string{}
	for _, f := range agent.Fields {
		if f.Kind == agent.KindItems || f.Kind == agent.KindSecret || set[f.Path] || !caps.Supports(f.Path) {
			continue
		}
		spec, _ := caps.Spec(f.Path)
		values[f.Path] = sampleOf(f, spec)
	}
	out, err := agent.ApplyEnv(a, agent.EnvValues{Overrides: values})
	if err != nil {
		t.Fatalf("filling every field: %v", err)
	}
	return out
}

func sampleOf(f agent.FieldInfo, spec agent.FieldSpec) string {
	if len(spec.Choices) > 0 {
		return spec.Choices[0].Value
	}
	switch f.Kind {
	case agent.KindBool:
		return "true"
	case agent.KindNumber, agent.KindInteger:
		v := 1.0
		for _, low := range []*float64{f.Min, spec.Min} {
			if low != nil && *low > v {
				v = *low
			}
		}
		for _, high := range []*float64{f.Max, spec.Max} {
			if high != nil && *high < v {
				v = *high
			}
		}
		return strconv.FormatFloat(math.Ceil(v), 'f', -1, 64)
	case agent.KindList:
		return "example"
	case agent.KindText, agent.KindLongText, agent.KindChoice, agent.KindSecret, agent.KindItems:
	}
	return "Example " + strings.ReplaceAll(f.Path, ".", " ")
}

// EveryFieldReadsBack fails the test unless the agent remoteID, read back
// from p, holds every supported model field of sent with its value: a field
// a provider claims but never sends, or sends where it is not kept, shows
// up here.
func EveryFieldReadsBack(t *testing.T, p agent.Provider, remoteID string, sent *agent.Agent) {
	t.Helper()
	doc, err := p.Get(context.Background(), remoteID)
	if err != nil {
		t.Fatalf("reading the agent back: %v", err)
	}
	got := map[string]string{}
	back := Decode(t, p, doc).Agent
	for _, f := range agent.Flatten(&back) {
		got[f.Path] = f.Value
	}
	caps := p.Capabilities()
	for _, f := range agent.Flatten(sent) {
		if strings.HasPrefix(f.Path, agent.SettingsPrefix) ||
			!caps.Supports(agent.StripIndices(f.Path)) && !caps.Supports(catalogueRoot(f.Path)) {
			continue // a provider's own settings are read back by its settings tests
		}
		if agent.IsRef(f.Value) && agent.IsRef(got[f.Path]) {
			continue // a secret reads back as a reference of its own; its value is not in reach
		}
		if got[f.Path] != f.Value {
			t.Errorf("%s: sent %q, read back %q", f.Path, f.Value, got[f.Path])
		}
	}
}

// catalogueRoot is the list a list-item path belongs to (tools[0].name →
// tools), or the path itself.
func catalogueRoot(path string) string {
	root, _, _ := strings.Cut(agent.StripIndices(path), ".")
	if _, ok := agent.FieldByPath(root); ok {
		return root
	}
	return agent.StripIndices(path)
}
