package agent

// PushDiff lists, field by field, what a push of d would change on the
// remote agent: each Change reads "Label: remote value → draft value". The
// command line's diff and the TUI's review share it.
func PushDiff(p Provider, d *Draft, remote *Agent) ([]Change, error) {
	sent, err := WouldSend(p, d)
	if err != nil {
		return nil, err
	}
	return DiffWith(p.Capabilities(), HideSecrets(*remote), HideSecrets(sent)), nil
}

// WouldSend is the agent as a push of d would leave it: the draft encoded as
// the provider takes it, read back. So a setting the provider cannot carry,
// or keeps in its own form (a language without its region), is not
// reported as a difference that pushing could never remove.
func WouldSend(p Provider, d *Draft) (Agent, error) {
	body, err := p.Encode(&d.Agent, []byte(d.Native()), MaskSecrets{})
	if err != nil {
		return Agent{}, err
	}
	dec, err := p.Decode(body)
	if err != nil {
		return Agent{}, err
	}
	return dec.Agent, nil
}

// HideSecrets evens out secret references, which are new on every read: a
// secret's value is never shown, so only its presence is compared. a is
// not changed; the result shares nothing with it that HideSecrets changed.
func HideSecrets(a Agent) *Agent {
	const hidden = SecretRef("(secret)")
	hide := func(hs []Header) []Header {
		out := append([]Header(nil), hs...)
		for i := range out {
			if out[i].Secret != "" {
				out[i].Secret = hidden
			}
		}
		return out
	}
	if a.LLM.APIKey != "" {
		a.LLM.APIKey = hidden
	}
	if a.Voice.VendorKey != "" {
		a.Voice.VendorKey = hidden
	}
	a.Tools = append([]Tool(nil), a.Tools...)
	for i := range a.Tools {
		a.Tools[i].Headers = hide(a.Tools[i].Headers)
	}
	a.MCP = append([]MCPServer(nil), a.MCP...)
	for i := range a.MCP {
		a.MCP[i].Headers = hide(a.MCP[i].Headers)
		if a.MCP[i].APIKey != "" {
			a.MCP[i].APIKey = hidden
		}
	}
	a.Settings = hideSettingsRefs(a.Settings, hidden)
	a.Webhooks.PreCall.Headers = hide(a.Webhooks.PreCall.Headers)
	a.Webhooks.PostCall.Headers = hide(a.Webhooks.PostCall.Headers)
	if a.Telephony.OutboundSIP != nil {
		sip := *a.Telephony.OutboundSIP
		if sip.Password != "" {
			sip.Password = hidden
		}
		a.Telephony.OutboundSIP = &sip
	}
	return &a
}
