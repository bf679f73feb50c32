package dasha

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Decode reads a Dasha agent document — a create or update body, or a GET
// response — into the model. Response-only fields (agentId, orgId, the
// timestamps, the inbound SIP ids) are dropped, so the native document can
// be sent back as it is. Credentials are replaced by references in both the
// agent and the native document and returned in Decoded.Secrets.
func (c *Client) Decode(doc []byte) (agent.Decoded, error) {
	// Refused before any parsing, with jsondoc's plain message.
	if err := jsondoc.Check(doc); err != nil {
		return agent.Decoded{}, err
	}
	root, err := jsondoc.Parse(doc)
	if err != nil {
		return agent.Decoded{}, fmt.Errorf("this is not a Dasha agent in JSON (%v); use a file exported from Dasha, or `pull`", err)
	}
	if !root.Has("name") && !root.Has("config") {
		return agent.Decoded{}, errors.New("this JSON has neither a name nor a config, so it is not a Dasha agent; use a file exported from Dasha, or `pull`")
	}
	for _, k := range responseOnlyTop {
		root.Delete(k)
	}
	if in := root.Obj("inboundSipConfig"); in != nil {
		for _, k := range responseOnlyInbound {
			in.Delete(k)
		}
	}
	secrets := extractSecrets(root)
	native, err := render(root)
	if err != nil {
		return agent.Decoded{}, err
	}
	return agent.Decoded{Agent: toAgent(root), Native: native, Secrets: secrets}, nil
}

// Encode overlays a on the native document (nil for a fresh draft, which
// starts from the seed's shape with Dasha's defaults) and returns the full
// agent body a create or update sends. References are resolved through
// secrets; export and dry runs pass agent.MaskSecrets{}.
func (c *Client) Encode(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	return encode(a, native, secrets)
}

func encode(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	var root *object
	var base agent.Agent
	if len(native) == 0 {
		// A fresh document's defaults stand wherever the draft sets
		// nothing, so the baseline is the empty agent, not the defaults.
		root = fresh(freshAgentJSON)
	} else {
		var err error
		if root, err = jsondoc.Parse(native); err != nil {
			return nil, fmt.Errorf("the draft's saved Dasha document is damaged (%v); pull the agent again or import it anew", err)
		}
		base = toAgent(root)
	}
	if ps := overlay(root, a, &base); len(ps) > 0 {
		return nil, ps
	}
	if ps := resolveSecrets(root, secrets); len(ps) > 0 {
		return nil, ps
	}
	return render(root)
}

// Requests describes the one request a push sends: a create, or a PUT of
// the full agent.
func (c *Client) Requests(doc []byte, remoteID string) []agent.Request {
	if remoteID == "" {
		return []agent.Request{{Step: agent.StepCreate, Method: "POST", URL: c.http.URL(agentsPath), Body: doc}}
	}
	return []agent.Request{{Step: agent.StepUpdate, Method: "PUT", URL: c.http.URL(agentPath(remoteID)), Body: doc}}
}
