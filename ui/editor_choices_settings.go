package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// A record of a provider's list setting may have a field picked from a
// live list (ElevenLabs' workspace tools and documents, one entry each):
// the editor reads those lists too, as the section or the item form opens,
// and rebuilds the item form when one arrives. The settings themselves
// are read with the section's fields (Capabilities.SectionPaths).

// LiveItemPaths are the index-free paths of the record fields of caps'
// list settings (of section, or of all when "") that pick from a live
// list; the accessible front end asks for them too.
func LiveItemPaths(caps agent.Capabilities, section string) []string {
	return liveItemPaths(caps, section)
}

func liveItemPaths(caps agent.Capabilities, section string) []string {
	var out []string
	for _, s := range caps.Settings {
		if section != "" && s.Section != section {
			continue
		}
		for _, it := range s.Items {
			if it.Spec.Live {
				out = append(out, agent.SettingPath(caps.Provider, s.Key)+"."+it.Key)
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

// settingListArrived rebuilds the open item form of a list setting when a
// list its records pick from arrives, keeping the focus where it was; ok
// is false for any other list or form.
func (e *editorScreen) settingListArrived(path string) (tea.Cmd, bool) {
	provider, key, _, isSetting := agent.SplitSettingPath(path)
	if !isSetting || e.form == nil || provider != e.caps.Provider {
		return nil, false
	}
	if e.focus != focusItemForm || agent.StripIndices(e.formFor) != agent.SettingPath(provider, key) {
		return nil, false
	}
	focused := e.form.Form.GetFocusedField().GetKey()
	list, item := e.formFor, e.item
	cmd := e.applyForm()
	return tea.Batch(cmd, e.rebuildWith(func() *forms.Section {
		return forms.NewItem(list, item, &e.draft.Agent, e.caps, e.formOptions())
	}, focused)), true
}
