package ui

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// FakeSession lends this package's test fakes (drafts, settings, secrets,
// providers with real providers' capabilities) to tests outside it: the
// accessible front end's tests (accessible_test.go, package ui_test), which
// cannot import them from ui/accessible.
type FakeSession struct{ h *harness }

func NewFakeSession(t testing.TB) FakeSession { return FakeSession{h: newHarness(t)} }

// Deps are the fakes as the App's dependencies.
func (f FakeSession) Deps() Deps { return f.h.app.sh.deps }

// Seed stores a draft made from a template for a provider.
func (f FakeSession) Seed(name, provider, template string) agent.Draft {
	return f.h.seed(name, provider, template)
}

// Draft is the draft with this id as stored.
func (f FakeSession) Draft(id string) agent.Draft { return f.h.store.get(id) }

// OnlyDraft is the one draft stored; it fails the test if there is not
// exactly one.
func (f FakeSession) OnlyDraft() agent.Draft { return f.h.store.only() }

// HostileName is a draft name full of control characters and escapes.
const HostileName = hostileName

// Count is how many drafts are stored (the trash aside).
func (f FakeSession) Count() int { return f.h.store.count() }
