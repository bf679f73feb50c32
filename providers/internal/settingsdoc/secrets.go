package settingsdoc

// Settings of agent.KindSecret: the draft holds an agent.SecretRef, the
// value lives with the credentials. A decode takes plain values out of the
// document (TakeSecrets) before Read sees it; an encode puts them back in
// (FillSecrets) after Overlay wrote the references.

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// TakeSecrets replaces the plain value of every secret setting of table
// in doc by a new reference and returns the values by reference; nil when
// there are none. A value shown starred out (agent.IsMasked) becomes a
// reference without a value: it was never the secret.
func TakeSecrets(doc *jsondoc.Object, table []agent.Setting) map[agent.SecretRef]string {
	var out map[agent.SecretRef]string
	for _, s := range table {
		if s.Kind != agent.KindSecret || s.Wire == "" {
			continue
		}
		v, ok := jsondoc.Lookup(doc, wire(s.Wire)...)
		text, isText := v.(string)
		if !ok || !isText || text == "" || agent.IsRef(text) {
			continue
		}
		ref := agent.NewSecretRef(s.Key)
		if !agent.IsMasked(text) {
			if out == nil {
				out = map[agent.SecretRef]string{}
			}
			out[ref] = text
		}
		jsondoc.SetPath(doc, string(ref), wire(s.Wire)...)
	}
	return out
}

// FillSecrets puts the value behind each secret setting's reference in
// doc back in its place, through secrets; a reference whose value is not
// there is an error naming the setting, never a value.
func FillSecrets(doc *jsondoc.Object, table []agent.Setting, secrets agent.SecretLookup) error {
	for _, s := range table {
		if s.Kind != agent.KindSecret || s.Wire == "" {
			continue
		}
		v, _ := jsondoc.Lookup(doc, wire(s.Wire)...)
		text, _ := v.(string)
		if !agent.IsRef(text) {
			continue
		}
		val, ok := "", false
		if secrets != nil {
			val, ok = secrets.Secret(agent.SecretRef(text))
		}
		if !ok {
			return fmt.Errorf("the value of “%s” is missing from the credentials; enter it again", s.Label)
		}
		jsondoc.SetPath(doc, val, wire(s.Wire)...)
	}
	return nil
}
