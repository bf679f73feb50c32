package dasha

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// addSettingErrorPaths lets Dasha's answers about the places of Dasha's own
// settings land on those settings, the way errorPaths does for the model's
// fields: a record's field of a list setting lands on that record.
func addSettingErrorPaths(m map[string]string) {
	for _, s := range settingTable {
		wire := strings.ToLower(s.Wire)
		path := agent.SettingPath(ProviderID, s.Key)
		if strings.HasPrefix(wire, "config.tools.") || strings.HasPrefix(wire, "config.mcpconnections.") {
			// Inside the model's own lists: the list's items.
			list, rest, _ := strings.Cut(strings.TrimPrefix(wire, "config."), ".")
			m["config."+list+"[]."+rest] = path
			continue
		}
		m[wire] = path
		if s.Kind != agent.KindItems || s.KeyedBy != "" {
			continue
		}
		m[wire+"[]"] = path + "[%d]"
		for _, f := range s.Items {
			m[wire+"[]."+strings.ToLower(f.Wire)] = path + "[%d]." + f.Key
		}
	}
}
