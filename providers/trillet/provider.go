package trillet

import (
	"cmp"
	"context"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
)

// Decode reads a Trillet document: a request body or a GET answer (_id,
// workspace, status, sessions, dates and __v are dropped). The own-ElevenLabs
// key is swapped for a reference and returned in Decoded.Secrets.
func (c *Client) Decode(doc []byte) (agent.Decoded, error) { return c.decodeDoc(doc) }

// Encode overlays a on the native document and returns the body a push
// sends; a fresh draft gets Trillet's documented defaults for what the
// create requires and was left empty.
func (c *Client) Encode(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	return c.encodeDoc(a, native, secrets)
}

// Choices has no live lists on Trillet: its API offers no list of models or
// voices. Forms use Capabilities.
func (c *Client) Choices(ctx context.Context, path string) ([]agent.Choice, error) {
	spec, ok := c.Capabilities().Fields[path]
	if ok && len(spec.Choices) > 0 {
		return spec.Choices, nil
	}
	if ok && len(spec.VendorChoices) > 0 {
		// Every vendor's list, each choice naming its vendor; forms show
		// only the chosen vendor's (FieldSpec.VendorChoices).
		var out []agent.Choice
		for _, v := range vendorChoices() {
			for _, ch := range spec.VendorChoices[v.Value] {
				out = append(out, agent.Choice{Value: ch.Value, Label: cmp.Or(ch.Label, ch.Value) + " (" + v.Label + ")"})
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: Trillet has no list of choices for %s", agent.ErrNotFound, path)
}
