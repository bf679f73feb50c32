package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// sentQuery is the query values Dasha holds for a webhook of an agent.
func sentQuery(t *testing.T, cfg map[string]any, webhook string) map[string]any {
	t.Helper()
	w, _ := cfg[webhook].(map[string]any)
	cs, _ := w["customSettings"].(map[string]any)
	q, _ := cs["queryParams"].(map[string]any)
	return q
}

// draftWithQuerySecret makes a Dasha draft with an after-call webhook whose
// one address value, name, has value as its secret value, kept with the
// credentials as the editor keeps what is typed there.
func draftWithQuerySecret(t *testing.T, c *cli, title, name, value string) (string, agent.SecretRef) {
	t.Helper()
	id := dashaRun(t, c, "new", "--provider", "dasha", "--template", "support", title)
	creds, err := storage.OpenCredentials(credentialsFile(t, c))
	if err != nil {
		t.Fatal(err)
	}
	ref := agent.NewSecretRef("settings.dasha.result_webhook_query[0].secret")
	if err := creds.SetSecret(ref, value); err != nil {
		t.Fatal(err)
	}
	c.edit(id, func(d *agent.Draft) {
		d.Agent.Webhooks.PostCall.URL = "https://hooks.example.com/done"
		d.Agent.Settings = d.Agent.Settings.With("dasha", "result_webhook_query", []map[string]any{{"name": name, "secret": string(ref)}})
	})
	return id, ref
}

// A key typed as the secret value of an after-call address value is kept
// with the credentials: the draft file holds only its reference, the push
// sends the key, and without it the push names the setting, not the key.
func TestDashaQuerySecretValueGoesFromTheCredentialsToDasha(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id, ref := draftWithQuerySecret(t, c, "Query key", "token", "QUERY-FAKE-SECRET-typed")
	if text := readFile(t, c.draftFile(id)); strings.Contains(text, "QUERY-FAKE-SECRET") || !strings.Contains(text, string(ref)) {
		t.Fatalf("the draft file holds the key or lacks its reference:\n%s", text)
	}
	dashaRun(t, c, "validate", id)
	remote := dashaRun(t, c, "push", id)
	cfg := fake.Agent(remote)["config"].(map[string]any)
	if q := sentQuery(t, cfg, "resultWebhook"); q["token"] != "QUERY-FAKE-SECRET-typed" {
		t.Fatalf("after-call values on Dasha = %v", q)
	}
	if text := readFile(t, c.draftFile(id)); strings.Contains(text, "QUERY-FAKE-SECRET") {
		t.Fatalf("the push put the key in the draft file:\n%s", text)
	}

	// A reference whose value is not in the credentials stops the push
	// with the setting's name, never a value or the reference.
	other := dashaRun(t, c, "new", "--provider", "dasha", "--template", "support", "Lost key")
	lost := agent.NewSecretRef("settings.dasha.result_webhook_query[0].secret")
	c.edit(other, func(d *agent.Draft) {
		d.Agent.Webhooks.PostCall.URL = "https://hooks.example.com/done"
		d.Agent.Settings = d.Agent.Settings.With("dasha", "result_webhook_query", []map[string]any{{"name": "token", "secret": string(lost)}})
	})
	code, stdout, stderr := c.run("push", other)
	if code == exitOK || strings.Contains(stdout+stderr, "FAKE-SECRET") || strings.Contains(stdout+stderr, string(lost)) {
		t.Fatalf("push of a lost key exited %d:\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "After-call address values") {
		t.Errorf("the error does not name the setting:\n%s", stderr)
	}
}

// A key Dasha holds in a query value is pulled into the credentials: the
// draft holds its reference as the value's secret value, and a push sends
// the key back unchanged.
func TestDashaPulledQueryKeyBecomesASecretValue(t *testing.T) {
	t.Parallel()
	doc := readDoc(t, "dasha", "full_response.json")
	c, fake, _, id := dashaPulled(t, doc)
	d := c.load(id)
	v, _ := d.Agent.Settings.Get("dasha", "result_webhook_query")
	recs, _ := agent.SettingRecords(v)
	var ref string
	for _, r := range recs {
		if r["name"] == "api_key" {
			ref, _ = agent.SettingText(r["secret"])
		}
	}
	if !agent.IsRef(ref) {
		t.Fatalf("the pulled key is no secret value: %v", recs)
	}
	if text := readFile(t, c.draftFile(id)); strings.Contains(text, "FAKE-SECRET") {
		t.Fatalf("the draft file holds the key:\n%s", text)
	}
	if creds := readFile(t, credentialsFile(t, c)); !strings.Contains(creds, "FAKE-SECRET-query-key") {
		t.Fatal("the credentials do not hold the pulled key")
	}
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt += " Be brief." })
	dashaRun(t, c, "push", id)
	bodies := fake.Bodies("update")
	if len(bodies) != 1 || !strings.Contains(string(bodies[0]), `"api_key": "FAKE-SECRET-query-key"`) {
		t.Errorf("the push did not send the pulled key back: %q", bodies)
	}
}

// A secret value under a name Dasha would show back in plain text is
// refused before anything is sent, naming the field, never the value.
func TestDashaQuerySecretValueUnderAPlainNameIsRefused(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id, _ := draftWithQuerySecret(t, c, "Plain name", "code", "QUERY-FAKE-SECRET-code")
	code, stdout, stderr := c.run("push", id)
	if code == exitOK || fake.Calls("create") != 0 || strings.Contains(stdout+stderr, "FAKE-SECRET") {
		t.Fatalf("push exited %d after %d creates:\n%s%s", code, fake.Calls("create"), stdout, stderr)
	}
	if !strings.Contains(stderr, "cannot keep it secret") {
		t.Errorf("the refusal does not say why:\n%s", stderr)
	}
}
