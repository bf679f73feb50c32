package agent

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Preparer is a provider with work to do on its own side before an agent
// is created or updated: ElevenLabs keeps a custom language model's key as
// a workspace secret, and webhook tools as workspace tools, which the agent
// then names by id. Push calls Prepare after validation and before
// encoding; the changes it returns are written into the draft and saved
// before anything else is sent, so what Prepare made is recorded even when
// the create or update that follows fails, and the next push does not make
// it again. Prepare may record changes earlier through in.Record (before a
// create whose answer may be lost).
type Preparer interface {
	Prepare(ctx context.Context, a *Agent, in PrepareInput) (Prepared, error)
}

// PrepareInput is what a provider step gets besides the agent.
type PrepareInput struct {
	Secrets SecretLookup
	// RemoteID is the agent's own id at the provider; "" before its first
	// create.
	RemoteID string
	// Env is the environment pushed to (DefaultEnv for the main one).
	Env string
	// Record writes changes into the draft and saves it at once.
	Record func(Prepared) error
	// ToolLinks names the drafts whose tools link the provider's tool
	// toolID (storage's index knows); nil when no draft is known.
	ToolLinks func(provider, toolID string) ([]string, error)
	// SharedTools allows changing a tool other agents also use.
	SharedTools bool
}

// Prepared is what a provider step changes in the draft.
type Prepared struct {
	Settings []SettingChange
	Tools    []ToolLink
}

// SettingChange sets one of a provider's own settings; a nil Value removes
// it.
type SettingChange struct {
	Provider, Key string
	Value         any
}

// ToolLink sets the RemoteID of the tool at Index, which must still be
// named Name.
type ToolLink struct {
	Index    int
	Name     string
	RemoteID string
}

// SharedToolError stops a push that would change a provider-side tool
// other agents also use.
type SharedToolError struct {
	Tool   string
	Agents []RemoteAgent
}

func (e *SharedToolError) Error() string {
	names := make([]string, 0, len(e.Agents))
	for _, a := range e.Agents {
		names = append(names, fmt.Sprintf("%q", a.Called()))
	}
	return fmt.Sprintf("the tool %q is also used by other agents (%s); nothing was sent. "+
		"Push again allowing shared tools to change it for them too, or give this agent its own tool",
		e.Tool, strings.Join(names, ", "))
}

// Called is what the agent is called: its name, else its id.
func (a RemoteAgent) Called() string {
	if a.Name != "" {
		return a.Name
	}
	return a.ID
}

// prepare runs p's Preparer, if it has one, and writes its changes into
// both the person's draft and the view being pushed.
func prepare(ctx context.Context, p Provider, d, view *Draft, secrets SecretLookup, store DraftSaver, opt PushOptions) error {
	pp, ok := p.(Preparer)
	if !ok {
		return nil
	}
	record := func(c Prepared) error {
		if len(c.Settings) == 0 && len(c.Tools) == 0 {
			return nil
		}
		apply(&d.Agent, c)
		apply(&view.Agent, c)
		return store.Save(d)
	}
	in := PrepareInput{
		Secrets: secrets, RemoteID: d.Remote().ID, Env: EnvName(opt.Env), Record: record,
		ToolLinks: opt.ToolLinks, SharedTools: opt.SharedTools,
	}
	changes, err := pp.Prepare(ctx, &view.Agent, in)
	if err != nil {
		return err
	}
	return record(changes)
}

func apply(a *Agent, c Prepared) {
	for _, s := range c.Settings {
		a.Settings = a.Settings.With(s.Provider, s.Key, s.Value)
	}
	if len(c.Tools) > 0 {
		// A copy: the caller's draft shares the list with the one it was
		// read as.
		a.Tools = slices.Clone(a.Tools)
	}
	for _, l := range c.Tools {
		if l.Index >= 0 && l.Index < len(a.Tools) && a.Tools[l.Index].Name == l.Name {
			a.Tools[l.Index].RemoteID = l.RemoteID
		}
	}
}

// CarryLocalSettings copies into dst the provider settings of src that
// have no place in the provider's document (Wire ""), other than secrets:
// an agent decoded from a document (what an environment received, for
// promote) has lost them, and they are the draft's own choices (ElevenLabs'
// "keep tools in the workspace").
func CarryLocalSettings(dst, src *Agent, caps Capabilities) {
	for _, s := range caps.Settings {
		if s.Wire != "" || s.Kind == KindSecret {
			continue
		}
		v, _ := src.Settings.Get(caps.Provider, s.Key)
		dst.Settings = dst.Settings.With(caps.Provider, s.Key, v)
	}
}

// PrepareTeller is a Preparer that can say, without asking the provider
// anything, what its step would do for a (push --dry-run shows it).
type PrepareTeller interface {
	WouldPrepare(a *Agent) []string
}

// PreparePlanner is a Preparer that can say, asking the provider but
// changing nothing, what its step would change (plan and apply show it
// beside the agent's own changes, which cannot show it).
type PreparePlanner interface {
	PlanPrepare(ctx context.Context, a *Agent, secrets SecretLookup) ([]Change, error)
}

// PrepareChanges is what p's step before the agent is sent would change
// (see PreparePlanner), nothing for a provider without one. What the
// provider keeps apart from the agent (ElevenLabs' workspace tools) is no
// part of the agent's document, so PushDiff cannot show it: plan, diff and
// the review add these to its changes.
func PrepareChanges(ctx context.Context, p Provider, a *Agent, secrets SecretLookup) ([]Change, error) {
	pp, ok := p.(PreparePlanner)
	if !ok {
		return nil, nil
	}
	return pp.PlanPrepare(ctx, a, secrets)
}
