package httpx

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestCreateAgentChecksReadinessThenBuildsThenSends holds the order every
// provider's create relies on: a missing setting is said before the body
// is built (ElevenLabs' body calls the API itself) and nothing is sent; an
// answer without an id is ErrAmbiguous with the provider's own words.
func TestCreateAgentChecksReadinessThenBuildsThenSends(t *testing.T) {
	t.Parallel()
	type answer struct {
		ID string `json:"id"`
	}
	newID := IDFrom(func(a answer) string { return a.ID })
	tests := []struct {
		name     string
		needs    []Setting
		reply    string
		wantID   string
		wantKind error
		wantMsg  string
		built    bool
		sent     bool
	}{
		{"an id comes back", nil, `{"id":"agent_1"}`, "agent_1", nil, "", true, true},
		{"a missing key stops before the body", []Setting{{Name: "API key", EnvVar: "FAKE_KEY"}}, `{"id":"x"}`, "", agent.ErrUnauthorized, "set FAKE_KEY", false, false},
		{"an answer without an id is unclear", nil, `{"name":"no id"}`, "", agent.ErrAmbiguous, "may exist; look before creating again", true, true},
		{"an answer that is not JSON is unclear", nil, `not json`, "", agent.ErrAmbiguous, "may exist; look before creating again", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := newRecorder(t, false, func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(tt.reply)) })
			c := mustNew(t, Config{Provider: "fake", BaseURL: rec.srv.URL, Needs: tt.needs, MaxRetries: -1})
			built := false
			body := func() ([]byte, error) { built = true; return []byte(`{"name":"A"}`), nil }
			id, err := c.CreateAgent(context.Background(), "/agents", body, newID, "the agent may exist; look before creating again")
			if id != tt.wantID {
				t.Errorf("id = %q, want %q", id, tt.wantID)
			}
			if built != tt.built || (rec.hits.Load() > 0) != tt.sent {
				t.Errorf("built %v, sent %d requests; want built %v, sent %v", built, rec.hits.Load(), tt.built, tt.sent)
			}
			if tt.wantKind == nil {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			var pe *agent.ProviderError
			if !errors.As(err, &pe) || pe.Kind != tt.wantKind || pe.Op != agent.StepCreate || pe.Provider != "fake" || !strings.Contains(pe.Message, tt.wantMsg) {
				t.Fatalf("err = %#v, want a fake create error of kind %v saying %q", err, tt.wantKind, tt.wantMsg)
			}
		})
	}
}

// TestUpdateAgentNeedsAnIDBeforeAnything: an empty remote id would address
// the whole collection, so it is refused before the body or the network.
func TestUpdateAgentNeedsAnIDBeforeAnything(t *testing.T) {
	t.Parallel()
	rec := newRecorder(t, false, func(http.ResponseWriter, *http.Request) {})
	c := mustNew(t, Config{Provider: "fake", BaseURL: rec.srv.URL})
	built := false
	err := c.UpdateAgent(context.Background(), "", http.MethodPatch, "/agents/", func() ([]byte, error) { built = true; return nil, nil })
	if err == nil || built || rec.hits.Load() != 0 {
		t.Fatalf("err = %v, built %v, %d requests; want a refusal before building or sending", err, built, rec.hits.Load())
	}
	if err := c.UpdateAgent(context.Background(), "agent_1", http.MethodPatch, "/agents/agent_1", func() ([]byte, error) { return []byte(`{}`), nil }); err != nil || rec.hits.Load() != 1 {
		t.Fatalf("err = %v, %d requests; want one update sent", err, rec.hits.Load())
	}
}

type accountOptions struct{ account string }

// TestWithAccountIDTrimsRefusesAndIsSafeToShare: spaces from a copy and
// paste go, a bad character is refused in the provider's words, and one
// option value may configure many clients at once (it must not write the
// id it captured; go test -race checks that).
func TestWithAccountIDTrimsRefusesAndIsSafeToShare(t *testing.T) {
	t.Parallel()
	set := func(o *accountOptions, id string) { o.account = id }
	var o accountOptions
	if err := WithAccountID("  org_1 \n", "/?", "the id %q is not an id", set)(&o); err != nil || o.account != "org_1" {
		t.Fatalf("account = %q, err = %v; want org_1", o.account, err)
	}
	err := WithAccountID("org/1", "/?", "the id %q is not an id", set)(&o)
	if err == nil || err.Error() != `the id "org/1" is not an id` {
		t.Fatalf("err = %v, want the refusal naming the id", err)
	}
	shared := WithAccountID(" org_2 ", "/?", "the id %q is not an id", set)
	var wg sync.WaitGroup
	got := make([]accountOptions, 8)
	for i := range got {
		wg.Go(func() { _ = shared(&got[i]) })
	}
	wg.Wait()
	for i, g := range got {
		if g.account != "org_2" {
			t.Errorf("client %d: account = %q, want org_2", i, g.account)
		}
	}
}
