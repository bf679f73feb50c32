// Command pictures renders the README's pictures of agentdeck's main
// screens from the real program, so they never drift from the code:
//
//	go run ./scripts/pictures            (from the repository's root; needs tmux)
//
// It builds the binary, starts a fake Nova on 127.0.0.1 (the one the tests
// use), makes a few drafts with the command line, pushes one, then drives
// the terminal UI in an 80×24 tmux window — drafts, new-draft wizard,
// editor, review with a change, submit, settings — and writes each screen,
// colours included, as an SVG under docs/pictures/.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/providers/nova/novatest"
)

const (
	width, height = 80, 24
	novaKey       = "nova-pictures-key"
	// novaAddr is where the fake Nova listens when it can, so the address in
	// the review picture is the same on every run (else any free port).
	novaAddr = "127.0.0.1:47311"
)

func main() {
	out := flag.String("out", filepath.Join("docs", "pictures"), "folder for the SVG files, from the repository's root")
	flag.Parse()
	// work from the module's root, wherever the script was started
	gomod, err := exec.CommandContext(context.Background(), "go", "env", "GOMOD").Output()
	check(err)
	check(os.Chdir(filepath.Dir(strings.TrimSpace(string(gomod)))))
	if _, err := exec.LookPath("tmux"); err != nil {
		fail("tmux is not installed (apt-get install tmux); the pictures are taken in a tmux window")
	}
	check(os.MkdirAll(*out, 0o750))
	dir, err := os.MkdirTemp("", "agentdeck-pictures-")
	check(err)
	atExit(func() { _ = os.RemoveAll(dir) })
	s := &session{}
	atExit(s.close)
	defer cleanUp()

	bin := filepath.Join(dir, "agentdeck")
	fmt.Println("building agentdeck…")
	run(nil, "go", "build", "-o", bin, ".")
	env := []string{
		"AGENTDECK_HOME=" + filepath.Join(dir, "home"),
		"AGENTDECK_NOVA_API_KEY=" + novaKey,
		"AGENTDECK_NOVA_BASE_URL=" + startNova(s),
		"AGENTDECK_NOVA_ORG_ID=" + novatest.Org,
	}
	// The list shows the newest edit first, to the second; a second apart,
	// the drafts keep one order on every run, Front desk at the top.
	for i, d := range [][]string{
		{"Support line", "trillet", "support"},
		{"Dental clinic", "dasha", "blank"},
		{"Appointment reminders", "elevenlabs", "reminder"},
		{"Front desk", "nova", "receptionist"},
	} {
		if i > 0 {
			time.Sleep(1100 * time.Millisecond)
		}
		run(env, bin, "new", d[0], "--provider", d[1], "--template", d[2])
	}
	run(env, bin, "push", "Front desk")

	p, err := startPane(filepath.Join(dir, "tmux.sock"), width, height, env, bin+" --theme dark")
	check(err)
	atExit(p.close)
	shoot(p, *out)
	fmt.Println("wrote the pictures to", *out)
}

// shoot walks the screens and saves each one. Each step waits for words the
// screen must show, so a changed screen stops the script instead of
// saving a wrong picture.
func shoot(p *pane, out string) {
	save := func(name, screen string) {
		path := filepath.Join(out, name+".svg")
		check(os.WriteFile(path, []byte(renderSVG(parseScreen(screen, width, height))), 0o600))
		fmt.Println("  " + path)
	}
	save("drafts", p.waitFor("agentdeck › Drafts", "› Front desk", "Support line"))

	p.keys("n")
	p.waitFor("Pick a template")
	p.keys("Enter")
	save("wizard", p.waitFor("Pick a provider", "Dasha BlackBox"))
	p.keys("Escape", "Escape")
	p.waitFor("agentdeck › Drafts", "› Front desk")

	p.keys("Enter")
	p.waitFor("Front desk · Nova", "Greeting & goodbye")
	p.keys("Down", "Down", "Down", "Down", "Down", "Enter")
	save("editor", p.waitFor("Opening the call", "Who speaks first", "Good day"))

	greeting := "Hello, you have reached the front desk. How can I help?"
	p.keys("Tab", "End", "C-u")
	p.typeText(greeting)
	p.waitFor("the front desk. How can I help?", "saved")
	p.keys("C-r")
	save("review", p.waitFor("What a submit changes on Nova", "→ Hello, you have reached"))

	p.keys("s")
	p.waitFor("Submit “Front desk” to Nova?")
	p.keys("Tab", "Enter")
	save("submit", p.waitFor("Updated the agent on Nova.", "Agent id:"))

	p.keys("Escape", "Escape", "Escape")
	p.waitFor("agentdeck › Drafts")
	p.keys("s")
	p.waitFor("agentdeck › Settings", "Organisation id")
	p.keys("t")
	save("settings", p.waitFor("Connected to Nova"))
	p.keys("C-c")
}

// startNova serves the fake Nova, on novaAddr when that port is free, and
// returns its base URL.
func startNova(s *session) string {
	nova := novatest.New(s, novaKey)
	l, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", novaAddr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s is taken (%v); the review picture will show another port\n", novaAddr, err)
		return nova.BaseURL
	}
	srv := &http.Server{Handler: nova, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(os.Stderr, "fake Nova:", err)
		}
	}()
	s.Cleanup(func() { _ = srv.Close() })
	return "http://" + novaAddr + "/api"
}

// run runs a command with the script's environment plus env, and stops the
// script if it fails.
func run(env []string, name string, args ...string) {
	c := exec.CommandContext(context.Background(), name, args...)
	c.Env = append(cleanEnv(), env...)
	if out, err := c.CombinedOutput(); err != nil {
		fail(fmt.Sprintf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out))
	}
}

func check(err error) {
	if err != nil {
		fail(err.Error())
	}
}

// fail says what went wrong, cleans up and stops the script.
func fail(msg string) {
	fmt.Fprintln(os.Stderr, "pictures:", msg)
	cleanUp()
	os.Exit(1)
}

// cleanups is what the script started and must stop or remove, in order.
var cleanups []func()

func atExit(f func()) { cleanups = append(cleanups, f) }

// cleanUp stops the tmux server and the fake and removes the temporary
// folder, last started first.
func cleanUp() {
	for i := len(cleanups) - 1; i >= 0; i-- {
		cleanups[i]()
	}
	cleanups = nil
}
