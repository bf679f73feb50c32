package trillet

import (
	"context"

	"github.com/agentdeck/agentdeck/agent"
)

// Decode reads a Trillet document: a request body or a GET answer (_id,
// workspace, status, sessions, dates and __v are dropped). The own-ElevenLabs
// key is swapped for a reference and returned in Decoded.Secrets.
func (c *Client) Decode(doc []byte) (agent.Decoded, error) { return c.doc.Decode(doc) }

// Encode overlays a on the native document and returns the body a push
// sends; a fresh draft gets Trillet's documented defaults for what the
// create requires and was left empty.
func (c *Client) Encode(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	return c.doc.Encode(a, native, secrets)
}

// Choices implements agent.Provider. Trillet's API has no list route
// (its docs show only GET /v1/api/voices/{id}), so every list is the one
// its docs name, marked FromDocs: voices only of the chosen voice vendor
// (q.Vendor, Rime when none), never another vendor's, whose ids would
// mean nothing to it. A typed id stays possible everywhere.
func (c *Client) Choices(_ context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	return agent.DocChoices(c.Capabilities(), q, ProviderID, "Trillet")
}
