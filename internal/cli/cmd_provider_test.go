package cli

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/storage"
)

// fakeKey is an obviously fake key; tests assert it never shows up.
const fakeKey = "xi-cli-test-FAKE-0000"

var loadSpec = sync.OnceValues(elevenlabstest.FindAndLoadSpec)

// elevenCLI is a command line with its own home, talking to a fake
// ElevenLabs that holds bodies to the official schema when it is here.
func elevenCLI(t *testing.T) (*cli, *elevenlabstest.Server) {
	t.Helper()
	var opts []elevenlabstest.Option
	if spec, err := loadSpec(); err == nil {
		opts = append(opts, elevenlabstest.WithSpec(spec))
	}
	fake := elevenlabstest.NewServer(t, fakeKey, opts...)
	return fakeCLI(t, "elevenlabs", fakeKey, fake.BaseURL), fake
}

// mustRun runs a command that must succeed and returns its trimmed stdout.
func (c *cli) mustRun(args ...string) string {
	c.t.Helper()
	code, stdout, stderr := c.run(args...)
	if code != exitOK {
		c.t.Fatalf("agentdeck %s exited %d:\n%s", strings.Join(args, " "), code, stderr)
	}
	c.noKey(stdout, stderr)
	return strings.TrimSpace(stdout)
}

// noKey fails the test if the API key shows up in output.
func (c *cli) noKey(outputs ...string) {
	c.t.Helper()
	for _, o := range outputs {
		if strings.Contains(o, fakeKey) {
			c.t.Errorf("the API key was printed:\n%s", o)
		}
	}
}

func (c *cli) store() *storage.Store {
	c.t.Helper()
	s, err := storage.Open(filepath.Join(c.env["AGENTDECK_HOME"], "drafts"))
	if err != nil {
		c.t.Fatal(err)
	}
	return s
}

func (c *cli) load(id string) agent.Draft {
	c.t.Helper()
	d, err := c.store().Load(id)
	if err != nil {
		c.t.Fatal(err)
	}
	return d
}

// edit changes a saved draft as the editor would.
func (c *cli) edit(id string, change func(d *agent.Draft)) {
	c.t.Helper()
	d := c.load(id)
	change(&d)
	if err := c.store().Save(&d); err != nil {
		c.t.Fatal(err)
	}
}

// elevenDoc is the path of a realistic ElevenLabs document.
func elevenDoc(name string) string {
	return filepath.Join("..", "..", "providers", "elevenlabs", "testdata", "docs", name)
}

// firstLine is the plain sentence an error starts with: the first line of
// agentdeck's own report (progress lines may come before it).
func firstLine(stderr string) string {
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(line, "agentdeck: ") {
			return line
		}
	}
	return ""
}
