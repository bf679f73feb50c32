package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestListEmpty(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	code, stdout, stderr := c.run("list")
	if code != exitOK || stdout != "" || !strings.Contains(stderr, "no drafts yet") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = c.run("list", "--json")
	if code != exitOK || stdout != "[]\n" {
		t.Errorf("JSON of no drafts: exit %d, %q; want []", code, stdout)
	}
}

func TestListShowsDraftsAndDamagedFiles(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	_, idOut, _ := c.run("new", "Front desk", "--provider", "nova")
	id := strings.TrimSpace(idOut)
	c.writeFile("drafts/broken.yaml", "schema_version: 9\n")

	code, stdout, stderr := c.run("list")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != exitOK || len(lines) != 2 {
		t.Fatalf("exit %d, stdout:\n%s", code, stdout)
	}
	var draftLine, brokenLine string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, id):
			draftLine = l
		case strings.HasPrefix(l, "broken"):
			brokenLine = l
		}
	}
	if !strings.Contains(draftLine, " new ") || !strings.Contains(draftLine, " nova ") || !strings.HasSuffix(draftLine, "Front desk") {
		t.Errorf("draft line = %q", draftLine)
	}
	if !strings.Contains(brokenLine, "damaged") || !strings.Contains(brokenLine, "newer agentdeck") {
		t.Errorf("damaged line = %q", brokenLine)
	}
	if !strings.Contains(stderr, "1 draft file(s) cannot be read") {
		t.Errorf("stderr = %q", stderr)
	}

	code, stdout, _ = c.run("list", "--json")
	var listed []map[string]any
	if err := json.Unmarshal([]byte(stdout), &listed); err != nil || code != exitOK || len(listed) != 2 {
		t.Fatalf("JSON: exit %d, %v, %s", code, err, stdout)
	}
	for _, d := range listed {
		switch d["id"] {
		case id:
			if d["name"] != "Front desk" || d["provider"] != "nova" || d["status"] != "new" || d["updated"] == nil || d["damaged"] != nil {
				t.Errorf("draft = %v", d)
			}
		case "broken":
			if d["status"] != "damaged" || !strings.Contains(d["damaged"].(string), "newer agentdeck") {
				t.Errorf("damaged = %v", d)
			}
		default:
			t.Errorf("unexpected entry %v", d)
		}
	}
}
