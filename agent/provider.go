package agent

import (
	"context"
	"strings"
	"time"
)

// Provider is the contract every provider implements. Encoding, decoding and
// validation work offline; the four network methods need credentials, which
// the provider gets from main when it is built, and fail with ErrUnauthorized
// when none were given.
type Provider interface {
	// Info names the provider and says how submits work on it.
	Info() ProviderInfo
	// Capabilities says which fields the provider carries, with their
	// limits and built-in choice lists. It does no IO.
	Capabilities() Capabilities
	// Choices reads the choice list for q.Path (see ChoiceLists): live from
	// the provider where its API offers a list, following every page, else
	// the list its docs name, each choice marked FromDocs. An error says in
	// one line why the list could not be read. Callers cache lists per
	// connection and key and fall back to Capabilities when it fails.
	Choices(ctx context.Context, q ChoiceQuery) ([]Choice, error)
	// Validate returns every problem with a for this provider, in plain
	// words, before anything is sent. It includes ValidateCommon.
	Validate(a *Agent) Problems

	// Decode reads a provider-native document — a request body, a GET
	// response (response-only fields are dropped), or another form the
	// provider accepts for import — into the model. Secret values found in
	// the document are replaced by references in both the agent and the
	// returned native document, and handed back in Decoded.Secrets.
	Decode(doc []byte) (Decoded, error)
	// Encode overlays a on the native document (nil for a fresh draft) and
	// returns the complete request document, resolving secret references
	// through secrets. With no edits, Encode(Decode(x)) equals x, key order
	// aside.
	Encode(a *Agent, native []byte, secrets SecretLookup) ([]byte, error)
	// Requests describes the HTTP requests a push of doc would make, in
	// order; remoteID is "" for a first push.
	Requests(doc []byte, remoteID string) []Request

	// Create makes a new remote agent and returns its id. On providers whose
	// Info().CreateThenUpdate is set it sends only the create fields, and
	// the caller follows with Update.
	Create(ctx context.Context, doc []byte) (string, error)
	// Update replaces or patches the remote agent with doc.
	Update(ctx context.Context, remoteID string, doc []byte) error
	// Get returns the remote agent as the provider sends it.
	Get(ctx context.Context, remoteID string) ([]byte, error)
	// List returns every remote agent, following all pages.
	List(ctx context.Context) ([]RemoteAgent, error)
}

// ProviderInfo describes a provider for people and for the submit flow.
type ProviderInfo struct {
	ID      string // nova, trillet, elevenlabs, dasha
	Name    string // as people know it
	Summary string // one line for the new-draft wizard
	// CreateThenUpdate is set where a create takes only a few fields and the
	// rest follows in an update (Nova).
	CreateThenUpdate bool
}

// Decoded is the result of reading a provider-native document.
type Decoded struct {
	Agent   Agent
	Native  []byte // the document with secrets replaced by references
	Secrets map[SecretRef]string
}

// Request is one HTTP request a push makes. Body has secrets masked when it
// is built for display.
type Request struct {
	Step   string // create, configure, update
	Method string
	URL    string
	Body   []byte
}

// RemoteAgent is one entry of a provider's agent list.
type RemoteAgent struct {
	ID      string `json:"id"` // "" when the provider's entry has none that can be read
	Name    string `json:"name"`
	Updated string `json:"updated,omitempty"`
	// Created is when the provider says the agent was made; zero when it
	// does not say, or says it in a form that cannot be read.
	Created time.Time `json:"created,omitzero"`
}

// ParseTime reads a provider's date-time (RFC 3339, with or without
// fractional seconds or zone); the zero time when it cannot.
func ParseTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// Capabilities is what a provider can carry, as data for forms and
// validation. A field path (see Fields) is supported when it, or a dot-prefix
// of it, is a key of Fields.
type Capabilities struct {
	Fields map[string]FieldSpec
	// Provider is the provider's id; its own settings (Settings) have the
	// paths settings.<Provider>.<key>.
	Provider string
	// Settings are the provider's own settings beyond the model's fields,
	// in the order forms show them (see Setting).
	Settings []Setting
	// Wires lists every request-body setting the provider documents and
	// where agentdeck edits it (see WireField).
	Wires []WireField
}

// FieldSpec is a provider's rules for one field.
type FieldSpec struct {
	Choices  []Choice // built-in choice list; custom values stay allowed unless Closed
	Closed   bool     // only the listed choices are accepted
	Live     bool     // Choices(ctx, path) can fetch a fresher list
	Min, Max *float64
	// VendorRanges overrides Min/Max by the value of the section's vendor
	// (voice.speed on Dasha depends on the TTS vendor).
	VendorRanges map[string]Range
	// VendorChoices lists, by the value of the section's vendor, the
	// choices that belong to that vendor (Trillet's voices: a Rime voice
	// id means nothing to Cartesia). Forms offer only the chosen vendor's
	// list, and validation refuses a value listed only under another
	// vendor. VendorDefault is the vendor meant when none is set.
	VendorChoices map[string][]Choice
	VendorDefault string
	MaxLen        int
	MaxItems      int
	Pattern       string // regular expression a text value must match
	PatternHint   string // plain words for Pattern, e.g. "letters, digits and _"
	Required      bool
	Default       string // shown to people as the default
	Note          string // a provider-specific remark, one line
}

// Range is an inclusive numeric range.
type Range struct{ Min, Max float64 }

// Choice is one entry of a choice list.
type Choice struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
	// Detail is what else the provider says of the entry, in a few plain
	// words: a voice's language, accent and gender, a number's carrier.
	Detail string `json:"detail,omitempty"`
	// FromDocs marks an entry that comes from the provider's docs rather
	// than from asking the provider: where its API has no list, a picker
	// must not present it as live.
	FromDocs bool `json:"from_docs,omitempty"`
	// Preview is the address of a short sample, where the provider gives
	// one (a voice's preview_url); a picker may offer to play it.
	Preview string `json:"preview,omitempty"`
}

// Num is a helper for building FieldSpec ranges.
func Num(v float64) *float64 { return &v }

// Supports reports whether the provider carries the field at path. Indices
// are ignored: tools[2].name is looked up as tools.name, then tools.
func (c Capabilities) Supports(path string) bool {
	_, ok := c.Spec(path)
	return ok
}

// Carries reports whether the provider carries the field at path or any
// field under it: speech is carried where speech.vendor is.
func (c Capabilities) Carries(path string) bool { return c.Supports(path) || c.supportsUnder(path) }

// Spec returns the most specific FieldSpec for path.
func (c Capabilities) Spec(path string) (FieldSpec, bool) {
	if strings.HasPrefix(path, SettingsPrefix) {
		s, ok := c.Setting(path)
		return s.Spec, ok
	}
	p := StripIndices(path)
	for {
		if s, ok := c.Fields[p]; ok {
			return s, true
		}
		i := lastDot(p)
		if i < 0 {
			return FieldSpec{}, false
		}
		p = p[:i]
	}
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// StripIndices turns "tools[2].params[0].name" into "tools.params.name".
func StripIndices(path string) string {
	out := make([]byte, 0, len(path))
	skip := false
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '[':
			skip = true
		case c == ']':
			skip = false
		case !skip:
			out = append(out, c)
		}
	}
	return string(out)
}
