package ui

import (
	"errors"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
)

// The words for errors are agent/errtext's, shared with the command line;
// these names keep the screens' calls short.

// errText turns an error into one plain sentence that says what happened
// and what to do.
func errText(err error) string { return errtext.Sentence(err, "") }

// errTextFor is errText for a failure talking to the provider people know
// as provider ("" when it is not known here).
func errTextFor(err error, provider string) string { return errtext.Sentence(err, provider) }

// errTextWith is errTextFor naming the provider's own settings (caps) by
// their table's labels.
func errTextWith(err error, provider string, caps agent.Capabilities) string {
	return errtext.SentenceWith(err, provider, caps)
}

// sentenceCase starts s with a capital and ends it with a full stop.
func sentenceCase(s string) string { return errtext.SentenceCase(s) }

// providerName is the provider's id as people read it when no ProviderInfo
// is at hand ("nova" → "Nova").
func providerName(id string) string { return errtext.ProviderName(id) }

func plural(n int, one, many string) string { return errtext.Count(n, one, many) }

// storeErrText words an error of the drafts folder (delete, restore, a
// save of a draft deleted elsewhere). The folder's messages are plain words
// already; the kind they carry — not found, changed elsewhere — would
// otherwise be worded as the provider's ("has no such agent").
func storeErrText(err error) string {
	msg := err.Error()
	for _, k := range []error{agent.ErrNotFound, agent.ErrConflict} {
		msg = strings.TrimPrefix(msg, k.Error()+": ")
	}
	return sentenceCase(errtext.Printable(msg))
}

// saveErrText words a failed save. A save talks to no provider, so "not
// found" is the draft gone from the drafts folder, deleted elsewhere.
func saveErrText(err error) string {
	if errors.Is(err, agent.ErrNotFound) {
		return storeErrText(err)
	}
	return errText(err)
}
