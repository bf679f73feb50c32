package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The environments' questions, asked from the drafts list (drafts_env.go):
// which environment to push to or promote, and, before a promote, whether
// to send what it would change.

// envDialog shows a draft's environments with their state and offers a
// push to each and a promote from each pushed one to each other.
type envDialog struct {
	question
	id      string
	actions []envAction
}

// envAction is one option of envDialog: a push to env, or a promote from
// from to env.
type envAction struct{ from, env string }

// envChosenMsg is the answer: push to env, or promote from → env when
// from is set.
type envChosenMsg struct {
	id        string
	from, env string
}

func newEnvDialog(d agent.Draft) *envDialog {
	// Names from a draft file are shown only when they are names: a file
	// cannot put escape sequences on the screen through them.
	var names []string
	for _, env := range d.EnvNames() {
		if agent.CheckEnvName(env) == nil {
			names = append(names, env)
		}
	}
	var body strings.Builder
	for _, env := range names {
		body.WriteString(env + ": " + d.EnvState(env))
		if id := d.RemoteFor(d.Provider, env).ID; id != "" {
			body.WriteString(" (agent " + plain(id) + ")")
		}
		body.WriteString("\n")
	}
	body.WriteString("\nNew environments come from the draft file's environments, or from agentdeck push --env.")
	dl := &envDialog{
		question: question{title: "Environments of " + quote(d.Name), body: body.String()},
		id:       d.ID,
	}
	for _, env := range names {
		dl.actions = append(dl.actions, envAction{env: env})
		dl.options = append(dl.options, "Push to "+env)
	}
	for _, from := range names {
		if d.RemoteFor(d.Provider, from).ID == "" {
			continue
		}
		for _, to := range names {
			if to != from {
				dl.actions = append(dl.actions, envAction{from: from, env: to})
				dl.options = append(dl.options, "Promote "+from+" to "+to)
			}
		}
	}
	dl.options = append(dl.options, "Cancel")
	return dl
}

func (d *envDialog) menu() *question { return &d.question }

func (d *envDialog) answer(choice int) tea.Msg {
	if choice < 0 || choice >= len(d.actions) {
		return nil
	}
	a := d.actions[choice]
	return envChosenMsg{id: d.id, from: a.from, env: a.env}
}

// promoteDialog shows what a promote would change and asks before it
// sends anything.
type promoteDialog struct {
	question
	reqID int
}

// promoteConfirmedMsg is the answer "send it".
type promoteConfirmedMsg struct{ reqID int }

func newPromoteDialog(reqID int, from, to string, p Promotion) *promoteDialog {
	var body strings.Builder
	if p.Creates {
		body.WriteString(to + " has no agent yet; promote creates one with:\n")
	} else {
		body.WriteString("What " + from + " received, with " + to + "'s own values, changes on " + to + ":\n")
	}
	for _, c := range p.Changes {
		body.WriteString("  " + plain(c.String()) + "\n")
	}
	if len(p.Changes) == 0 {
		body.WriteString("  (no changes)\n")
	}
	return &promoteDialog{
		question: question{
			title:   "Promote " + from + " to " + to + "?",
			body:    body.String(),
			options: []string{"Push it to " + to, "Cancel"},
			wide:    true,
		},
		reqID: reqID,
	}
}

func (d *promoteDialog) menu() *question { return &d.question }

func (d *promoteDialog) answer(choice int) tea.Msg {
	return yesIsFirst(choice, promoteConfirmedMsg{reqID: d.reqID})
}
