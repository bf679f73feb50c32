// Package draftschema builds the JSON Schema of the draft file from the Go
// types (so it cannot drift from what agentdeck reads), with the catalogue's
// plain help as descriptions and each provider's own settings spelled out
// from its table, for editors that check and complete a draft edited by
// hand.
package draftschema

import (
	"encoding/json"
	"reflect"

	"github.com/invopop/jsonschema"

	"github.com/agentdeck/agentdeck/agent"
)

// ID is the schema's $id.
const ID = "https://agentdeck.dev/schema/draft.json"

// Build returns the schema of the draft file; caps are the providers'
// capabilities, whose settings tables describe agent.settings.
func Build(caps []agent.Capabilities) ([]byte, error) {
	r := &jsonschema.Reflector{
		FieldNameTag:               "yaml",
		DoNotReference:             true,
		RequiredFromJSONSchemaTags: true,
		Mapper:                     mapper,
	}
	s := r.Reflect(&agent.Draft{})
	s.ID = ID
	for key, words := range topLevel {
		if p, ok := s.Properties.Get(key); ok {
			p.Description = words
		}
	}
	s.Title = "agentdeck draft"
	s.Description = "One voice agent kept as a local draft by agentdeck (schema_version " + itoa(agent.SchemaVersion) + ")."
	if p, ok := s.Properties.Get("agent"); ok {
		describe(p, "")
		if st, ok := p.Properties.Get("settings"); ok {
			*st = *settingsSchema(caps)
		}
	}
	return json.MarshalIndent(s, "", "  ")
}

// mapper gives types whose Go form is not their file form their schema.
func mapper(t reflect.Type) *jsonschema.Schema {
	if t == reflect.TypeFor[agent.SecretRef]() {
		return &jsonschema.Schema{Type: "string", Description: "A reference to a secret kept in your credentials file, never the secret itself."}
	}
	return nil
}

// describe puts the catalogue's label and help on every model field.
func describe(s *jsonschema.Schema, path string) {
	if s == nil {
		return
	}
	if path != "" {
		if f, ok := agent.FieldInfoOf(path); ok && s.Description == "" {
			s.Description = f.Label + ": " + f.Help
		} else if f, ok := agent.FieldByPath(path); ok && f.Path == path && s.Description == "" {
			s.Description = f.Label + ": " + f.Help
		}
	}
	if s.Properties != nil {
		for pair := s.Properties.Oldest(); pair != nil; pair = pair.Next() {
			child := pair.Key
			if path != "" {
				child = path + "." + pair.Key
			}
			describe(pair.Value, child)
		}
	}
	describe(s.Items, path)
}

// settingsSchema spells out agent.settings: one object per provider, one
// property per setting of its table.
func settingsSchema(caps []agent.Capabilities) *jsonschema.Schema {
	out := &jsonschema.Schema{
		Type:        "object",
		Description: "Each provider's own settings, by provider, then by setting; see `agentdeck fields --provider P`.",
		Properties:  jsonschema.NewProperties(),
	}
	for _, c := range caps {
		if c.Provider == "" {
			continue
		}
		// A key the table does not list is a typo or a setting agentdeck
		// would not send: an editor should say so, as agentdeck does.
		p := &jsonschema.Schema{Type: "object", Properties: jsonschema.NewProperties(), AdditionalProperties: jsonschema.FalseSchema}
		for _, s := range c.Settings {
			p.Properties.Set(s.Key, settingSchema(s))
		}
		out.Properties.Set(c.Provider, p)
	}
	return out
}

func settingSchema(s agent.Setting) *jsonschema.Schema {
	out := &jsonschema.Schema{Title: s.Label, Description: s.Info("").Help}
	if s.ReadOnly != "" {
		out.Description += " Read-only in agentdeck: " + s.ReadOnly + "."
	}
	switch s.Kind {
	case agent.KindNumber:
		out.Type = "number"
	case agent.KindInteger:
		out.Type = "integer"
	case agent.KindBool:
		out.Type = "boolean"
	case agent.KindList:
		out.Type = "array"
		out.Items = &jsonschema.Schema{Type: "string"}
	case agent.KindSecret:
		// Only a reference: the value stays with the credentials.
		out.Type = "string"
		out.Pattern = `^secret:\S+#[0-9a-f]{8}$`
		out.Description += " A secret: the draft holds only a reference to it (type the value in agentdeck, never here)."
	case agent.KindItems:
		out.Type = "array"
		item := &jsonschema.Schema{Type: "object", Properties: jsonschema.NewProperties()}
		for _, f := range s.Items {
			item.Properties.Set(f.Key, settingSchema(f))
		}
		out.Items = item
	default:
		out.Type = "string"
		if s.Spec.Closed {
			for _, c := range s.Spec.Choices {
				out.Enum = append(out.Enum, c.Value)
			}
		}
	}
	if s.Kind == agent.KindNumber || s.Kind == agent.KindInteger {
		if s.Spec.Min != nil {
			out.Minimum = json.Number(fmtFloat(*s.Spec.Min))
		}
		if s.Spec.Max != nil {
			out.Maximum = json.Number(fmtFloat(*s.Spec.Max))
		}
	}
	return out
}

// topLevel describes the draft's own keys.
var topLevel = map[string]string{
	"schema_version": "The version of this file's format; agentdeck moves older files forward when it reads them.",
	"id":             "The draft's own id, made by agentdeck; leave it as it is.",
	"name":           "The draft's name, as the drafts list shows it.",
	"provider":       "The provider this draft is submitted to: nova, trillet, elevenlabs or dasha.",
	"template":       "The template the draft was started from.",
	"created":        "When the draft was made.",
	"updated":        "When the draft was last saved.",
	"revision":       "Counts the draft's saves; agentdeck refuses a save that does not start from the one on disk.",
	"agent":          "The agent: its brain, voice, listening, turn-taking, greeting, hours, tools and variables.",
	"remotes":        "What agentdeck knows of the agent on each provider, per environment; agentdeck keeps it.",
}
