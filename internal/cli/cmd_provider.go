package cli

// What the provider commands (import, export, validate, push, pull, diff)
// share: building a provider from the settings, finding a draft, and
// turning errors into one plain sentence plus detail. Nothing here names a
// concrete provider; every command works through agent.Provider.

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
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
	if err := a.checkProviderID(cmd, id); err != nil {
		return nil, err
	}
	d, _ := a.providers.Lookup(id)
	settings, err := a.Settings()
	if err != nil {
		return nil, err
	}
	creds, err := a.Credentials()
	if err != nil {
		return nil, err
	}
	if err := a.checkTimeout(cmd); err != nil {
		return nil, err
	}
	p, err := d.New(storage.ProviderConfig(d, a.getenv, settings, creds))
	if err != nil {
		return nil, fail("Could not set up the connection to "+id+".", err)
	}
	return p, nil
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
			return nil, agent.Draft{}, fail(fmt.Sprintf("There is no draft %q.", ref), err)
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
	p, err = a.provider(cmd, id)
	if err != nil {
		return nil, nil, err
	}
	if doc := d.RemoteFor(id, agent.DefaultEnv).Native; doc != "" {
		native = []byte(doc)
	}
	return p, native, nil
}

// draftFor opens the draft ref names and the provider a command works for
// (see target), refusing an unknown --provider before anything is read.
// export and validate start this way.
func (a *app) draftFor(cmd *cobra.Command, ref, providerFlag string) (d agent.Draft, p agent.Provider, native []byte, err error) {
	if providerFlag != "" {
		if err := a.checkProviderID(cmd, providerFlag); err != nil {
			return agent.Draft{}, nil, nil, err
		}
	}
	_, d, err = a.draft(ref)
	if err != nil {
		return agent.Draft{}, nil, nil, err
	}
	p, native, err = a.target(cmd, d, providerFlag)
	if err != nil {
		return agent.Draft{}, nil, nil, err
	}
	return d, p, native, nil
}

// explain turns an error from a provider or the submit flow into one plain
// sentence, with the detail (field problems with their labels) after it.
func explain(err error, p agent.Provider) error {
	name := p.Info().Name
	var ps agent.Problems
	if errors.As(err, &ps) {
		return fail(fmt.Sprintf("The draft has %s for %s; nothing was sent.", count(len(ps), "problem"), name), errors.New(problemLines(ps)))
	}
	var nr *agent.NotRecordedError
	if errors.As(err, &nr) {
		return fail(fmt.Sprintf("The agent %s was %s on %s, but the draft could not record it.", plainWord(nr.RemoteID), nr.What, name),
			fmt.Errorf("%w\nFree some disk space, then push again: the next push finds the agent instead of making another", nr.Err))
	}
	var pe *agent.ProviderError
	if !errors.As(err, &pe) {
		if errors.Is(err, agent.ErrConflict) {
			return fail("The draft was changed elsewhere while this ran.", err)
		}
		return fail("Something went wrong talking to "+name+".", err)
	}
	summary := map[error]string{
		agent.ErrUnauthorized: name + " did not accept the API key.",
		agent.ErrInvalid:      name + " refused some settings.",
		agent.ErrNotFound:     name + " has no such agent.",
		agent.ErrRateLimited:  name + " asked us to slow down; try again in a minute.",
		agent.ErrUnavailable:  name + " could not be reached; try again.",
		agent.ErrUnreadable:   name + " answered in a form agentdeck could not read.",
		agent.ErrRedirected:   name + " tried to send agentdeck on to another address; nothing was sent there.",
		agent.ErrConflict:     "The agent was changed on " + name + " in the meantime.",
		agent.ErrAmbiguous:    "It is not known whether " + name + " made the agent; push again and agentdeck checks before creating.",
	}[pe.Kind]
	if errors.Is(err, agent.ErrMalformedKey) {
		summary = "The API key for " + name + " is malformed; nothing was sent."
	}
	var notSet *agent.NotSetError
	if errors.As(err, &notSet) {
		// Nothing was sent: the key or an id is missing, not refused.
		summary = "There is no " + notSet.Setting + " for " + name + "."
	}
	if summary == "" {
		summary = "Something went wrong talking to " + name + "."
	}
	detail := pe.Message
	if pe.Kind == agent.ErrRedirected && strings.HasPrefix(pe.Message, "the provider ") {
		// httpx's sentence names the address; it is the summary itself.
		summary, detail = name+strings.TrimPrefix(pe.Message, "the provider")+".", "agentdeck follows a redirect only to the same scheme, host and port"
	}
	if len(pe.Fields) > 0 {
		detail += "\n" + problemLines(pe.Problems())
	}
	if pe.Status != 0 {
		detail += fmt.Sprintf("\n(HTTP %d", pe.Status)
		if pe.RequestID != "" {
			detail += ", request " + pe.RequestID
		}
		detail += ")"
	}
	return fail(summary, errors.New(detail))
}

// problemLines lists problems one a line: "error   Voice › Speed (voice.speed): …".
func problemLines(ps agent.Problems) string {
	lines := make([]string, 0, len(ps))
	for _, p := range ps {
		kind := "error  "
		if p.Warning {
			kind = "warning"
		}
		where := p.Path
		if where == "" {
			where = "(the agent)"
		} else if label := agent.Label(p.Path); label != p.Path {
			where = label + " (" + p.Path + ")"
		}
		lines = append(lines, kind+" "+where+": "+p.Message)
	}
	return strings.Join(lines, "\n")
}

// count says "1 problem" or "3 problems".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

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
			fmt.Fprintln(a.stderr, w)
		}
	}
}
