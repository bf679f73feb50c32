package ui

import "github.com/agentdeck/agentdeck/agent/errtext"

// The words for errors are agent/errtext's, shared with the command line;
// these names keep the screens' calls short.

// errText turns an error into one plain sentence that says what happened
// and what to do.
func errText(err error) string { return errtext.Sentence(err, "") }

// errTextFor is errText for a failure talking to the provider people know
// as provider ("" when it is not known here).
func errTextFor(err error, provider string) string { return errtext.Sentence(err, provider) }

// sentenceCase starts s with a capital and ends it with a full stop.
func sentenceCase(s string) string { return errtext.SentenceCase(s) }

// providerName is the provider's id as people read it when no ProviderInfo
// is at hand ("nova" → "Nova").
func providerName(id string) string { return errtext.ProviderName(id) }

func plural(n int, one, many string) string { return errtext.Count(n, one, many) }
