package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// The provider's own settings can be filled from its lists too (the
// workspace tools and documents an ElevenLabs agent is given): their
// index-free paths join the model's fields wherever the editor reads or
// offers lists.

// listPathsIn lists the index-free paths of section's fields that may be
// filled from a list: the model's fields, then the provider's settings and
// fields of their records that say their list is live.
func (e *editorScreen) listPathsIn(section string) []string {
	var out []string
	for _, f := range agent.FieldsIn(section) {
		out = append(out, f.Path)
	}
	return append(out, liveSettingPaths(e.caps, section)...)
}

// allListPaths is listPathsIn over every section.
func (e *editorScreen) allListPaths() []string {
	out := make([]string, 0, len(agent.Fields))
	for _, f := range agent.Fields {
		out = append(out, f.Path)
	}
	return append(out, liveSettingPaths(e.caps, "")...)
}

// LiveSettingPaths are the provider's settings (of section, or of all
// when "") whose values, or whose records' fields, come from a live list,
// as index-free paths; the accessible front end asks for them too.
func LiveSettingPaths(caps agent.Capabilities, section string) []string {
	return liveSettingPaths(caps, section)
}

func liveSettingPaths(caps agent.Capabilities, section string) []string {
	var out []string
	for _, s := range caps.Settings {
		if section != "" && s.Section != section {
			continue
		}
		p := agent.SettingPath(caps.Provider, s.Key)
		if s.Spec.Live {
			out = append(out, p)
		}
		for _, it := range s.Items {
			if it.Spec.Live {
				out = append(out, p+"."+it.Key)
			}
		}
	}
	return out
}

// fetchItemLists starts reading the lists the records of a list setting
// pick from, as an item form of it opens.
func (e *editorScreen) fetchItemLists(list string) tea.Cmd {
	s, ok := e.caps.Setting(list)
	if !ok || s.Kind != agent.KindItems {
		return nil
	}
	var cmds []tea.Cmd
	for _, it := range s.Items {
		if it.Spec.Live {
			cmds = append(cmds, e.fetchList(agent.StripIndices(list)+"."+it.Key))
		}
	}
	return tea.Batch(cmds...)
}

// settingListArrived rebuilds the open form when a list one of its
// provider settings picks from arrives, keeping the focus where it was;
// ok is false when the list is not a setting's of the open form.
func (e *editorScreen) settingListArrived(path string) (tea.Cmd, bool) {
	provider, key, _, isSetting := agent.SplitSettingPath(path)
	if !isSetting || e.form == nil || provider != e.caps.Provider {
		return nil, false
	}
	s, ok := agent.SettingByKey(e.caps.Settings, key)
	if !ok {
		return nil, false
	}
	focused := e.form.Form.GetFocusedField().GetKey()
	switch {
	case e.focus == focusItemForm && agent.StripIndices(e.formFor) == agent.SettingPath(provider, key):
		list, item := e.formFor, e.item
		cmd := e.applyForm()
		return tea.Batch(cmd, e.rebuildWith(func() *forms.Section {
			return forms.NewItem(list, item, &e.draft.Agent, e.caps, e.formOptions())
		}, focused)), true
	case e.focus == focusForm && s.Section == e.formFor:
		cmd := e.applyForm()
		return tea.Batch(cmd, e.rebuildForm(focused)), true
	}
	return nil, false
}
