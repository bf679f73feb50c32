package cli

// What the provider commands (import, export, validate, push, pull, diff)
// share: building a provider from the settings, finding a draft, and
// turning errors into one plain sentence plus detail. Nothing here names a
// concrete provider; every command works through agent.Provider.

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

// checkProviderID refuses a provider id that does not exist (wrong usage).
func (a *app) checkProviderID(cmd *cobra.Command, id string) error {
	if id == "" {
		return usageErrorf(cmd, "say which provider with --provider (%s)", a.providers.List())
	}
	if err := a.providers.Check(id); err != nil {
		return usageErrorf(cmd, "%s", err)
	}
	return nil
}

// provider builds the provider id from the settings, the environment and
// the credentials.
func (a *app) provider(cmd *cobra.Command, id string) (agent.Provider, error) {
	return a.providerIn(cmd, id, agent.DefaultEnv)
}

// providerIn builds the provider id as it is reached in the environment
// env (see storage.ProviderConfigFor).
func (a *app) providerIn(cmd *cobra.Command, id, env string) (agent.Provider, error) {
	if err := a.checkProviderID(cmd, id); err != nil {
		return nil, err
	}
	d, _ := a.providers.Lookup(id)
	settings, creds, err := a.settingsAndCredentials()
	if err != nil {
		return nil, err
	}
	if err := a.checkTimeout(cmd); err != nil {
		return nil, err
	}
	if err := settings.CheckEnvName(env); err != nil {
		return nil, usageErrorf(cmd, "--env: %s", err)
	}
	p, err := d.New(storage.ProviderConfigFor(d, env, a.getenv, settings, creds))
	if err != nil {
		return nil, fail("Could not set up the connection to "+id+".", err)
	}
	return p, nil
}

// settingsAndCredentials reads the two files a provider's connection is
// built from (with the environment; see storage.ProviderConfigFor).
func (a *app) settingsAndCredentials() (storage.Settings, *storage.Credentials, error) {
	settings, err := a.Settings()
	if err != nil {
		return storage.Settings{}, nil, err
	}
	creds, err := a.Credentials()
	if err != nil {
		return storage.Settings{}, nil, err
	}
	return settings, creds, nil
}

// checkTimeout refuses a bad AGENTDECK_TIMEOUT as wrong usage (exit 2), in
// the same words for every command and for the terminal UI, before
// anything is sent: a typo such as "1ns" would otherwise make every
// request look like a dead network.
func (a *app) checkTimeout(cmd *cobra.Command) error {
	if _, err := storage.ParseTimeout(a.getenv(storage.TimeoutEnv)); err != nil {
		return usageErrorf(cmd, "%s", err)
	}
	return nil
}

// draft finds the draft ref names: an id, a unique name, or a file path.
func (a *app) draft(ref string) (*storage.Store, agent.Draft, error) {
	store, err := a.Store()
	if err != nil {
		return nil, agent.Draft{}, err
	}
	d, err := store.Resolve(ref)
	if err != nil {
		if errors.Is(err, agent.ErrNotFound) {
			// The store's words repeat the summary; say where the drafts are.
			return nil, agent.Draft{}, fail(fmt.Sprintf("There is no draft %q.", ref), errors.New("see the drafts and their ids with: agentdeck list"))
		}
		return nil, agent.Draft{}, fail(fmt.Sprintf("Could not open the draft %q.", ref), err)
	}
	return store, d, nil
}

// target is the provider a command works for: --provider when given (as if
// the draft were for that provider), else the draft's own. native is the
// draft's stored document for that provider (each provider keeps its own).
func (a *app) target(cmd *cobra.Command, d agent.Draft, flag string) (p agent.Provider, native []byte, err error) {
	id := d.Provider
	if flag != "" {
		id = flag
	}
	p, err = a.providerIn(cmd, id, d.Env)
	if err != nil {
		return nil, nil, err
	}
	// An environment never pushed starts from the default's document.
	doc := d.RemoteFor(id, agent.EnvName(d.Env)).Native
	if doc == "" {
		doc = d.RemoteFor(id, agent.DefaultEnv).Native
	}
	if doc != "" {
		native = []byte(doc)
	}
	return p, native, nil
}

// draftFor opens the draft ref names and the provider a command works for
// (see target) as the flags to say, refusing an unknown --provider before
// anything is read.
// export and validate start this way.
func (a *app) draftFor(cmd *cobra.Command, ref string, to targetFlags) (d agent.Draft, p agent.Provider, native []byte, err error) {
	if to.provider != "" {
		if err := a.checkProviderID(cmd, to.provider); err != nil {
			return agent.Draft{}, nil, nil, err
		}
	}
	if err := checkEnvFlag(cmd, to.env); err != nil {
		return agent.Draft{}, nil, nil, err
	}
	_, d, err = a.draft(ref)
	if err != nil {
		return agent.Draft{}, nil, nil, err
	}
	if d, err = envView(d, to.env); err != nil {
		return agent.Draft{}, nil, nil, err
	}
	p, native, err = a.target(cmd, d, to.provider)
	if err != nil {
		return agent.Draft{}, nil, nil, err
	}
	if d, err = typedView(d, p); err != nil {
		return agent.Draft{}, nil, nil, err
	}
	return d, p, native, nil
}

// explain turns an error from a provider or the submit flow into one plain
// sentence, with the detail (field problems with their labels) after it;
// the words are agent/errtext's, shared with the terminal UI.
func explain(err error, p agent.Provider) error {
	return fail(errtext.CommandLineWith(err, p.Info().Name, p.Capabilities(), false))
}

// explainDetailed is explain for validate and push: with --details each
// field's path follows its label.
func (a *app) explainDetailed(err error, p agent.Provider) error {
	return fail(errtext.CommandLineWith(err, p.Info().Name, p.Capabilities(), a.details))
}

// problemLines lists problems one a line in plain words, "error   Voice ›
// Speed: …"; with --details the path follows: "Voice › Speed (voice.speed)".
// p's own settings read by their table's labels.
func (a *app) problemLines(p agent.Provider, ps agent.Problems) string {
	return errtext.ProblemLinesWith(p.Capabilities(), ps, a.details)
}

// problemLinesFor is problemLines for the provider id, whose settings
// table names its own settings; an id the registry does not know reads
// with the model's labels only.
func (a *app) problemLinesFor(provider string, ps agent.Problems) string {
	caps, _ := a.offlineCapabilities(provider)
	return errtext.ProblemLinesWith(caps, ps, a.details)
}

// offlineCapabilities is what the provider id carries, its own settings
// tables included, built offline (no key, no settings); the zero
// Capabilities, with the error, for an id the registry cannot build.
func (a *app) offlineCapabilities(id string) (agent.Capabilities, error) {
	d, err := descriptorOf(a.providers, id)
	if err != nil {
		return agent.Capabilities{}, err
	}
	p, err := d.Offline()
	if err != nil {
		return agent.Capabilities{}, err
	}
	return p.Capabilities(), nil
}

// addDetailsFlag gives cmd --details, which names each field's path after
// its label; by default a person reads the label alone.
func (a *app) addDetailsFlag(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&a.details, "details", false, "name each field's path in the draft file after its label")
}

// count says "1 problem" or "3 problems".
func count(n int, noun string) string { return errtext.Count(n, noun, noun+"s") }

// progressPrinter reports the steps of a push on stderr.
func (a *app) progressPrinter(name string) func(step string) {
	words := map[string]string{
		agent.StepCheck:     "Checking " + name + "'s agent list for an agent an earlier push may have made…",
		agent.StepCreate:    "Creating the agent on " + name + "…",
		agent.StepConfigure: "Sending the rest of the settings to " + name + "…",
		agent.StepUpdate:    "Updating the agent on " + name + "…",
		agent.StepReadBack:  "Reading the agent back…",
	}
	return func(step string) {
		if w, ok := words[step]; ok {
			a.noteln(w)
		}
	}
}
