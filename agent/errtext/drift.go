package errtext

import (
	"errors"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// driftSentence words a push stopped by changes made to the agent
// elsewhere (agent.DriftError): nothing was sent, and what to do next.
func driftSentence(err error, caps agent.Capabilities) (string, bool) {
	var ee *agent.EnvDriftError
	if errors.As(err, &ee) {
		return "The agent in " + ee.Env + " was changed on " + ee.Provider + " meanwhile" + changedList(ee.Changed) + "; nothing was sent. " + ee.Env +
			" has values of its own, so those changes cannot be merged into the draft: make them in the draft, or replace them " +
			"with agentdeck push --env " + ee.Env + " --ours.", true
	}
	var de *agent.DriftError
	if !errors.As(err, &de) {
		return "", false
	}
	switch {
	case len(de.Invalid) > 0:
		p := de.Invalid[0]
		return "The agent was changed on " + de.Provider + ", and with those changes merged in the draft has a problem (" +
			agent.LabelWith(caps, nil, p.Path) + ": " + p.Message + "); nothing was sent. Fix it, then submit again.", true
	case de.NoBase:
		return "The agent was changed on " + de.Provider + " meanwhile; nothing was sent. Review the draft again to choose what to do.", true
	}
	return "The agent was changed on " + de.Provider + " meanwhile, and " + Count(len(de.Conflicts), "setting was", "settings were") +
		" changed here too; nothing was sent. Review the draft again to choose which to keep.", true
}

// maxChangedNamed is how many settings changed elsewhere a sentence names;
// more are counted.
const maxChangedNamed = 4

// changedList names the settings changed elsewhere: " (Greeting, Voice ›
// Speed)", " (5 settings)", or nothing when none are known.
func changedList(labels []string) string {
	switch {
	case len(labels) == 0:
		return ""
	case len(labels) > maxChangedNamed:
		return " (" + Count(len(labels), "setting", "settings") + ")"
	}
	named := make([]string, len(labels))
	for i, l := range labels {
		named[i] = Printable(l)
	}
	return " (" + strings.Join(named, ", ") + ")"
}
