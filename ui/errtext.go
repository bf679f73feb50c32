package ui

import (
	"context"
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"github.com/agentdeck/agentdeck/agent"
)

// errText turns an error into one plain sentence that says what happened
// and what to do. It is the only place that words errors for people.
func errText(err error) string { return errTextFor(err, "") }

// errTextFor is errText for a failure talking to the provider people know
// as provider ("" when it is not known here).
func errTextFor(err error, provider string) string {
	if err == nil {
		return ""
	}
	var pe *agent.ProviderError
	said := ""
	if errors.As(err, &pe) && pe.Message != "" {
		who := provider
		if who == "" {
			who = providerName(pe.Provider)
		}
		said = " " + who + " said: " + sentenceCase(pe.Message)
	}
	return namedProvider(kindSentence(err, said), provider)
}

// kindSentence words err by its kind; said is what the provider said, if
// anything, to follow the sentence.
func kindSentence(err error, said string) string {
	var problems agent.Problems
	var notRecorded *agent.NotRecordedError
	switch {
	case errors.As(err, &notRecorded):
		// The provider did its part: say so before the local cause.
		return sentenceCase(plainText(notRecorded.Error())) + " Free some disk space, then submit again: the next submit finds the agent."
	case errors.As(err, &problems) && len(problems) > 0:
		p := problems[0]
		more := ""
		if len(problems) > 1 {
			more = " (and " + plural(len(problems)-1, "more problem", "more problems") + ")"
		}
		return "Fix " + agent.Label(p.Path) + ": " + p.Message + more + "."
	case errors.Is(err, context.DeadlineExceeded):
		return "The provider took too long to answer. Check your connection and try again."
	case errors.Is(err, context.Canceled):
		return "Stopped before it finished."
	case errors.Is(err, agent.ErrMalformedKey):
		// the message says which key, from where, and what to do
		var pe *agent.ProviderError
		if errors.As(err, &pe) && pe.Message != "" {
			return sentenceCase(strings.Replace(pe.Message, "the API key", "The provider API key", 1))
		}
		return "The provider API key is malformed; copy it again and set it as one line."
	case errors.Is(err, agent.ErrUnauthorized):
		return "The provider refused the API key. Check the key in settings (s on the drafts screen)." + said
	case errors.Is(err, agent.ErrNotFound):
		return "The provider has no such agent; it may have been deleted there." + said
	case errors.Is(err, agent.ErrRateLimited):
		return "The provider asked us to slow down. Wait a minute, then try again." + said
	case errors.Is(err, agent.ErrUnavailable):
		return "The provider could not be reached. Check your connection and the base URL in settings, then try again." + said
	case errors.Is(err, agent.ErrUnreadable):
		return "The provider answered in a form agentdeck could not read; try again later, and if it keeps happening the provider may have changed its API." + said
	case errors.Is(err, agent.ErrRedirected):
		// The message is agentdeck's own and names the address; "said"
		// would put it in the provider's mouth.
		var pe *agent.ProviderError
		if errors.As(err, &pe) && pe.Message != "" {
			return sentenceCase(pe.Message)
		}
		return "The provider tried to send agentdeck on to another address; nothing was sent there."
	case errors.Is(err, agent.ErrConflict):
		return "This draft was changed somewhere else (another window or the command line), so it was not saved here."
	case errors.Is(err, agent.ErrAmbiguous):
		return "It is not known whether the agent was created; the next push checks the provider's list first, so no duplicate is made."
	case errors.Is(err, agent.ErrInvalid):
		if said != "" {
			return "The provider rejected some settings." + said
		}
		return "The provider rejected some settings."
	case errors.Is(err, fs.ErrPermission):
		return "agentdeck is not allowed to write its files. Check the permissions of its folder (see AGENTDECK_HOME)."
	case errors.Is(err, fs.ErrNotExist):
		return "The file is gone; it may have been moved or deleted elsewhere."
	}
	return sentenceCase(err.Error())
}

// namedProvider puts the provider's name in place of "The provider" at the
// start of a sentence errTextFor made.
func namedProvider(text, provider string) string {
	if provider == "" {
		return text
	}
	return strings.Replace(text, "The provider ", provider+" ", 1)
}

// sentenceCase starts s with a capital and ends it with a full stop.
func sentenceCase(s string) string {
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

// providerName is the provider's id as people read it when no ProviderInfo
// is at hand ("nova" → "Nova").
func providerName(id string) string {
	if id == "" {
		return "The provider"
	}
	return strings.ToUpper(id[:1]) + id[1:]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
