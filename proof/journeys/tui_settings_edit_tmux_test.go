package journeys

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/ui"
)

// Issue 17 through the real binary: a provider's own settings are edited
// where a person meets them — More settings switched on in a section, an
// advanced setting typed, a record added to a list of records — submitted,
// and the fake provider receives exactly those values.

// tabTo presses tab until the pane shows want as the focused field (huh
// marks it with ┃); a form's length differs per provider.
func tabTo(t *testing.T, pane *tmuxPane, want string) {
	t.Helper()
	for range 40 {
		before := steady(pane)
		if strings.Contains(before, "┃ "+want) {
			return
		}
		pane.key("Tab")
		// The focus moves with each tab: wait for the screen to show it.
		deadline := time.Now().Add(5 * time.Second)
		for pane.screen(false) == before && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
	}
	t.Fatalf("never reached %q:\n%s", want, pane.screen(false))
}

// addFirstRecord opens the focused list of records, which is empty, adds
// one and types its fields in order, each once it has focus; tab leaves
// each (enter would add a line to a multi-line one), and enter on the last,
// a one-line field, ends the record, which the list then shows first by its
// first field's value.
func addFirstRecord(pane *tmuxPane, fields [][2]string) {
	pane.key("Enter")
	pane.waitFor("Nothing here yet. Press a to add one.")
	pane.send("a")
	for i, f := range fields {
		pane.waitFor("┃ " + f[0])
		pane.send(f[1])
		if i == len(fields)-1 {
			pane.key("Enter")
		} else {
			pane.key("Tab")
		}
	}
	pane.waitFor("› 1. "+fields[0][1], "saved")
}

// submitNew reviews the open draft and submits it to provider, which
// creates the agent.
func submitNew(t *testing.T, pane *tmuxPane, provider string) {
	t.Helper()
	keys := ui.DefaultKeyMap()
	pane.send(keyBytes(t, keys.Editor.Review))
	pane.waitFor("Ready to submit to " + provider)
	pane.send(keyBytes(t, keys.Review.Submit))
	pane.waitFor("Not now")
	pane.send(keyBytes(t, keys.Dialog.Next))
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	pane.waitFor("✓ Created the agent on " + provider)
}

// typeAndLeave tabs to the field labelled label, types value and goes
// back to the sections, which saves the form.
func typeAndLeave(t *testing.T, pane *tmuxPane, label, value string) {
	t.Helper()
	tabTo(t, pane, label)
	pane.send(value)
	pane.waitFor("> " + value)
	pane.key("Escape")
	pane.waitFor("esc drafts", "saved")
}

// steady is the pane once two reads 30 ms apart agree, so a key sent
// just before has been drawn (tmux has no event to wait on).
func steady(pane *tmuxPane) string {
	prev := pane.screen(false)
	for range 100 {
		time.Sleep(30 * time.Millisecond)
		cur := pane.screen(false)
		if cur == prev {
			return cur
		}
		prev = cur
	}
	return prev
}

func TestDashaSettingsEditedInTheTUIReachDasha(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it in tmux")
	}
	needTools(t, "tmux")
	bin := buildWith(t)
	env, fake := dashaHome(t)
	desk := &novaDesk{bin: bin, env: env} // its run serves any provider's env
	desk.run(t, "new", "Help line", "--provider", "dasha", "--template", "support")
	keys := ui.DefaultKeyMap()
	pane := openDraftInTmux(t, bin, env, "Help line", "Dasha BlackBox")

	// Brain: More settings on, then the repetition penalty behind it.
	pane.send("2")
	pane.waitFor("› ✓ Brain (LLM)")
	pane.key("Enter")
	pane.waitFor("┃ LLM vendor")
	tabTo(t, pane, "More settings")
	pane.send("y")
	pane.waitFor("┃ Repetition penalty")
	typeAndLeave(t, pane, "Repetition penalty", "0.7")

	// Tools: one transfer destination, record by record.
	pane.send("8")
	pane.waitFor("Transfer destinati")
	for range 4 {
		pane.send(keyBytes(t, keys.Editor.Down))
	}
	addFirstRecord(pane, [][2]string{{"Name", "Sales"}, {"When to use it", "Pricing questions."}, {"Phone number or SIP address", "+15550100"}})

	submitNew(t, pane, "Dasha")

	ids := fake.AgentIDs()
	if len(ids) != 1 {
		t.Fatalf("the fake holds %v", ids)
	}
	cfg := fake.Agent(ids[0])["config"].(map[string]any)
	opts := cfg["llmConfig"].(map[string]any)["options"].(map[string]any)
	if fmt.Sprint(opts["frequencyPenalty"]) != "0.7" {
		t.Errorf("Dasha got the repetition penalty %v, want 0.7", opts["frequencyPenalty"])
	}
	routes := cfg["features"].(map[string]any)["transfer"].(map[string]any)["transferRoutes"].([]any)
	r := routes[0].(map[string]any)
	if len(routes) != 1 || r["name"] != "Sales" || r["description"] != "Pricing questions." || r["endpointDestination"] != "+15550100" {
		t.Errorf("Dasha got the transfer destinations %v", routes)
	}

	fields := desk.run(t, "fields", "--provider", "dasha")
	line := ""
	for _, l := range strings.Split(fields, "\n") {
		if strings.HasPrefix(l, "settings.dasha.frequency_penalty ") {
			line = l
		}
	}
	for _, want := range []string{"config.llmConfig.options.frequencyPenalty", "-2 to 2", "Brain (LLM)", "yes"} {
		if !strings.Contains(line, want) {
			t.Errorf("fields --provider dasha does not show the setting with %q: %q", want, line)
		}
	}
	if !strings.Contains(fields, "settings.dasha.transfer_routes[].destination") {
		t.Error("fields --provider dasha does not list a transfer destination's number")
	}
}

func TestNovaSettingsEditedInTheTUIReachNova(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it in tmux")
	}
	needTools(t, "tmux")
	n := newNovaDesk(t)
	keys := ui.DefaultKeyMap()
	pane := openDraftInTmux(t, n.bin, n.env, "Front desk", "Nova")

	// Brain: More settings on, then the repetition penalty behind it.
	pane.send("2")
	pane.waitFor("› ✓ Brain (LLM)")
	pane.key("Enter")
	pane.waitFor("┃ LLM vendor")
	// Nova needs the vendor and model once any model setting is set.
	pane.send(keyBytes(t, keys.Editor.Down))
	pane.key("Enter")
	pane.waitFor("> openai", "┃ Model")
	pane.send("gpt-4o-mini")
	pane.waitFor("> gpt-4o-mini")
	tabTo(t, pane, "More settings")
	pane.send("y")
	typeAndLeave(t, pane, "Repetition penalty", "0.4")

	// Voice: the background sound the thinking sounds play over.
	pane.send("3")
	pane.waitFor("› ✓ Voice", "Thinking sounds (0)")
	pane.key("Enter")
	pane.waitFor("┃ Voice vendor")
	typeAndLeave(t, pane, "Background sound", "office.mp3")

	// One thinking sound, field by field.
	pane.send(keyBytes(t, keys.Editor.Down))
	addFirstRecord(pane, [][2]string{{"Sound", "keys.mp3"}, {"Chance", "0.5"}, {"Volume", "0.2"}})

	submitNew(t, pane, "Nova")

	ids := n.fake.IDs()
	if len(ids) != 1 {
		t.Fatalf("the fake holds %v", ids)
	}
	doc := n.fake.Stored(ids[0])
	llm, _ := doc["llm_config"].(map[string]any)
	if fmt.Sprint(llm["frequency_penalty"]) != "0.4" {
		t.Errorf("Nova got the repetition penalty %v, want 0.4 (%v)", llm["frequency_penalty"], llm)
	}
	bg, _ := doc["background_sound"].(map[string]any)
	sounds, _ := bg["thinking_sound"].([]any)
	want := map[string]string{"sound": "keys.mp3", "probability": "0.5", "volume": "0.2"}
	if len(sounds) != 1 {
		t.Fatalf("Nova got the thinking sounds %v", bg)
	}
	got, _ := sounds[0].(map[string]any)
	if len(got) != len(want) {
		t.Errorf("Nova got the thinking sound %v, want exactly %v", got, want)
	}
	for k, v := range want {
		if fmt.Sprint(got[k]) != v {
			t.Errorf("Nova got the thinking sound's %s %v, want %s", k, got[k], v)
		}
	}
}
