package storage

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
	"go.yaml.in/yaml/v3"
)

// Migration upgrades a draft document of one format version to the next, in
// place. It works on the YAML tree so that it needs no copy of old types.
type Migration func(doc *yaml.Node) error

// defaultMigrations holds one function per old format version, keyed by the
// version it upgrades from. Format 1 is the first, so there is none yet; when
// format 2 comes, migrations[1] turns a format-1 draft into a format-2 one.
func defaultMigrations() map[int]Migration {
	return map[int]Migration{}
}

// migrate runs the migrations from version up to the current format on a
// parsed draft document and returns the upgraded file content.
func migrate(doc *yaml.Node, version int, migrations map[int]Migration) ([]byte, error) {
	root := doc.Content[0]
	for v := version; v < agent.SchemaVersion; v++ {
		m, ok := migrations[v]
		if !ok {
			return nil, fmt.Errorf("draft format %d is too old for this agentdeck to read", version)
		}
		if err := m(root); err != nil {
			return nil, fmt.Errorf("could not upgrade it from draft format %d: %w", v, err)
		}
		setVersion(root, v+1)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("could not upgrade it: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("could not upgrade it: %w", err)
	}
	return buf.Bytes(), nil
}

// setVersion writes schema_version into a draft mapping.
func setVersion(root *yaml.Node, v int) {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "schema_version" {
			root.Content[i+1].Value = strconv.Itoa(v)
			root.Content[i+1].Tag = "!!int"
			return
		}
	}
}
