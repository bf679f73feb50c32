package providertest

import (
	"errors"
	"reflect"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestMemSaverRefusesStaleRevisions(t *testing.T) {
	t.Parallel()
	var m MemSaver
	stale := agent.Draft{ID: "d", Revision: 3}
	if err := m.Save(&stale); !errors.Is(err, agent.ErrConflict) {
		t.Fatalf("a first save of revision 3 gave %v, want ErrConflict", err)
	}
	d := agent.Draft{ID: "d", Name: "one"}
	if err := m.Save(&d); err != nil || d.Revision != 1 {
		t.Fatalf("first save: %v, revision %d; want nil and 1", err, d.Revision)
	}
	old := agent.Draft{ID: "d", Name: "two"} // still revision 0
	if err := m.Save(&old); !errors.Is(err, agent.ErrConflict) {
		t.Fatalf("saving over a newer revision gave %v, want ErrConflict", err)
	}
	if got := m.Last(); got.Name != "one" || got.Revision != 1 {
		t.Errorf("a refused save changed the kept draft: %+v", got)
	}
	d.Name = "three"
	if err := m.Save(&d); err != nil || d.Revision != 2 || m.Last().Name != "three" {
		t.Errorf("second save: %v, revision %d, kept %q", err, d.Revision, m.Last().Name)
	}
}

func TestChangedPathsNamesEachChangedLeaf(t *testing.T) {
	t.Parallel()
	a := JSONValue(t, []byte(`{"same": 1, "gone": 2, "obj": {"x": 1, "y": [1]}, "whole": {"k": 1, "j": 2}}`))
	b := JSONValue(t, []byte(`{"same": 1, "new": null, "obj": {"x": 2, "y": [1]}, "whole": {"k": 3, "j": 2}}`))
	want := map[string]any{"gone": Removed, "new": nil, "obj.x": JSONValue(t, []byte("2")), "whole": b.(map[string]any)["whole"]}
	if got := ChangedPaths(a, b, "whole"); !reflect.DeepEqual(got, want) {
		t.Errorf("ChangedPaths = %v, want %v", got, want)
	}
	if got := ChangedPaths(a, a); len(got) != 0 {
		t.Errorf("a tree against itself changed at %v", got)
	}
}
