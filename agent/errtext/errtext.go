// Package errtext words errors for people: one plain sentence for each
// error kind agent names. The command line and the terminal UI both read it,
// so a kind's words are written here once. Where the two say it differently
// on purpose — the command line's summary is one line with the detail on the
// lines after it, the screen's sentence carries the next step and names the
// key or setting to use — the difference is a column of one table (kinds),
// not a second copy. Standard library and agent only.
package errtext

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/agentdeck/agentdeck/agent"
)

// wording is what a kind reads as: both sentences start with both, then the
// command line's goes on with line and the screen's with screen. %[1]s is the
// provider's name (on the screen "The provider" when it is not known there).
type wording struct{ both, line, screen string }

// kinds words each provider error kind.
var kinds = map[error]wording{
	agent.ErrUnauthorized: {"%s ", "did not accept the API key.", "refused the API key. Check the key in settings (s on the drafts screen)."},
	agent.ErrInvalid:      {"%s ", "refused some settings.", "rejected some settings."},
	agent.ErrNotFound:     {"%s has no such agent", ".", "; it may have been deleted there."},
	agent.ErrRateLimited:  {"%s asked us to slow down", "; try again in a minute.", ". Wait a minute, then try again."},
	agent.ErrUnavailable:  {"%s could not be reached", "; try again.", ". Check your connection and the base URL in settings, then try again."},
	agent.ErrUnreadable: {
		"%s answered in a form agentdeck could not read", ".",
		"; try again later, and if it keeps happening the provider may have changed its API.",
	},
	agent.ErrRedirected: {"%s tried to send agentdeck on to another address; nothing was sent there.", "", ""},
	// The command line meets a conflict with the agent on the provider; the
	// screen one with this draft saved elsewhere (see also draftChanged).
	agent.ErrConflict: {
		"", "The agent was changed on %s in the meantime.",
		"This draft was changed somewhere else (another window or the command line), so it was not saved here.",
	},
	agent.ErrAmbiguous: {
		"It is not known whether ", "%s made the agent; push again and agentdeck checks before creating.",
		"the agent was created; the next push checks the provider's list first, so no duplicate is made.",
	},
	agent.ErrMalformedKey: {"", "The API key for %s is malformed; nothing was sent.", "%s API key is malformed; copy it again and set it as one line."},
}

// Audience says who reads a kind's sentence.
type Audience int

const (
	// Line is the command line's one-line summary.
	Line Audience = iota
	// Screen is the terminal UI's sentence with the next step.
	Screen
)

// Kind is the sentence for the error kind kind (an agent.Err… sentinel) as
// to reads it, naming the provider name; "" for a kind it has no words for.
func Kind(kind error, name string, to Audience) string {
	w, ok := kinds[kind]
	if !ok {
		return ""
	}
	tail := w.line
	if to == Screen {
		tail = w.screen
	}
	s := w.both + tail
	if !strings.Contains(s, "%s") {
		return s
	}
	return fmt.Sprintf(s, name)
}

// Count says "1 problem" or "3 problems".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// SentenceCase starts s with a capital and ends it with a full stop.
func SentenceCase(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	s = string(r)
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?") {
		s += "."
	}
	return s
}

// Word is s when it is all printable, else s quoted with its control
// characters escaped, so that nothing a provider sends moves the cursor or
// rewrites the screen.
func Word(s string) string {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return strconv.Quote(s)
		}
	}
	return s
}

// Printable is s with every character that is neither printable nor a
// space shown as �, for text that runs on in a sentence.
func Printable(s string) string {
	return strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) && r != ' ' {
			return '�'
		}
		return r
	}, s)
}
