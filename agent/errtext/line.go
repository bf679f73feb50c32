package errtext

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// CommandLine words an error from a provider or the submit flow for the
// command line: one plain sentence naming the provider name, and the detail
// (field problems with their labels, the HTTP status) for the lines after it.
// Fields are named in plain words; CommandLineDetailed adds each field's
// path, for --details.
func CommandLine(err error, name string) (summary string, detail error) {
	return CommandLineWith(err, name, agent.Capabilities{}, false)
}

// CommandLineDetailed is CommandLine with each field's path after its label.
func CommandLineDetailed(err error, name string) (summary string, detail error) {
	return CommandLineWith(err, name, agent.Capabilities{}, true)
}

// CommandLineWith is CommandLine for the provider whose capabilities are
// caps: its own settings are named by their table's labels ("Turn-taking ›
// End-of-turn confidence"); details adds each field's path.
func CommandLineWith(err error, name string, caps agent.Capabilities, details bool) (summary string, detail error) {
	return commandLine(err, name, func(ps agent.Problems) string { return ProblemLinesWith(caps, ps, details) })
}

func commandLine(err error, name string, lines func(agent.Problems) string) (summary string, detail error) {
	var ps agent.Problems
	if errors.As(err, &ps) {
		return fmt.Sprintf("The draft has %s for %s; nothing was sent.", Count(len(ps), "problem", "problems"), name), errors.New(lines(ps))
	}
	var nr *agent.NotRecordedError
	if errors.As(err, &nr) {
		return fmt.Sprintf("The agent %s was %s on %s, but the draft could not record it.", Word(nr.RemoteID), nr.What, name),
			fmt.Errorf("%w\nFree some disk space, then push again: the next push finds the agent instead of making another", nr.Err)
	}
	var se *agent.SharedToolError
	if errors.As(err, &se) {
		names := make([]string, 0, len(se.Agents))
		for _, a := range se.Agents {
			names = append(names, fmt.Sprintf("%q", Word(a.Called())))
		}
		return fmt.Sprintf("The tool %q is also used by other agents (%s), so nothing was sent.", Word(se.Tool), strings.Join(names, ", ")),
			errors.New("push it on its own with --shared-tools to change the tool for them too, or give this agent a tool of its own")
	}
	var pe *agent.ProviderError
	if !errors.As(err, &pe) {
		if errors.Is(err, agent.ErrConflict) {
			return "The draft was changed elsewhere while this ran.", err
		}
		return somethingWrong(name), err
	}
	summary = Kind(pe.Kind, name, Line)
	if errors.Is(err, agent.ErrMalformedKey) {
		summary = Kind(agent.ErrMalformedKey, name, Line)
	}
	var notSet *agent.NotSetError
	if errors.As(err, &notSet) {
		// Nothing was sent: the key or an id is missing, not refused.
		summary = "There is no " + notSet.Setting + " for " + name + "."
	}
	if summary == "" {
		summary = somethingWrong(name)
	}
	text := pe.Message
	if pe.Kind == agent.ErrRedirected && strings.HasPrefix(pe.Message, "the provider ") {
		// httpx's sentence names the address; it is the summary itself.
		summary, text = name+strings.TrimPrefix(pe.Message, "the provider")+".", "agentdeck follows a redirect only to the same scheme, host and port"
	}
	if len(pe.Fields) > 0 {
		text += "\n" + lines(pe.Problems())
	}
	if pe.Status != 0 {
		text += fmt.Sprintf("\n(HTTP %d", pe.Status)
		if pe.RequestID != "" {
			text += ", request " + pe.RequestID
		}
		text += ")"
	}
	return summary, errors.New(text)
}

func somethingWrong(name string) string { return "Something went wrong talking to " + name + "." }

// ProblemLines lists problems one a line in plain words:
// "error   Voice › Speed: …". The path stays one flag away (--details).
func ProblemLines(ps agent.Problems) string { return ProblemLinesWith(agent.Capabilities{}, ps, false) }

// ProblemLinesDetailed is ProblemLines with each field's path after its
// label: "error   Voice › Speed (voice.speed): …".
func ProblemLinesDetailed(ps agent.Problems) string {
	return ProblemLinesWith(agent.Capabilities{}, ps, true)
}

// ProblemLinesWith is ProblemLines naming the provider settings of caps by
// their table's labels; details adds each field's path.
func ProblemLinesWith(caps agent.Capabilities, ps agent.Problems, details bool) string {
	lines := make([]string, 0, len(ps))
	for _, p := range ps {
		kind := "error  "
		if p.Warning {
			kind = "warning"
		}
		where := p.Path
		if where == "" {
			where = "(the agent)"
		} else if label := agent.LabelWith(caps, nil, p.Path); label != p.Path {
			where = label
			if details {
				where += " (" + p.Path + ")"
			}
		}
		lines = append(lines, kind+" "+where+": "+p.Message)
	}
	return strings.Join(lines, "\n")
}
