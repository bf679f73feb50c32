package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/ssh"
)

// Session is one login, as the Factory sees it.
type Session struct {
	// Context ends when the person leaves or the server shuts down: work
	// in progress should be saved and the program should quit.
	Context context.Context
	// Space is the space's name; Dir is its folder, which exists (0700).
	Space, Dir string
	// Fingerprint is the SHA256 fingerprint of the key that logged in.
	Fingerprint string
	// Remote is the client's address.
	Remote string
	// Term is the client's $TERM; Width and Height its window size at login.
	Term          string
	Width, Height int
	// Profile is the colour profile of the client's terminal, from its
	// $TERM and whatever colour variables it sent (NO_COLOR, COLORTERM).
	Profile colorprofile.Profile
}

// Program is what a session runs: a full-screen Bubble Tea model, or a
// line-by-line program for terminals that cannot draw one (TERM=dumb).
type Program struct {
	// Model is the full-screen UI.
	Model tea.Model
	// Filter, when set, sees every message before Model does (see
	// tea.WithFilter); it runs before wish's own filter.
	Filter func(tea.Model, tea.Msg) tea.Msg
	// Stop is sent to Model when Session.Context ends; the model should save
	// and quit. Nil sends tea.Quit, which saves nothing.
	Stop tea.Msg
	// Plain runs instead of Model when Model is nil. in gives whole lines
	// (the server echoes and edits them, as a terminal in cooked mode
	// would); out maps "\n" to "\r\n".
	Plain func(ctx context.Context, in io.Reader, out io.Writer) error
}

// Factory builds what a session runs. An error ends the session with the
// error's text, so it must be fit for the person logging in to read.
type Factory func(Session) (Program, error)

// handle is the middleware that runs every session.
func (s *Server) handle(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		s.serveSession(sess)
		next(sess)
	}
}

func (s *Server) serveSession(sess ssh.Session) {
	if !s.enter() {
		wish.Errorln(sess, "agentdeck: the server is shutting down; try again later.")
		_ = sess.Exit(1)
		return
	}
	defer s.sessions.Done()
	code := s.runSession(sess)
	_ = sess.Exit(code)
}

// enter counts a new session, unless the server is shutting down.
func (s *Server) enter() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.sessions.Add(1)
	return true
}

// runSession checks a session, runs what the factory builds for it and
// returns the exit status. Refusals are one line on the session's stderr.
func (s *Server) runSession(sess ssh.Session) int {
	start := time.Now()
	remote := sess.RemoteAddr().String()
	perms := sess.Permissions()
	space, fp := perms.Extensions[extSpace], perms.Extensions[extFingerprint]
	refuse := func(reason, message string) int {
		s.log.Info("session refused", "space", space, "key", fp, "remote", remote, "reason", reason)
		wish.Errorln(sess, message)
		return 1
	}
	pty, windowChanges, hasPty := sess.Pty()
	switch cmd := sess.Command(); {
	case space == "":
		return refuse("no space", "agentdeck: this login has no space; ask the server's owner to check its authorized keys.")
	case len(cmd) > 1 || len(cmd) == 1 && cmd[0] != "agentdeck":
		return refuse("command given", "agentdeck serve runs only agentdeck; connect without a command: ssh -t HOST")
	case !hasPty:
		return refuse("no terminal", "agentdeck needs a terminal; connect with: ssh -t HOST")
	}
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	default:
		return refuse("session limit", fmt.Sprintf("agentdeck: all %d sessions are in use; try again later.", s.cfg.MaxSessions))
	}
	dir, err := spaceDir(s.cfg.SpacesDir, space)
	if err != nil {
		s.log.Error("session refused", "space", space, "key", fp, "remote", remote, "reason", err.Error())
		wish.Errorln(sess, "agentdeck: your space cannot be opened; ask the server's owner to look at the log.")
		return 1
	}

	ctx, cancel := context.WithCancel(s.base)
	defer cancel()
	stopWith := context.AfterFunc(sess.Context(), cancel)
	defer stopWith()

	env := append(sess.Environ(), "TERM="+pty.Term)
	session := Session{
		Context:     ctx,
		Space:       space,
		Dir:         dir,
		Fingerprint: fp,
		Remote:      remote,
		Term:        pty.Term,
		Width:       pty.Window.Width,
		Height:      pty.Window.Height,
		Profile:     colorprofile.Env(env),
	}
	s.log.Info("login", "space", space, "key", fp, "remote", remote, "term", pty.Term)
	defer func() {
		s.log.Info("logout", "space", space, "key", fp, "remote", remote,
			"duration", time.Since(start).Round(time.Second).String())
	}()

	prog, err := s.cfg.Factory(session)
	if err != nil {
		s.log.Error("session failed", "space", space, "key", fp, "remote", remote, "reason", err.Error())
		wish.Errorln(sess, "agentdeck: "+err.Error())
		return 1
	}
	if prog.Model != nil {
		s.runModel(ctx, sess, prog, windowChanges)
	} else if prog.Plain != nil {
		s.runPlain(ctx, sess, prog)
	}
	return 0
}

// runModel runs the full-screen UI until it quits, the person leaves or
// the server shuts down; in the last two cases the model gets prog.Stop and
// the grace period to save before it is stopped.
func (s *Server) runModel(ctx context.Context, sess ssh.Session, prog Program, windowChanges <-chan ssh.Window) {
	opts := append(bubbletea.MakeOptions(sess),
		// MakeOptions' own filter (a suspend becomes a resume: there is no
		// shell to suspend to) would be replaced by ours, so ours does both.
		tea.WithFilter(sessionFilter(prog.Filter)),
		// The server's signals are the server's: it shuts sessions down
		// through ctx, with time to save.
		tea.WithoutSignalHandler(),
	)
	// Keys come through forwardInput (see input.go), not Bubble Tea's own
	// reader, so a session that ends mid-sequence leaves nothing behind.
	quiet := newNoInput()
	defer func() { _ = quiet.Close() }() // an input that never read anything has nothing to lose
	opts = append(opts, tea.WithInput(quiet))
	p := tea.NewProgram(prog.Model, opts...)
	pty, _, _ := sess.Pty()
	stopInput := forwardInput(p, sess, pty.Term)
	defer stopInput()
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case w := <-windowChanges:
				p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			case <-ctx.Done():
				stop := prog.Stop
				if stop == nil {
					stop = tea.QuitMsg{}
				}
				p.Send(stop)
				select {
				case <-done:
				case <-time.After(s.cfg.ShutdownGrace):
					p.Kill()
				}
				return
			}
		}
	}()
	_, err := p.Run()
	close(done)
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		s.log.Error("the UI stopped with an error", "remote", sess.RemoteAddr().String(), "error", err.Error())
	}
}

// runPlain runs a line-by-line program. A blocked read cannot be
// interrupted, so once ctx ends and the grace period passes the session is
// closed under it.
func (s *Server) runPlain(ctx context.Context, sess ssh.Session, prog Program) {
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
		case <-ctx.Done():
			select {
			case <-done:
			case <-time.After(s.cfg.ShutdownGrace):
				_ = sess.Close()
			}
		}
	}()
	err := prog.Plain(ctx, newCookedInput(sess, sess), sess)
	close(done)
	if err != nil && !errors.Is(err, context.Canceled) {
		s.log.Error("the plain UI stopped with an error", "remote", sess.RemoteAddr().String(), "error", err.Error())
	}
}

// sessionFilter runs the program's filter, then wish's rule for served
// programs: a suspend (ctrl+z) becomes a resume.
func sessionFilter(own func(tea.Model, tea.Msg) tea.Msg) func(tea.Model, tea.Msg) tea.Msg {
	return func(m tea.Model, msg tea.Msg) tea.Msg {
		if own != nil {
			if msg = own(m, msg); msg == nil {
				return nil
			}
		}
		if _, ok := msg.(tea.SuspendMsg); ok {
			return tea.ResumeMsg{}
		}
		return msg
	}
}
