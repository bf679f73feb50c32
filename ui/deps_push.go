package ui

import (
	"context"

	"github.com/agentdeck/agentdeck/agent"
)

// PushStarter starts pushes under the drafts folder's push lock: a second
// push of the same draft (another window, the command line) waits for the
// first, then starts from the draft as the first left it, so no second
// agent is made. main fills it with the storage's push sessions.
type PushStarter interface {
	// BeginPush takes the lock of draft id, calling waiting once if another
	// push holds it, and reads the draft afresh.
	BeginPush(ctx context.Context, id string, waiting func()) (PushSession, error)
}

// PushSession is one push of one draft under its lock. Pass it to
// agent.Push as the saver, then call End.
type PushSession interface {
	agent.DraftSaver
	// Draft is the draft as read under the lock.
	Draft() agent.Draft
	// End releases the lock. After a push that failed with nothing worth
	// keeping, it puts the draft file back as it was.
	End(pushErr error) error
}

// LinkFinder names the drafts linked to a remote agent, so that a submit
// never takes over an agent another draft made. main fills it with the
// drafts folder's index.
type LinkFinder interface {
	LinkedDrafts(provider, remoteID string) ([]string, error)
}
