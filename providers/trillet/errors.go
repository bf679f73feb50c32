package trillet

import (
	"encoding/json"
	"strings"
	"time"
	"unicode"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// errorDecoder returns the httpx.Config.DecodeError of a client whose
// mapping is fields. Trillet's documented body is
// {"error": {"code", "message"}}; {"error": "…"} and {"message": "…"} are
// read too. Trillet names no field locations, so a message that names a
// field ("elevenLabsApiKey is required") is placed on that field.
func errorDecoder(fields jsondoc.Fields[agent.Agent]) func(e *agent.ProviderError, body []byte) {
	return func(e *agent.ProviderError, body []byte) {
		var doc struct {
			Error   json.RawMessage `json:"error"`
			Message string          `json:"message"`
		}
		if json.Unmarshal(body, &doc) != nil {
			return
		}
		var b errorBody
		var text string
		switch {
		case json.Unmarshal(body, &b) == nil && (b.Error.Message != "" || b.Error.Code != ""):
			e.Code, e.Message = b.Error.Code, b.Error.Message
		case json.Unmarshal(doc.Error, &text) == nil && text != "":
			e.Message = text
		}
		if e.Message == "" {
			e.Message = doc.Message
		}
		if path, loc := mentionedField(fields, e.Message); path != "" {
			e.Fields = append(e.Fields, agent.FieldError{Path: path, Loc: loc, Message: e.Message})
		}
	}
}

// mentionedField finds the most specific mapped location a message names:
// a dotted path (ttsModel.voiceId) or a distinctive camel-case key
// (elevenLabsApiKey, llmModel, phoneNumberIds).
func mentionedField(fields jsondoc.Fields[agent.Agent], msg string) (path, loc string) {
	best := ""
	for _, f := range fields {
		full := strings.Join(f.Wire, ".")
		leaf := f.Wire[len(f.Wire)-1]
		for _, cand := range []string{full, leaf} {
			if !strings.Contains(cand, ".") && !hasUpper(cand) {
				continue // "name" or "speed" alone could mean anything
			}
			if strings.Contains(msg, cand) && len(cand) > len(best) {
				best, path, loc = cand, f.Path, full
			}
		}
	}
	return path, loc
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// retryAfter reads the wait of a 429 from the body's error.reset_at, which
// Trillet sends instead of a Retry-After header.
func retryAfter(body []byte, now time.Time) time.Duration {
	var b errorBody
	if json.Unmarshal(body, &b) != nil || b.Error.ResetAt == "" {
		return 0
	}
	at, err := time.Parse(time.RFC3339Nano, b.Error.ResetAt)
	if err != nil {
		return 0
	}
	if d := at.Sub(now); d > 0 {
		return d
	}
	return 0
}
