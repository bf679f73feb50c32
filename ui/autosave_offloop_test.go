package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// slowDisk is a DraftStore whose saves wait until the test lets them
// finish, as on a slow or busy disk.
type slowDisk struct {
	*fakeStore
	started chan string   // receives a draft id when a save begins
	finish  chan struct{} // a save ends when this is closed
}

func (s *slowDisk) Save(d *agent.Draft) error {
	s.started <- d.ID
	<-s.finish
	return s.fakeStore.Save(d)
}

// runCmd runs a command the way the Bubble Tea runtime does, on its own
// goroutine, and delivers its messages (batches taken apart) to msgs.
func runCmd(cmd tea.Cmd, msgs chan<- tea.Msg) {
	if cmd == nil {
		return
	}
	go func() {
		switch m := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range m {
				runCmd(c, msgs)
			}
		default:
			msgs <- m
		}
	}()
}

// TestAutosaveRunsOffTheUILoop shows that a save the disk holds up never
// holds up the screen: while it is on its way, every key is handled and
// drawn at once, and when it lands the status line says so. Budget
// (DESIGN.md §8): autosave off the UI loop.
func TestAutosaveRunsOffTheUILoop(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	h.editField(agent.SectionBasics, "identity.description")

	disk := &slowDisk{fakeStore: h.store, started: make(chan string, 1), finish: make(chan struct{})}
	h.app.sh.deps.Drafts = disk
	msgs := make(chan tea.Msg, 64)
	update := func(msg tea.Msg) {
		_, cmd := h.app.Update(msg)
		runCmd(cmd, msgs)
		_ = h.app.View()
	}

	update(tea.KeyPressMsg{Code: 'N', Text: "N"})
	// The autosave tick comes back from its goroutine, and the save it
	// starts blocks on the disk.
	limit := time.After(30 * time.Second) // stops a hung test; measures nothing
	for saving := false; !saving; {
		select {
		case msg := <-msgs:
			update(msg)
		case id := <-disk.started:
			if id != d.ID {
				t.Fatalf("saving %s, want %s", id, d.ID)
			}
			saving = true
		case <-limit:
			t.Fatal("no save started")
		}
	}
	// The save is stuck on the disk; typing goes on and shows at once.
	for _, r := range "ight shift" {
		update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if v := h.view(); !strings.Contains(v, "Night shift") {
		t.Fatalf("while a save was on its way the screen did not show what was typed:\n%s", v)
	}
	close(disk.finish)
	for {
		select {
		case msg := <-msgs:
			update(msg)
			if _, ok := msg.(draftSavedMsg); ok && strings.Contains(h.view(), "saved") {
				if got := h.store.get(d.ID); !strings.HasPrefix(got.Agent.Identity.Description, "N") {
					t.Fatalf("the draft on disk holds %q", got.Agent.Identity.Description)
				}
				return
			}
		case <-disk.started:
			// The edit typed meanwhile is saved next; let it through.
		case <-limit:
			t.Fatal("the save never landed")
		}
	}
}

// TestSavedDraftSharesNothingWithTheEditor guards the data race the proof
// run found: a save read a tool list while the editor wrote into it.
func TestSavedDraftSharesNothingWithTheEditor(t *testing.T) {
	t.Parallel()
	tmpl, _ := agent.TemplateByID("support")
	live := agent.Draft{Name: "Desk", Agent: tmpl.New("Desk")}
	if len(live.Agent.Tools) == 0 || len(live.Agent.Tools[0].Params) == 0 {
		t.Fatal("the support template has no tool with a parameter to change")
	}
	saved := detached(live)
	live.Agent.Tools[0].Name = "changed_while_saving"
	live.Agent.Tools[0].Params[0].Name = "changed_too"
	if saved.Agent.Tools[0].Name == "changed_while_saving" || saved.Agent.Tools[0].Params[0].Name == "changed_too" {
		t.Error("the draft handed to the save shares its lists with the editor's")
	}
	again := detached(saved)
	if agent.ContentHash(&saved.Agent) != agent.ContentHash(&again.Agent) {
		t.Error("the copy is not the same draft")
	}
}
