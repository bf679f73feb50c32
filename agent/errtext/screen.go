package errtext

import (
	"context"
	"errors"
	"io/fs"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Sentence words err for the terminal UI: one plain sentence that says what
// happened and what to do, naming provider as people know it ("" when it is
// not known there: the sentence then says "The provider", or the name the
// error's provider id reads as where the provider is quoted).
func Sentence(err error, provider string) string {
	if err == nil {
		return ""
	}
	var pe *agent.ProviderError
	said := ""
	if errors.As(err, &pe) && pe.Message != "" {
		who := provider
		if who == "" {
			who = ProviderName(pe.Provider)
		}
		said = " " + who + " said: " + SentenceCase(pe.Message)
	}
	return namedProvider(screenSentence(err, said), provider)
}

// screenSentence words err by its kind; said is what the provider said, if
// anything, to follow the sentence.
func screenSentence(err error, said string) string {
	var problems agent.Problems
	var notRecorded *agent.NotRecordedError
	kind := func(k error) string { return Kind(k, "The provider", Screen) }
	if s, ok := driftSentence(err); ok {
		return s
	}
	switch {
	case errors.As(err, &notRecorded):
		// The provider did its part: say so before the local cause.
		return SentenceCase(Printable(notRecorded.Error())) + " Free some disk space, then submit again: the next submit finds the agent."
	case errors.As(err, &problems) && len(problems) > 0:
		p := problems[0]
		more := ""
		if len(problems) > 1 {
			more = " (and " + Count(len(problems)-1, "more problem", "more problems") + ")"
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
			return SentenceCase(strings.Replace(pe.Message, "the API key", "The provider API key", 1))
		}
		return kind(agent.ErrMalformedKey)
	case errors.Is(err, agent.ErrUnauthorized):
		return kind(agent.ErrUnauthorized) + said
	case errors.Is(err, agent.ErrNotFound):
		return kind(agent.ErrNotFound) + said
	case errors.Is(err, agent.ErrRateLimited):
		return kind(agent.ErrRateLimited) + said
	case errors.Is(err, agent.ErrUnavailable):
		return kind(agent.ErrUnavailable) + said
	case errors.Is(err, agent.ErrUnreadable):
		return kind(agent.ErrUnreadable) + said
	case errors.Is(err, agent.ErrRedirected):
		// The message is agentdeck's own and names the address; "said"
		// would put it in the provider's mouth.
		var pe *agent.ProviderError
		if errors.As(err, &pe) && pe.Message != "" {
			return SentenceCase(pe.Message)
		}
		return kind(agent.ErrRedirected)
	case errors.Is(err, agent.ErrConflict):
		return kind(agent.ErrConflict)
	case errors.Is(err, agent.ErrAmbiguous):
		return kind(agent.ErrAmbiguous)
	case errors.Is(err, agent.ErrInvalid):
		return kind(agent.ErrInvalid) + said
	case errors.Is(err, fs.ErrPermission):
		return "agentdeck is not allowed to write its files. Check the permissions of its folder (see AGENTDECK_HOME)."
	case errors.Is(err, fs.ErrNotExist):
		return "The file is gone; it may have been moved or deleted elsewhere."
	}
	return SentenceCase(err.Error())
}

// namedProvider puts the provider's name in place of "The provider" at the
// start of a sentence Sentence made.
func namedProvider(text, provider string) string {
	if provider == "" {
		return text
	}
	return strings.Replace(text, "The provider ", provider+" ", 1)
}

// ProviderName is the provider's id as people read it when no name is at
// hand ("nova" → "Nova").
func ProviderName(id string) string {
	if id == "" {
		return "The provider"
	}
	return strings.ToUpper(id[:1]) + id[1:]
}
