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
// version it upgrades from: migrations[1] turns a format-1 draft into a
// format-2 one.
func defaultMigrations() map[int]Migration {
	return map[int]Migration{1: remoteByProvider, 2: localBookkeeping}
}

// localBookkeeping upgrades format 2 to format 3. Format 3 only adds
// optional keys, and stops writing revision and updated; a format-2 file's
// values of those are read once to seed this machine's record of the draft
// (see bookkeeping.go) and dropped at its next save. So the document itself
// needs no change.
func localBookkeeping(*yaml.Node) error { return nil }

// remoteByProvider upgrades format 1, whose one remote state and native
// document belonged to whichever provider the draft was for, to format 2,
// which keys them by provider and environment:
//
//	provider: dasha              provider: dasha
//	remote: {id: a1, …}    →     remotes:
//	native: '{…}'                  dasha:
//	                                 default: {id: a1, …, native: '{…}'}
//
// A format-1 "create_pending: true" did not record what was sent or when;
// the draft's last save, which came after the create was prepared, stands
// in for the time, and with no hash of the body the next push asks instead
// of adopting an agent by itself.
func remoteByProvider(root *yaml.Node) error {
	provider, updated := "", ""
	var remote, native *yaml.Node
	kept := root.Content[:0:0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "remote":
			remote = v
			continue
		case "native":
			native = v
			continue
		case "provider":
			provider = v.Value
		case "updated":
			updated = v.Value
		}
		kept = append(kept, k, v)
	}
	root.Content = kept
	state := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if remote != nil {
		if remote.Kind != yaml.MappingNode {
			return fmt.Errorf("its remote (line %d) is not a set of settings", remote.Line)
		}
		for i := 0; i+1 < len(remote.Content); i += 2 {
			k, v := remote.Content[i], remote.Content[i+1]
			if k.Value == "create_pending" {
				if v.Value != "true" {
					continue
				}
				v = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
				if updated != "" {
					v = mapping("sent_at", scalar(updated, "!!timestamp"))
				}
			}
			state.Content = append(state.Content, k, v)
		}
	}
	if native != nil && native.Value != "" {
		state.Content = append(state.Content, scalar("native", "!!str"), native)
	}
	if len(state.Content) == 0 {
		return nil
	}
	root.Content = append(root.Content, scalar("remotes", "!!str"),
		mapping(provider, mapping(agent.DefaultEnv, state)))
	return nil
}

func scalar(value, tag string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
}

func mapping(key string, value *yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{scalar(key, "!!str"), value}}
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
