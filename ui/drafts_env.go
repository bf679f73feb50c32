package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The drafts list's environments: e shows the selected draft's
// environments and their state (envDialog); a push to one opens the
// submit screen for that environment, and a promote first shows what it
// would change (promoteDialog), with the same rules as `agentdeck push
// --env` and `agentdeck promote`.

// promotionTimeout bounds working out a promote: one read of the target's
// agent.
const promotionTimeout = 30 * time.Second

// envDraftLoadedMsg is the selected draft, read to show its environments.
type envDraftLoadedMsg struct {
	reqID int
	draft agent.Draft
	err   error
}

// envProviderBuiltMsg is the provider for a push to env.
type envProviderBuiltMsg struct {
	reqID    int
	env      string
	provider agent.Provider
	err      error
}

// promotionReadyMsg is what a promote would do, worked out.
type promotionReadyMsg struct {
	reqID     int
	from, to  string
	promotion Promotion
	err       error
}

// envFlow is the drafts screen's environment work in progress.
type envFlow struct {
	reqID   int
	draft   agent.Draft
	pending *promotionReadyMsg // the promote waiting for its answer
}

// openEnvironments reads the selected draft to show its environments.
func (s *draftsScreen) openEnvironments() tea.Cmd {
	e, ok := s.selected()
	if !ok || e.Damaged != "" {
		return nil
	}
	s.env = envFlow{reqID: s.sh.nextID()}
	req, store, id := s.env.reqID, s.sh.deps.Drafts, e.ID
	return func() tea.Msg {
		d, err := store.Load(id)
		return envDraftLoadedMsg{reqID: req, draft: d, err: err}
	}
}

// updateEnv handles the environment messages; ok is false for any other.
func (s *draftsScreen) updateEnv(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case envDraftLoadedMsg:
		if msg.reqID != s.env.reqID {
			return nil, true
		}
		if msg.err != nil {
			return notice("Could not open the draft: "+errText(msg.err), levelError), true
		}
		s.env.draft = msg.draft
		return openDialog(newEnvDialog(msg.draft)), true
	case envChosenMsg:
		if msg.id != s.env.draft.ID {
			return nil, true
		}
		return s.startEnvAction(msg), true
	case envProviderBuiltMsg:
		if msg.reqID != s.env.reqID {
			return nil, true
		}
		if msg.err != nil {
			return notice(errText(msg.err), levelError), true
		}
		d, p, env := s.env.draft, msg.provider, msg.env
		return func() tea.Msg { return openScreenMsg{to: routeSubmit, draft: d, provider: p, env: env} }, true
	case promotionReadyMsg:
		s.sh.done(msg.reqID)
		if msg.reqID != s.env.reqID {
			return nil, true
		}
		if msg.err != nil {
			return notice(sentenceCase(plain(msg.err.Error())), levelError), true
		}
		s.env.pending = &msg
		return openDialog(newPromoteDialog(msg.reqID, msg.from, msg.to, msg.promotion)), true
	case promoteConfirmedMsg:
		pm := s.env.pending
		if pm == nil || pm.reqID != msg.reqID {
			return nil, true
		}
		s.env.pending = nil
		d, p, to, send := s.env.draft, pm.promotion.Provider, pm.to, pm.promotion.Send
		return func() tea.Msg {
			// The person saw what to's agent would change, its own changes
			// made elsewhere included, and said yes: they are replaced.
			return openScreenMsg{to: routeSubmit, draft: d, provider: p, env: to, send: &send, merge: agent.MergeOptions{All: agent.SideOurs}}
		}, true
	}
	return nil, false
}

// startEnvAction builds what a push to an environment or a promote needs,
// off the UI loop.
func (s *draftsScreen) startEnvAction(msg envChosenMsg) tea.Cmd {
	envs := s.sh.deps.Environments
	d := s.env.draft
	if msg.from == "" && msg.env == agent.DefaultEnv && envs == nil {
		providers := s.sh.deps.Providers
		s.env.reqID = s.sh.nextID()
		req := s.env.reqID
		return func() tea.Msg {
			p, err := providers.Get(d.Provider)
			return envProviderBuiltMsg{reqID: req, env: agent.DefaultEnv, provider: p, err: err}
		}
	}
	if envs == nil {
		return notice("Environments are not available here.", levelError)
	}
	if msg.from == "" {
		s.env.reqID = s.sh.nextID()
		req, env := s.env.reqID, msg.env
		return func() tea.Msg {
			p, err := envs.ProviderIn(d.Provider, env)
			return envProviderBuiltMsg{reqID: req, env: env, provider: p, err: err}
		}
	}
	ctx, req := s.sh.withTimeout(promotionTimeout)
	s.env.reqID = req
	from, to := msg.from, msg.env
	return func() tea.Msg {
		p, err := envs.Promotion(ctx, d, from, to)
		return promotionReadyMsg{reqID: req, from: from, to: to, promotion: p, err: err}
	}
}

// toEnv points the submit at the environment env (its remote agent, shown
// steps and title), sending send instead of the draft's agent when set.
func (s *submitScreen) toEnv(env string, send *agent.Payload) *submitScreen {
	s.env, s.send = agent.EnvName(env), send
	s.draft.Env = s.env
	return s
}
