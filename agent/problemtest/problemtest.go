// Package problemtest checks the problems a validation found against what a
// test expects. Agent's own tests (package agent) and the providers' tests
// share it, so it imports nothing of agentdeck; tests only.
package problemtest

import (
	"fmt"
	"strings"
	"testing"
)

// Want is one expected problem: its path, a part of its message, and
// whether it is a warning.
type Want struct {
	Path    string
	Message string
	Warning bool
}

func (w Want) String() string {
	kind := "error"
	if w.Warning {
		kind = "warning"
	}
	return fmt.Sprintf("%s %s: …%s…", kind, w.Path, w.Message)
}

// Match checks that got holds exactly the expected problems, each matched
// once: a problem at the path, of the kind, whose message contains the
// expected part. view reads a problem's path, message and kind.
func Match[P fmt.Stringer](t testing.TB, got []P, expect []Want, view func(P) Want) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range expect {
		found := false
		for i, p := range got {
			v := view(p)
			if !used[i] && v.Path == w.Path && v.Warning == w.Warning && strings.Contains(v.Message, w.Message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing %v in %v", w, got)
		}
	}
	for i, p := range got {
		if !used[i] {
			t.Errorf("unexpected problem %q (warning %v)", p.String(), view(p).Warning)
		}
	}
}
