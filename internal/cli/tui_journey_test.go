package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/storage"
)

// Journeys through review, submit and pull in the terminal UI as main
// wires it (storage, settings from the environment, the real provider
// clients), against the in-process fake provider servers.

// fakeRemote is what a journey needs of a fake provider server.
type fakeRemote struct {
	name   string                 // the provider's name, as the UI shows it
	ids    func() []string        // the remote agents, in creation order
	stored func(id string) string // an agent as stored, as JSON
}

// providerFixture starts the fake of provider and a command line set up
// to reach it.
func providerFixture(t *testing.T, provider string) (*cli, fakeRemote) {
	t.Helper()
	switch provider {
	case "nova":
		c, fake := novaCLI(t)
		return c, fakeRemote{name: "Nova", ids: fake.IDs, stored: func(id string) string { return asJSON(fake.Stored(id)) }}
	case "trillet":
		c, fake := trilletCLI(t)
		return c, fakeRemote{name: "Trillet", ids: fake.IDs, stored: func(id string) string { return asJSON(fake.Stored(id)) }}
	case "elevenlabs":
		c, fake := elevenCLI(t)
		return c, fakeRemote{name: "ElevenLabs Agents", ids: fake.AgentIDs, stored: func(id string) string {
			a, _ := fake.Agent(id)
			return asJSON(a)
		}}
	case "dasha":
		c, fake := dashaCLI(t)
		return c, fakeRemote{name: "Dasha BlackBox", ids: fake.AgentIDs, stored: func(id string) string { return asJSON(fake.Agent(id)) }}
	}
	t.Fatalf("no fake for %s", provider)
	return nil, fakeRemote{}
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// openDraft opens the draft named name from the drafts screen.
func (j *tuiJourney) openDraft(name string) {
	j.t.Helper()
	j.waitFor(name)
	j.press(j.keys.Drafts.Open)
	j.waitFor(name+" · ", "Basics")
}

// review opens the review from the editor and waits for its verdict.
func (j *tuiJourney) review() string {
	j.t.Helper()
	j.press(j.keys.Editor.Review)
	return j.waitUntil("the review", func(s string) bool {
		return strings.Contains(s, "· review") && !strings.Contains(s, "Fetching the agent")
	})
}

// confirmSubmit presses submit on the review and confirms.
func (j *tuiJourney) confirmSubmit(provider string) {
	j.t.Helper()
	j.press(j.keys.Review.Submit)
	j.waitFor("Submit “", "to "+provider+"?")
	j.press(j.keys.Dialog.Next)
	// Not settled: a submit held by the fake runs until it is stopped.
	j.sendOnly(keyPress(j.keys.Dialog.Confirm.Keys()[0]))
}

// waitSubmitted waits for the submit to end, well or not.
func (j *tuiJourney) waitSubmitted() string {
	j.t.Helper()
	return j.waitUntil("the submit to finish", func(s string) bool {
		return strings.Contains(s, "· submit") && (strings.Contains(s, "✓ Created") || strings.Contains(s, "✓ Updated") ||
			strings.Contains(s, "✓ Found") || strings.Contains(s, "✗ "))
	})
}

func TestTUISubmitSucceedsOnEveryProvider(t *testing.T) {
	for _, provider := range []string{"nova", "trillet", "elevenlabs", "dasha"} {
		t.Run(provider, func(t *testing.T) {
			t.Parallel()
			c, fake := providerFixture(t, provider)
			id := c.mustRun("new", "Front desk", "--provider", provider, "--template", "receptionist")
			j := startTUI(t, c)
			j.openDraft("Front desk")
			scr := j.review()
			if !strings.Contains(scr, "Ready to submit to "+fake.name) || !strings.Contains(scr, "Creates a new agent on "+fake.name) {
				t.Fatalf("the review does not offer the submit:\n%s", scr)
			}
			j.confirmSubmit(fake.name)
			scr = j.waitSubmitted()
			ids := fake.ids()
			if len(ids) != 1 {
				t.Fatalf("the fake holds %d agents after one submit:\n%s", len(ids), scr)
			}
			if !strings.Contains(scr, "✓ Created the agent on "+fake.name) || !strings.Contains(scr, "Agent id: "+ids[0]) {
				t.Fatalf("the screen does not show the remote id %s:\n%s", ids[0], scr)
			}
			if stored := fake.stored(ids[0]); !strings.Contains(stored, "Front desk") {
				t.Fatalf("the agent on the fake is not the draft's: %s", stored)
			}
			d := c.load(id)
			if d.Remote().ID != ids[0] || d.Status() != agent.StatusPushed {
				t.Fatalf("the draft records %q with status %s", d.Remote().ID, d.Status())
			}
			if provider == "nova" {
				requireStepsInOrder(t, j.p.seen(), "… create the agent", "… send the rest of the settings", "… read the agent back")
			}
			// Back in the editor an edit saves over the revision the push
			// wrote, without a conflict, and keeps the remote link.
			j.press(j.keys.Submit.Fix) // enter: back to the editor
			j.waitFor("Front desk · " + fake.name)
			j.press(j.keys.Editor.Open)
			j.typeText("!")
			j.press(j.keys.Global.Back)
			j.waitUntil("the edit to be saved", func(string) bool {
				return strings.HasSuffix(c.load(id).Agent.Identity.Name, "!")
			})
			if got := c.load(id); got.Remote().ID != ids[0] || got.Status() != agent.StatusChanged {
				t.Fatalf("after an edit the draft records %q, status %s", got.Remote().ID, got.Status())
			}
			if scr := j.settle(); strings.Contains(scr, "changed somewhere else") {
				t.Fatalf("the edit after a push was refused as a conflict:\n%s", scr)
			}
		})
	}
}

// requireStepsInOrder checks that the screens seen show each step running,
// in this order.
func requireStepsInOrder(t *testing.T, seen []string, steps ...string) {
	t.Helper()
	at := 0
	for _, s := range seen {
		if at < len(steps) && strings.Contains(s, steps[at]) {
			at++
		}
	}
	if at < len(steps) {
		t.Fatalf("the progress never showed %q after %q", steps[at], strings.Join(steps[:at], ", "))
	}
}

func TestTUIRefusedSettingLandsOnItsField(t *testing.T) {
	t.Parallel()
	c, fake, id := elevenDraft(t, "--template", "receptionist")
	before := c.load(id)
	fake.Inject("create", elevenlabstest.Unprocessable("Input should be less than or equal to 1.2", "less_than_equal", "conversation_config", "tts", "speed"))
	j := startTUI(t, c)
	j.openDraft("Front desk")
	j.review()
	j.confirmSubmit("ElevenLabs Agents")
	scr := j.waitSubmitted()
	for _, want := range []string{"ElevenLabs Agents refused 1 setting", "Voice › Speed: Input should be less than or equal to 1.2"} {
		if !strings.Contains(scr, want) {
			t.Fatalf("the failure does not say %q:\n%s", want, scr)
		}
	}
	if strings.Contains(scr, "HTTP 422") {
		t.Fatalf("the raw detail shows before it is asked for:\n%s", scr)
	}
	scr = j.press(j.keys.Submit.Detail)
	if !strings.Contains(scr, "HTTP 422") || strings.Contains(scr, fakeKey) {
		t.Fatalf("the details do not show the provider's answer, or show the key:\n%s", scr)
	}
	scr = j.press(j.keys.Submit.Fix)
	for _, want := range []string{"Front desk · ElevenLabs Agents", "! Voice", "! Speed: Input should be less than or equal to 1.2", "┃ Speed"} {
		if !strings.Contains(scr, want) {
			t.Fatalf("the editor does not show %q with the focus on the field:\n%s", want, scr)
		}
	}
	after := c.load(id)
	if agent.ContentHash(&after.Agent) != agent.ContentHash(&before.Agent) || after.Remote().ID != "" || len(fake.AgentIDs()) != 0 {
		t.Fatalf("the refused submit changed the draft or made an agent: remote %q, %d agents", after.Remote().ID, len(fake.AgentIDs()))
	}
	// A value the provider takes clears the mark.
	j.typeText("1.1")
	j.press(j.keys.Global.Back)
	if scr := j.settle(); strings.Contains(scr, "! Voice") {
		t.Fatalf("the mark stays after the field changed:\n%s", scr)
	}
}

func TestTUIServerErrorThenSuccess(t *testing.T) {
	t.Parallel()
	c, fake, id := elevenDraft(t)
	fake.Inject("create", elevenlabstest.ServerError(500))
	j := startTUI(t, c)
	j.openDraft("Front desk")
	j.review()
	j.confirmSubmit("ElevenLabs Agents")
	scr := j.waitSubmitted()
	if !strings.Contains(scr, "✗ It is not known whether the agent was created") || len(fake.AgentIDs()) != 0 {
		t.Fatalf("a 500 on create is not told as unclear:\n%s", scr)
	}
	if !c.load(id).Remote().Pending() {
		t.Fatal("the draft does not remember the unclear create")
	}
	j.press(j.keys.Submit.Retry)
	scr = j.waitSubmitted()
	ids := fake.AgentIDs()
	if len(ids) != 1 || !strings.Contains(scr, "✓ Created the agent") || !strings.Contains(scr, ids[0]) {
		t.Fatalf("the second try did not make exactly one agent (%v):\n%s", ids, scr)
	}
	if !strings.Contains(scr, "✓ look for an agent an earlier submit may have made") {
		t.Fatalf("the second try did not check the list first:\n%s", scr)
	}
	if d := c.load(id); d.Remote().ID != ids[0] || d.Remote().Pending() {
		t.Fatalf("the draft records %+v", d.Remote())
	}
}

func TestTUICancelMidSubmit(t *testing.T) {
	t.Parallel()
	c, fake, id := elevenDraft(t, "--template", "receptionist")
	remote := c.mustRun("push", id)
	before := readFile(t, c.draftFile(id))
	// The update is held until the client gives up: only esc ends it.
	fake.Inject("update", elevenlabstest.Fault{Hang: true})
	j := startTUI(t, c)
	j.openDraft("Front desk")
	j.review()
	j.confirmSubmit("ElevenLabs Agents")
	j.waitFor("… update the agent", "esc stop")
	j.waitUntil("the update to reach the fake", func(string) bool { return len(fake.Calls("update")) == 1 })
	j.sendOnly(keyPress(j.keys.Submit.Stop.Keys()[0]))
	scr := j.waitSubmitted()
	if !strings.Contains(scr, "✗ Stopped.") || !strings.Contains(scr, "✗ update the agent") {
		t.Fatalf("the stop is not told:\n%s", scr)
	}
	if after := readFile(t, c.draftFile(id)); after != before {
		t.Fatal("a stopped submit changed the draft file")
	}
	// The next try goes through and updates the same agent.
	j.press(j.keys.Submit.Retry)
	if scr := j.waitSubmitted(); !strings.Contains(scr, "✓ Updated the agent") || !strings.Contains(scr, remote) {
		t.Fatalf("the retry after a stop failed:\n%s", scr)
	}
	if ids := fake.AgentIDs(); len(ids) != 1 {
		t.Fatalf("the fake holds %v", ids)
	}
}

// A submit from the TUI while a push of the same draft runs elsewhere
// (the command line) waits for it, then updates the agent it made: never
// a second agent.
func TestTUISubmitWaitsForAnotherPushOfTheDraft(t *testing.T) {
	t.Parallel()
	c, fake := novaCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova", "--template", "receptionist")
	j := startTUI(t, c)
	j.openDraft("Front desk")
	j.review()
	// Another push holds the draft's push lock, as `agentdeck push` does.
	session, err := c.store().BeginPush(t.Context(), id, nil)
	if err != nil {
		t.Fatal(err)
	}
	j.confirmSubmit("Nova")
	j.waitFor("… wait for another push of this draft to finish")
	if n := fake.Count(); n != 0 {
		t.Fatalf("the TUI sent a request while another push held the draft: %d agents", n)
	}
	p, err := newProvider("nova", storage.ProviderConfig(descriptor("nova"), func(k string) string { return c.env[k] }, storage.Settings{}, nil))
	if err != nil {
		t.Fatal(err)
	}
	res, err := agent.Push(t.Context(), p, session.Draft(), session, agent.PushOptions{})
	if endErr := session.End(err); err != nil || endErr != nil {
		t.Fatalf("the other push: %v, %v", err, endErr)
	}
	scr := j.waitSubmitted()
	if !strings.Contains(scr, "✓ Updated the agent on Nova") || !strings.Contains(scr, "Agent id: "+res.RemoteID) || fake.Count() != 1 {
		t.Fatalf("after the other push made %s the TUI did not update it (%d agents):\n%s", res.RemoteID, fake.Count(), scr)
	}
	if d := c.load(id); d.Remote().ID != res.RemoteID || d.Status() != agent.StatusPushed {
		t.Fatalf("the draft records %q, %s", d.Remote().ID, d.Status())
	}
}

func TestTUIListsWhatTheProviderDidNotKeep(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	c.edit(id, func(d *agent.Draft) { d.Agent.Voice.Speed = ptrTo(1.1) })
	// This ElevenLabs keeps every voice at normal speed, whatever it is sent.
	fake.SetTransform(func(a map[string]any) {
		if cc, ok := a["conversation_config"].(map[string]any); ok {
			if tts, ok := cc["tts"].(map[string]any); ok {
				tts["speed"] = 1.0
			}
		}
	})
	j := startTUI(t, c)
	j.openDraft("Front desk")
	j.review()
	j.confirmSubmit("ElevenLabs Agents")
	scr := j.waitSubmitted()
	for _, want := range []string{"✓ Created the agent on ElevenLabs Agents", "ElevenLabs Agents did not keep 1 setting as sent", "Voice › Speed: 1.1 → 1"} {
		if !strings.Contains(scr, want) {
			t.Fatalf("the result does not say %q:\n%s", want, scr)
		}
	}
}
