package cli

import (
	"strings"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
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

// elevenDraft is a command line whose fake ElevenLabs takes any body
// (Lenient), with one new ElevenLabs draft "Front desk" made with the
// further flags more (as "--template", "receptionist"); the draft's id.
func elevenDraft(t *testing.T, more ...string) (*cli, *elevenlabstest.Server, string) {
	t.Helper()
	c, fake := elevenCLI(t)
	fake.Lenient()
	id := c.mustRun(append([]string{"new", "Front desk", "--provider", "elevenlabs"}, more...)...)
	return c, fake, id
}

// elevenDoc is the path of a realistic ElevenLabs document.
func elevenDoc(name string) string {
	return providerDoc("elevenlabs", "docs", name)
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
