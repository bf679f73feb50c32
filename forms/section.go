package forms

import (
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Section is one editor section's form, or one list item's form, bound to
// plain values copied from the agent. Build it with NewSection or NewItem,
// run Form inside a screen, and call Apply to write the edits back.
type Section struct {
	// Form is the huh form; every field's key is its agent field path
	// (tools[0].name), an "Other" input's key is the path plus "#other".
	Form *huh.Form
	// ID is the section id, or the list id and index for an item
	// ("tools[2]", "tools[0].params[1]", "schedule.mon[0]").
	ID string
	// Title names the section or item for people.
	Title string

	fields []*field
	groups []*huh.Group // the form's pages in order, for RunPages
	byPath map[string]*field
	// extras apply values that are not one field each (the built-in tools
	// multi-select) and tidy up after the fields.
	extras []func(a *agent.Agent, ps *agent.Problems)
	// exists reports, for an item form, whether the item is still there.
	exists  func(a *agent.Agent) bool
	secrets map[string]string
	empty   bool
	// hidden are the pages shown only while a field allows (More settings
	// on, "Other" chosen), by their group: huh keeps the func to itself,
	// and the accessible front end asks page by page (RunPages).
	hidden map[*huh.Group]func() bool
	// builtins is the Tools section's multi-select value, for tests.
	builtins *[]string
}

// NewSection builds the form of an editor section (agent.SectionBasics, …)
// showing only the fields caps supports, filled from a.
func NewSection(sectionID string, a *agent.Agent, caps agent.Capabilities, opt Options) *Section {
	b := newBuilder(a, caps, opt, agentSlot)
	b.s.ID, b.s.Title = sectionID, agent.SectionTitle(sectionID)
	for _, p := range sectionPages(sectionID) {
		b.page(p)
	}
	b.settingsPages(sectionID)
	switch sectionID {
	case agent.SectionTools:
		b.builtinsField()
	case agent.SectionAdvanced:
		b.s.extras = append(b.s.extras, func(a *agent.Agent, _ *agent.Problems) { tidyOutboundSIP(a) })
	}
	note := "This provider has no settings in this section."
	if len(Lists(sectionID, caps)) > 0 {
		note = "Edit the lists of this section item by item."
	}
	return b.finish(note)
}

// sectionPages lists a section's pages in order.
func sectionPages(sectionID string) []page {
	if pages := pagesOfSection[sectionID]; pages != nil {
		return pages()
	}
	return nil
}

// pagesOfSection is where each section's pages are written (section_*.go).
var pagesOfSection = map[string]func() []page{
	agent.SectionBasics:    basicsPages,
	agent.SectionBrain:     brainPages,
	agent.SectionVoice:     voicePages,
	agent.SectionListening: listeningPages,
	agent.SectionTurn:      turnPages,
	agent.SectionGreeting:  greetingPages,
	agent.SectionHours:     hoursPages,
	agent.SectionVariables: variablesPages,
	agent.SectionAdvanced:  advancedPages,
}

// SectionSupported reports whether the provider carries anything in this
// section: a field of its form or one of its lists.
func SectionSupported(sectionID string, caps agent.Capabilities) bool {
	for _, p := range sectionPages(sectionID) {
		for _, path := range p.paths {
			if caps.Supports(path) {
				return true
			}
		}
	}
	for _, s := range caps.Settings {
		if s.Section == sectionID {
			return true
		}
	}
	if sectionID == agent.SectionTools && supportsList(caps, "builtins") {
		return true
	}
	return len(Lists(sectionID, caps)) > 0
}

// Apply writes the edited values back into a. Fields that were not edited
// are left alone. It returns problems for values it could not convert (for
// example "voice.speed: use a number like 1.1"); a is untouched for those
// fields. Newly typed secrets are not written: see Secrets.
func (s *Section) Apply(a *agent.Agent) agent.Problems {
	var ps agent.Problems
	s.secrets = map[string]string{}
	if s.exists != nil && !s.exists(a) {
		ps.Add(s.ID, "this item is no longer in the list, so its changes were not kept")
		return ps
	}
	for _, f := range s.fields {
		f.apply(a, s.secrets, &ps)
	}
	for _, x := range s.extras {
		x(a, &ps)
	}
	return ps
}

// Secrets returns the secret values typed since the previous Apply, by field
// path (llm.api_key, mcp[0].api_key, tools[1].headers[0].secret, …). The
// agent never holds them: the ui stores each with agent.SecretStore under a
// fresh agent.NewSecretRef(path) and writes the reference into the agent
// with SetSecretRef.
func (s *Section) Secrets() map[string]string {
	out := make(map[string]string, len(s.secrets))
	for k, v := range s.secrets {
		out[k] = v
	}
	return out
}

// Kept returns, by field path, the text the last Apply could not write
// into the agent (abc typed over a number). Give it back in Options.Kept
// when the form is built again, so nothing typed is dropped.
func (s *Section) Kept() map[string]string {
	out := map[string]string{}
	for _, f := range s.fields {
		if f.kept {
			out[f.path] = f.value
		}
	}
	return out
}

// Paths lists the agent field paths the form shows, in order; the ui uses
// them to put a problem on its field.
func (s *Section) Paths() []string {
	out := make([]string, 0, len(s.fields))
	for _, f := range s.fields {
		out = append(out, f.path)
	}
	return out
}

// Empty reports whether the form has no fields (it then shows one note).
func (s *Section) Empty() bool { return s.empty }
