package elevenlabs

// ElevenLabs' own rules, on top of agent.ValidateCommon, in plain words.

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Validate implements agent.Provider.
func (c *Client) Validate(a *agent.Agent) agent.Problems {
	ps := agent.ValidateCommon(a, c.Capabilities())
	checkGreeting(a, &ps)
	checkFillers(a.Turn.Fillers, &ps)
	checkLLM(a, &ps)
	checkBuiltins(a, &ps)
	checkSettings(a, &ps)
	for i, tl := range a.Tools {
		checkTool(fmt.Sprintf("tools[%d]", i), tl, &ps)
	}
	for i, v := range a.Variables {
		if strings.HasPrefix(v.Name, "system__") {
			ps.Add(fmt.Sprintf("variables[%d].name", i), "names starting with system__ belong to ElevenLabs; choose another name")
		}
	}
	return ps
}

func checkGreeting(a *agent.Agent, ps *agent.Problems) {
	g := a.Greeting
	switch {
	case g.Who == "agent" && strings.TrimSpace(g.Text) == "":
		ps.Add("greeting.text", "write the greeting: on ElevenLabs the agent speaks first only with fixed words (or let the caller speak first)")
	case g.Who == "user" && g.Text != "":
		ps.Warn("greeting.text", "the caller speaks first, so this greeting is not sent; choose the agent to speak first to use it")
	}
	if g.VoicemailMessage != "" && findBuiltin(a.Builtins, agent.BuiltinVoicemailDetection) == nil {
		ps.Warn("greeting.voicemail_message", "turn on the voicemail detection built-in tool, or this message is not sent")
	}
}

func checkFillers(f agent.Fillers, ps *agent.Problems) {
	if f.Enabled != nil && *f.Enabled && (f.AfterSeconds == nil || *f.AfterSeconds <= 0) {
		ps.Add("turn.fillers.after_seconds", "say after how many seconds of thinking a filler is said, like 3")
	}
	if len(f.Phrases) > 8 {
		ps.Add("turn.fillers.phrases", "use at most 8 filler phrases")
	}
	for i, p := range f.Phrases {
		switch n := len([]rune(p)); {
		case n == 0:
			ps.Add(fmt.Sprintf("turn.fillers.phrases[%d]", i), "write the phrase or remove it")
		case n > 200:
			ps.Add(fmt.Sprintf("turn.fillers.phrases[%d]", i), "use at most 200 characters")
		}
	}
}

func checkLLM(a *agent.Agent, ps *agent.Problems) {
	custom := a.LLM.Model == "custom-llm"
	switch {
	case custom && strings.TrimSpace(a.LLM.Endpoint) == "":
		ps.Add("llm.endpoint", "enter the address of your model server, or pick another model")
	case !custom && a.LLM.Endpoint != "":
		ps.Warn("llm.endpoint", "this address is used only with the custom-llm model")
	}
}

func checkBuiltins(a *agent.Agent, ps *agent.Problems) {
	seen := map[string]bool{}
	for i, b := range a.Builtins {
		p := fmt.Sprintf("builtins[%d]", i)
		switch {
		case builtinSlot[b.Kind] == "":
			ps.Add(p+".kind", "ElevenLabs has no built-in tool %q; remove it", b.Kind)
		case seen[b.Kind]:
			ps.Add(p+".kind", "this built-in tool is on the list twice; remove one")
		}
		seen[b.Kind] = true
	}
}

var placeholder = regexp.MustCompile(`\{([^{}]+)\}`)

func checkTool(p string, tl agent.Tool, ps *agent.Problems) {
	if tl.TimeoutSeconds != nil && (*tl.TimeoutSeconds < 5 || *tl.TimeoutSeconds > 300) {
		ps.Add(p+".timeout_seconds", "use a number of seconds from 5 to 300")
	}
	var inURL []string
	for _, m := range placeholder.FindAllStringSubmatch(tl.URL, -1) {
		inURL = append(inURL, m[1])
	}
	var pathParams []string
	for k, prm := range tl.Params {
		pp := fmt.Sprintf("%s.params[%d]", p, k)
		place := paramPlace(prm, tl.Method)
		if (place == "path" || place == "query") && (prm.Type == "object" || prm.Type == "array") {
			ps.Add(pp+".type", "a %s parameter must be a string, number, integer or boolean", place)
		}
		if place == "body" && (tl.Method == "GET" || tl.Method == "DELETE") {
			ps.Add(pp+".in", "a %s request has no body; put this parameter in the query or the path", tl.Method)
		}
		if place == "path" {
			pathParams = append(pathParams, prm.Name)
			if !slices.Contains(inURL, prm.Name) {
				ps.Add(pp+".in", "add {%s} to the tool's address, or make this a query parameter", prm.Name)
			}
		}
		if prm.Description == "" && prm.Name != "" {
			ps.Warn(pp+".description", "say what goes in this parameter, so the agent knows how to fill it in")
		}
	}
	for _, name := range inURL {
		if !slices.Contains(pathParams, name) {
			ps.Add(p+".url", "the address has {%s} but no path parameter of that name; add one or remove the placeholder", name)
		}
	}
}
