package sshtest

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/internal/screen"
)

// Stream collects bytes another goroutine writes (a session's output, a
// server's log) for a test to wait on.
type Stream struct {
	mu      sync.Mutex
	raw     bytes.Buffer
	screen  *screen.Screen // when set, writes are drawn here and Text shows it
	changed chan struct{}  // closed and replaced on every write
	closed  bool           // no more will come
}

// NewStream is an empty Stream; with a screen, what is written is drawn
// on it.
func NewStream(sc *screen.Screen) *Stream {
	return &Stream{screen: sc, changed: make(chan struct{})}
}

// Watch copies r into a new Stream until r ends.
func Watch(r io.Reader, sc *screen.Screen) *Stream {
	s := NewStream(sc)
	go func() {
		_, _ = io.Copy(s, r)
		s.Close()
	}()
	return s
}

// Write adds p.
func (s *Stream) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.raw.Write(p)
	if s.screen != nil {
		_, _ = s.screen.Write(p)
	}
	s.notifyLocked()
	return len(p), nil
}

// Close says no more will come.
func (s *Stream) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.notifyLocked()
}

func (s *Stream) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Stream) resize(width, height int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.screen != nil {
		s.screen.Resize(width, height)
	}
}

// String is every byte received so far.
func (s *Stream) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.String()
}

// Changed is closed at the next write (or close).
func (s *Stream) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// Done is closed once the stream has ended.
func (s *Stream) Done() <-chan struct{} {
	done := make(chan struct{})
	go func() {
		for {
			s.mu.Lock()
			closed, changed := s.closed, s.changed
			s.mu.Unlock()
			if closed {
				close(done)
				return
			}
			<-changed
		}
	}()
	return done
}

// Len is how many bytes have been received.
func (s *Stream) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.Len()
}

// Text is the screen, or without one everything received without escape
// sequences.
func (s *Stream) Text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.textLocked()
}

func (s *Stream) textLocked() string {
	if s.screen != nil {
		return s.screen.Text()
	}
	return ansi.Strip(s.raw.String())
}

// WaitFor waits until Text contains every one of want, and returns it.
func (s *Stream) WaitFor(t testing.TB, want ...string) string {
	t.Helper()
	return s.WaitUntil(t, strings.Join(want, " and "), func(text string) bool {
		for _, w := range want {
			if !strings.Contains(text, w) {
				return false
			}
		}
		return true
	})
}

// WaitUntil waits until ok(Text()) holds, and returns the text; what
// names the condition in a failure.
func (s *Stream) WaitUntil(t testing.TB, what string, ok func(text string) bool) string {
	t.Helper()
	limit := time.After(WaitLimit)
	for {
		s.mu.Lock()
		got := s.textLocked()
		changed, closed := s.changed, s.closed
		s.mu.Unlock()
		if ok(got) {
			return got
		}
		if closed {
			t.Fatalf("the stream ended before %s; it held:\n%s", what, got)
		}
		select {
		case <-changed:
		case <-limit:
			t.Fatalf("waited for %s; the stream held:\n%s", what, got)
		}
	}
}
