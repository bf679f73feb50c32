package agent

import (
	"fmt"
	"strings"
	"testing"
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
type want struct {
	path    string
	message string
	warning bool
}

func (w want) String() string {
	kind := "error"
	if w.warning {
		kind = "warning"
	}
	return fmt.Sprintf("%s %s: …%s…", kind, w.path, w.message)
}

func intp(v int) *int           { return &v }
func floatp(v float64) *float64 { return &v }

// assertProblems checks that got holds exactly the expected problems.
func assertProblems(t *testing.T, got Problems, expect []want) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range expect {
		found := false
		for i, p := range got {
			if !used[i] && p.Path == w.path && p.Warning == w.warning && strings.Contains(p.Message, w.message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing %v", w)
		}
	}
	for i, p := range got {
		if !used[i] {
			t.Errorf("unexpected problem %q (warning %v)", p.String(), p.Warning)
		}
	}
}
