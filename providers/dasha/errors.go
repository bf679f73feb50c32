package dasha

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// problemDetails is Dasha's error body: RFC 7807 problem details, with the
// ASP.NET "errors" map of field → messages on validation failures.
type problemDetails struct {
	Type    string                     `json:"type"`
	Title   string                     `json:"title"`
	Status  int                        `json:"status"`
	Detail  string                     `json:"detail"`
	TraceID string                     `json:"traceId"`
	Message string                     `json:"message"`
	Errors  map[string]json.RawMessage `json:"errors"`
}

// decodeProblem reads a problem-details body into e: the detail (or title)
// as the message, and each entry of "errors" as a field error placed on the
// agent field it is about. A body of another shape leaves e alone.
func decodeProblem(e *agent.ProviderError, body []byte) {
	var p problemDetails
	if json.Unmarshal(body, &p) != nil {
		return
	}
	switch {
	case p.Detail != "":
		e.Message = p.Detail
	case p.Title != "":
		e.Message = p.Title
	case p.Message != "":
		e.Message = p.Message
	}
	if e.RequestID == "" {
		e.RequestID = p.TraceID
	}
	locs := make([]string, 0, len(p.Errors))
	for loc := range p.Errors {
		locs = append(locs, loc)
	}
	sort.Strings(locs)
	for _, loc := range locs {
		msg := strings.Join(messages(p.Errors[loc]), "; ")
		path := fieldPath(loc)
		switch {
		case path == "" && strings.Trim(loc, "$. ") == "":
			// An error about the body as a whole belongs in the message.
			e.Message = strings.TrimSuffix(e.Message, ".") + ": " + msg
		case path == "":
			e.Fields = append(e.Fields, agent.FieldError{Path: loc, Loc: loc, Message: msg})
		default:
			e.Fields = append(e.Fields, agent.FieldError{Path: path, Loc: loc, Message: msg})
		}
	}
}

// messages reads ["a", "b"] or "a".
func messages(raw json.RawMessage) []string {
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	return []string{string(raw)}
}

// fieldPath maps a Dasha error location — "config.ttsConfig.speed",
// "Config.TtsConfig.Speed", "$.config.tools[1].name" — to the agent field
// path it is about ("voice.speed", "tools[1].name"), using the longest
// known prefix. "" means no agent field matches.
func fieldPath(loc string) string {
	segs := splitLoc(loc)
	if len(segs) > 0 && !topLevel[segs[0].name] && len(segs) > 1 && topLevel[segs[1].name] {
		segs = segs[1:] // a wrapper such as "request." in front
	}
	if path := lookupPath(segs); path != "" {
		return path
	}
	// Errors raised on the config object alone leave "config." out.
	return lookupPath(append([]locSeg{{name: "config"}}, segs...))
}

type locSeg struct {
	name   string
	index  int
	listed bool // the segment had an [index]
}

func splitLoc(loc string) []locSeg {
	loc = strings.TrimPrefix(strings.TrimSpace(loc), "$")
	loc = strings.ReplaceAll(strings.Trim(loc, "./"), "/", ".")
	var out []locSeg
	for _, part := range strings.Split(loc, ".") {
		if part == "" {
			continue
		}
		s := locSeg{name: strings.ToLower(part)}
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			if _, err := fmt.Sscanf(part[i:], "[%d]", &s.index); err == nil {
				s.name, s.listed = strings.ToLower(part[:i]), true
			}
		}
		out = append(out, s)
	}
	return out
}

func lookupPath(segs []locSeg) string {
	for n := len(segs); n > 0; n-- {
		var key strings.Builder
		var indices []any
		for i, s := range segs[:n] {
			if i > 0 {
				key.WriteByte('.')
			}
			key.WriteString(s.name)
			if s.listed {
				key.WriteString("[]")
				indices = append(indices, s.index)
			}
		}
		tmpl, ok := errorPaths[key.String()]
		if !ok {
			continue
		}
		need := strings.Count(tmpl, "%d")
		if need > len(indices) {
			continue
		}
		return fmt.Sprintf(tmpl, indices[:need]...)
	}
	return ""
}

var topLevel = map[string]bool{
	"name": true, "config": true, "isenabled": true, "description": true,
	"additionaldata": true, "schedule": true, "inboundsipconfig": true,
}
