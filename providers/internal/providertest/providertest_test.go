package providertest

import (
	"errors"
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
