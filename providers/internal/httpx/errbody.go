package httpx

import (
	"bytes"
	"encoding/json"
	"strings"
)

// messageKeys are the names error bodies of every common shape give their
// sentence, in the order they are preferred.
var messageKeys = []string{"message", "detail", "error_description", "error", "title", "msg", "description", "reason"}

// someMessage finds the provider's own words in an error body of a shape
// the provider's decoder does not know: the first string under a usual
// message key (looked for at any depth, objects before their children),
// else the first string in a list, else the body itself when it is short
// plain text. An HTML page gives nothing: its text is markup, not a
// sentence. The caller makes the result one bounded, plain line.
func someMessage(body []byte) string {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return ""
	}
	var v any
	if json.Unmarshal(body, &v) == nil {
		return messageIn(v, 0)
	}
	if body[0] == '<' || body[0] == '{' || body[0] == '[' {
		return ""
	}
	line, _, _ := strings.Cut(string(body), "\n")
	return line
}

// maxMessageDepth bounds the search; an error sentence is never deep.
const maxMessageDepth = 8

func messageIn(v any, depth int) string {
	if depth > maxMessageDepth {
		return ""
	}
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		for _, k := range messageKeys {
			if s, ok := t[k].(string); ok && strings.TrimSpace(s) != "" {
				return s
			}
		}
		for _, k := range messageKeys {
			if s := messageIn(t[k], depth+1); s != "" {
				return s
			}
		}
		for _, k := range []string{"errors", "error", "details", "data"} {
			if s := messageIn(t[k], depth+1); s != "" {
				return s
			}
		}
	case []any:
		for i, item := range t {
			if i >= 8 {
				break
			}
			if s := messageIn(item, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}
