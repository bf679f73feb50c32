package cli

// The in-process harness every command test starts from: a command line
// with its own home folder (cli), the runs that must succeed, the drafts
// and files of that home, and the providers' recorded documents.

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// cli runs agentdeck in-process against its own home folder.
type cli struct {
	t   *testing.T
	env map[string]string
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	return &cli{t: t, env: map[string]string{"AGENTDECK_HOME": t.TempDir()}}
}

// fakeCLI is a command line with its own home whose provider talks to a
// fake at baseURL with key; more are further settings of that provider as
// name, value pairs (ORG_ID, novatest.Org), each AGENTDECK_<PROVIDER>_<name>.
func fakeCLI(t *testing.T, provider, key, baseURL string, more ...string) *cli {
	t.Helper()
	c := newCLI(t)
	prefix := "AGENTDECK_" + strings.ToUpper(provider) + "_"
	c.env[prefix+"API_KEY"] = key
	c.env[prefix+"BASE_URL"] = baseURL
	for i := 0; i+1 < len(more); i += 2 {
		c.env[prefix+more[i]] = more[i+1]
	}
	return c
}

func (c *cli) run(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut, func(k string) string { return c.env[k] })
	return code, out.String(), errOut.String()
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
	s, err := storage.Open(c.path("drafts"))
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

// path is the file or folder rel (as "drafts", id+".yaml") of c's home.
func (c *cli) path(rel ...string) string {
	return filepath.Join(append([]string{c.env["AGENTDECK_HOME"]}, rel...)...)
}

// draftFile is the path of the draft id's file, the one file of the
// drafts folder whose name starts with the id.
func (c *cli) draftFile(id string) string {
	c.t.Helper()
	matches, _ := filepath.Glob(c.path("drafts", id+"*"))
	if len(matches) != 1 {
		c.t.Fatalf("cannot find the draft file of %s: %v", id, matches)
	}
	return matches[0]
}

// draftFilesHolding lists the draft files whose text holds text: a secret
// that must never be written there.
func (c *cli) draftFilesHolding(text string) []string {
	c.t.Helper()
	files, _ := filepath.Glob(c.path("drafts", "*"))
	var holding []string
	for _, f := range files {
		if b, _ := os.ReadFile(f); strings.Contains(string(b), text) {
			holding = append(holding, f)
		}
	}
	return holding
}

// writeFile writes text to the file rel of c's home, making its folder.
func (c *cli) writeFile(rel, text string) {
	c.t.Helper()
	writeFile(c.t, c.path(rel), text)
}

// removeAll removes the file or folder rel of c's home, as a person
// tidying it by hand would.
func (c *cli) removeAll(rel ...string) {
	c.t.Helper()
	if err := os.RemoveAll(c.path(rel...)); err != nil {
		c.t.Fatal(err)
	}
}

// writeFile writes text to the file path, making its folder.
func writeFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// providerDoc is the path of a recorded document of provider.
func providerDoc(provider string, rel ...string) string {
	return filepath.Join(append([]string{"..", "..", "providers", provider, "testdata"}, rel...)...)
}

// readDoc reads the recorded document rel of provider.
func readDoc(t testing.TB, provider string, rel ...string) []byte {
	t.Helper()
	raw, err := os.ReadFile(providerDoc(provider, rel...))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// eachOfflineProvider calls f with every registered provider built offline
// (no key, no settings), beside its descriptor, in the registry's order.
func eachOfflineProvider(t *testing.T, f func(d agent.Descriptor, p agent.Provider)) {
	t.Helper()
	for _, d := range newRegistry().All() {
		p, err := d.Offline()
		if err != nil {
			t.Fatal(err)
		}
		f(d, p)
	}
}

// descriptor is the descriptor of provider id in the registry the
// commands use.
func descriptor(id string) agent.Descriptor {
	d, _ := newRegistry().Lookup(id)
	return d
}

// newProvider builds provider id from conn, as the commands do.
func newProvider(id string, conn storage.Connection) (agent.Provider, error) {
	if err := newRegistry().Check(id); err != nil {
		return nil, err
	}
	return descriptor(id).New(conn)
}
