package journeys

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// commandKeyBudget is issue 16's target for the Dental clinic journey:
// fewer than 80 command keys (it took 214 before the quick keys).
const commandKeyBudget = 80

// keyCounter drives a tmux pane and counts the keys pressed that are not
// characters of a name, a value or the prompt: the command keys.
type keyCounter struct {
	pane     *tmuxPane
	commands int
	typed    int // characters of names, values and the prompt
}

// cmd presses tmux keys (Enter, Escape, C-u, M-7, …) and counts each.
func (k *keyCounter) cmd(keys ...string) {
	for _, name := range keys {
		k.pane.key(name)
		k.commands++
	}
}

// next presses enter to go to the next field, and waits until the field
// labelled label has the focus: huh moves on in a command of its own, so
// text typed at once could land in the field before.
func (k *keyCounter) next(label string) {
	k.cmd("Enter")
	k.pane.waitFor("┃ " + label)
}

// text types what a person would write; its characters are not counted as
// command keys.
func (k *keyCounter) text(s string) {
	k.pane.send(s)
	k.typed += len([]rune(s))
}

// line types one line of the prompt and, unless it is the last, the line
// break that ends it: a character of the prompt, not a command.
func (k *keyCounter) line(s string, last bool) {
	k.text(s)
	if !last {
		k.pane.key("Enter")
		k.typed++
	}
}

// TestDentalClinicJourneyInTmux is issue 16's journey, as a person does it
// in an 80×24 tmux window with the real binary against a fake Dasha: from
// the drafts list a new Dasha draft from the blank template named "Dental
// clinic"; calling hours Monday to Friday 09:00–12:00 and 13:00–17:00 in
// Europe/Berlin; one webhook tool check_slot (POST, parameters date and
// time); two variables; a three-line prompt; submit. It counts the command
// keys and holds them under the budget, and checks that the body the fake
// received carries the hours, the tool and the variables.
func TestDentalClinicJourneyInTmux(t *testing.T) {
	needTmuxBinary(t)
	bin := buildWith(t)
	env, fake := dashaHome(t)
	pane := startTmuxPane(t, 80, 24, env, bin+" --theme dark")
	k := &keyCounter{pane: pane}
	pane.waitFor("agentdeck › Drafts", "No drafts yet")

	// A new draft: blank template, Dasha (the last provider), its name.
	k.cmd("n")
	pane.waitFor("Pick a template")
	k.cmd("Enter")
	pane.waitFor("Pick a provider")
	k.cmd("End", "Enter")
	pane.waitFor("Name your draft")
	k.text("Dental clinic")
	k.cmd("Enter")
	pane.waitFor("Dental clinic · Dasha BlackBox", "Created")

	// Calling hours: straight to the section, the ready-made week with a
	// lunch break, then the time zone by searching its list.
	k.cmd("7")
	pane.waitFor("Monday hours (0)")
	k.cmd("o")
	pane.waitFor("Ready-made calling hours")
	k.cmd("Down", "Enter")
	pane.waitFor("Monday hours (2)", "Friday hours (2)", "Saturday hours (0)")
	k.cmd("Enter")
	pane.waitFor("Hours time zone")
	k.cmd("/")
	k.text("Berlin")
	pane.waitFor("> Europe/Berlin")
	k.cmd("Enter") // picks it; the form is done and the next section opens
	pane.waitFor("Built-in tools")

	// One webhook tool, check_slot, sent with POST. (A wait follows each
	// esc: an escape with the next key close behind reads as alt+key.)
	k.cmd("Escape")
	pane.waitFor("esc drafts")
	k.cmd("Down", "Enter", "a")
	pane.waitFor("> tool_1")
	k.cmd("C-u")
	k.text("check_slot")
	k.next("What it does")
	k.text("Checks whether an appointment slot is free.")
	k.next("Address")
	k.text("https://clinic.example/slots")
	k.next("Method")
	k.cmd("Up", "Enter") // POST, just above GET
	pane.waitFor("When it fails")
	k.cmd("Escape") // the rest is optional; esc keeps what was typed
	pane.waitFor("1. check_slot — POST")

	// Its two parameters, date and time.
	k.cmd("Down", "Enter")
	pane.waitFor("Webhook tools › Parameters", "Nothing here yet")
	for _, name := range []string{"date", "time"} {
		k.cmd("a")
		pane.waitFor("> param_")
		k.cmd("C-u")
		k.text(name)
		k.cmd("Escape")
		pane.waitFor(name + " (string)")
	}

	// Two variables.
	k.cmd("9")
	pane.waitFor("Variables (0)")
	k.cmd("Down", "Enter")
	for i, v := range [][2]string{{"clinic_name", "Smile Dental"}, {"opening_day", "Monday"}} {
		k.cmd("a")
		pane.waitFor("> variable_")
		k.cmd("C-u")
		k.text(v[0])
		k.next("Value")
		k.text(v[1])
		k.cmd("Enter")
		pane.waitFor(strconv.Itoa(i+1) + ". " + v[0] + " = " + v[1])
	}

	// A three-line prompt in place of the template's.
	k.cmd("2", "Enter")
	pane.waitFor("LLM vendor")
	k.next("Model")
	k.next("Prompt")
	k.cmd("C-u")
	prompt := []string{
		"You answer the phone for {{clinic_name}}.",
		"Offer a free slot with check_slot.",
		"Be brief and kind.",
	}
	for i, l := range prompt {
		k.line(l, i == len(prompt)-1)
	}
	pane.waitFor("Be brief and kind.")

	// Review and submit.
	k.cmd("C-r")
	pane.waitFor("Dental clinic · review", "Ready to submit to Dasha BlackBox")
	k.cmd("s")
	pane.waitFor("Submit “Dental clinic” to Dasha BlackBox?")
	k.cmd("Right", "Enter")
	pane.waitFor("✓ Created the agent on Dasha BlackBox")

	t.Logf("command keys: %d (budget under %d); typed characters: %d", k.commands, commandKeyBudget, k.typed)
	if k.commands >= commandKeyBudget {
		t.Errorf("the journey took %d command keys, want fewer than %d", k.commands, commandKeyBudget)
	}
	bodies := fake.Bodies("create")
	if len(bodies) != 1 {
		t.Fatalf("the fake received %d create requests, want 1", len(bodies))
	}
	checkDentalBody(t, bodies[0], prompt)
}

// checkDentalBody checks the pushed body: the week in Berlin with a lunch
// break on weekdays and nothing at the weekend, the tool with its method
// and two parameters, both variables and the prompt.
func checkDentalBody(t *testing.T, body []byte, prompt []string) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("the body is not JSON: %v", err)
	}
	sched, _ := find(doc, "schedule").(map[string]any)
	if sched == nil || sched["timezone"] != "Europe/Berlin" {
		t.Errorf("the schedule is %v, want Europe/Berlin", sched)
	}
	lunch := `[{"end":{"hour":12,"minute":0},"start":{"hour":9,"minute":0}},{"end":{"hour":17,"minute":0},"start":{"hour":13,"minute":0}}]`
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri"} {
		if got := compact(sched[d]); got != lunch {
			t.Errorf("%s is %s, want %s", d, got, lunch)
		}
	}
	for _, d := range []string{"sat", "sun"} {
		if w, _ := sched[d].([]any); len(w) != 0 {
			t.Errorf("%s has hours: %v", d, w)
		}
	}
	tools, _ := find(doc, "tools").([]any)
	if len(tools) != 1 {
		t.Fatalf("the body has %d tools, want 1: %v", len(tools), tools)
	}
	tool := compact(tools[0])
	for _, want := range []string{`"name":"check_slot"`, `"httpMethod":"POST"`, `"date":{`, `"time":{`} {
		if !strings.Contains(tool, want) {
			t.Errorf("the tool lacks %s: %s", want, tool)
		}
	}
	vars, _ := find(doc, "additionalData").(map[string]any)
	if vars["clinic_name"] != "Smile Dental" || vars["opening_day"] != "Monday" {
		t.Errorf("the variables are %v", vars)
	}
	if !strings.Contains(string(body), strings.Join(prompt, `\n`)) {
		t.Errorf("the body lacks the three-line prompt")
	}
}

// find returns the first value under key, depth first.
func find(v any, key string) any {
	switch v := v.(type) {
	case map[string]any:
		if got, ok := v[key]; ok {
			return got
		}
		for _, c := range v {
			if got := find(c, key); got != nil {
				return got
			}
		}
	case []any:
		for _, c := range v {
			if got := find(c, key); got != nil {
				return got
			}
		}
	}
	return nil
}

func compact(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
