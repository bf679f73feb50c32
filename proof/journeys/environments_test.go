package journeys

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
	"github.com/agentdeck/agentdeck/ui"
)

var (
	secretVar = regexp.MustCompile(`AGENTDECK_SECRET_[A-Z0-9_]+[A-Z0-9]`)
	hostVar   = regexp.MustCompile(`AGENTDECK_SECRET_[A-Z0-9_]+_HOST=[^\s,;]+`)
)

// envAccount is one fake provider account: where it is, the key it takes,
// and what it holds.
type envAccount struct {
	url    string
	ids    func() []string
	stored func(id string) string
}

func jsonText(v any) string {
	raw, _ := json.Marshal(v)
	return string(raw)
}

// envAccounts starts two accounts of provider (staging, prod), each
// taking its own key, and the extra settings the provider needs.
func envAccounts(t *testing.T, provider, stagingKey, prodKey string) (staging, prod envAccount, extra []string) {
	t.Helper()
	switch provider {
	case "nova":
		s, p := novatest.New(t, stagingKey), novatest.New(t, prodKey)
		acc := func(f *novatest.Server) envAccount {
			return envAccount{url: f.BaseURL, ids: f.IDs, stored: func(id string) string { return jsonText(f.Stored(id)) }}
		}
		return acc(s), acc(p), []string{"AGENTDECK_NOVA_ORG_ID=" + novatest.Org, "AGENTDECK_NOVA_ORG_ID_PROD=" + novatest.Org}
	case "trillet":
		s, p := trillettest.New(t, stagingKey), trillettest.New(t, prodKey)
		acc := func(f *trillettest.Server) envAccount {
			return envAccount{url: f.BaseURL, ids: f.IDs, stored: func(id string) string { return jsonText(f.Stored(id)) }}
		}
		return acc(s), acc(p), []string{"AGENTDECK_TRILLET_WORKSPACE_ID=" + trillettest.Workspace, "AGENTDECK_TRILLET_WORKSPACE_ID_PROD=" + trillettest.Workspace}
	case "elevenlabs":
		s, p := elevenlabstest.NewServer(t, stagingKey), elevenlabstest.NewServer(t, prodKey)
		acc := func(f *elevenlabstest.Server) envAccount {
			return envAccount{url: f.BaseURL, ids: f.AgentIDs, stored: func(id string) string { a, _ := f.Agent(id); return jsonText(a) }}
		}
		return acc(s), acc(p), nil
	default:
		s, p := dashatest.New(t, stagingKey), dashatest.New(t, prodKey)
		acc := func(f *dashatest.Fake) envAccount {
			return envAccount{url: f.URL(), ids: f.AgentIDs, stored: func(id string) string { return jsonText(f.Agent(id)) }}
		}
		return acc(s), acc(p), nil
	}
}

// envRun runs the binary with env and returns its exit code and output.
func envRun(t *testing.T, bin string, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	code, stdout, stderr = runExit(t, bin, env, args...)
	return code, strings.TrimSpace(stdout), stderr
}

// TestEnvironmentsAndPromoteOnEveryProvider drives the real binary as CI
// would: staging and prod are two accounts of one provider, prod's key and
// address come from AGENTDECK_<P>_API_KEY_PROD and _BASE_URL_PROD, and
// each environment's name comes from the draft file's environments. A push
// to each keeps one agent each; promote sends prod what staging received,
// with prod's values, only when confirmed.
func TestEnvironmentsAndPromoteOnEveryProvider(t *testing.T) {
	bin := buildWith(t)
	for _, provider := range []string{"nova", "trillet", "elevenlabs", "dasha"} {
		t.Run(provider, func(t *testing.T) {
			const stagingKey, prodKey = "staging-env-test-FAKE-0001", "prod-env-test-FAKE-0002"
			staging, prod, extra := envAccounts(t, provider, stagingKey, prodKey)
			p := "AGENTDECK_" + strings.ToUpper(provider) + "_"
			home := filepath.Join(t.TempDir(), "home")
			env := append([]string{
				"AGENTDECK_HOME=" + home,
				p + "API_KEY=" + stagingKey, p + "BASE_URL=" + staging.url,
				p + "API_KEY_PROD=" + prodKey, p + "BASE_URL_PROD=" + prod.url,
			}, extra...)
			run := func(args ...string) string {
				t.Helper()
				code, out, errOut := envRun(t, bin, env, args...)
				if code != 0 {
					t.Fatalf("agentdeck %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
				}
				return out
			}
			id := run("new", "Front desk", "--provider", provider)
			file := filepath.Join(home, "drafts", id+".yaml")
			// The team's values, written into the shared draft file by hand.
			appendTo(t, file, "environments:\n"+
				"  staging:\n    overrides:\n      identity.name: Front desk (staging)\n"+
				"  prod:\n    overrides:\n      identity.name: Front desk (live)\n")

			sID := run("push", id, "--env", "staging")
			if got := staging.ids(); len(got) != 1 || got[0] != sID || len(prod.ids()) != 0 {
				t.Fatalf("after push --env staging: staging %v, prod %v", got, prod.ids())
			}
			if doc := staging.stored(sID); !strings.Contains(doc, "Front desk (staging)") {
				t.Errorf("staging's agent lacks staging's name: %s", doc)
			}
			code, _, errOut := envRun(t, bin, env, "promote", id, "--from", "staging", "--to", "prod")
			if code != 2 || !strings.Contains(errOut, "--yes") || len(prod.ids()) != 0 {
				t.Fatalf("promote with no one to ask: exit %d, prod %v\n%s", code, prod.ids(), errOut)
			}
			code, pID, errOut := envRun(t, bin, env, "promote", id, "--from", "staging", "--to", "prod", "--yes")
			if code != 0 {
				t.Fatalf("promote: exit %d\n%s", code, errOut)
			}
			if !strings.Contains(errOut, "prod has no agent yet; promote creates one with:") || !strings.Contains(errOut, "Front desk (live)") {
				t.Errorf("promote did not show what it sends first:\n%s", errOut)
			}
			if got := prod.ids(); len(got) != 1 || got[0] != pID {
				t.Fatalf("prod holds %v, promote printed %q", got, pID)
			}
			if doc := prod.stored(pID); !strings.Contains(doc, "Front desk (live)") || strings.Contains(doc, "(staging)") {
				t.Errorf("prod's agent is not staging's with prod's values: %s", doc)
			}
			if again := run("push", id, "--env", "staging"); again != sID || len(staging.ids()) != 1 || len(prod.ids()) != 1 {
				t.Errorf("a second staging push: %q (first %q), staging %v, prod %v", again, sID, staging.ids(), prod.ids())
			}
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"staging:", "prod:", sID, pID} {
				if !strings.Contains(string(text), want) {
					t.Errorf("the draft file lacks %q", want)
				}
			}
			if strings.Contains(string(text), prodKey) || strings.Contains(string(text), stagingKey) {
				t.Error("a key reached the draft file")
			}
		})
	}
}

// TestSecretsFromTheEnvironmentGoOnlyWhereNamed pushes, from a second home
// with no credentials file (a CI checkout of the drafts), a draft whose
// webhook carries a secret: the value comes from AGENTDECK_SECRET_<NAME>,
// and only once AGENTDECK_SECRET_<NAME>_HOST names the webhook's host.
func TestSecretsFromTheEnvironmentGoOnlyWhereNamed(t *testing.T) {
	bin := buildWith(t)
	const key = "eleven-env-secret-FAKE-0003"
	fake := elevenlabstest.NewServer(t, key)
	mine := filepath.Join(t.TempDir(), "mine")
	ci := filepath.Join(t.TempDir(), "ci")
	base := []string{"AGENTDECK_ELEVENLABS_API_KEY=" + key, "AGENTDECK_ELEVENLABS_BASE_URL=" + fake.BaseURL}
	doc := filepath.Join("..", "..", "providers", "elevenlabs", "testdata", "docs", "webhook_tools.json")
	code, id, errOut := envRun(t, bin, append([]string{"AGENTDECK_HOME=" + mine}, base...), "import", doc, "--provider", "elevenlabs")
	if code != 0 {
		t.Fatalf("import: %d %s", code, errOut)
	}
	if err := os.MkdirAll(filepath.Join(ci, "drafts"), 0o700); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(mine, "drafts", id+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ci, "drafts", id+".yaml"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	ciEnv := append([]string{"AGENTDECK_HOME=" + ci}, base...)
	code, _, errOut = envRun(t, bin, ciEnv, "push", id)
	if code != 1 || !strings.Contains(errOut, "AGENTDECK_SECRET_") || len(fake.AgentIDs()) != 0 {
		t.Fatalf("push without the secret: exit %d, agents %v\n%s", code, fake.AgentIDs(), errOut)
	}
	t.Logf("no value for a secret:\n%s", errOut)
	names := secretVar.FindAllString(errOut, -1)
	const value = "Bearer ci-only-value-0004"
	withValue := append([]string(nil), ciEnv...)
	for _, n := range names {
		withValue = append(withValue, n+"="+value)
	}
	code, _, errOut = envRun(t, bin, withValue, "push", id)
	t.Logf("a host nobody named:\n%s", errOut)
	hosts := hostVar.FindAllString(errOut, -1)
	if code != 1 || len(hosts) == 0 || len(fake.AgentIDs()) != 0 {
		t.Fatalf("push to a host nobody named: exit %d, agents %v\n%s", code, fake.AgentIDs(), errOut)
	}
	// Each refusal names one host to allow; allow them one at a time, as a
	// person reading the message would.
	var remote string
	for range 8 {
		withValue = append(withValue, strings.TrimRight(hosts[0], ".,;"))
		code, remote, errOut = envRun(t, bin, withValue, "push", id)
		if code == 0 {
			break
		}
		if hosts = hostVar.FindAllString(errOut, -1); len(hosts) == 0 {
			t.Fatalf("push with the hosts named: exit %d\n%s", code, errOut)
		}
	}
	if code != 0 {
		t.Fatalf("push never went through:\n%s", errOut)
	}
	sent := fake.Calls("create")
	if len(sent) != 1 || !strings.Contains(string(sent[0].Body), value) || remote == "" {
		t.Fatalf("the value from the environment was not sent")
	}
	if strings.Contains(errOut+remote, value) {
		t.Error("the secret was printed")
	}
	if _, err := os.Stat(filepath.Join(ci, "credentials.yaml")); err == nil {
		if b, _ := os.ReadFile(filepath.Join(ci, "credentials.yaml")); strings.Contains(string(b), value) {
			t.Error("the value from the environment was written to the credentials file")
		}
	}
}

// TestTUIEnvironmentsInTmux drives the terminal UI of the real binary in
// an 80×24 tmux window: e on the drafts list shows the draft's
// environments, pushes to staging, then promotes staging to prod (another
// fake Nova account, reached with AGENTDECK_NOVA_API_KEY_PROD), after
// showing what it creates there.
func TestTUIEnvironmentsInTmux(t *testing.T) {
	needTmuxBinary(t)
	n := newNovaDesk(t)
	const prodKey = "nova-prod-tui-FAKE-0005"
	prod := novatest.New(t, prodKey)
	env := append(append([]string(nil), n.env...),
		"AGENTDECK_NOVA_API_KEY_PROD="+prodKey, "AGENTDECK_NOVA_BASE_URL_PROD="+prod.BaseURL, "AGENTDECK_NOVA_ORG_ID_PROD="+novatest.Org)
	f, err := os.OpenFile(n.file(), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.WriteString("environments:\n  staging:\n    overrides:\n      identity.name: Front desk (tried first)\n" +
		"  prod:\n    overrides:\n      identity.name: Front desk (live)\n")
	if cerr := f.Close(); err != nil || cerr != nil {
		t.Fatal(err, cerr)
	}
	keys := ui.DefaultKeyMap()
	pane := startTmuxPane(t, 80, 24, env, n.bin+" --theme dark")
	pane.waitFor("agentdeck › Drafts", "Front desk")
	pane.send(keyBytes(t, keys.Drafts.Environments))
	pane.waitFor("Environments of “Front desk”", "staging: never pushed", "prod: never pushed", "Push to staging")
	for range 2 { // default, prod, staging
		pane.send(keyBytes(t, keys.Dialog.Next))
	}
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	pane.waitFor("submit to staging", "✓ Created the agent on Nova", "Agent id: ")
	if ids := n.fake.IDs(); len(ids) != 1 || len(prod.IDs()) != 0 {
		t.Fatalf("after the push to staging: staging %v, prod %v", ids, prod.IDs())
	}
	pane.send(keyBytes(t, keys.Submit.Done))
	pane.waitFor("agentdeck › Drafts", "Front desk")
	pane.send(keyBytes(t, keys.Drafts.Environments))
	pane.waitFor("staging: in step", "Promote staging to prod")
	for range 4 { // push default, prod, staging; promote staging to default
		pane.send(keyBytes(t, keys.Dialog.Next))
	}
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	pane.waitFor("Promote staging to prod?", "prod has no agent yet", "Name: (not set) → Front desk (live)", "Push it to prod")
	if len(prod.IDs()) != 0 {
		t.Fatal("promote sent before it was confirmed")
	}
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	pane.waitFor("submit to prod", "✓ Created the agent on Nova", "Agent id: ")
	ids := prod.IDs()
	if len(ids) != 1 || !strings.Contains(jsonText(prod.Stored(ids[0])), "Front desk (live)") || len(n.fake.IDs()) != 1 {
		t.Fatalf("after promote: prod %v, staging %v", ids, n.fake.IDs())
	}
}

// appendTo adds text at the end of the file, as a person editing it does.
func appendTo(t *testing.T, file, text string) {
	t.Helper()
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err != nil || cerr != nil {
		t.Fatal(err, cerr)
	}
}
