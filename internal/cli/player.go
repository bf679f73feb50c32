package cli

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os/exec"
	"strings"

	"github.com/agentdeck/agentdeck/internal/baseurl"
)

// samplePlayer plays a voice's sample (issue 16) with a player the system
// has. Only players that fetch an address themselves are used: agentdeck
// makes no HTTP client of its own for samples (arch_http_test), and the
// providers' client carries the API key, which must never go to the
// sample's host. A system with only file players is told so plainly.
type samplePlayer struct {
	lookPath func(string) (string, error)
	run      func(ctx context.Context, path string, args ...string) error
}

// urlPlayer is a player that plays from an address, quietly and without
// a window; the address comes last, after args.
type urlPlayer struct {
	name string
	args []string
}

// urlPlayers are the players tried, in order.
func urlPlayers() []urlPlayer {
	return []urlPlayer{
		{"mpv", []string{"--no-video", "--really-quiet", "--no-terminal"}},
		{"ffplay", []string{"-nodisp", "-autoexit", "-loglevel", "quiet"}},
		{"cvlc", []string{"--play-and-exit", "--quiet"}},
	}
}

// filePlayers play only files; found alone, they are named in the refusal.
func filePlayers() []string { return []string{"afplay", "paplay", "aplay", "play"} }

func newSamplePlayer() *samplePlayer {
	return &samplePlayer{lookPath: exec.LookPath, run: func(ctx context.Context, path string, args ...string) error {
		cmd := exec.CommandContext(ctx, path, args...) //nolint:gosec // a player found in PATH, given a checked web address
		// The player must not touch the terminal the TUI draws on.
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
		return cmd.Run()
	}}
}

// Play implements ui.SamplePlayer.
func (p *samplePlayer) Play(ctx context.Context, raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && (u.Scheme != "http" || !baseurl.IsLoopback(u.Hostname()))) {
		return "", errors.New("the sample's address is not an https:// web address, so it is not played")
	}
	for _, pl := range urlPlayers() {
		path, err := p.lookPath(pl.name)
		if err != nil {
			continue
		}
		if err := p.run(ctx, path, append(pl.args, u.String())...); err != nil {
			if ctx.Err() != nil {
				return pl.name, fmt.Errorf("%s took too long and was stopped", pl.name)
			}
			return pl.name, fmt.Errorf("%s could not play it (%v)", pl.name, err)
		}
		return pl.name, nil
	}
	var names []string
	for _, pl := range urlPlayers() {
		names = append(names, pl.name)
	}
	for _, name := range filePlayers() {
		if _, err := p.lookPath(name); err == nil {
			return "", fmt.Errorf("%s was found, but it plays only files and agentdeck does not download samples; install %s to hear them", name, strings.Join(names, " or "))
		}
	}
	return "", fmt.Errorf("no sound player was found; install %s to hear samples", strings.Join(names, " or "))
}
