package storage

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"go.yaml.in/yaml/v3"
)

// ErrNewerFormat marks a draft written by a newer agentdeck; it is left alone.
var ErrNewerFormat = errors.New("written by a newer agentdeck")

// decodeDraft reads a draft file, upgrading an older format in memory (the
// file itself changes only at the next save) and refusing a newer one.
func decodeDraft(data []byte, migrations map[int]Migration) (agent.Draft, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return agent.Draft{}, errors.New("the file is empty")
	}
	if hasConflictMarkers(data) {
		return agent.Draft{}, ErrMergeConflict
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return agent.Draft{}, fmt.Errorf("it cannot be read as a draft (%s)", plainYAMLError(err))
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return agent.Draft{}, errors.New("it is not a draft file (it holds no settings, only a list or a value)")
	}
	root := doc.Content[0]
	version, err := formatVersion(root)
	if err != nil {
		return agent.Draft{}, err
	}
	switch {
	case version > agent.SchemaVersion:
		return agent.Draft{}, fmt.Errorf("it was %w (draft format %d; this one reads up to %d); update agentdeck to open it",
			ErrNewerFormat, version, agent.SchemaVersion)
	case version < agent.SchemaVersion:
		upgraded, err := migrate(&doc, version, migrations)
		if err != nil {
			return agent.Draft{}, err
		}
		data = upgraded
	}
	d, err := decodeYAML(data)
	if err != nil {
		return agent.Draft{}, err
	}
	// A provider document past the one size and depth limit (a file made
	// by hand, or by an older agentdeck) is refused here, in one cheap
	// pass, rather than wherever it would first be parsed.
	for _, envs := range d.Remotes {
		for _, r := range envs {
			if err := jsondoc.Check([]byte(r.Native)); err != nil {
				return agent.Draft{}, fmt.Errorf("its provider document cannot be used: %w", err)
			}
		}
	}
	return d, nil
}

// ErrMergeConflict is a draft file in which git left both sides of a merge.
var ErrMergeConflict = errors.New("has a merge conflict: git left both versions in it, between lines of <<<<<<<, ======= and >>>>>>>; " +
	"open it in a text editor, keep the lines you want, remove those three marks, and save")

// hasConflictMarkers reports whether data holds git's conflict marks: a
// line starting <<<<<<<, then =======, then >>>>>>>. A prompt may hold one
// of them; all three in order, each at the start of a line, is a merge.
func hasConflictMarkers(data []byte) bool {
	at := 0
	for _, mark := range []string{"<<<<<<<", "=======", ">>>>>>>"} {
		i := lineStarting(data[at:], mark)
		if i < 0 {
			return false
		}
		at += i + len(mark)
	}
	return true
}

// lineStarting is the offset of the first line of data that starts with
// mark, or -1.
func lineStarting(data []byte, mark string) int {
	for off := 0; off < len(data); {
		if bytes.HasPrefix(data[off:], []byte(mark)) {
			return off
		}
		nl := bytes.IndexByte(data[off:], '\n')
		if nl < 0 {
			return -1
		}
		off += nl + 1
	}
	return -1
}

// formatVersion reads schema_version from a draft's top-level mapping.
func formatVersion(root *yaml.Node) (int, error) {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "schema_version" {
			continue
		}
		v, err := strconv.Atoi(root.Content[i+1].Value)
		if err != nil || root.Content[i+1].Kind != yaml.ScalarNode {
			return 0, fmt.Errorf("its schema_version (line %d) is not a whole number", root.Content[i+1].Line)
		}
		return v, nil
	}
	return 0, errors.New("it has no schema_version, so it is not an agentdeck draft file")
}

// decodeYAML reads a current-format draft. Unknown settings are refused
// rather than dropped, so a save never loses what someone wrote by hand.
func decodeYAML(data []byte) (agent.Draft, error) {
	var d agent.Draft
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil {
		return agent.Draft{}, fmt.Errorf("it cannot be read as a draft (%s)", plainYAMLError(err))
	}
	return d, nil
}

var (
	unknownField = regexp.MustCompile(`field (\S+) not found in type \S+`)
	goType       = regexp.MustCompile(` into (\S+\.)?[A-Za-z0-9_\[\]*]+`)
)

// plainYAMLError rewords the YAML library's errors: no "yaml:" prefix, no Go
// type names, one line.
func plainYAMLError(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n")
	msg = unknownField.ReplaceAllString(msg, "unknown setting $1")
	msg = goType.ReplaceAllString(msg, "")
	lines := strings.Split(msg, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.Join(lines, "; ")
}
