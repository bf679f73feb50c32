package ui_test

// The accessible front end's review, submit, pull and choice lists, each
// driven by scripted answers on stdin and read back from stdout.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// Numbers in the scripts: the drafts menu is the drafts, then "Make a new
// draft", "Pull an agent from a provider", …; a draft's menu ends with
// "Review and submit" at 16 (ten sections, switch, back, three to manage).
const reviewItem = "16"

func wantSaid(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("the session never said %q:\n%s", w, out)
		}
	}
}

// seedWithKey stores a Nova draft whose LLM key is a saved secret.
func seedWithKey(t *testing.T, h ui.FakeSession) agent.Draft {
	t.Helper()
	d := h.Seed("Desk", "nova", "receptionist")
	ref := agent.NewSecretRef("llm.api_key")
	if err := h.Deps().Secrets.SetSecret(ref, "sk-live-secret-123"); err != nil {
		t.Fatal(err)
	}
	d.Agent.LLM.APIKey = ref
	if err := h.Deps().Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAccessibleReviewsAndSubmitsWithProgressAndResult(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	d := seedWithKey(t, h)
	// Open the draft, review, submit.
	out := runPlain(t, h, "1\n"+reviewItem+"\n2\n")
	wantSaid(t, out,
		"Review of “Desk” for Nova.", "No problems stop a submit. 6 warnings about settings Nova handles its own way:",
		"A submit creates a new agent on Nova.",
		"Request 1 of 2: create the agent. POST https://api.example.test/agents",
		"Request 2 of 2: send the rest of the settings. PATCH https://api.example.test/agents/{id}",
		`"llm_key": "`+agent.Masked+`"`, "End of the requests.",
		"Submitting to Nova.", "Now: create the agent…", "Now: read the agent back to see what Nova kept…",
		"Done. Created the agent on Nova. Agent id: agent-1.", "Nova kept every setting as sent.")
	if strings.Contains(out, "sk-live-secret-123") {
		t.Errorf("the review showed the secret:\n%s", out)
	}
	if got := h.Draft(d.ID).Remote().ID; got != "agent-1" || remote.Agents() != 1 {
		t.Fatalf("the draft records %q and the provider holds %d agents", got, remote.Agents())
	}
}

func TestAccessibleReviewReadsTheDiffAgainstTheRemoteAgent(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	h.Seed("Desk", "nova", "receptionist")
	// Submit once, then someone changes the prompt in the dashboard; the
	// second review compares and warns, and "Not now" sends nothing.
	runPlain(t, h, "1\n"+reviewItem+"\n2\n")
	remote.SetPrompt("agent-1", "Say only goodbye.")
	out := runPlain(t, h, "1\n"+reviewItem+"\n1\n")
	wantSaid(t, out, "Fetching agent agent-1 from Nova to compare…",
		"A submit changes 1 setting on Nova", "Say only goodbye.",
		"Warning: someone changed this agent on Nova since your last push or pull",
		"keeps your value wherever you both changed a setting",
		"Request 1 of 1: update the agent. PATCH https://api.example.test/agents/agent-1")
	if got := remote.Prompt("agent-1"); got != "Say only goodbye." {
		t.Fatalf("answering not now still pushed: the prompt is %q", got)
	}
}

func TestAccessibleReviewStopsOnProblems(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	d := h.Seed("Desk", "nova", "receptionist")
	d.Agent.LLM.Prompt = ""
	if err := h.Deps().Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	out := runPlain(t, h, "1\n"+reviewItem+"\n")
	wantSaid(t, out, "Fix 1 problem before this draft can go to Nova:", "  Problem: Brain (LLM) › Prompt: fill this in",
		"Nothing can be submitted until these are fixed")
	if strings.Contains(out, "Submit “Desk” to Nova now?") || remote.Agents() != 0 {
		t.Fatalf("a draft with problems was offered for submit:\n%s", out)
	}
}

func TestAccessibleSubmitSaysAFailureInOneSentence(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	d := h.Seed("Desk", "nova", "receptionist")
	remote.FailNext("create", &agent.ProviderError{Provider: "nova", Op: "create", Kind: agent.ErrUnauthorized, Status: 401, Message: "bad key"})
	out := runPlain(t, h, "1\n"+reviewItem+"\n2\n")
	wantSaid(t, out, "Now: create the agent…", "Failed: ")
	if strings.Contains(out, "Done.") || h.Draft(d.ID).Remote().ID != "" {
		t.Fatalf("a refused create was reported done:\n%s", out)
	}
}

func TestAccessiblePullsAnAgentAndRefreshesItsDraft(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	remote.AddAgent("Front desk")
	remote.AddAgent("Night line")
	// Pull, Nova, type part of a name, pick the one match.
	out := runPlain(t, h, "2\n1\nnight\n1\n")
	wantSaid(t, out, "Asking Nova for its agents…", "Nova has 2 agents.",
		"1. Front desk (agent-1)", "2. Night line (agent-2)", "One entry matches “night”:",
		"Made the draft “Night line” from Nova.", "Night line, for Nova. Which section?")
	d := h.OnlyDraft()
	if d.Name != "Night line" || d.Remote().ID != "agent-2" {
		t.Fatalf("pulled %q linked to %q", d.Name, d.Remote().ID)
	}
	// Again, by its id: the linked draft is refreshed after asking.
	remote.SetPrompt("agent-2", "Closed at night.")
	out = runPlain(t, h, "3\n1\nagent-2\n2\n")
	wantSaid(t, out, "linked to the draft “Night line”", "Refresh “Night line” from Nova?", "Refreshed “Night line” from Nova.")
	if got := h.Draft(d.ID).Agent.LLM.Prompt; got != "Closed at night." || h.Count() != 1 {
		t.Fatalf("after the refresh the prompt is %q and there are %d drafts", got, h.Count())
	}
}

func TestAccessiblePullSaysWhyTheListFailed(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	remote.FailNext("list", &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnavailable})
	out := runPlain(t, h, "2\n1\n")
	wantSaid(t, out, "Could not list the agents on Nova:")
}

func TestAccessibleChoiceListsAreSearchedByName(t *testing.T) {
	t.Parallel()
	var l []agent.Choice
	for i := range 30 {
		l = append(l, agent.Choice{Value: fmt.Sprintf("model-%02d", i), Label: fmt.Sprintf("Model %02d", i)})
	}
	l = append(l, agent.Choice{Value: "sp-1", Label: "Special one", Detail: "fast"})
	h, _ := ui.NewScriptSession(t, "nova", l)
	d := h.Seed("Desk", "nova", "receptionist")
	// Brain; narrow the 31 models by "special"; vendor kept; pick the
	// match by its number (2, after "Provider default").
	out := runPlain(t, h, "1\n2\nspecial\n\n2\n")
	wantSaid(t, out, "Model: 31 choices from Nova.", "One choice matches “special”.", "2. Special one (fast)")
	if strings.Contains(out, "Model 07") {
		t.Errorf("the whole list was read out after narrowing:\n%s", out)
	}
	if got := h.Draft(d.ID).Agent.LLM.Model; got != "sp-1" {
		t.Fatalf("the model on disk is %q\n%s", got, out)
	}
}

func TestAccessibleChoiceListTakesATypedID(t *testing.T) {
	t.Parallel()
	var l []agent.Choice
	for i := range 30 {
		l = append(l, agent.Choice{Value: fmt.Sprintf("model-%02d", i), Label: fmt.Sprintf("Model %02d", i)})
	}
	h, _ := ui.NewScriptSession(t, "nova", l)
	d := h.Seed("Desk", "nova", "receptionist")
	// Nothing matches "zzz"; the full list is offered: provider default,
	// thirty models, then Other (32), and an id.
	out := runPlain(t, h, "1\n2\nzzz\n\n32\nmy-own-model\n")
	wantSaid(t, out, "Nothing matches “zzz”; the next question offers all of them, and Other takes a typed id.")
	if got := h.Draft(d.ID).Agent.LLM.Model; got != "my-own-model" {
		t.Fatalf("the model on disk is %q\n%s", got, out)
	}
}

func TestAccessibleInputEndingAfterAWrongNumberEndsTheSession(t *testing.T) {
	t.Parallel()
	h, _ := ui.NewScriptSession(t, "nova", nil)
	h.Seed("Desk", "nova", "receptionist")
	// Brain; vendor 99 (out of range), then the input ends.
	out := runPlain(t, h, "1\n2\n99\n")
	wantSaid(t, out, "LLM vendor")
}

func TestAccessibleSettingsTestTheConnection(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		key  string
		err  error
		want string
	}{
		"works":  {key: "k", want: "Connected to Nova: 3 agents found."},
		"no key": {want: "There is no API key for Nova yet. Open these settings again to add one."},
		"wrong key": {
			key: "bad", err: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnauthorized, Status: 401, Message: "invalid api key"},
			want: "Nova did not accept the API key. Open these settings again to check it. Nova said: Invalid api key.",
		},
		"unreachable": {
			key: "k", err: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnavailable, Message: "could not be reached"},
			want: "Could not reach Nova: check the base URL and your connection, then test again.",
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := ui.NewFakeSession(t)
			if c.key != "" {
				h.SaveSetting("nova", "api_key", c.key)
			}
			h.SetRemoteAgents("nova", 3, c.err)
			// Settings (3 with no drafts), Nova, keep base URL and org id,
			// then test.
			out := runPlain(t, h, "3\n1\n\n\n2\n")
			wantSaid(t, out, "Saved the Nova settings.", "Testing the connection to Nova…", c.want)
			if strings.Count(out, c.want) != 1 {
				t.Fatalf("the result was not said once:\n%s", out)
			}
		})
	}
}

func TestAccessibleReviewOffersToPullTheirsWhenChangedElsewhere(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	d := h.Seed("Desk", "nova", "receptionist")
	runPlain(t, h, "1\n"+reviewItem+"\n2\n")
	remote.SetPrompt("agent-1", "Say only goodbye.")
	// Review again, and pull theirs (3).
	out := runPlain(t, h, "1\n"+reviewItem+"\n3\n")
	wantSaid(t, out, "3. Pull theirs into this draft", "Pulled their version from Nova.")
	if got := h.Draft(d.ID).Agent.LLM.Prompt; got != "Say only goodbye." {
		t.Fatalf("the draft's prompt is %q after pulling theirs\n%s", got, out)
	}
}

func TestAccessiblePullNarrowsALongListByName(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewScriptSession(t, "nova", nil)
	for i := range 20 {
		remote.AddAgent(fmt.Sprintf("Branch %02d", i))
	}
	remote.AddAgent("Night line")
	// Twenty-one agents are not read out; "line" narrows them to one.
	out := runPlain(t, h, "2\n1\nline\n1\n")
	wantSaid(t, out, "21 agents; type part of a name to narrow them.", "One entry matches “line”:", "1. Night line (agent-21)", "Made the draft “Night line” from Nova.")
	if strings.Contains(out, "Branch 07") {
		t.Errorf("the long list was read out:\n%s", out)
	}
}
