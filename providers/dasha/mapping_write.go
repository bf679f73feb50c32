package dasha

import (
	"github.com/agentdeck/agentdeck/agent"
)

// overlay writes a onto root, a Dasha agent document whose own reading is
// base (toAgent(root) before any change). Only fields where a differs from
// base are written (see values.go for the rule), so everything agentdeck
// does not model stays as it was. It returns problems for values it cannot
// put into Dasha's shape; validation reports the same ones earlier.
func overlay(root *object, a, base *agent.Agent) agent.Problems {
	settings.Overlay(root, a, base)

	writeTools(root, a.Tools, base.Tools)
	writeBuiltins(root, a.Builtins, base.Builtins)
	writeMCP(root, a.MCP, base.MCP)
	writeResultWebhook(root, a.Webhooks.PostCall, base.Webhooks.PostCall)
	writeStartWebhook(root, a.Webhooks.PreCall, base.Webhooks.PreCall)
	writeSIP(root, a.Telephony.OutboundSIP, base.Telephony.OutboundSIP)
	putText(at(root, "inboundSipConfig"), "phoneNumber", a.Telephony.InboundNumber, base.Telephony.InboundNumber, clearToNull)
	writeVariables(root, a.Variables, base.Variables)
	ps := writeSchedule(root, a, base)
	writeSettings(root, a, base)
	return ps
}

// orDefault stands in Dasha's default for a required value left empty, so
// an empty field means "Dasha's default" rather than a broken body.
func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
