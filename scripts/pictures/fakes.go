package main

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// session stands in for the testing.TB the fake servers ask for: they only
// need a helper mark, a place to register their shutdown and a way to fail.
// Embedding the interface satisfies its unexported method; a fake that
// called anything else would stop the script with a nil-method panic,
// which is a loud enough failure for a script.
type session struct {
	testing.TB
	cleanups []func()
}

func (s *session) Helper()                         {}
func (s *session) Cleanup(f func())                { s.cleanups = append(s.cleanups, f) }
func (s *session) Context() context.Context        { return context.Background() }
func (s *session) Logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
func (s *session) Errorf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "fake server: "+format+"\n", args...)
}

func (s *session) Fatalf(format string, args ...any) {
	fail(fmt.Sprintf("fake server: "+format, args...))
}

// close stops the fake servers, last started first.
func (s *session) close() {
	for i := len(s.cleanups) - 1; i >= 0; i-- {
		s.cleanups[i]()
	}
	s.cleanups = nil
}
