package agent

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent/problemtest"
)

// everything is a provider that carries every field of the catalogue with
// only the neutral limits.
func everything() Capabilities {
	caps := Capabilities{Fields: map[string]FieldSpec{}}
	for _, f := range Fields {
		caps.Fields[f.Path] = FieldSpec{}
	}
	return caps
}

// without is everything minus the listed fields.
func without(paths ...string) Capabilities {
	caps := everything()
	for _, p := range paths {
		delete(caps.Fields, p)
	}
	return caps
}

// with is everything with specs replaced.
func with(specs map[string]FieldSpec) Capabilities {
	caps := everything()
	for p, s := range specs {
		caps.Fields[p] = s
	}
	return caps
}

// validAgent is an agent with no problems at all: the blank template.
func validAgent() Agent {
	t, _ := TemplateByID("blank")
	return t.New("Front desk")
}

// want is one expected problem: its path, a part of its message, and
// whether it is a warning.
type want = problemtest.Want

func intp(v int) *int           { return &v }
func floatp(v float64) *float64 { return &v }

// assertProblems checks that got holds exactly the expected problems.
func assertProblems(t *testing.T, got Problems, expect []want) {
	t.Helper()
	problemtest.Match(t, got, expect, func(p Problem) want { return want{Path: p.Path, Message: p.Message, Warning: p.Warning} })
}
