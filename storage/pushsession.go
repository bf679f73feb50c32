package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/agentdeck/agentdeck/agent"
)

// PushSession is one push of one draft. It holds the draft's push lock, so
// two pushes of the same draft — two terminals, the TUI and a script — run
// one after the other and the second sees the remote id the first recorded
// instead of creating a second agent. It also keeps the draft file as it was
// when the push began: a push that fails with a clear answer leaves that
// file exactly as it was, byte for byte.
//
// A PushSession is an agent.DraftSaver; pass it to agent.Push in place of
// the Store, then call End.
type PushSession struct {
	store    *Store
	unlock   func()
	original []byte      // the draft file when the push began
	start    agent.Draft // the draft decoded from original
	lastRev  int         // the revision of this session's last save; 0 for none
}

var _ agent.DraftSaver = (*PushSession)(nil)

// pushLockName is the lock file of draft id: hidden, so never listed.
func pushLockName(id string) string { return "." + id + ".push.lock" }

// BeginPush takes the push lock of draft id, waiting while another process
// or session holds it (waiting, if not nil, is called once when it must
// wait), then reads the draft afresh. The lock is released by End, or by
// the system if the process dies.
func (s *Store) BeginPush(ctx context.Context, id string, waiting func()) (*PushSession, error) {
	if err := checkID(id); err != nil {
		return nil, fmt.Errorf("%w: %w", agent.ErrNotFound, err)
	}
	unlock, err := lockPush(ctx, filepath.Join(s.dir, pushLockName(id)), waiting)
	if err != nil {
		return nil, err
	}
	path := s.path(id)
	raw, err := os.ReadFile(path)
	if err != nil {
		unlock()
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: there is no draft %s in the drafts folder", agent.ErrNotFound, id)
		}
		return nil, fmt.Errorf("draft %s cannot be read: %w", id, err)
	}
	d, err := decodeDraft(raw, s.migrations)
	if err != nil {
		unlock()
		return nil, fmt.Errorf("draft %s cannot be opened: %w", id, err)
	}
	d.ID = id
	s.keepBooks(id, raw, &d, fileModTime(path), true)
	return &PushSession{store: s, unlock: unlock, original: raw, start: d}, nil
}

// Draft is the draft as it was read under the lock; push this one.
func (p *PushSession) Draft() agent.Draft { return p.start }

// Save saves d through the store, remembering the revision written.
func (p *PushSession) Save(d *agent.Draft) error {
	if err := p.store.Save(d); err != nil {
		return err
	}
	p.lastRev = d.Revision
	return nil
}

// End finishes the push and releases the lock. When the push failed
// (pushErr != nil) and left nothing worth keeping — no remote id recorded,
// no create that may have happened — the draft file is put back exactly as
// it was, so a refused push changes neither its revision nor its time, and
// an editor open on the draft does not see a change that did not happen.
// A draft saved by someone else meanwhile is left alone. End returns an
// error only when putting the file back failed.
func (p *PushSession) End(pushErr error) error {
	defer p.unlock()
	if pushErr == nil || p.lastRev == 0 {
		return nil
	}
	return p.store.restore(p.start, p.original, p.lastRev)
}

// restore writes original back over draft id, under the folder lock, if
// the file on disk is still the revision this session wrote and records no
// more of the remote agent than original did.
func (s *Store) restore(start agent.Draft, original []byte, rev int) error {
	id, remote := start.ID, start.Remotes
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	now, err := s.loadFile(s.path(id), id)
	if err != nil || now.Revision != rev || !sameRemoteState(now.Remotes, remote) || !sameToolLinks(now.Agent.Tools, start.Agent.Tools) {
		return nil // someone else wrote it, or the push has something to keep
	}
	if current, err := os.ReadFile(s.path(id)); err != nil || !bytes.Equal(current, original) {
		if err := writeFileAtomic(s.path(id), original); err != nil {
			return fmt.Errorf("the draft could not be put back as it was: %w", err)
		}
	}
	// The record goes back too: the draft is at the revision it was.
	_ = s.writeBookkeeping(id, bookkeeping{rev: start.Revision, hash: fileHash(original), updated: start.Updated})
	return nil
}

// sameRemoteState compares what two drafts know of their remote agents, on
// every provider and in every environment.
func sameRemoteState(a, b map[string]map[string]agent.Remote) bool {
	same := func(x, y agent.Remote) bool {
		return x.ID == y.ID && samePending(x.CreatePending, y.CreatePending) && x.AgentHash == y.AgentHash &&
			x.RemoteHash == y.RemoteHash && x.PushedAt.Equal(y.PushedAt)
	}
	for _, pair := range [][2]map[string]map[string]agent.Remote{{a, b}, {b, a}} {
		for p, envs := range pair[0] {
			for e, r := range envs {
				if !same(r, pair[1][p][e]) {
					return false
				}
			}
		}
	}
	return true
}

func samePending(a, b *agent.PendingCreate) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.BodyHash == b.BodyHash && a.SentAt.Equal(b.SentAt)
}

// sameToolLinks reports whether two drafts link their tools to the same
// provider-side tools: a push that made a workspace tool (or marked one as
// under way) keeps that record even when the agent's update then fails.
func sameToolLinks(a, b []agent.Tool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].RemoteID != b[i].RemoteID {
			return false
		}
	}
	return true
}
