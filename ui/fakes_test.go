package ui

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// fakeStore keeps drafts in memory with the storage package's rules: new
// drafts get an id and revision 1, a stale revision is refused with
// agent.ErrConflict, and a save advances Revision and Updated.
type fakeStore struct {
	mu      sync.Mutex
	drafts  map[string]agent.Draft
	damaged []DraftEntry
	now     func() time.Time
	seq     int
	saves   int
	saveErr error // every save fails with this when set
	listErr error
	saved   chan string   // receives the id of every successful save, if set
	trash   []fakeTrashed // newest first (fakes_trash_test.go)
}

// newTestStore is an empty fake store whose clock stands at testNow.
func newTestStore() *fakeStore { return newFakeStore(func() time.Time { return testNow }) }

// listingApp is an App over drafts (and ix, if not nil) with fake
// providers, the dark theme and the clock at testNow: the drafts list on
// its own, for the tests and benchmarks of listing.
func listingApp(drafts DraftStore, ix DraftIndex) *App {
	return New(Deps{Drafts: drafts, Index: ix, Providers: &fakeProviders{}, Theme: "dark", Now: func() time.Time { return testNow }})
}

func newFakeStore(now func() time.Time) *fakeStore {
	return &fakeStore{drafts: map[string]agent.Draft{}, now: now}
}

func (s *fakeStore) List() ([]DraftEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.listErr != nil {
		return nil, s.listErr
	}
	out := make([]DraftEntry, 0, len(s.drafts)+len(s.damaged))
	for _, d := range s.drafts {
		out = append(out, DraftEntry{ID: d.ID, Name: d.Name, Provider: d.Provider, Status: d.Status(), Updated: d.Updated, Path: "/drafts/" + d.ID + ".yaml"})
	}
	out = append(out, s.damaged...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (s *fakeStore) Load(id string) (agent.Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.drafts[id]
	if !ok {
		return agent.Draft{}, fmt.Errorf("%w: no draft %s", agent.ErrNotFound, id)
	}
	return clone(d), nil
}

func (s *fakeStore) Save(d *agent.Draft) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.saveErr != nil {
		return s.saveErr
	}
	next := clone(*d)
	if next.ID == "" {
		s.seq++
		next.ID = fmt.Sprintf("d%03d", s.seq)
		next.Revision = 1
	} else {
		onDisk, ok := s.drafts[next.ID]
		if !ok && s.trashed(next.ID) {
			// storage's words for a draft deleted elsewhere
			return fmt.Errorf("%w: draft %s is no longer in the drafts folder (deleted elsewhere?); save yours as a copy", agent.ErrNotFound, next.ID)
		}
		if ok && onDisk.Revision != next.Revision {
			return fmt.Errorf("%w: revision %d on disk, you have %d", agent.ErrConflict, onDisk.Revision, next.Revision)
		}
		next.Revision++
	}
	next.Updated = s.now().UTC()
	stored := clone(next)
	stored.Env = "" // as a file keeps it: the environment is never saved
	s.drafts[next.ID] = stored
	s.saves++
	*d = clone(next)
	if s.saved != nil {
		s.saved <- next.ID
	}
	return nil
}

func (s *fakeStore) SaveCopy(d *agent.Draft, name string) (agent.Draft, error) {
	c := clone(*d)
	c.ID, c.Name, c.Revision = "", name, 0
	c.Unlink()
	if err := s.Save(&c); err != nil {
		return agent.Draft{}, err
	}
	return c, nil
}

// put stores d as another session would, bumping its revision.
func (s *fakeStore) put(d agent.Draft) agent.Draft {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d.ID == "" {
		s.seq++
		d.ID = fmt.Sprintf("d%03d", s.seq)
	}
	if old, ok := s.drafts[d.ID]; ok {
		d.Revision = old.Revision + 1
	} else if d.Revision == 0 {
		d.Revision = 1
	}
	if d.Updated.IsZero() {
		d.Updated = s.now().UTC()
	}
	s.drafts[d.ID] = clone(d)
	return d
}

func (s *fakeStore) get(id string) agent.Draft {
	s.mu.Lock()
	defer s.mu.Unlock()
	return clone(s.drafts[id])
}

func (s *fakeStore) only() agent.Draft {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.drafts {
		return clone(d)
	}
	return agent.Draft{}
}

func (s *fakeStore) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.drafts)
}

// clone deep-copies a draft the way a file round trip would.
func clone(d agent.Draft) agent.Draft {
	c := d
	c.Agent = cloneAgent(d.Agent)
	return c
}

// fakeSecrets is an in-memory agent.SecretStore.
type fakeSecrets struct {
	mu sync.Mutex
	m  map[agent.SecretRef]string
}

func (f *fakeSecrets) Secret(ref agent.SecretRef) (string, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.m[ref]
	return v, ok
}

func (f *fakeSecrets) SetSecret(ref agent.SecretRef, v string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[agent.SecretRef]string{}
	}
	f.m[ref] = v
	return nil
}

// fakeSettings keeps provider settings in memory.
type fakeSettings struct {
	mu     sync.Mutex
	values map[string]map[string]string
	env    map[string]string
	refuse error // every save fails with this when set
}

func (f *fakeSettings) ProviderSettings(provider string) ([]SettingField, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v := f.values[provider]
	fields := []SettingField{
		{Key: "api_key", Label: "API key", Help: "The key from your " + provider + " dashboard.", Secret: true, IsSet: v["api_key"] != "", EnvVar: "AGENTDECK_" + upper(provider) + "_API_KEY"},
		{Key: "base_url", Label: "Base URL", Help: "Leave empty for the usual address.", Value: v["base_url"], IsSet: v["base_url"] != "", EnvVar: "AGENTDECK_" + upper(provider) + "_BASE_URL"},
	}
	if provider == "nova" {
		fields = append(fields, SettingField{Key: "org_id", Label: "Organisation id", Help: "Your Nova organisation.", Value: v["org_id"], IsSet: v["org_id"] != "", Account: true})
	}
	for i := range fields {
		if _, ok := f.env[fields[i].EnvVar]; ok {
			fields[i].EnvSet = true
		}
	}
	return fields, nil
}

func (f *fakeSettings) SaveProviderSettings(provider string, values map[string]string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.refuse != nil {
		return f.refuse
	}
	if f.values == nil {
		f.values = map[string]map[string]string{}
	}
	if f.values[provider] == nil {
		f.values[provider] = map[string]string{}
	}
	for k, v := range values {
		if k == "api_key" && v == "" {
			continue
		}
		f.values[provider][k] = v
	}
	return nil
}

func (f *fakeSettings) get(provider, key string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.values[provider][key]
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

// fakeProviders answers List and Get from memory. A provider whose
// settings hold no API key fails List with ErrUnauthorized, like a real
// one built without credentials.
type fakeProviders struct {
	settings *fakeSettings
	listErr  map[string]error
	agents   map[string]int
	extra    map[string]agent.Capabilities // providers beyond the four, by id
	none     bool                          // a build with no providers at all
}

func (f *fakeProviders) List() []agent.ProviderInfo {
	if f.none {
		return nil
	}
	out := make([]agent.ProviderInfo, 0, len(fakeIDs))
	for _, id := range fakeIDs {
		out = append(out, fakeInfo(id))
	}
	return out
}

// Offline builds a provider for work that sends nothing, as main's does:
// the wizard's template and its table of what each provider carries.
func (f *fakeProviders) Offline(id string) (agent.Provider, error) { return f.Get(id) }

func (f *fakeProviders) Get(id string) (agent.Provider, error) {
	if caps, ok := f.extra[id]; ok {
		return &fakeProvider{info: agent.ProviderInfo{ID: id, Name: id}, caps: caps}, nil
	}
	if _, ok := fakeCaps[id]; !ok {
		return nil, fmt.Errorf("%w: no provider called %q", agent.ErrNotFound, id)
	}
	key := ""
	if f.settings != nil {
		key = f.settings.get(id, "api_key")
	}
	var err error
	if f.listErr != nil {
		err = f.listErr[id]
	}
	n := 0
	if f.agents != nil {
		n = f.agents[id]
	}
	return &fakeProvider{info: fakeInfo(id), caps: fakeCaps[id](), key: key, listErr: err, agents: n}, nil
}

// fakeProvider implements agent.Provider with a real provider's kind of
// capabilities and agent.ValidateCommon; it does no IO.
type fakeProvider struct {
	info    agent.ProviderInfo
	caps    agent.Capabilities
	key     string
	listErr error
	agents  int
}

func (p *fakeProvider) Info() agent.ProviderInfo         { return p.info }
func (p *fakeProvider) Capabilities() agent.Capabilities { return p.caps }
func (p *fakeProvider) Validate(a *agent.Agent) agent.Problems {
	return agent.ValidateCommon(a, p.caps)
}

func (p *fakeProvider) Choices(_ context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	path := q.Path
	if path == "llm.model" {
		return []agent.Choice{{Value: "live-model-1", Label: "Live model one"}, {Value: "live-model-2"}}, nil
	}
	return nil, fmt.Errorf("%w: no live list for %s", agent.ErrNotFound, path)
}

func (p *fakeProvider) Decode([]byte) (agent.Decoded, error) {
	return agent.Decoded{}, errors.New("the fake provider decodes nothing")
}

func (p *fakeProvider) Encode(*agent.Agent, []byte, agent.SecretLookup) ([]byte, error) {
	return []byte("{}"), nil
}

func (p *fakeProvider) Requests([]byte, string) []agent.Request { return nil }

func (p *fakeProvider) Create(context.Context, []byte) (string, error) {
	return "", errors.New("the fake provider creates nothing")
}

func (p *fakeProvider) Update(context.Context, string, []byte) error {
	return errors.New("the fake provider updates nothing")
}

func (p *fakeProvider) Get(context.Context, string) ([]byte, error) {
	return nil, agent.ErrNotFound
}

func (p *fakeProvider) List(ctx context.Context) ([]agent.RemoteAgent, error) {
	if p.listErr != nil {
		return nil, p.listErr
	}
	if p.key == "" {
		return nil, &agent.ProviderError{
			Provider: p.info.ID, Op: "list", Kind: agent.ErrUnauthorized, Message: "no API key",
			Err: &agent.NotSetError{Setting: "API key", EnvVar: "AGENTDECK_" + upper(p.info.ID) + "_API_KEY"},
		}
	}
	out := make([]agent.RemoteAgent, p.agents)
	for i := range out {
		out[i] = agent.RemoteAgent{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Agent %d", i)}
	}
	return out, ctx.Err()
}
