package ui

import "testing"

// NewWordsSession is a session whose Dasha has wordsTable as its own
// settings (an advanced number, free text, a read-only one and a list of
// records), for the accessible front end's tests.
func NewWordsSession(t testing.TB) FakeSession {
	return FakeSession{h: newHarness(t, withProvider(wordsProvider()))}
}
