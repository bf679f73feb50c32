package cli

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
)

// TestConnectionTestErrorsTellCausesApart: the settings screen's
// connection test lists agents through the providers main builds; a wrong
// key, a missing or wrong account id and an address that cannot be
// reached come back as errors the screen can tell apart (their words are
// in ui's TestSettingsTestConnectionReportsInPlainWords).
func TestConnectionTestErrorsTellCausesApart(t *testing.T) {
	t.Parallel()
	nova := novatest.New(t, novaKey)
	trillet := trillettest.New(t, trilletKey)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	type check func(err error) bool
	status := func(kind error, code int) check {
		return func(err error) bool {
			var pe *agent.ProviderError
			return errors.Is(err, kind) && errors.As(err, &pe) && pe.Status == code
		}
	}
	notSet := func(setting string) check {
		return func(err error) bool {
			var ns *agent.NotSetError
			return errors.As(err, &ns) && ns.Setting == setting
		}
	}
	tests := []struct {
		name, provider string
		env            map[string]string
		want           check
	}{
		{"nova works", "nova", map[string]string{"AGENTDECK_NOVA_API_KEY": novaKey, "AGENTDECK_NOVA_ORG_ID": novatest.Org}, func(err error) bool { return err == nil }},
		{"nova wrong key", "nova", map[string]string{"AGENTDECK_NOVA_API_KEY": "wrong", "AGENTDECK_NOVA_ORG_ID": novatest.Org}, status(agent.ErrUnauthorized, 401)},
		{"nova no organisation id", "nova", map[string]string{"AGENTDECK_NOVA_API_KEY": novaKey}, notSet("organization id")},
		{"nova wrong organisation id", "nova", map[string]string{"AGENTDECK_NOVA_API_KEY": novaKey, "AGENTDECK_NOVA_ORG_ID": "other"}, status(agent.ErrNotFound, 404)},
		{"nova unreachable", "nova", map[string]string{"AGENTDECK_NOVA_API_KEY": novaKey, "AGENTDECK_NOVA_ORG_ID": novatest.Org, "AGENTDECK_NOVA_BASE_URL": closed.URL}, status(agent.ErrUnavailable, 0)},
		{"trillet no workspace id", "trillet", map[string]string{"AGENTDECK_TRILLET_API_KEY": trilletKey}, notSet("workspace id")},
		{"trillet wrong workspace id", "trillet", map[string]string{"AGENTDECK_TRILLET_API_KEY": trilletKey, "AGENTDECK_TRILLET_WORKSPACE_ID": "other"}, status(agent.ErrUnauthorized, 403)},
		{"trillet wrong key", "trillet", map[string]string{"AGENTDECK_TRILLET_API_KEY": "wrong", "AGENTDECK_TRILLET_WORKSPACE_ID": trillettest.Workspace}, status(agent.ErrUnauthorized, 401)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := map[string]string{"AGENTDECK_NOVA_BASE_URL": nova.BaseURL, "AGENTDECK_TRILLET_BASE_URL": trillet.BaseURL}
			for k, v := range tt.env {
				env[k] = v
			}
			conn, _ := tuiConnections(t, env)
			p, err := newProviderSet(conn).Get(tt.provider)
			if err != nil {
				t.Fatal(err)
			}
			_, err = p.List(context.Background())
			if !tt.want(err) {
				t.Errorf("list: %v", err)
			}
		})
	}
}
