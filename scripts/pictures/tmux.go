package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// pane is the real binary running in a detached tmux window on a tmux
// server of the script's own (its socket in the script's folder).
type pane struct {
	socket        string
	width, height int
}

// waitLimit is how long a screen may take to show what a step waits for;
// tmux offers no event to wait on, so the script polls.
const waitLimit = 20 * time.Second

func startPane(socket string, width, height int, env []string, command string) (*pane, error) {
	p := &pane{socket: socket, width: width, height: height}
	args := []string{"new-session", "-d", "-s", "pictures", "-x", strconv.Itoa(width), "-y", strconv.Itoa(height)}
	for _, kv := range env {
		args = append(args, "-e", kv)
	}
	// The window stays after the program ends, so a failure can be read.
	args = append(args, command+"; echo '[exited]' $?; sleep 600")
	_, err := p.tmux(args...)
	return p, err
}

func (p *pane) tmux(args ...string) (string, error) {
	c := exec.CommandContext(context.Background(), "tmux", append([]string{"-S", p.socket}, args...)...)
	c.Env = cleanEnv()
	out, err := c.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("tmux %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// keys sends tmux key names (Enter, Escape, Down, C-r) or single characters.
func (p *pane) keys(names ...string) {
	for _, k := range names {
		_, err := p.tmux("send-keys", "-t", "pictures", k)
		check(err)
		// one key at a time, as a person types: each is drawn before the next
		time.Sleep(150 * time.Millisecond)
	}
}

// typeText sends text literally.
func (p *pane) typeText(s string) {
	_, err := p.tmux("send-keys", "-t", "pictures", "-l", s)
	check(err)
}

// waitFor polls until the screen shows every one of want and has stopped
// changing, and returns it with its colours (capture-pane -e).
func (p *pane) waitFor(want ...string) string {
	deadline := time.Now().Add(waitLimit)
	last := ""
	for {
		plain, err := p.tmux("capture-pane", "-p", "-t", "pictures")
		check(err)
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(plain, w)
		}
		if ok && plain == last {
			colour, err := p.tmux("capture-pane", "-e", "-p", "-t", "pictures")
			check(err)
			return colour
		}
		last = plain
		if time.Now().After(deadline) {
			fail(fmt.Sprintf("waited for %q; the screen shows:\n%s", want, plain))
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func (p *pane) close() { _, _ = p.tmux("kill-server") }

// cleanEnv is this process's environment without what would change the
// pictures: agentdeck's own settings, NO_COLOR and the terminal's colour
// claims (tmux sets TERM for the program itself).
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "AGENTDECK_") || name == "NO_COLOR" || name == "COLORTERM" || name == "TMUX" {
			continue
		}
		env = append(env, kv)
	}
	return env
}
