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
		if s.Key == keyToolQuery || s.Key == keyMCPAuth || s.Key == keyPCALabels {
			// Records inside the model's own lists, one per tool or server:
			// their fields (not the name, which is the model's) land on the
			// setting.
			for _, f := range s.Items {
				if f.Wire != "name" && !strings.Contains(f.Wire, "<") {
					m[wire+"[]."+strings.ToLower(f.Wire)] = path
				}
			}
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
