package agent

import "context"

// Preparer is a provider with work to do on its own side before an agent
// is created or updated: ElevenLabs keeps a custom language model's key as
// a workspace secret, which the agent then names by id. Push calls Prepare
// after validation and before encoding; the changes it returns are written
// into the draft and saved before anything else is sent, so what Prepare
// made is recorded even when the create or update that follows fails, and
// the next push does not make it again.
type Preparer interface {
	Prepare(ctx context.Context, a *Agent, secrets SecretLookup) ([]SettingChange, error)
}

// SettingChange sets one of a provider's own settings; a nil Value removes
// it.
type SettingChange struct {
	Provider, Key string
	Value         any
}

// prepare runs p's Preparer, if it has one, and writes its changes into
// both the person's draft and the view being pushed.
func prepare(ctx context.Context, p Provider, d, view *Draft, secrets SecretLookup, store DraftSaver) error {
	pp, ok := p.(Preparer)
	if !ok {
		return nil
	}
	changes, err := pp.Prepare(ctx, &view.Agent, secrets)
	if err != nil || len(changes) == 0 {
		return err
	}
	for _, c := range changes {
		d.Agent.Settings = d.Agent.Settings.With(c.Provider, c.Key, c.Value)
		view.Agent.Settings = view.Agent.Settings.With(c.Provider, c.Key, c.Value)
	}
	return store.Save(d)
}
