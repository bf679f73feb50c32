package cli

import (
	"regexp"
	"strings"
	"testing"
)

func TestNewPrintsOnlyTheID(t *testing.T) {
	t.Parallel()
	for _, tmpl := range []string{"blank", "receptionist", "reminder", "support"} {
		t.Run(tmpl, func(t *testing.T) {
			t.Parallel()
			c := newCLI(t)
			code, stdout, stderr := c.run("new", "Front desk", "--provider", "elevenlabs", "--template", tmpl)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			if !regexp.MustCompile(`^[a-z2-7]{10}\n$`).MatchString(stdout) {
				t.Fatalf("stdout = %q, want only the draft id", stdout)
			}
			d := c.load(strings.TrimSpace(stdout))
			if d.Name != "Front desk" || d.Agent.Identity.Name != "Front desk" || d.Provider != "elevenlabs" || d.Template != tmpl || d.Revision != 1 {
				t.Errorf("draft = name %q/%q provider %q template %q revision %d", d.Name, d.Agent.Identity.Name, d.Provider, d.Template, d.Revision)
			}
		})
	}
}

func TestNewWarnsAboutNameTwins(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	_, first, _ := c.run("new", "Front desk", "--provider", "nova")
	code, second, stderr := c.run("new", "Front desk", "--provider", "dasha")
	if code != exitOK || !strings.Contains(stderr, strings.TrimSpace(first)) || !strings.Contains(stderr, "refer to this one by its id, "+strings.TrimSpace(second)) {
		t.Errorf("exit %d, stderr %q; want a note naming both ids", code, stderr)
	}
}
