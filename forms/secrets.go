package forms

import (
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// SetSecretRef writes ref into a at a secret field's path, as Secrets
// reports it: llm.api_key, voice.vendor_key, telephony.outbound_sip.password,
// mcp[i].api_key, a header's "….headers[j].secret", or a provider's secret
// setting, settings.<provider>.<key>.
func SetSecretRef(a *agent.Agent, path string, ref agent.SecretRef) error {
	if provider, key, rest, ok := agent.SplitSettingPath(path); ok {
		// A provider's own secret setting (agent.KindSecret), or a secret
		// field of one of its records.
		if rest == "" {
			a.Settings = a.Settings.With(provider, key, string(ref))
			return nil
		}
		steps, ok := recordSteps(rest)
		if !ok {
			return fmt.Errorf("%s is not a secret field", path)
		}
		v, _ := a.Settings.Get(provider, key)
		out, ok := withValueAt(v, steps, string(ref))
		if !ok {
			return fmt.Errorf("%s no longer exists, so its secret has nowhere to go", path)
		}
		a.Settings = a.Settings.With(provider, key, out)
		return nil
	}
	p, err := secretField(a, path)
	if err != nil {
		return err
	}
	*p = ref
	return nil
}

func secretField(a *agent.Agent, path string) (*agent.SecretRef, error) {
	switch path {
	case "llm.api_key":
		return &a.LLM.APIKey, nil
	case "voice.vendor_key":
		return &a.Voice.VendorKey, nil
	case "telephony.outbound_sip.password":
		if a.Telephony.OutboundSIP == nil {
			a.Telephony.OutboundSIP = &agent.OutboundSIP{}
		}
		return &a.Telephony.OutboundSIP.Password, nil
	}
	list, i, leaf, ok := splitItemPath(path)
	switch {
	case ok && list == "mcp" && leaf == "api_key":
		if i >= 0 && i < len(a.MCP) {
			return &a.MCP[i].APIKey, nil
		}
	case ok && strings.HasSuffix(list, ".headers") && leaf == "secret":
		if h := headerAt(a, list, i); h != nil {
			return &h.Secret, nil
		}
	default:
		return nil, fmt.Errorf("%s is not a secret field", path)
	}
	return nil, fmt.Errorf("%s no longer exists, so its secret has nowhere to go", path)
}
