package forms

import "github.com/agentdeck/agentdeck/agent"

// The words for fields inside list items live with the model
// (agent.SubFields), so a problem's label and a form's field read alike.

var subFields = agent.SubFields

// fieldInfo returns the label, help, kind and neutral range of path, from
// agent.Fields or else from agent.SubFields.
func fieldInfo(path string) (agent.FieldInfo, bool) { return agent.FieldInfoOf(path) }

// catalogueKey maps an index-free path to its subFields key.
func catalogueKey(p string) string { return agent.SubFieldKey(p) }

// dayKeys are the schedule's day keys, Monday first.
var dayKeys = agent.DayKeys

// dayName names a schedule day key for people.
func dayName(key string) string { return agent.DayName(key) }
