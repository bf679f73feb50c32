package elevenlabs

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// The answers of the list routes, as reference/elevenlabs-openapi.json
// (2026-08) gives them; only what a choice shows is read.

// voicesPage is GET /v2/voices (GetVoicesV2ResponseModel).
type voicesPage struct {
	Voices        []voiceInfo `json:"voices"`
	HasMore       bool        `json:"has_more"`
	NextPageToken *string     `json:"next_page_token"`
}

// voiceInfo is one voice (VoiceResponseModel).
type voiceInfo struct {
	VoiceID  string            `json:"voice_id"`
	Name     string            `json:"name"`
	Preview  string            `json:"preview_url"`
	Labels   map[string]string `json:"labels"`
	Verified []struct {
		Language string  `json:"language"`
		Accent   *string `json:"accent"`
	} `json:"verified_languages"`
}

// detail is the voice's language, accent and gender, as its labels (or
// else its first verified language) say.
func (v voiceInfo) detail() string {
	lang, accent := v.Labels["language"], v.Labels["accent"]
	if len(v.Verified) > 0 {
		if lang == "" {
			lang = v.Verified[0].Language
		}
		if accent == "" && v.Verified[0].Accent != nil {
			accent = *v.Verified[0].Accent
		}
	}
	return agent.JoinDetail(lang, accent, v.Labels["gender"])
}

// phoneNumber is one entry of GET /phone-numbers (the Twilio, Exotel and
// SIP-trunk response models share these fields).
type phoneNumber struct {
	ID       string `json:"phone_number_id"`
	Number   string `json:"phone_number"`
	Label    string `json:"label"`
	Provider string `json:"provider"`
	Assigned *struct {
		Name string `json:"agent_name"`
	} `json:"assigned_agent"`
}

// detail is the number itself, its carrier and the agent answering it.
func (n phoneNumber) detail() string {
	carrier := n.Provider
	switch carrier {
	case "twilio":
		carrier = "Twilio"
	case "exotel":
		carrier = "Exotel"
	case "sip_trunk":
		carrier = "SIP trunk"
	}
	answered := ""
	if n.Assigned != nil && strings.TrimSpace(n.Assigned.Name) != "" {
		answered = "answered by " + n.Assigned.Name
	}
	return agent.JoinDetail(n.Number, carrier, answered)
}

// toolsPage is GET /tools (ToolsResponseModel).
type toolsPage struct {
	Tools []struct {
		ID     string `json:"id"`
		Config struct {
			Type string `json:"type"`
			Name string `json:"name"`
		} `json:"tool_config"`
	} `json:"tools"`
	NextCursor *string `json:"next_cursor"`
	HasMore    bool    `json:"has_more"`
}

// documentsPage is GET /knowledge-base (GetKnowledgeBaseListResponseModel).
type documentsPage struct {
	Documents []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Type string `json:"type"`
		URL  string `json:"url"`
	} `json:"documents"`
	NextCursor *string `json:"next_cursor"`
	HasMore    bool    `json:"has_more"`
}
