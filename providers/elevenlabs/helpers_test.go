package elevenlabs

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// testKey is an obviously fake key; tests assert it never shows up.
const testKey = "xi-test-0000-FAKE-KEY-do-not-use"

// loadSpec reads the OpenAPI file once for all tests.
var loadSpec = sync.OnceValues(elevenlabstest.FindAndLoadSpec)

// needSpec returns the official schema, or skips the test saying why.
func needSpec(t *testing.T) *elevenlabstest.Spec {
	t.Helper()
	spec, err := loadSpec()
	if err != nil {
		t.Skipf("skipped: checking against ElevenLabs' official schema needs its OpenAPI file: %v", err)
	}
	return spec
}

// fakeOptions gives the fake the official schema when it is on this machine.
func fakeOptions(opts ...elevenlabstest.Option) []elevenlabstest.Option {
	if spec, err := loadSpec(); err == nil {
		opts = append(opts, elevenlabstest.WithSpec(spec))
	}
	return opts
}

// withoutWaiting makes retries immediate, so fault tests never sleep.
func withoutWaiting() Option {
	return httpx.WithWaits[options](providertest.NoSleep, providertest.NoJitter)
}

// newTestClient returns a client for the fake, retrying without waiting.
func newTestClient(t *testing.T, fake *elevenlabstest.Server, opts ...Option) *Client {
	t.Helper()
	return providertest.NewClient(t, New, testKey, append([]Option{WithBaseURL(fake.BaseURL), withoutWaiting()}, opts...)...)
}

// fakeAndClient is a fresh fake ElevenLabs, held to the official schema
// when it is on this machine, and a client of it with opts that retries
// without waiting.
func fakeAndClient(t *testing.T, opts ...Option) (*elevenlabstest.Server, *Client) {
	t.Helper()
	fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
	return fake, newTestClient(t, fake, opts...)
}

// pusher pushes drafts to c through the one submit flow; an error that
// shows the test key fails the test.
func pusher(c *Client) providertest.Pusher {
	return providertest.Pusher{P: c, Keys: []string{testKey}}
}

// savedDraft saves d into saver and returns it as saved, with its new
// revision.
func savedDraft(t *testing.T, saver *providertest.MemSaver, d agent.Draft) agent.Draft {
	t.Helper()
	if err := saver.Save(&d); err != nil {
		t.Fatal(err)
	}
	return saver.Last()
}

// offline is a client with no key, for encode, decode and validate.
func offline(t *testing.T) *Client {
	t.Helper()
	return providertest.NewClient(t, New, "")
}

func readDoc(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "docs", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// sameJSON reports whether two documents are the same JSON, key order aside.
func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	return reflect.DeepEqual(providertest.JSONValue(t, a), providertest.JSONValue(t, b))
}

func ptr[T any](v T) *T { return &v }
