package ui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// listTimeout bounds listing a provider's agents, every page of them.
const listTimeout = 30 * time.Second

// pullPhase is the step the pull screen is at.
type pullPhase int

const (
	pullPickProvider pullPhase = iota
	pullListing                // fetching the provider's agents
	pullAgents                 // choosing one
	pullPulling                // making or refreshing its draft
)

// pullScreen brings an agent from a provider into agentdeck: pick the
// provider, see its agents (all pages), and open one as a draft, or
// refresh the draft already linked to it, through agent.Pull.
type pullScreen struct {
	sh   *shared
	keys PullKeys
	back key.Binding

	infos      []agent.ProviderInfo
	provCursor int

	phase    pullPhase
	listReq  int
	provider agent.Provider
	agents   []agent.RemoteAgent
	linked   map[string]DraftEntry // remote id → the draft linked to it
	listErr  error
	cursor   int
	window   listWindow

	pullReq int
	pullErr error

	width, height int
}

func newPullScreen(sh *shared) *pullScreen {
	s := &pullScreen{sh: sh, keys: sh.keys.Pull, back: sh.keys.Global.Back}
	if sh.deps.Providers != nil {
		s.infos = sh.deps.Providers.List()
	}
	return s
}

func (s *pullScreen) Init() tea.Cmd { return nil }

func (s *pullScreen) Title() string {
	if s.provider != nil && s.phase != pullPickProvider {
		return "Pull from " + s.provider.Info().Name
	}
	return "Pull an agent"
}

func (s *pullScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.scroll()
}

func (s *pullScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case remoteAgentsListedMsg:
		s.sh.done(msg.reqID)
		if msg.reqID != s.listReq {
			return s, nil
		}
		s.listReq, s.phase = 0, pullAgents
		s.listErr = msg.err
		if msg.provider != nil {
			s.provider = msg.provider
		}
		s.agents, s.linked = msg.agents, msg.linked
		s.cursor, s.window = 0, listWindow{}
		return s, nil
	case agentPulledMsg:
		return s, s.pulled(msg)
	case refreshConfirmedMsg:
		return s, s.pull()
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return s, nil
}

func (s *pullScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	k := s.keys
	switch s.phase {
	case pullPickProvider:
		switch {
		case key.Matches(msg, s.back):
			return s, func() tea.Msg { return backMsg{} }
		case key.Matches(msg, k.Up):
			s.provCursor = max(s.provCursor-1, 0)
		case key.Matches(msg, k.Down):
			s.provCursor = min(s.provCursor+1, max(len(s.infos)-1, 0))
		case key.Matches(msg, k.Choose) && len(s.infos) > 0:
			return s, s.list()
		}
	case pullListing, pullPulling:
		if key.Matches(msg, s.back) {
			// Stop what is under way; a pull cut short changes no draft
			// unless it got as far as saving.
			s.sh.done(s.listReq)
			s.sh.done(s.pullReq)
			s.listReq, s.pullReq = 0, 0
			s.phase = pullPickProvider
		}
	case pullAgents:
		switch {
		case key.Matches(msg, s.back):
			s.phase, s.pullErr = pullPickProvider, nil
		case key.Matches(msg, k.Up):
			s.cursor = max(s.cursor-1, 0)
			s.scroll()
		case key.Matches(msg, k.Down):
			s.cursor = min(s.cursor+1, max(len(s.agents)-1, 0))
			s.scroll()
		case key.Matches(msg, k.Reload):
			return s, s.list()
		case key.Matches(msg, k.Choose) && len(s.agents) > 0:
			return s, s.choose()
		}
	}
	return s, nil
}

// list fetches the chosen provider's agents and finds the drafts linked
// to them.
func (s *pullScreen) list() tea.Cmd {
	id := s.infos[s.provCursor].ID
	ctx, req := s.sh.withTimeout(listTimeout)
	s.listReq, s.phase, s.listErr, s.pullErr = req, pullListing, nil, nil
	if s.provider == nil || s.provider.Info().ID != id {
		s.provider = nil
	}
	return listRemoteAgents(ctx, req, s.sh.deps.Providers, s.sh.deps.Drafts, id)
}

// listRemoteAgents builds the provider from the current settings, lists
// its agents and the drafts already linked to them, off the UI loop.
func listRemoteAgents(ctx context.Context, reqID int, providers Providers, store DraftStore, id string) tea.Cmd {
	return func() tea.Msg {
		p, err := providers.Get(id)
		if err != nil {
			return remoteAgentsListedMsg{reqID: reqID, err: err}
		}
		agents, err := p.List(ctx)
		if err != nil {
			return remoteAgentsListedMsg{reqID: reqID, provider: p, err: err}
		}
		return remoteAgentsListedMsg{reqID: reqID, provider: p, agents: agents, linked: linkedDrafts(store, id)}
	}
}

// linkedDrafts maps remote agent ids to the drafts of provider linked to
// them. Only drafts that were pushed or pulled can be; damaged ones are
// skipped (the drafts screen reports them).
func linkedDrafts(store DraftStore, provider string) map[string]DraftEntry {
	out := map[string]DraftEntry{}
	entries, err := store.List()
	if err != nil {
		return out
	}
	for _, e := range entries {
		if e.Provider != provider || e.Damaged != "" || e.Status == agent.StatusNew || e.Status == agent.StatusError {
			continue
		}
		if e.RemoteID != "" { // known from the index: no need to read 10,000 drafts
			out[e.RemoteID] = e
			continue
		}
		if d, err := store.Load(e.ID); err == nil && d.Remote().ID != "" {
			out[d.Remote().ID] = e
		}
	}
	return out
}

// choose pulls the agent under the cursor; refreshing a linked draft is
// confirmed first.
func (s *pullScreen) choose() tea.Cmd {
	a := s.agents[s.cursor]
	e, ok := s.linked[a.ID]
	if !ok {
		return s.pull()
	}
	name := s.provider.Info().Name
	return openDialog(&refreshDialog{question{
		title: "Refresh " + quote(e.Name) + " from " + name + "?",
		body: "The draft " + quote(e.Name) + " is linked to this agent. It takes the agent's settings from " + name +
			"; changes in it that were never pushed are kept in a copy first.",
		options: []string{"Not now", "Refresh the draft"},
	}})
}

// pull makes the agent under the cursor a draft, or refreshes its draft.
func (s *pullScreen) pull() tea.Cmd {
	a := s.agents[s.cursor]
	e, isLinked := s.linked[a.ID]
	ctx, req := s.sh.withTimeout(pullTimeout)
	s.pullReq, s.phase, s.pullErr = req, pullPulling, nil
	store, secrets, p := s.sh.deps.Drafts, s.sh.deps.Secrets, s.provider
	var linked *DraftEntry
	if isLinked {
		linked = &e
	}
	return func() tea.Msg {
		res, err := pullRemote(ctx, p, a.ID, store, secrets, linked)
		return agentPulledMsg{reqID: req, result: res, err: err}
	}
}

// pullRemote makes the remote agent a draft, or refreshes linked, the
// draft already linked to it, through the one pull flow.
func pullRemote(ctx context.Context, p agent.Provider, remoteID string, store DraftStore, secrets agent.SecretStore, linked *DraftEntry) (agent.PullResult, error) {
	opt := agent.PullOptions{Secrets: secrets}
	if linked != nil {
		// Read it afresh: the pull writes it and must start from the
		// revision on disk.
		d, err := store.Load(linked.ID)
		if err != nil {
			return agent.PullResult{}, err
		}
		opt.Linked = &d
	}
	return agent.Pull(ctx, p, remoteID, store, opt)
}

// pulled opens the new or refreshed draft in the editor, in this screen's
// place.
func (s *pullScreen) pulled(msg agentPulledMsg) tea.Cmd {
	s.sh.done(msg.reqID)
	if msg.reqID != s.pullReq {
		return nil
	}
	s.pullReq = 0
	if msg.err != nil {
		s.phase, s.pullErr = pullAgents, msg.err
		return nil
	}
	res := msg.result
	name := s.provider.Info().Name
	text := "Made the draft " + quote(res.Draft.Name) + " from " + name + "."
	if res.Refreshed {
		text = "Refreshed " + quote(res.Draft.Name) + " from " + name + "."
	}
	if res.Copy != nil {
		text += " Its unpushed changes are kept in " + quote(res.Copy.Name) + "."
	}
	d := res.Draft
	return tea.Sequence(
		func() tea.Msg { return draftRecordedMsg{draft: d} },
		func() tea.Msg { return openScreenMsg{to: routeEditor, draft: d, replace: true} },
		notice(text, levelOK),
	)
}

// rowsVisible is how many agents fit between the headings (a count and
// the column names) and the line under the list (up to two lines).
func (s *pullScreen) rowsVisible() int { return max(s.height-4, 1) }

func (s *pullScreen) scroll() { s.window.follow(s.cursor, s.rowsVisible(), len(s.agents)) }
