package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
)

// novaAgentPushed is a fake Nova holding an imported agent pushed to it:
// its remote id and its name there.
func novaAgentPushed(t *testing.T) (c *cli, fake *novatest.Server, remote, name string) {
	t.Helper()
	c, fake = novaCLI(t)
	remote = c.mustRun("push", c.mustRun("import", providerDoc("nova", "get_objects.json"), "--provider", "nova"))
	return c, fake, remote, fake.Stored(remote)["name"].(string)
}

// Issue 17 (Nova): `new NAME --provider nova --from AGENT` picks the agent
// to copy by name from Nova's list; the first push creates the agent as a
// copy of it, and the copy source is not reported as lost.
func TestNewFromAnExistingNovaAgent(t *testing.T) {
	t.Parallel()
	c, fake, srcRemote, srcName := novaAgentPushed(t)

	id := c.mustRun("new", "Night shift", "--provider", "nova", "--from", strings.ToUpper(srcName))
	exported := c.mustRun("export", id)
	doc, err := jsondoc.ParseOrNew([]byte(exported))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := doc.Get("copy_from_agent_id"); v != srcRemote {
		t.Fatalf("the draft should name %s as its copy source:\n%s", srcRemote, exported)
	}
	code, stdout, stderr := c.run("push", id)
	if code != exitOK || strings.Contains(stderr, "did not keep") {
		t.Fatalf("push exited %d: %s %s", code, stdout, stderr)
	}
	create, _ := jsondoc.ParseOrNew(fake.LastBody("POST"))
	if v, _ := create.Get("copy_from_agent_id"); v != srcRemote {
		t.Errorf("the create should copy %s: %s", srcRemote, jsondoc.CompactSorted(create))
	}

	code, _, stderr = c.run("new", "Other", "--provider", "nova", "--from", "No such agent")
	if code != exitFailure || !strings.Contains(stderr, `Nova has no agent named "No such agent"`) {
		t.Errorf("an unknown agent: exit %d, %s", code, stderr)
	}
}

func TestNewFromIsRefusedWhereTheProviderCannotCopy(t *testing.T) {
	t.Parallel()
	c, _ := trilletCLI(t)
	code, _, stderr := c.run("new", "X", "--provider", "trillet", "--from", "Y")
	if code != exitUsage || !strings.Contains(stderr, "Trillet cannot start a new agent as a copy of another") {
		t.Errorf("exit %d, %s", code, stderr)
	}
}

// `choices` lists a provider setting's live list too: the agents a new
// Nova agent can start as a copy of.
func TestChoicesListsAProviderSettingsLiveList(t *testing.T) {
	t.Parallel()
	c, _, srcRemote, srcName := novaAgentPushed(t)
	out := c.mustRun("choices", "settings.nova.copy_from", "--provider", "nova")
	if !strings.Contains(out, srcRemote+"\t"+srcName) {
		t.Fatalf("choices = %q, want %s by name", out, srcRemote)
	}
	code, _, stderr := c.run("choices", "settings.nova.top_k", "--provider", "nova")
	if code != exitUsage || !strings.Contains(stderr, "no list of choices") {
		t.Errorf("a setting without a list: exit %d, %s", code, stderr)
	}
}
