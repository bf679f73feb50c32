package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"go.yaml.in/yaml/v3"
)

// encodeDraft turns a draft into the file's YAML. The header fields come
// first (their order in agent.Draft), multi-line text becomes block scalars
// so prompts diff well in git, and the native document is kept as indented
// JSON text. What is written is checked to read back as the same draft; if
// the pretty form does not, every text is written quoted instead, which
// always does.
func encodeDraft(d *agent.Draft) ([]byte, error) {
	if path := invalidText(d); path != "" {
		return nil, fmt.Errorf("the draft could not be saved: %s holds bytes that are not text (UTF-8)", path)
	}
	out := *d
	// The revision and the time of the last edit are this machine's
	// bookkeeping (see bookkeeping.go), not shared settings.
	out.Revision, out.Updated = 0, time.Time{}
	for p, envs := range d.Remotes {
		for e, r := range envs {
			r.Native = indentJSON(r.Native)
			out.SetRemoteFor(p, e, r)
		}
	}
	for _, quoteAll := range []bool{false, true} {
		data, err := marshalYAML(&out, quoteAll)
		if err != nil {
			return nil, err
		}
		if back, err := decodeYAML(data); err == nil && sameDraft(&out, &back) {
			return data, nil
		}
	}
	return nil, errors.New("the draft could not be written faithfully; it holds text the draft file cannot keep as it is")
}

// marshalYAML writes the draft through its JSON form: JSON keeps every
// string exactly, and reading it as a YAML tree lets us choose each value's
// style instead of leaving it to the YAML library, which drops the
// indentation of a block whose text starts with a space or a tab.
func marshalYAML(d *agent.Draft, quoteAll bool) ([]byte, error) {
	var js bytes.Buffer
	jenc := json.NewEncoder(&js)
	jenc.SetEscapeHTML(false)
	if err := jenc.Encode(d); err != nil {
		return nil, fmt.Errorf("could not encode the draft: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(escapeForYAML(js.Bytes()), &doc); err != nil {
		return nil, fmt.Errorf("could not encode the draft: %w", err)
	}
	if len(doc.Content) == 0 {
		return nil, errors.New("could not encode the draft")
	}
	root := doc.Content[0]
	restyle(root, "", quoteAll)
	prune(root)
	dropKeys(root, localKeys)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("could not encode the draft: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("could not encode the draft: %w", err)
	}
	return buf.Bytes(), nil
}

// escapeForYAML escapes, in JSON text, the characters JSON leaves raw but a
// YAML reader refuses (DEL, C1 controls, U+FFFE, U+FFFF) or changes (a raw
// NEL inside quotes folds into a space; a BOM is dropped). They can only
// occur inside strings, so escaping every one keeps the JSON the same.
func escapeForYAML(js []byte) []byte {
	out := make([]byte, 0, len(js))
	for i := 0; i < len(js); {
		r, size := utf8.DecodeRune(js[i:])
		if r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == 0xfeff || r == 0xfffe || r == 0xffff {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, js[i:i+size]...)
		}
		i += size
	}
	return out
}

// isTimeKey reports whether a key holds one of the draft's timestamps, which
// are written as plain YAML times.
func isTimeKey(key string) bool {
	return key == "created" || key == "updated" || key == "pushed_at" || key == "sent_at"
}

// yaml11Lookalikes are plain words that YAML 1.1 readers take for booleans
// or numbers (yes, off, 09:30); they are quoted so any reader sees text.
var yaml11Lookalikes = regexp.MustCompile(`^(?i:y|n|yes|no|on|off|true|false|null|~)$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$`)

// restyle sets how each value of the tree read from JSON is written: block
// mappings and lists, plain keys, literal blocks for multi-line text that a
// block keeps exactly, quotes where needed.
func restyle(n *yaml.Node, key string, quoteAll bool) {
	n.Style = 0
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			n.Content[i].Style = 0
			restyle(n.Content[i+1], n.Content[i].Value, quoteAll)
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			restyle(c, "", quoteAll)
		}
	case yaml.ScalarNode:
		if n.Tag != "!!str" {
			return
		}
		// Any line break, not only \n: left plain or single-quoted, YAML
		// readers would fold it into a space.
		multiLine := strings.ContainsAny(n.Value, "\n\r\u0085\u2028\u2029")
		switch {
		case isTimeKey(key) && isTimestamp(n.Value):
			n.Tag = "!!timestamp"
		case quoteAll:
			n.Style = yaml.DoubleQuotedStyle
		case multiLine && blockKeepsExactly(n.Value):
			n.Style = yaml.LiteralStyle
		case multiLine || yaml11Lookalikes.MatchString(n.Value):
			n.Style = yaml.DoubleQuotedStyle
		}
	default:
		// documents and aliases never come out of a JSON document
	}
}

// blockKeepsExactly reports whether a literal block reads back as s: YAML
// readers turn a carriage return or NEL in a block into a line feed, and a
// block must not start with a space, a tab or a line break (see marshalYAML).
// Lines ending in spaces are left to the YAML library, which quotes them.
func blockKeepsExactly(s string) bool {
	return s != "" && !strings.ContainsAny(s, "\r\u0085\u2028\u2029") && !strings.ContainsAny(s[:1], " \t\n")
}

func isTimestamp(s string) bool {
	_, err := time.Parse(time.RFC3339Nano, s)
	return err == nil
}

// prune drops mapping entries whose value is an empty mapping or list: they
// mean the same as an absent one and only add noise to the file.
func prune(n *yaml.Node) {
	switch n.Kind {
	case yaml.SequenceNode:
		for _, c := range n.Content {
			prune(c)
		}
	case yaml.MappingNode:
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			v := n.Content[i+1]
			prune(v)
			if (v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode) && len(v.Content) == 0 {
				continue
			}
			kept = append(kept, n.Content[i], v)
		}
		n.Content = kept
	default:
		// a scalar holds nothing to drop; JSON makes no documents or aliases
	}
}

// localKeys are the draft's keys kept out of the file: they change on every
// save on one machine, and in a file a team shares through git they would
// make every two edits conflict. A file of an older agentdeck has them;
// they are read, and dropped at its next save.
var localKeys = map[string]bool{"revision": true, "updated": true}

// dropKeys removes the top-level entries named in keys.
func dropKeys(n *yaml.Node, keys map[string]bool) {
	kept := n.Content[:0]
	for i := 0; i+1 < len(n.Content); i += 2 {
		if !keys[n.Content[i].Value] {
			kept = append(kept, n.Content[i], n.Content[i+1])
		}
	}
	n.Content = kept
}

// indentJSON pretty-prints a JSON document with two-space indents, as
// jsondoc.Indent does: only whitespace between tokens changes, key order,
// numbers and string escapes stay as they were, and the text grows linearly
// with the document however deeply it nests (json.Indent's grows with the
// square of the depth). Text that is not JSON is kept as it is.
func indentJSON(doc string) string {
	if doc == "" {
		return doc
	}
	return string(jsondoc.Indent([]byte(doc)))
}
