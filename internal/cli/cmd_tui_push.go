package cli

import (
	"context"

	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// pushStarter gives the UI the drafts folder's push sessions, so a submit
// from the TUI and a push from the command line take turns on one draft.
type pushStarter struct{ s *storage.Store }

func (p pushStarter) BeginPush(ctx context.Context, id string, waiting func()) (ui.PushSession, error) {
	session, err := p.s.BeginPush(ctx, id, waiting)
	if err != nil {
		return nil, err
	}
	return session, nil
}
