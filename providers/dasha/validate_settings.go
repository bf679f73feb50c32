package dasha

import (
	"fmt"
	"regexp"

	"github.com/agentdeck/agentdeck/agent"
)

// checkSettings catches what the settings table's specs cannot say: a
// Cartesia emotion is a feeling and a strength, and values meant for a
// tool, a webhook or an MCP server need that thing to exist, or Dasha
// never gets them.
func checkSettings(a *agent.Agent, ps *agent.Problems) {
	s := a.Settings[ProviderID]
	path := func(key string) string { return agent.SettingPath(ProviderID, key) }
	if l, ok := agent.SettingList(s["emotions"]); ok {
		for i, e := range l {
			if !emotionRE.MatchString(e) {
				ps.Add(fmt.Sprintf("%s[%d]", path("emotions"), i), "use a feeling and a strength, like positivity:high")
			}
		}
	}
	if t, _ := agent.SettingText(s["transfer_type"]); (t == "cold" || t == "warm") && s["transfer_destination"] == nil && len(records(s["transfer_routes"])) == 0 {
		ps.Add(path("transfer_destination"), "enter the phone number or SIP address calls are transferred to, or add a transfer destination")
	}
	if len(records(s[keyResultQuery])) > 0 && a.Webhooks.PostCall.URL == "" {
		ps.Warn(path(keyResultQuery), "there is no after-call webhook, so these values are not sent; set its address or remove them")
	}
	if len(records(s[keyStartQuery])) > 0 && a.Webhooks.PreCall.URL == "" {
		ps.Warn(path(keyStartQuery), "there is no before-call webhook, so these values are not sent; set its address or remove them")
	}
	for _, key := range []string{keyResultQuery, keyStartQuery, keyToolQuery} {
		for i, r := range records(s[key]) {
			name, _ := agent.SettingText(r["name"])
			val, _ := agent.SettingText(r["value"])
			secret, _ := agent.SettingText(r["secret"])
			switch {
			case secret != "" && name != "" && !agent.IsSecretQueryParam(name):
				// Dasha's answers show the value, and only a name like a
				// key tells agentdeck to keep it out of the draft again.
				ps.Add(fmt.Sprintf("%s[%d].secret", path(key), i), "Dasha shows a value of this name back in plain text, so agentdeck cannot keep it secret; put it in Value instead, or use a name with key, token or secret in it")
			case val != "" && secret != "":
				ps.Warn(fmt.Sprintf("%s[%d].value", path(key), i), "this has a secret value too, and only the secret value is sent; clear one of them")
			case val != "" && agent.IsSecretQueryParam(name):
				ps.Warn(fmt.Sprintf("%s[%d].value", path(key), i), "this looks like a key, and the draft file would keep it in plain text; put it in Secret value instead")
			}
		}
	}
	tools, servers := map[string]bool{}, map[string]bool{}
	for _, t := range a.Tools {
		tools[t.Name] = true
	}
	for _, m := range a.MCP {
		servers[m.Name] = true
	}
	for i, r := range records(s[keyToolQuery]) {
		if name, _ := agent.SettingText(r["tool"]); !tools[name] {
			ps.Add(fmt.Sprintf("%s[%d].tool", path(keyToolQuery), i), "no tool has this name; use the name of one of the agent's tools")
		}
	}
	for i, m := range a.MCP {
		if mcpAuthType(a, m.Name) == mcpAuthBearer && m.HeaderName != "" {
			ps.Warn(fmt.Sprintf("mcp[%d].header_name", i), "a bearer token goes in the Authorization header, so this header name is not sent")
		}
	}
	for i, r := range records(s[keyMCPAuth]) {
		if name, _ := agent.SettingText(r["server"]); !servers[name] {
			ps.Add(fmt.Sprintf("%s[%d].server", path(keyMCPAuth), i), "no MCP server has this name; use the name of one of the agent's servers")
		}
	}
}

var emotionRE = regexp.MustCompile(`^(anger|positivity|surprise|sadness|curiosity):(lowest|low|high|highest)$`)

// mcpAuthType is how the named MCP server signs in, by the mcp_auth
// setting; "" when the draft does not say.
func mcpAuthType(a *agent.Agent, server string) string {
	for _, r := range records(a.Settings[ProviderID][keyMCPAuth]) {
		if name, _ := agent.SettingText(r["server"]); name == server {
			t, _ := agent.SettingText(r["type"])
			return t
		}
	}
	return ""
}
