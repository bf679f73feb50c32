package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/clitest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
)

const prodKey = "prod-cli-test-FAKE-0000"

// withProd gives c an environment prod on another fake account: its own
// address and key, from the environment variables CI would set.
func withProd(c *cli, provider, baseURL string) {
	prefix := "AGENTDECK_" + strings.ToUpper(provider) + "_"
	c.env[prefix+"API_KEY_PROD"] = prodKey
	c.env[prefix+"BASE_URL_PROD"] = baseURL
}

// elevenStagingProd is a command line whose staging is one fake ElevenLabs
// account and prod another, and a receptionist draft with each one's
// values.
func elevenStagingProd(t *testing.T) (c *cli, staging, prod *elevenlabstest.Server, id string) {
	t.Helper()
	c, staging = elevenCLI(t)
	prod = elevenlabstest.NewServer(t, prodKey)
	withProd(c, "elevenlabs", prod.BaseURL)
	id = c.mustRun("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	c.edit(id, stagingProdValues)
	return c, staging, prod, id
}

func stagingProdValues(d *agent.Draft) {
	d.Environments = map[string]agent.EnvValues{
		"staging": {Variables: map[string]string{"clinic": "Test clinic"}},
		"prod":    {Variables: map[string]string{"clinic": "Main street clinic"}},
	}
}

func TestPushToEnvironmentsKeepsAnAgentEach(t *testing.T) {
	t.Parallel()
	c, staging, prod, id := elevenStagingProd(t)

	sID := c.mustRun("push", id, "--env", "staging")
	pID := c.mustRun("push", id, "--env", "prod")
	again := c.mustRun("push", id, "--env", "staging")
	if again != sID || len(staging.AgentIDs()) != 1 || len(prod.AgentIDs()) != 1 {
		t.Fatalf("staging %v, prod %v; second staging push printed %q (first %q)", staging.AgentIDs(), prod.AgentIDs(), again, sID)
	}
	d := c.load(id)
	if d.RemoteFor("elevenlabs", "staging").ID != sID || d.RemoteFor("elevenlabs", "prod").ID != pID || d.Remote().ID != "" {
		t.Errorf("remotes = %+v", d.Remotes)
	}
	stored, _ := prod.Agent(pID)
	raw, _ := json.Marshal(stored)
	if !strings.Contains(string(raw), "Main street clinic") || strings.Contains(string(raw), "Test clinic") {
		t.Errorf("prod's agent does not hold prod's values: %s", raw)
	}
	for _, env := range []string{"staging", "prod"} {
		if got := d.EnvState(env); got != agent.EnvInStep {
			t.Errorf("%s is %q after its push", env, got)
		}
	}
	if d.EnvState("default") != agent.EnvNever || d.Status() != agent.StatusNew {
		t.Errorf("default = %q, status %q", d.EnvState("default"), d.Status())
	}
	c.edit(id, func(d *agent.Draft) { d.Environments["prod"].Variables["clinic"] = "Elsewhere" })
	if d := c.load(id); d.EnvState("prod") != agent.EnvChanged || d.EnvState("staging") != agent.EnvInStep {
		t.Errorf("after a prod value changed: prod %q, staging %q", d.EnvState("prod"), d.EnvState("staging"))
	}
}

func TestEnvFlagRefusesBadNames(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Desk", "--provider", "elevenlabs")
	for _, args := range [][]string{
		{"push", id, "--env", "pro d"},
		{"push", id, "--env", "../x"},
		{"export", id, "--env", "a.b"},
		{"validate", id, "--env", "$x"},
		{"diff", id, "--env", "é"},
		{"promote", id, "--from", "staging", "--to", "pr/od", "--yes"},
		{"promote", id, "--from", "prod", "--to", "prod", "--yes"},
		{"promote", id, "--to", "prod"},
	} {
		code, _, stderr := c.run(args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d: %s", args, code, exitUsage, stderr)
		}
	}
	if n := len(fake.Calls("")); n != 0 {
		t.Errorf("%d requests were sent", n)
	}
}

func TestExportAndValidateShowAnEnvironmentsValues(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	id := c.mustRun("new", "Desk", "--provider", "elevenlabs", "--template", "receptionist")
	c.edit(id, stagingProdValues)
	body := c.mustRun("export", id, "--env", "prod")
	if !strings.Contains(body, "Main street clinic") {
		t.Errorf("export --env prod lacks prod's value:\n%s", body)
	}
	if plain := c.mustRun("export", id); strings.Contains(plain, "Main street clinic") {
		t.Error("export without --env shows prod's value")
	}
	c.edit(id, func(d *agent.Draft) {
		d.Environments["prod"] = agent.EnvValues{Overrides: map[string]string{"llm.api_key": "sk-live"}}
	})
	for _, args := range [][]string{{"validate", id, "--env", "prod"}, {"validate", id}} {
		code, _, stderr := c.run(args...)
		if code != exitFailure || !strings.Contains(stderr, "secret") || strings.Contains(stderr, "sk-live") {
			t.Errorf("%v with a secret among prod's values: exit %d, %s", args, code, stderr)
		}
	}
}

func TestPromoteSendsWhatStagingReceivedWithProdsValues(t *testing.T) {
	t.Parallel()
	c, staging, prod, id := elevenStagingProd(t)

	code, _, stderr := c.run("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if code != exitFailure || !strings.Contains(stderr, "never been pushed to staging") {
		t.Errorf("promote before any push: exit %d, %s", code, stderr)
	}
	c.mustRun("push", id, "--env", "staging")
	code, _, stderr = c.run("promote", id, "--from", "staging", "--to", "prod")
	if code != exitUsage || !strings.Contains(stderr, "--yes") || len(prod.AgentIDs()) != 0 {
		t.Errorf("promote with no one to ask: exit %d, %s; prod agents %v", code, stderr, prod.AgentIDs())
	}
	code, stdout, stderr := c.run("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if code != exitOK {
		t.Fatalf("promote: exit %d: %s", code, stderr)
	}
	pID := strings.TrimSpace(stdout)
	if ids := prod.AgentIDs(); len(ids) != 1 || ids[0] != pID || len(staging.AgentIDs()) != 1 {
		t.Fatalf("prod %v, staging %v, printed %q", ids, staging.AgentIDs(), pID)
	}
	if !strings.Contains(stderr, "has no agent yet; promote creates one with") || !strings.Contains(stderr, "Main street clinic") {
		t.Errorf("the changes were not shown first:\n%s", stderr)
	}
	stored, _ := prod.Agent(pID)
	raw, _ := json.Marshal(stored)
	if !strings.Contains(string(raw), "Main street clinic") || strings.Contains(string(raw), "Test clinic") {
		t.Errorf("prod received staging's values: %s", raw)
	}
	d := c.load(id)
	if d.RemoteFor("elevenlabs", "prod").ID != pID || d.EnvState("prod") != agent.EnvInStep {
		t.Errorf("prod remote %+v, state %q", d.RemoteFor("elevenlabs", "prod"), d.EnvState("prod"))
	}
	// A second promote updates the same agent and shows no changes.
	code, stdout, stderr = c.run("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if code != exitOK || strings.TrimSpace(stdout) != pID || len(prod.AgentIDs()) != 1 || !strings.Contains(stderr, "(no changes: prod already has all of it") {
		t.Errorf("second promote: exit %d, %q, %v:\n%s", code, stdout, prod.AgentIDs(), stderr)
	}
	// The draft moves on; promote still sends what staging received (its
	// version in the push history), not the draft as it is now.
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "A newer prompt, not tried on staging yet" })
	code, _, stderr = c.run("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if code != exitOK {
		t.Fatalf("promote after the draft changed: exit %d, %s", code, stderr)
	}
	stored, _ = prod.Agent(pID)
	raw, _ = json.Marshal(stored)
	if strings.Contains(string(raw), "not tried on staging") || !strings.Contains(string(raw), "Main street clinic") {
		t.Errorf("prod got the draft as it is now, not what staging received: %s", raw)
	}
	if d := c.load(id); d.EnvState("prod") != agent.EnvChanged {
		t.Errorf("prod is %q; the draft differs from what it holds", d.EnvState("prod"))
	}
}

func TestPromoteRefusesIDsWithoutCounterpart(t *testing.T) {
	t.Parallel()
	c, staging := trilletCLI(t)
	prod := trillettest.New(t, prodKey)
	withProd(c, "trillet", prod.BaseURL)
	id := c.mustRun("new", "Front desk", "--provider", "trillet")
	c.edit(id, func(d *agent.Draft) {
		stagingProdValues(d)
		d.Agent.Telephony.PhoneNumberIDs = []string{"pn-staging-1"}
	})
	c.mustRun("push", id, "--env", "staging")
	code, _, stderr := c.run("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if code != exitFailure || !strings.Contains(stderr, "pn-staging-1") || !strings.Contains(stderr, "no counterpart") {
		t.Fatalf("promote with an unmapped number: exit %d, %s", code, stderr)
	}
	if prod.Count() != 0 {
		t.Fatalf("prod has %d agents after a refused promote", prod.Count())
	}
	c.edit(id, func(d *agent.Draft) {
		v := d.Environments["prod"]
		v.IDs = map[string]string{"pn-staging-1": "pn-prod-1"}
		d.Environments["prod"] = v
	})
	pID := c.mustRun("promote", id, "--from", "staging", "--to", "prod", "--yes")
	stored := prod.Stored(pID)
	raw, _ := json.Marshal(stored)
	if !strings.Contains(string(raw), "pn-prod-1") || strings.Contains(string(raw), "pn-staging-1") {
		t.Errorf("prod's number was not used: %s", raw)
	}
	if staging.Count() != 1 || prod.Count() != 1 {
		t.Errorf("staging %d, prod %d agents", staging.Count(), prod.Count())
	}
}

// TestServedSpacesHoldEnvironmentsToTheirHosts: an environment's address in
// a served space's settings is held to the same rule as the default's, so
// an environment cannot be the way round it.
func TestServedSpacesHoldEnvironmentsToTheirHosts(t *testing.T) {
	t.Parallel()
	fake, hits := clitest.CountingServer(t)
	spaceDir := t.TempDir()
	settings := "environments:\n  prod:\n    dasha:\n      base_url: " + fake.URL + "\n"
	writeFile(t, filepath.Join(spaceDir, "settings.yaml"), settings)
	deps := servedDeps(t, spaceDir)
	if _, err := deps.Environments.ProviderIn("dasha", "staging"); err != nil {
		t.Errorf("an environment with no address of its own: %v", err)
	}
	if _, err := deps.Environments.ProviderIn("dasha", "prod"); err == nil || !strings.Contains(err.Error(), "the server's own machine") {
		t.Errorf("a served space's prod pointing at 127.0.0.1 was built: %v", err)
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("%d requests reached 127.0.0.1", n)
	}
}

// TestPromoteNamesWorkspaceToolsAndDocuments: ElevenLabs links workspace
// tools and knowledge-base documents in its own document; promote to
// another workspace needs a counterpart for each, and sends the
// counterparts.
func TestPromoteNamesWorkspaceToolsAndDocuments(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	prod := elevenlabstest.NewServer(t, prodKey)
	withProd(c, "elevenlabs", prod.BaseURL)
	id := c.mustRun("import", elevenDoc("platform_workflow.json"), "--provider", "elevenlabs")
	// The fixture carries keys from a future API to prove they survive a
	// round trip; the fake, like ElevenLabs, refuses keys it does not know.
	c.edit(id, func(d *agent.Draft) { d.SetNative(withoutFutureKeys(t, d.Native())) })
	c.mustRun("push", id, "--env", "staging")
	code, _, stderr := c.run("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if code != exitFailure || !strings.Contains(stderr, "Workspace tools tool_4201k3qz8s0ef9p8x2d7x2n6y1ab") ||
		!strings.Contains(stderr, "Knowledge-base documents kb_88a1") || len(prod.AgentIDs()) != 0 {
		t.Fatalf("promote with unmapped workspace links: exit %d, prod %v\n%s", code, prod.AgentIDs(), stderr)
	}
	c.edit(id, func(d *agent.Draft) {
		d.Environments = map[string]agent.EnvValues{"prod": {IDs: map[string]string{
			"tool_4201k3qz8s0ef9p8x2d7x2n6y1ab": "tool_prod_1", "kb_88a1": "kb_prod_1", "wh_9d8c7b6a": "wh_prod_1",
		}}}
	})
	c.mustRun("push", id, "--env", "staging") // the draft changed: staging first
	pID := c.mustRun("promote", id, "--from", "staging", "--to", "prod", "--yes")
	stored, _ := prod.Agent(pID)
	raw, _ := json.Marshal(stored)
	if !strings.Contains(string(raw), "tool_prod_1") || !strings.Contains(string(raw), "kb_prod_1") || strings.Contains(string(raw), "kb_88a1") {
		t.Errorf("prod did not get its own workspace links: %s", raw)
	}
}

// TestChangesMadeElsewhereInAnEnvironment: an environment that gets the
// draft's own agent merges changes made elsewhere into the draft, as the
// default does; one with values of its own stops, sending nothing, until
// --ours says to replace them.
func TestChangesMadeElsewhereInAnEnvironment(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := c.mustRun("import", dashaDoc("full_response.json"), "--provider", "dasha")
	c.edit(id, func(d *agent.Draft) {
		d.Environments = map[string]agent.EnvValues{"prod": {Overrides: map[string]string{"identity.name": "Clinic (live)"}}}
	})
	qa := c.mustRun("push", id, "--env", "qa")
	prod := c.mustRun("push", id, "--env", "prod")

	fake.Edit(qa, "description", "Edited in the Dasha dashboard.")
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Temperature = ptrTo(0.3) })
	c.mustRun("push", id, "--env", "qa")
	if d := c.load(id); d.Agent.Identity.Description != "Edited in the Dasha dashboard." {
		t.Errorf("qa's change made elsewhere was not merged into the draft: %q", d.Agent.Identity.Description)
	}

	fake.Edit(prod, "description", "Edited on the live agent.")
	before := fake.Calls("update")
	code, _, stderr := c.run("push", id, "--env", "prod")
	if code != exitFailure || !strings.Contains(stderr, "--ours") || fake.Calls("update") != before {
		t.Fatalf("prod changed elsewhere: exit %d, %d updates (before %d)\n%s", code, fake.Calls("update"), before, stderr)
	}
	if d := c.load(id); d.Agent.Identity.Description == "Edited on the live agent." || d.Agent.Identity.Name == "Clinic (live)" {
		t.Errorf("prod's change or value reached the draft's own agent: %+v", d.Agent.Identity)
	}
	c.mustRun("push", id, "--env", "prod", "--ours")
	if got := fake.Agent(prod)["description"]; got == "Edited on the live agent." {
		t.Errorf("--ours did not replace the change made elsewhere: %v", got)
	}
}

// TestPromoteWithoutHistoryNeedsTheSourceInStep: a push made before the
// history was kept has no version, so promote sends the draft with the
// source's values only while nothing changed since that push.
func TestPromoteWithoutHistoryNeedsTheSourceInStep(t *testing.T) {
	t.Parallel()
	c, _, prod, id := elevenStagingProd(t)
	c.mustRun("push", id, "--env", "staging")
	c.removeAll("drafts", ".history")
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Changed since" })
	code, _, stderr := c.run("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if code != exitFailure || !strings.Contains(stderr, "kept no version") || len(prod.AgentIDs()) != 0 {
		t.Fatalf("promote without a version of a changed draft: exit %d\n%s", code, stderr)
	}
	c.mustRun("push", id, "--env", "staging")
	c.removeAll("drafts", ".history")
	c.mustRun("promote", id, "--from", "staging", "--to", "prod", "--yes")
	if len(prod.AgentIDs()) != 1 {
		t.Errorf("prod holds %v", prod.AgentIDs())
	}
}

// withoutFutureKeys drops the fixture's x_future_* keys from a document.
func withoutFutureKeys(t *testing.T, native string) string {
	t.Helper()
	var doc any
	if err := json.Unmarshal([]byte(native), &doc); err != nil {
		t.Fatal(err)
	}
	var drop func(v any)
	drop = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if strings.HasPrefix(k, "x_future") {
					delete(x, k)
					continue
				}
				drop(e)
			}
		case []any:
			for _, e := range x {
				drop(e)
			}
		}
	}
	drop(doc)
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}
