package fakeapi

import (
	"net/http"
	"testing"
)

// Server is the part of a fake that every fake keeping its agents as plain
// JSON maps (Nova's, Trillet's) has besides its own switches: its address,
// the key it accepts, the traffic it saw and its agents. Such a fake embeds
// it and calls Listen from its New.
type Server struct {
	// BaseURL is what a client's base URL should be.
	BaseURL string
	// Key is the API key the fake accepts.
	Key string

	Traffic
	// Store holds the agents and the lock; tests get Count, IDs, Stored and
	// Modify from it.
	Store[map[string]any]
}

// Listen serves h (the fake that embeds s) on a local test server, stopped
// when the test ends, accepting key; BaseURL becomes the server's address
// followed by path.
func (s *Server) Listen(tb testing.TB, h http.Handler, key, path string) {
	tb.Helper()
	s.Key = key
	s.BaseURL = Start(tb, h) + path
}

// Address is BaseURL, for code that reaches the fake through an interface.
func (s *Server) Address() string { return s.BaseURL }
