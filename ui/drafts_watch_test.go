package ui

import (
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// stampedStore is a fakeStore whose folder stamp moves when told, as the
// drafts folder's does when a git pull writes files into it.
type stampedStore struct {
	*fakeStore
	stamp atomic.Int64
}

func (s *stampedStore) FolderStamp() (string, error) {
	return strconv.FormatInt(s.stamp.Load(), 10), nil
}

// When files change under the app (a git pull), the drafts list shows
// them without a key being pressed; while nothing changes, the folder is
// not listed again.
func TestDraftsListReloadsWhenTheFolderChanges(t *testing.T) {
	t.Parallel()
	store := &stampedStore{fakeStore: newTestStore()}
	store.put(agent.Draft{Name: "Front desk", Provider: fakeIDs[0], Updated: testNow})
	app := listingApp(store, nil)
	app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	top := app.top().(*draftsScreen)
	top.watchEvery = time.Millisecond
	feed := func(cmd tea.Cmd) (tea.Cmd, bool) {
		var next tea.Cmd
		listed := false
		for _, msg := range collectMsgs(cmd) {
			switch msg.(type) {
			case draftsListedMsg:
				listed = true
				app.Update(msg)
			case draftsWatchMsg:
				_, next = app.Update(msg)
			}
		}
		return next, listed
	}
	cmd, _ := feed(top.startWatch())
	cmd, listed := feed(cmd)
	if listed {
		t.Fatal("the list was read again though the folder did not change")
	}
	store.put(agent.Draft{Name: "Pulled from git", Provider: fakeIDs[1], Updated: testNow})
	store.stamp.Add(1)
	cmd, _ = feed(cmd) // this look sees the change and lists the folder
	if _, listed = feed(cmd); !listed {
		t.Fatal("the list was not read again after the folder changed")
	}
	if view := ansi.Strip(app.View().Content); !strings.Contains(view, "Pulled from git") {
		t.Errorf("the new draft is not shown:\n%s", view)
	}
}
