package trillet

import (
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
	if spec, ok := c.Capabilities().Fields[path]; ok && len(spec.Choices) > 0 {
		return spec.Choices, nil
	}
	return nil, fmt.Errorf("%w: Trillet has no list of choices for %s", agent.ErrNotFound, path)
}
