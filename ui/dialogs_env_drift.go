package ui

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// A push to an environment with values of its own stops when that
// environment's agent was changed elsewhere (agent.EnvDriftError): those
// changes cannot be merged into the draft without taking the
// environment's values along. The submit screen then shows what changed
// and asks: push the draft's over them (the command line's --ours), or
// cancel and leave the agent as it is.

// envDriftDialog is that question.
type envDriftDialog struct {
	question
	reqID int // the push that stopped
}

// envDriftOursMsg is the answer "push mine over theirs".
type envDriftOursMsg struct{ reqID int }

// newEnvDriftDialog returns the question for err, a push to the
// environment env, or nil when err is not a push to a named environment
// stopped by changes made elsewhere to its agent: agent.EnvDriftError, or
// agent.DriftError when those changes meet the draft's own (the default
// environment's drift is settled in the review).
func newEnvDriftDialog(reqID int, env string, err error) *envDriftDialog {
	env = agent.EnvName(env)
	var ee *agent.EnvDriftError
	var de *agent.DriftError
	var head string
	var changed []string
	switch {
	case errors.As(err, &ee):
		env = ee.Env
		head = "The agent " + plain(ee.RemoteID) + " in " + plain(env) + " was changed on " + plain(ee.Provider) + " since the last push, so nothing was sent."
		changed = ee.Changed
	case env != agent.DefaultEnv && errors.As(err, &de) && len(de.Invalid) == 0:
		head = "The agent " + plain(de.RemoteID) + " in " + plain(env) + " was changed on " + plain(de.Provider) + " since the last push, so nothing was sent."
		for _, c := range de.Conflicts {
			changed = append(changed, c.Label+": yours "+orNotSet(c.Ours)+", theirs "+orNotSet(c.Theirs))
		}
		for _, c := range de.Changes {
			changed = append(changed, c.Label+": theirs "+orNotSet(c.From)+", yours "+orNotSet(c.To))
		}
	default:
		return nil
	}
	var body strings.Builder
	body.WriteString(head)
	if len(changed) > 0 {
		body.WriteString(" Changed there:\n")
		for _, line := range changed {
			body.WriteString("  " + plain(line) + "\n")
		}
	} else {
		body.WriteString("\n")
	}
	body.WriteString("\nPushing yours replaces those changes with the draft's, with " + plain(env) +
		"'s own values. To keep them, cancel and make the same changes in the draft first.")
	return &envDriftDialog{
		question: question{
			title:   plain(env) + " was changed elsewhere",
			body:    body.String(),
			options: []string{"Push mine over theirs", "Cancel"},
			danger:  true,
		},
		reqID: reqID,
	}
}

func (d *envDriftDialog) menu() *question { return &d.question }

func (d *envDriftDialog) answer(choice int) tea.Msg {
	return yesIsFirst(choice, envDriftOursMsg{reqID: d.reqID})
}

// pushOurs answers "push mine over theirs": the same push again, every
// conflict settled for the draft's side.
func (s *submitScreen) pushOurs(msg envDriftOursMsg) tea.Cmd {
	if msg.reqID != s.driftReq || s.phase != submitDone || s.provider == nil {
		return nil
	}
	s.driftReq = 0
	s.merge = agent.MergeOptions{All: agent.SideOurs}
	s.phase = submitWaiting
	return s.waitForSaves()
}

// askEnvDrift opens the question when the push that ended (reqID) was
// stopped by changes made elsewhere to an environment's agent.
func (s *submitScreen) askEnvDrift(reqID int, err error) tea.Cmd {
	dl := newEnvDriftDialog(reqID, s.env, err)
	if dl == nil {
		return nil
	}
	s.driftReq = reqID
	return openDialog(dl)
}
