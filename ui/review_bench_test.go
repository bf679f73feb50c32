package ui

import (
	"context"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Benchmarks of the editor and the review with a 200 KB prompt (issue 15
// point 2). Budget: 16 ms a key, one frame at 60 Hz. Each key is what the
// UI loop does for it: the App's Update with it and with every message
// its commands bring back, then View. The commands themselves (reading
// the remote agent and diffing it, saving) run off the loop in the real
// program and are run here with the clock stopped.
// Run with
//
//	go test ./ui -run '^$' -bench 'LongPrompt' -benchtime=20x

// pushedLongPrompt starts the App on a draft of the script provider,
// pushed with a 200 KB prompt and edited since, so the review shows both
// its requests and a diff of the prompt.
func pushedLongPrompt(b *testing.B) *harness {
	b.Helper()
	p := newScriptProvider("elevenlabs")
	h := newHarness(b, withProvider(p))
	d := h.seed("Desk", "elevenlabs", "receptionist")
	d.Agent.LLM.Prompt = longPrompt(200 << 10)
	d = h.store.put(d)
	res, err := agent.Push(context.Background(), p, d, h.store, agent.PushOptions{Secrets: h.secrets})
	if err != nil {
		b.Fatal(err)
	}
	d = res.Draft
	d.Agent.LLM.Prompt += "\nAlways confirm the caller's name."
	h.store.put(d)
	h.start(100, 32)
	h.press(h.keys().Drafts.Open)
	h.holdAutosave = true
	return h
}

// sendKeys sends keys round and round, drawing after each; the time of
// the commands they return is left out (onLoop).
func sendKeys(b *testing.B, h *harness, keys ...tea.Msg) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		onLoop(b, h, keys[i%len(keys)])
		_ = h.app.View()
	}
}

// onLoop is harness.send with the clock stopped while commands run.
func onLoop(b *testing.B, h *harness, msg tea.Msg) {
	h.queue = append(h.queue, msg)
	for len(h.queue) > 0 {
		m := h.queue[0]
		h.queue = h.queue[1:]
		_, cmd := h.app.Update(m)
		b.StopTimer()
		h.exec(cmd)
		b.StartTimer()
	}
}

// BenchmarkLongPromptSwitchSections moves through the sidebar: each move
// draws the section's summary and every section's mark.
func BenchmarkLongPromptSwitchSections(b *testing.B) {
	h := pushedLongPrompt(b)
	sendKeys(b, h, keyPress("down"), keyPress("down"), keyPress("up"), keyPress("up"))
}

// BenchmarkLongPromptOpenSection opens the Brain section (its form holds
// the prompt) and leaves it again.
func BenchmarkLongPromptOpenSection(b *testing.B) {
	h := pushedLongPrompt(b)
	h.gotoEntry(agent.SectionBrain, "")
	sendKeys(b, h, keyPress("enter"), keyPress("esc"))
}

// BenchmarkLongPromptOpenReview opens the review (requests and the diff
// with the remote agent, both with the 200 KB prompt) and goes back.
func BenchmarkLongPromptOpenReview(b *testing.B) {
	h := pushedLongPrompt(b)
	sendKeys(b, h, keyPress("ctrl+r"), keyPress("esc"))
}

// BenchmarkLongPromptScrollReview scrolls the review by lines and pages.
func BenchmarkLongPromptScrollReview(b *testing.B) {
	h := pushedLongPrompt(b)
	h.press(h.keys().Editor.Review)
	if _, ok := h.top().(*reviewScreen); !ok {
		b.Fatalf("no review:\n%s", h.view())
	}
	sendKeys(b, h, keyPress("pgdown"), keyPress("down"), keyPress("up"), keyPress("pgup"))
}
