// Package forms builds the editor's huh forms from an agent.Agent and a
// provider's Capabilities: one short form per editor section, one form per
// list item, and the list operations (add, remove, reorder) the editor offers.
//
// Forms are bound to plain strings held by a Section, never to the agent
// itself, so a half-typed number never reaches a draft; Apply converts and
// writes the values back. forms imports only agent and huh: colours and
// styles come from the ui, which applies its theme with Form.WithTheme.
package forms

import (
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Options for building forms.
type Options struct {
	// Choices holds live choice lists by field path (llm.model,
	// voice.voice_id, …), fetched and cached by the ui. A path missing here
	// falls back to the provider's FieldSpec.Choices.
	Choices map[string][]agent.Choice
	// ExternalEditor allows $VISUAL/$EDITOR on long text such as the prompt.
	// It is off under `serve`, where the editor would run on the server.
	ExternalEditor bool
	// Editor is the external editor command and its arguments; nil means
	// EditorCommand(os.Getenv): $VISUAL, then $EDITOR, then vi.
	Editor []string
	// KeyMap is built by the ui from its own keymap; nil means huh's default.
	KeyMap *huh.KeyMap
	// Theme is the ui's huh theme. Given here, it is set on every field as
	// the field is built, so building measures and draws with it; a field
	// with no theme rebuilds huh's default theme on every draw, which makes
	// opening a big section about ten times slower. nil means huh's default,
	// and the ui may still call Form.WithTheme afterwards.
	Theme huh.Theme
	// Width is the form width in cells; 0 leaves sizing to window-size
	// messages.
	Width int
	// Kept is text typed earlier into fields of this form that could not
	// be written into the agent (Section.Kept), by field path. Those
	// fields show it again, with their error, instead of the agent's value.
	Kept map[string]string
	// ListErrors are why a provider's list could not be read, by field
	// path, in one plain sentence: the field says so and takes a typed id.
	ListErrors map[string]string
	// ListLoading marks the lists being read now, by field path.
	ListLoading map[string]bool
	// RefreshKey and PreviewKey name the ui's keys that read a list again
	// and play a voice's sample, for the fields' help; "" leaves the
	// words out (PreviewKey is "" where no sample can be played).
	RefreshKey, PreviewKey string
	// Accessible words the "other value" questions for huh's accessible
	// mode, which asks every question, hidden groups included.
	Accessible bool
}

// ListInfo describes one list that the editor edits item by item.
type ListInfo struct {
	ID    string // the list id Items, AddItem, RemoveItem, MoveItem and NewItem take
	Title string // e.g. "Webhook tools"
	Help  string // one line, plain words
	Max   int    // the most items the provider takes; 0 means no limit
	// Advanced marks a provider's list setting people rarely fill in: the
	// editor's sidebar shows it only once it has items or the section's
	// More settings switch is on.
	Advanced bool
}

// Offered reports whether a list holding items entries is offered to
// people: a provider's advanced list only once it has entries or the
// section's More settings switch is on (an empty one rarely matters, and
// a dozen of them bury the lists people use).
func (l ListInfo) Offered(items int, more bool) bool {
	return !l.Advanced || more || items > 0
}
