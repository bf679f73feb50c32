package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

func TestPushCreatesThenUpdates(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Support line", "--provider", "elevenlabs", "--template", "support")
	code, stdout, stderr := c.run("push", id)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	remote := strings.TrimSpace(stdout)
	if ids := fake.AgentIDs(); len(ids) != 1 || ids[0] != remote {
		t.Fatalf("stdout %q, agents on the fake %v", stdout, ids)
	}
	for _, want := range []string{"Creating the agent on ElevenLabs Agents…", "Reading the agent back…", "Created the agent " + remote} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if d := c.load(id); d.Remote().ID != remote || d.Status() != agent.StatusPushed {
		t.Errorf("draft remote %+v, status %s", d.Remote(), d.Status())
	}
	c.edit(id, func(d *agent.Draft) { d.Agent.Voice.Speed = ptrTo(1.1) })
	if again := c.mustRun("push", id); again != remote {
		t.Errorf("second push printed %q, want %q", again, remote)
	}
	if len(fake.AgentIDs()) != 1 || len(fake.Calls("update")) != 1 {
		t.Errorf("%d agents, %d updates after a second push", len(fake.AgentIDs()), len(fake.Calls("update")))
	}
	stored, _ := fake.Agent(remote)
	if got := stored["conversation_config"].(map[string]any)["tts"].(map[string]any)["speed"]; got == nil {
		t.Error("the speed was not sent")
	}
}

func TestPushSendsSecretsButNeverPrintsThem(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("import", elevenDoc("webhook_tools.json"), "--provider", "elevenlabs")
	code, stdout, stderr := c.run("push", id)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	const secret = "Bearer kw_live_51Hx9QeT2wX7"
	if strings.Contains(stdout+stderr, secret) {
		t.Error("the secret was printed")
	}
	create := fake.Calls("create")
	if len(create) != 1 || !strings.Contains(string(create[0].Body), secret) {
		t.Error("the real secret was not sent")
	}
}

func TestPushDryRunSendsNothing(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("import", elevenDoc("webhook_tools.json"), "--provider", "elevenlabs")
	code, stdout, stderr := c.run("push", id, "--dry-run")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	head, body, _ := strings.Cut(stdout, "\n")
	if head != "POST "+fake.BaseURL+"/agents/create" {
		t.Errorf("first line %q", head)
	}
	if strings.Contains(body, "kw_live") || !strings.Contains(body, `"Authorization": "********"`) {
		t.Errorf("the body does not mask the secret:\n%s", body)
	}
	if !strings.Contains(stderr, "Dry run: nothing was sent.") || len(fake.Calls("")) != 0 {
		t.Errorf("stderr %q, %d requests reached the fake", stderr, len(fake.Calls("")))
	}
	remote := c.mustRun("push", id)
	_, stdout, _ = c.run("push", id, "--dry-run")
	if head, _, _ := strings.Cut(stdout, "\n"); head != "PATCH "+fake.BaseURL+"/agents/"+remote {
		t.Errorf("a pushed draft's dry run starts %q", head)
	}
}

func TestPushFailuresSayWhatHappened(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(c *cli, fake *elevenlabstest.Server)
		args  func(id string) []string
		code  int
		first string
		more  string
	}{
		{
			name: "ElevenLabs refuses a field",
			setup: func(_ *cli, fake *elevenlabstest.Server) {
				fake.Inject("create", elevenlabstest.Unprocessable("Input should be less than or equal to 1.2", "less_than_equal", "conversation_config", "tts", "speed"))
			},
			args: func(id string) []string { return []string{"push", id, "--details"} },
			code: exitFailure, first: "agentdeck: ElevenLabs Agents refused some settings.",
			more: "error   Voice › Speed (voice.speed): Input should be less than or equal to 1.2",
		},
		{
			// Without --details a refused field is named in plain words.
			name: "ElevenLabs refuses a field, no details",
			setup: func(_ *cli, fake *elevenlabstest.Server) {
				fake.Inject("create", elevenlabstest.Unprocessable("Input should be less than or equal to 1.2", "less_than_equal", "conversation_config", "tts", "speed"))
			},
			code: exitFailure, first: "agentdeck: ElevenLabs Agents refused some settings.",
			more: "error   Voice › Speed: Input should be less than or equal to 1.2",
		},
		{
			name:  "no API key",
			setup: func(c *cli, _ *elevenlabstest.Server) { delete(c.env, "AGENTDECK_ELEVENLABS_API_KEY") },
			code:  exitFailure, first: "agentdeck: There is no API key for ElevenLabs Agents.",
			more: "set AGENTDECK_ELEVENLABS_API_KEY or add it in Settings",
		},
		{
			name:  "a wrong API key",
			setup: func(c *cli, _ *elevenlabstest.Server) { c.env["AGENTDECK_ELEVENLABS_API_KEY"] = "not-the-key" },
			code:  exitFailure, first: "agentdeck: ElevenLabs Agents did not accept the API key.",
			more: "Invalid API key",
		},
		{
			name:  "a draft with errors is not sent",
			setup: func(*cli, *elevenlabstest.Server) {},
			args:  func(id string) []string { return []string{"push", id, "--details"} },
			code:  exitFailure, first: "agentdeck: The draft has 1 problem for ElevenLabs Agents; nothing was sent.",
			more: "Greeting & goodbye › Greeting (greeting.text): write the greeting",
		},
		{
			name:  "a draft with errors is not sent, no details",
			setup: func(*cli, *elevenlabstest.Server) {},
			code:  exitFailure, first: "agentdeck: The draft has 1 problem for ElevenLabs Agents; nothing was sent.",
			more: "error   Greeting & goodbye › Greeting: write the greeting",
		},
		{
			name:  "pushing to another provider",
			setup: func(*cli, *elevenlabstest.Server) {},
			args:  func(id string) []string { return []string{"push", id, "--provider", "dasha"} },
			code:  exitUsage, first: "agentdeck: this draft is for elevenlabs, and a push to dasha would make an agent the draft cannot keep track of",
		},
		{
			name: "an http base URL to a remote host",
			setup: func(c *cli, _ *elevenlabstest.Server) {
				c.env["AGENTDECK_ELEVENLABS_BASE_URL"] = "http://api.example.com/v1/convai"
			},
			code: exitFailure, first: "agentdeck: Could not set up the connection to elevenlabs.",
			more: "would send your API key unencrypted",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, fake, id := elevenDraft(t)
			if strings.HasPrefix(tt.name, "a draft with errors is not sent") {
				c.edit(id, func(d *agent.Draft) { d.Agent.Greeting.Text = "" })
			}
			tt.setup(c, fake)
			args := []string{"push", id}
			if tt.args != nil {
				args = tt.args(id)
			}
			code, stdout, stderr := c.run(args...)
			c.noKey(stdout, stderr)
			if code != tt.code || stdout != "" {
				t.Errorf("exit %d, stdout %q; want exit %d and nothing on stdout", code, stdout, tt.code)
			}
			if !strings.HasPrefix(firstLine(stderr), tt.first) || !strings.Contains(stderr, tt.more) {
				t.Errorf("stderr:\n%s\nwant it to start %q and contain %q", stderr, tt.first, tt.more)
			}
			if d := c.load(id); d.Remote().ID != "" || d.Remote().Pending() {
				t.Errorf("a failed push changed the draft's remote state: %+v", d.Remote())
			}
			if n := len(fake.AgentIDs()); n != 0 {
				t.Errorf("%d agents were made", n)
			}
		})
	}
}

func ptrTo[T any](v T) *T { return &v }
