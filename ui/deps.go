package ui

import (
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// DraftStore is what the UI needs from the drafts folder. main fills it
// with the storage package; tests use a fake.
type DraftStore interface {
	// List returns every draft, damaged ones included, without loading each.
	List() ([]DraftEntry, error)
	// Load reads one draft.
	Load(id string) (agent.Draft, error)
	// Save writes d. A d without an ID is a new draft and gets one. A save
	// whose revision is not the one on disk fails with an error wrapping
	// agent.ErrConflict; on success d.Revision and d.Updated move on.
	Save(d *agent.Draft) error
	// SaveCopy writes d as a new draft called name and returns it.
	SaveCopy(d *agent.Draft, name string) (agent.Draft, error)
	// Delete moves the draft to the trash; nothing is erased.
	Delete(id string) error
	// Trash lists the deleted drafts, the most recently deleted first.
	Trash() ([]TrashEntry, error)
	// Restore moves the deleted version e back among the drafts. It
	// refuses when a draft with e's id is there already.
	Restore(e TrashEntry) error
}

// TrashEntry is one deleted draft: one version, as the trash holds it.
type TrashEntry struct {
	Key      string // names this version among the deleted ones
	ID       string // the id it had, and gets back when restored
	Name     string
	Provider string
	Deleted  time.Time
	Path     string
	Damaged  string // why the file cannot be read; "" when it is fine
}

// DraftEntry is one line of the drafts list.
type DraftEntry struct {
	ID       string
	Name     string
	Provider string
	Status   string // agent.StatusNew, StatusPulled, StatusPushed, StatusChanged, StatusError
	Updated  time.Time
	Path     string
	Damaged  string // why the file cannot be read; "" when it is fine
	// RemoteID is the remote agent the draft is linked to, when the store
	// knows it without reading the draft (the drafts folder's index does);
	// "" when it does not or there is none.
	RemoteID string
	// Envs are the draft's environments with their state, when it has
	// one besides the default (the index knows them); nil otherwise.
	Envs []DraftEnv
}

// Providers gives the UI the providers main built, with the current
// settings, so a key entered in settings takes effect on the next Get.
type Providers interface {
	List() []agent.ProviderInfo
	Get(id string) (agent.Provider, error)
}

// OfflineProviders is a Providers that can also build a provider for work
// that sends nothing — a new draft's template, the wizard's table of what
// each provider carries — without reading settings, so it does no IO.
type OfflineProviders interface {
	Offline(id string) (agent.Provider, error)
}

// offlineProvider is the provider id built for offline work, or nil where
// ps cannot build one that way.
func offlineProvider(ps Providers, id string) agent.Provider {
	o, ok := ps.(OfflineProviders)
	if !ok {
		return nil
	}
	p, err := o.Offline(id)
	if err != nil {
		return nil
	}
	return p
}

// Settings reads and writes the per-provider settings: API key, base URL
// and the ids some providers need. main decides which fields a provider
// has; the UI only shows them.
type Settings interface {
	ProviderSettings(provider string) ([]SettingField, error)
	// SaveProviderSettings stores values by SettingField.Key. For a secret
	// field an empty value keeps what is stored.
	SaveProviderSettings(provider string, values map[string]string) error
}

// SettingField is one setting of one provider.
type SettingField struct {
	Key    string
	Label  string
	Help   string // one line, plain words
	Secret bool   // shown masked; its Value is never given to the UI
	// Choices, when set, are the only values the field takes; the first is
	// the default.
	Choices []string
	Value   string // the stored value ("" for secrets)
	IsSet   bool   // a value is stored (the only thing known of a secret)
	EnvVar  string // the environment variable that overrides the stored value
	EnvSet  bool   // that variable is set, so it wins
	// Check, when set, refuses a value with a message shown next to the
	// field, before anything is saved.
	Check func(string) error
	// Account marks the setting that names the account the key works in
	// (Nova's organisation id, Trillet's workspace id), which the
	// connection test names when the provider finds nothing or refuses.
	Account bool
}

// Deps is everything the UI gets from main.
type Deps struct {
	Drafts    DraftStore
	Providers Providers
	Settings  Settings
	// Secrets stores values typed into secret fields of a draft (a custom
	// LLM key, say) under a reference that goes into the draft instead.
	Secrets agent.SecretStore
	// Getenv reads the environment ($VISUAL, $EDITOR); nil means none set.
	Getenv func(string) string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Theme forces "dark" or "light"; "" asks the terminal and falls back
	// to dark when it does not answer.
	Theme string
	// ExternalEditor allows running $VISUAL/$EDITOR for the prompt. It is
	// off when serving over SSH, where the editor would run on the server.
	ExternalEditor bool
	// AutosaveDelay is how long after the first change a save starts; zero
	// means the default, half a second.
	AutosaveDelay time.Duration
	// Pushes runs submits under the drafts folder's push lock; nil submits
	// save through Drafts without one.
	Pushes PushStarter
	// Player plays voice samples; nil offers none (under serve, where the
	// sound would play on the server).
	Player SamplePlayer
	// Links names the drafts linked to a remote agent; nil means no other
	// draft is known.
	Links LinkFinder
	// Index gives the first frame the drafts the drafts folder's index
	// last knew; nil means the list shows once Drafts.List answers.
	Index DraftIndex
	// Environments pushes to named environments and promotes; nil offers
	// only the default environment.
	Environments Environments
	// TestIDs remembers, on this machine, the provider-side tests "Try
	// it" makes, by provider and environment; nil remembers nothing (the
	// provider then finds its tests by name).
	TestIDs func(provider, env string) agent.TestIDs
	// History reads the versions a draft's pushes kept; nil means none
	// are kept (the history screen says so, and drift is settled by a
	// whole side).
	History HistoryReader
}

// HistoryReader reads a draft's pushed versions, oldest first.
type HistoryReader interface {
	Versions(id string) ([]agent.Version, error)
}

// DraftIndex answers without looking at the drafts themselves: what a
// start-up can draw at once, whatever the number of drafts, while List
// checks the folder.
type DraftIndex interface {
	// Recent returns the n most recently updated drafts, newest first, as
	// the index last knew them, and how many drafts it knew; ok is false
	// when there is no index to answer from.
	Recent(n int) (entries []DraftEntry, total int, ok bool)
}

const defaultAutosaveDelay = 500 * time.Millisecond
