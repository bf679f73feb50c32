package ui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui/theme"
)

// screen is the contract every screen keeps. Screens never import or name
// each other: they ask the App to move with openScreenMsg and backMsg.
type screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) (screen, tea.Cmd)
	View() string
	Title() string
	SetSize(width, height int)
	help.KeyMap
}

// inputCapturer is a screen that is taking typed text right now (a form
// field, a filter), so single-letter global keys such as ? must reach it.
type inputCapturer interface {
	capturesInput() bool
}

// saveFlusher is a screen holding edits that the autosave has not picked
// up yet; the App asks for them before quitting.
type saveFlusher interface {
	pendingSave() (agent.Draft, bool)
}

// shared is what every screen reads from the App: dependencies, keys, the
// current theme and the session's caches. Screens read it; only the App's
// Update changes it (theme, ids), and screens change only the caches they
// own, inside their own Update.
type shared struct {
	deps    Deps
	keys    KeyMap
	huhKeys *huh.KeyMap
	theme   *theme.Theme
	seq     int
	choices choiceCache
	cancels map[int]context.CancelFunc // in-flight network work, by request id
}

// withTimeout starts a network request: a fresh request id and a context
// that ends after d, or when the request is cancelled or the App quits.
func (s *shared) withTimeout(d time.Duration) (context.Context, int) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	id := s.nextID()
	if s.cancels == nil {
		s.cancels = map[int]context.CancelFunc{}
	}
	s.cancels[id] = cancel
	return ctx, id
}

// done releases the context of a finished request.
func (s *shared) done(id int) {
	if c, ok := s.cancels[id]; ok {
		c()
		delete(s.cancels, id)
	}
}

// cancelAll stops every request still running.
func (s *shared) cancelAll() {
	for id := range s.cancels {
		s.done(id)
	}
}

// nextID returns a fresh request id, unique in the session, so a reply
// meant for an earlier request or an earlier screen is recognised.
func (s *shared) nextID() int {
	s.seq++
	return s.seq
}

func (s *shared) now() time.Time {
	if s.deps.Now != nil {
		return s.deps.Now()
	}
	return time.Now()
}

func (s *shared) getenv(name string) string {
	if s.deps.Getenv == nil {
		return ""
	}
	return s.deps.Getenv(name)
}

// choiceCache keeps live choice lists per provider and field path for the
// session, so each list is fetched at most once. It lives in the App, one
// per session, so under serve no space sees another's lists; a provider's
// lists are forgotten when its settings are saved, so they are kept per
// connection and key.
type choiceCache map[string]map[string][]agent.Choice

func (c choiceCache) get(provider, path string) ([]agent.Choice, bool) {
	l, ok := c[provider][path]
	return l, ok
}

func (c choiceCache) put(provider, path string, l []agent.Choice) {
	if c[provider] == nil {
		c[provider] = map[string][]agent.Choice{}
	}
	c[provider][path] = l
}

// drop forgets one list, to read it again.
func (c choiceCache) drop(provider, key string) { delete(c[provider], key) }

// forget drops one provider's lists: they were read with a key or an
// address that has just changed, so they may belong to another account.
func (c choiceCache) forget(provider string) { delete(c, provider) }
