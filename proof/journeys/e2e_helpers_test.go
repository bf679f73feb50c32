package journeys

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/sshtest"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/agentdeck/agentdeck/ui"
)

// agentdeckPackage is the command the journeys build: the module root.
const agentdeckPackage = "github.com/agentdeck/agentdeck"

// buildAgentdeck builds the binary with the offline test providers
// (-tags tuitest), so the wizard and editor work with no network.
func buildAgentdeck(t *testing.T) string {
	t.Helper()
	return buildWith(t, "-tags", "tuitest")
}

// buildWith builds the binary into a fresh folder with more go build
// flags, and returns its path.
func buildWith(t *testing.T, flags ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "agentdeck")
	args := append(append([]string{"build"}, flags...), "-o", bin, agentdeckPackage)
	if out, err := exec.CommandContext(t.Context(), "go", args...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// novaDesk is the real binary set up against a fake Nova served on
// 127.0.0.1, with the key in the environment and one draft, "Front desk"
// from the receptionist template, made by `agentdeck new`.
type novaDesk struct {
	bin, home, id string
	env           []string
	fake          *novatest.Server
}

func newNovaDesk(t *testing.T) *novaDesk {
	t.Helper()
	n := &novaDesk{bin: buildWith(t), home: filepath.Join(t.TempDir(), "home"), fake: novatest.New(t, novaKey)}
	n.env = []string{
		"AGENTDECK_HOME=" + n.home,
		"AGENTDECK_NOVA_API_KEY=" + novaKey,
		"AGENTDECK_NOVA_BASE_URL=" + n.fake.BaseURL,
		"AGENTDECK_NOVA_ORG_ID=" + novatest.Org,
	}
	n.id = n.run(t, "new", "Front desk", "--provider", "nova", "--template", "receptionist")
	return n
}

// run runs agentdeck with args in the desk's environment and returns what
// it printed, trimmed.
func (n *novaDesk) run(t *testing.T, args ...string) string {
	t.Helper()
	c := exec.CommandContext(t.Context(), n.bin, args...)
	c.Env = append(os.Environ(), n.env...)
	out, err := c.Output()
	if err != nil {
		t.Fatalf("agentdeck %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

// pollFor reads until the text holds every one of want, and returns it;
// what names what is read in the failure. The limit is a fail-safe, not a
// guess at timing: the programs read here offer no event to wait on.
func pollFor(t *testing.T, what string, read func() string, want ...string) string {
	t.Helper()
	deadline := time.Now().Add(sshtest.WaitLimit)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		got := read()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(got, w)
		}
		if ok {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited for %q; %s shows:\n%s", want, what, got)
		}
		<-tick.C
	}
}

// file is the path of the desk's draft file.
func (n *novaDesk) file() string { return filepath.Join(n.home, "drafts", n.id+".yaml") }

// keyBytes is what a terminal sends for the first key of b, so tests
// follow the KeyMap rather than spelling keys out.
// toDraftName goes from the drafts list to the wizard's name step, taking
// the first template and provider, waiting on out for each screen.
func toDraftName(t *testing.T, out *sshtest.Stream, send func(string)) {
	t.Helper()
	send(keyBytes(t, ui.DefaultKeyMap().Drafts.New))
	out.WaitFor(t, "Pick a template")
	send("\r")
	out.WaitFor(t, "Pick a provider")
	send("\r")
	out.WaitFor(t, "Name your draft")
}

func keyBytes(t *testing.T, b key.Binding) string {
	t.Helper()
	k := b.Keys()[0]
	switch k {
	case "enter":
		return "\r"
	case "esc":
		return "\x1b"
	case "tab":
		return "\t"
	case "up":
		return "\x1b[A"
	case "down":
		return "\x1b[B"
	case "right":
		return "\x1b[C"
	case "left":
		return "\x1b[D"
	}
	if strings.HasPrefix(k, "ctrl+") && len(k) == len("ctrl+")+1 {
		return string(rune(k[len(k)-1] - 'a' + 1))
	}
	if len([]rune(k)) == 1 {
		return k
	}
	t.Fatalf("no bytes known for key %q", k)
	return ""
}

// clientKey makes an SSH key pair and writes the private half where the
// OpenSSH client can use it (0600).
func clientKey(t *testing.T, dir, name string) (gossh.Signer, string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, name)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return signer, path
}

// serveProcess is `agentdeck serve` running as its own process.
type serveProcess struct {
	cmd     *exec.Cmd
	home    string
	addr    string
	hostKey gossh.PublicKey
	log     *sshtest.Stream
	exited  chan error
}

// listeningAt finds the address in the log; the space after it shows the
// address arrived whole (a pipe may split a line between reads).
var listeningAt = regexp.MustCompile(`msg=listening address=(\S+) `)

// startServe runs `agentdeck serve` on a free loopback port with home as
// AGENTDECK_HOME, whose authorized_keys holds lines.
func startServe(t *testing.T, bin, home string, env []string, lines ...string) *serveProcess {
	t.Helper()
	return startServeWith(t, bin, home, env, nil, lines...)
}

// startServeWith is startServe with more flags for serve.
func startServeWith(t *testing.T, bin, home string, env, flags []string, lines ...string) *serveProcess {
	t.Helper()
	if err := os.WriteFile(filepath.Join(home, "authorized_keys"), []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := &serveProcess{home: home, log: sshtest.NewStream(nil), exited: make(chan error, 1)}
	p.cmd = exec.CommandContext(t.Context(), bin, append([]string{"serve", "--listen", "127.0.0.1:0"}, flags...)...)
	p.cmd.Env = append([]string{"AGENTDECK_HOME=" + home, "PATH=" + os.Getenv("PATH")}, env...)
	p.cmd.Stderr = p.log
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exited <- p.cmd.Wait(); p.log.Close() }()
	t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		<-p.log.Done()
	})
	text := p.log.WaitUntil(t, "the listening address in the log", listeningAt.MatchString)
	p.addr = listeningAt.FindStringSubmatch(text)[1]
	pem, err := os.ReadFile(filepath.Join(home, "ssh_host_ed25519"))
	if err != nil {
		t.Fatal(err)
	}
	hostKey, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		t.Fatal(err)
	}
	p.hostKey = hostKey.PublicKey()
	return p
}

// login logs in with signer.
func (p *serveProcess) login(t *testing.T, signer gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := sshtest.Dial(p.addr, p.hostKey, gossh.PublicKeys(signer))
	if err != nil {
		t.Fatalf("login refused: %v\n%s", err, p.log.String())
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// terminate sends SIGTERM and returns the exit code.
func (p *serveProcess) terminate(t *testing.T) int {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-p.exited:
		if exit, ok := err.(*exec.ExitError); ok {
			return exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(sshtest.WaitLimit):
		t.Fatalf("agentdeck serve did not stop on SIGTERM:\n%s", p.log.String())
	}
	return -1
}

// joined is the draft files' contents as one text, for searching.
func joined(files map[string]string) string {
	var b bytes.Buffer
	for _, f := range files {
		b.WriteString(f)
	}
	return b.String()
}

// The exit codes the shell sees (DESIGN.md §5).
const (
	exitOK      = 0 // success
	exitFailure = 1 // validation, provider error, conflict, …
	exitUsage   = 2 // wrong usage: unknown command or flag, missing argument
)

// novaKey is the API key the journeys give the fake Nova.
const novaKey = "nova-cli-test-FAKE-0000"

// dashaHome is a fresh agentdeck home whose Dasha account is a fake server:
// the environment to run the binary in, and the fake.
func dashaHome(t *testing.T) ([]string, *dashatest.Fake) {
	t.Helper()
	const key = "dasha-test-key-0001"
	fake := dashatest.New(t, key)
	return []string{
		"AGENTDECK_HOME=" + filepath.Join(t.TempDir(), "home"),
		"AGENTDECK_DASHA_API_KEY=" + key,
		"AGENTDECK_DASHA_BASE_URL=" + fake.URL(),
	}, fake
}

// runBinary runs the built binary with args and env added to this
// process's environment, and returns its trimmed output; a failure fails
// the test.
func runBinary(t *testing.T, bin string, env []string, args ...string) string {
	t.Helper()
	code, out, errOut := runExit(t, bin, env, args...)
	if code != 0 {
		t.Fatalf("agentdeck %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return strings.TrimSpace(out)
}

// runExit runs the built binary with args and env added to this process's
// environment, and returns its exit code, stdout and stderr; only a binary
// that cannot run fails the test.
func runExit(t *testing.T, bin string, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	c := exec.CommandContext(t.Context(), bin, args...)
	c.Env = append(os.Environ(), env...)
	var out, errOut strings.Builder
	c.Stdout, c.Stderr = &out, &errOut
	err := c.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("agentdeck %s: %v", strings.Join(args, " "), err)
	}
	return code, out.String(), errOut.String()
}
