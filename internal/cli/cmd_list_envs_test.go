package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/agentdeck/agentdeck/agent"
)

func TestListShowsEachDraftsEnvironments(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	plain := c.mustRun("new", "Plain", "--provider", "elevenlabs")
	if _, out, _ := c.runOnTerminal("list"); strings.Contains(out, "ENVS") || strings.Contains(out, "default") {
		t.Errorf("with no environments anywhere, list is as before:\n%s", out)
	}
	id := c.mustRun("new", "Front desk", "--provider", "elevenlabs")
	c.edit(id, func(d *agent.Draft) {
		d.Environments = map[string]agent.EnvValues{"prod": {Variables: map[string]string{"clinic": "Main"}}}
	})
	defID := c.mustRun("push", id)
	prodID := c.mustRun("push", id, "--env", "prod")
	c.edit(id, func(d *agent.Draft) { d.Environments["prod"].Variables["clinic"] = "Elsewhere" })
	many := c.mustRun("new", "Many", "--provider", "elevenlabs")
	c.edit(many, func(d *agent.Draft) {
		d.Environments = map[string]agent.EnvValues{
			"staging": {Variables: map[string]string{"a": "1"}}, "prod": {Variables: map[string]string{"a": "2"}},
		}
	})

	_, out, _ := c.runOnTerminal("list")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], " ENVS ") {
		t.Fatalf("list:\n%s", out)
	}
	want := map[string]string{id: " default ✓ prod • ", many: " default ○ +2 ", plain: " default ○ "}
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > 80 {
			t.Errorf("%d columns wide: %q", n, l)
		}
		for draft, cell := range want {
			if strings.HasPrefix(l, draft+" ") && !strings.Contains(l, cell) {
				t.Errorf("%s's line lacks %q: %q", draft, cell, l)
			}
		}
	}

	var listed []struct {
		ID           string
		Environments []map[string]string
	}
	if err := json.Unmarshal([]byte(c.mustRun("list", "--json")), &listed); err != nil {
		t.Fatal(err)
	}
	for _, d := range listed {
		if d.ID != id {
			continue
		}
		got, _ := json.Marshal(d.Environments)
		wantJSON := `[{"agent_id":"` + defID + `","name":"default","state":"in step"},` +
			`{"agent_id":"` + prodID + `","name":"prod","state":"changed since push"}]`
		if string(got) != wantJSON {
			t.Errorf("environments = %s\nwant %s", got, wantJSON)
		}
	}
}
