package httpx

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/agentdeck/agentdeck/agent"
)

// The calls on one agent that every provider makes the same way; only the
// paths, the verb of an update, the body and where a create answer keeps
// the new id differ. Each checks Ready first, so that a missing key or id
// is what a person hears before anything about the draft; body is then
// built (it may fail, or call the API itself) and sent.

// CreateAgent makes an agent with a POST of body() to path and returns the
// id that newID reads from the answer. The create is never repeated once
// it may have arrived (Call.Create). An answer without an id ("" from
// newID) is agent.ErrAmbiguous with the message unclear: the agent probably
// exists, so the next push must look for it before making another.
func (c *Client) CreateAgent(ctx context.Context, path string, body func() ([]byte, error), newID func(answer []byte) string, unclear string) (string, error) {
	if err := c.Ready(agent.StepCreate); err != nil {
		return "", err
	}
	doc, err := body()
	if err != nil {
		return "", err
	}
	answer, err := c.Do(ctx, Call{Op: agent.StepCreate, Method: http.MethodPost, Path: path, Body: doc, Create: true})
	if err != nil {
		return "", err
	}
	if id := newID(answer); id != "" {
		return id, nil
	}
	return "", &agent.ProviderError{Provider: c.cfg.Provider, Op: agent.StepCreate, Kind: agent.ErrAmbiguous, Message: unclear}
}

// IDFrom is a newID for CreateAgent: it reads the answer as a T (with
// encoding/json) and returns the id that id takes from it, or "" when the
// answer is not a T.
func IDFrom[T any](id func(T) string) func(answer []byte) string {
	return func(answer []byte) string {
		var t T
		if json.Unmarshal(answer, &t) != nil {
			return ""
		}
		return id(t)
	}
}

// UpdateAgent sends body() to the agent remoteID, at path, with method
// (PATCH or PUT, as the provider updates).
func (c *Client) UpdateAgent(ctx context.Context, remoteID, method, path string, body func() ([]byte, error)) error {
	if err := c.ReadyFor(agent.StepUpdate, remoteID); err != nil {
		return err
	}
	doc, err := body()
	if err != nil {
		return err
	}
	_, err = c.Do(ctx, Call{Op: agent.StepUpdate, Method: method, Path: path, Body: doc})
	return err
}

// GetAgent returns the one agent remoteID, read with a GET of path (its
// address under the base URL).
func (c *Client) GetAgent(ctx context.Context, remoteID, path string) ([]byte, error) {
	if err := c.ReadyFor("get", remoteID); err != nil {
		return nil, err
	}
	return c.Do(ctx, Call{Op: "get", Method: http.MethodGet, Path: path})
}
