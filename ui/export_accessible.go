package ui

import (
	"time"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// What the accessible front end (package ui/accessible) shares with the
// full-screen one: the same words for errors, drafts and fields, and the
// same new-draft questions. Each is written once, here or in the file
// its name points to; these only let the other package call it.

// ChoicesTimeout bounds fetching a live choice list.
const ChoicesTimeout = choicesTimeout

// ErrText is an error as a plain sentence (errtext.go).
func ErrText(err error) string { return errText(err) }

// SaveErrText words a failed save of a draft: a draft deleted elsewhere is
// said to be gone from the drafts folder, not from the provider.
func SaveErrText(err error) string { return saveErrText(err) }

// StoreErrText words an error of the drafts folder (delete, restore).
func StoreErrText(err error) string { return storeErrText(err) }

// Plural words a count: "1 draft", "3 drafts".
func Plural(n int, one, many string) string { return plural(n, one, many) }

// Quote puts a name in quotation marks, control characters made visible.
func Quote(s string) string { return quote(s) }

// SentenceCase starts s with a capital letter.
func SentenceCase(s string) string { return sentenceCase(s) }

// OneLine shortens a value to one line of at most n characters.
func OneLine(s string, n int) string { return oneLine(s, n) }

// FieldLabel names a field inside its section.
func FieldLabel(caps agent.Capabilities, path string) string { return fieldLabel(caps, path) }

// SettingHelp is a setting's help, with what its environment variable does.
func SettingHelp(f SettingField) string { return settingHelp(f) }

// SortedDrafts is the drafts list in the order the drafts screen shows
// it, newest edit first, a damaged draft with no name named by its file.
func SortedDrafts(entries []DraftEntry) []DraftEntry {
	rows := make([]draftRow, len(entries))
	for i, e := range entries {
		rows[i] = draftRow{DraftEntry: named(e)}
	}
	sortRows(rows)
	out := make([]DraftEntry, len(rows))
	for i, r := range rows {
		out[i] = r.DraftEntry
	}
	return out
}

// DraftStatus is a draft's status as people read it.
func DraftStatus(e DraftEntry) string { return statusWord(e) }

// WhenText words the time of a draft's last edit.
func WhenText(t, now time.Time) string { return whenText(t, now) }

// WizardFields are the new-draft questions: template, provider, name.
func WizardFields(template, provider, name *string, infos []agent.ProviderInfo, taken map[string]bool) []*huh.Group {
	return wizardFields(template, provider, name, infos, taken)
}

// NameCheck accepts a draft name that is not empty and not taken.
func NameCheck(taken map[string]bool) func(string) error { return nameCheck(taken) }

// DraftFromTemplate makes a new draft from the wizard's answers, filled for
// what the chosen provider can carry where providers can say so offline.
func DraftFromTemplate(providers Providers, templateID, provider, name string, now time.Time) agent.Draft {
	return draftFromTemplate(templateID, provider, name, now, offlineProvider(providers, provider))
}
