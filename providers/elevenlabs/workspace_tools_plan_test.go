package elevenlabs

import (
	"context"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestPlanPrepareNamesAToolsChangesWithoutSecrets: an edited workspace
// tool is told setting by setting, old and new value, and no secret value
// of the address or the headers is ever shown.
func TestPlanPrepareNamesAToolsChangesWithoutSecrets(t *testing.T) {
	t.Parallel()
	_, c := fakeAndClient(t)
	ctx := context.Background()
	url, secrets := agent.ExtractURLSecrets("https://example.com/orders?api_key=OLD-KEY", "lookup.url")
	headerRef := agent.NewSecretRef("lookup.header")
	secrets[headerRef] = "OLD-TOKEN"
	tl := agent.Tool{
		Name: "lookup", Description: "Finds an order.", URL: url, Method: "GET",
		Headers: []agent.Header{{Name: "Authorization", Secret: headerRef}},
	}
	cfg, err := sentToolConfig(tl, nil, agent.SecretMap(secrets))
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.createTool(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	tl.RemoteID = id
	var a agent.Agent
	a.Settings = a.Settings.With(ProviderID, workspaceToolsKey, true)
	a.Tools = []agent.Tool{tl}
	if got, err := c.PlanPrepare(ctx, &a, agent.SecretMap(secrets)); err != nil || len(got) != 0 {
		t.Fatalf("an unchanged tool: %v, %v", got, err)
	}

	a.Tools[0].URL = strings.Replace(url, "/orders", "/v2/orders", 1)
	newSecrets := agent.SecretMap{headerRef: "NEW-TOKEN"}
	newSecrets[firstOther(secrets, headerRef)] = "NEW-KEY"
	got, err := c.PlanPrepare(ctx, &a, newSecrets)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, ch := range got {
		lines = append(lines, ch.String())
	}
	text := strings.Join(lines, "\n")
	if len(got) != 2 || !strings.Contains(text, "lookup") ||
		!strings.Contains(text, "https://example.com/orders?api_key=(secret) → https://example.com/v2/orders?api_key=(secret)") ||
		!strings.Contains(text, "Headers") || got[0].Path != "tools[0].url" {
		t.Fatalf("the changes of the edited tool:\n%s\n%v", text, got)
	}
	for _, secret := range []string{"OLD-KEY", "NEW-KEY", "OLD-TOKEN", "NEW-TOKEN"} {
		if strings.Contains(text, secret) {
			t.Fatalf("a secret value is shown:\n%s", text)
		}
	}

	// Only a secret changed: the tool is named, no value.
	a.Tools[0].URL = url
	got, err = c.PlanPrepare(ctx, &a, agent.SecretMap{headerRef: "OLD-TOKEN", firstOther(secrets, headerRef): "NEW-KEY"})
	if err != nil || len(got) != 1 || strings.Contains(got[0].String(), "KEY") || !strings.Contains(got[0].String(), "lookup") {
		t.Fatalf("a tool whose key alone changed: %v, %v", got, err)
	}
}

func firstOther(m map[agent.SecretRef]string, not agent.SecretRef) agent.SecretRef {
	for ref := range m {
		if ref != not {
			return ref
		}
	}
	return ""
}
