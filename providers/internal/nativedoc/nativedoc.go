// Package nativedoc reads and writes a provider's own agent document through
// its jsondoc field table. The steps are the same for every provider whose
// document is one flat object read by a field table (Nova, Trillet): refuse
// an oversized or too deep document, unwrap an agent wrapped by a list-style
// answer, refuse a document of another provider, take the secrets out, read
// the fields; and to encode, overlay the agent on the stored document and put
// the secrets back. A provider names only what differs in a Kind.
package nativedoc

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/secretdoc"
	"github.com/agentdeck/agentdeck/providers/internal/settingsdoc"
)

// Kind is one provider's document.
type Kind struct {
	Provider string // the provider's id, for errors
	Name     string // the provider's name for people: "Nova"
	Fields   jsondoc.Fields[agent.Agent]
	// Settings is the provider's table of its own settings (see
	// agent.Setting), read into agent.settings.<Provider> and written back
	// where they changed. Nil: the provider has none.
	Settings []agent.Setting
	// Marks are fields only this provider's agent has; a document with none
	// of them is another provider's (a name alone is not enough, since every
	// provider's agent has one).
	Marks []string
	// Hint names a few of the marks, for the error on another's document.
	Hint string
	// Wrappers are the keys an agent may arrive wrapped in ({"data": {…}}).
	Wrappers []string
	// Clean drops what only answers carry and brings values into the form a
	// request sends, before the fields are read (on decode and encode).
	Clean func(obj *jsondoc.Object)
	// Secrets swaps the credentials in obj for references and returns them.
	Secrets func(obj *jsondoc.Object) map[agent.SecretRef]string
	// Complete fills, after the overlay, what a create requires; fresh says
	// the draft had no stored document. Nil leaves the document as it is.
	Complete func(obj *jsondoc.Object, fresh bool)
}

// Decode reads a document (request body or GET answer) into the model.
func (k Kind) Decode(doc []byte) (agent.Decoded, error) {
	// Refused before any parsing, with jsondoc's plain message.
	if err := jsondoc.Check(doc); err != nil {
		return agent.Decoded{}, err
	}
	obj, err := jsondoc.ParseOrNew(doc)
	if err != nil {
		return agent.Decoded{}, k.notOurs(err.Error())
	}
	obj = k.Unwrap(obj)
	if !k.ours(obj) {
		return agent.Decoded{}, k.notOurs("it has none of " + k.Name + "'s agent fields (" + k.Hint + ", …)")
	}
	k.Clean(obj)
	secrets := mergeSecrets(k.Secrets(obj), settingsdoc.TakeSecrets(obj, k.Settings))
	var a agent.Agent
	k.Fields.Decode(obj, &a)
	if m := k.readSettings(obj); m != nil {
		a.Settings = agent.Settings{k.Provider: m}
	}
	native, err := jsondoc.MarshalSorted(obj)
	if err != nil {
		return agent.Decoded{}, err
	}
	return agent.Decoded{Agent: a, Native: native, Secrets: secrets}, nil
}

// Encode overlays a on native (nil for a fresh draft), with the secrets put
// back, and returns the document sorted by key.
func (k Kind) Encode(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	obj, err := jsondoc.ParseOrNew(native)
	if err != nil {
		return nil, k.notOurs("the draft's saved " + k.Name + " document is damaged: " + err.Error())
	}
	fresh := obj.Len() == 0
	k.Clean(obj)
	var base agent.Agent
	k.Fields.Decode(obj, &base)
	baseSettings := k.readSettings(obj)
	k.Fields.Overlay(obj, a, &base)
	// After the model's fields, so a setting inside an object the model
	// created (a recogniser's finer knobs) lands in it.
	settingsdoc.Overlay(obj, a.Settings[k.Provider], baseSettings, k.Settings)
	if k.Complete != nil {
		k.Complete(obj, fresh)
	}
	if err := secretdoc.Resolve(obj, secrets); err != nil {
		return nil, err
	}
	if err := settingsdoc.FillSecrets(obj, k.Settings, secrets); err != nil {
		return nil, err
	}
	return jsondoc.MarshalSorted(obj)
}

// readSettings reads the provider's settings from obj. An empty list reads
// as not set: a draft file does not keep one, so it must not look like a
// list the person emptied (which would delete it from the document).
func (k Kind) readSettings(obj *jsondoc.Object) map[string]any {
	m := settingsdoc.Read(obj, k.Settings)
	for key, v := range m {
		l, isList := agent.SettingList(v)
		r, isRecords := agent.SettingRecords(v)
		if (isList && len(l) == 0) || (isRecords && len(r) == 0) {
			delete(m, key)
		}
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

// Unwrap returns the agent inside one of the Wrappers, or obj itself when it
// is an agent or nothing inside is.
func (k Kind) Unwrap(obj *jsondoc.Object) *jsondoc.Object {
	if k.ours(obj) {
		return obj
	}
	for _, w := range k.Wrappers {
		if inner := obj.Obj(w); inner != nil && k.ours(inner) {
			return inner
		}
	}
	return obj
}

func (k Kind) ours(obj *jsondoc.Object) bool {
	for _, m := range k.Marks {
		if obj.Has(m) {
			return true
		}
	}
	return false
}

func (k Kind) notOurs(why string) error {
	return &agent.ProviderError{
		Provider: k.Provider, Op: "import", Kind: agent.ErrInvalid,
		Message: "this is not a " + k.Name + " agent document: " + why,
	}
}

// mergeSecrets adds more to found; nil when both are empty.
func mergeSecrets(found, more map[agent.SecretRef]string) map[agent.SecretRef]string {
	if len(more) == 0 {
		return found
	}
	if found == nil {
		found = map[agent.SecretRef]string{}
	}
	for k, v := range more {
		found[k] = v
	}
	return found
}
