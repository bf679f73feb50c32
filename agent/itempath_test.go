package agent

import "testing"

func TestItemAtReadsTheItemAndTheRest(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		path, list string
		item       int
		rest       string
		ok         bool
	}{
		{"tools[3].name", "tools", 3, "name", true},
		{"tools[0]", "tools", 0, "", true},
		{"tools[1].params[2].type", "tools", 1, "params[2].type", true},
		{"toolsets[1].name", "tools", 0, "", false},
		{"tools[x].name", "tools", 0, "", false},
		{"tools[-1].name", "tools", 0, "", false},
		{"tools[2", "tools", 0, "", false},
	} {
		item, rest, ok := ItemAt(tt.path, tt.list)
		if item != tt.item || rest != tt.rest || ok != tt.ok {
			t.Errorf("ItemAt(%q, %q) = %d, %q, %v; want %d, %q, %v", tt.path, tt.list, item, rest, ok, tt.item, tt.rest, tt.ok)
		}
	}
}
