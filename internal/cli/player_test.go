package cli

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// Issue 16: a voice's sample plays with a player that fetches the address
// itself; with none, the person is told plainly what to install.
func TestSamplePlayerPicksAPlayerOrSaysWhatIsMissing(t *testing.T) {
	t.Parallel()
	have := func(names ...string) func(string) (string, error) {
		return func(n string) (string, error) {
			for _, h := range names {
				if h == n {
					return "/usr/bin/" + n, nil
				}
			}
			return "", errors.New("not found")
		}
	}
	var ran []string
	run := func(_ context.Context, path string, args ...string) error {
		ran = append([]string{path}, args...)
		return nil
	}
	const sample = "https://storage.example/voices/rachel.mp3"

	p := &samplePlayer{lookPath: have("aplay", "ffplay"), run: run}
	used, err := p.Play(context.Background(), sample)
	if err != nil || used != "ffplay" || ran[0] != "/usr/bin/ffplay" || ran[len(ran)-1] != sample {
		t.Fatalf("played with %q (%v), ran %v", used, err, ran)
	}

	ran = nil
	p = &samplePlayer{lookPath: have("paplay"), run: run}
	if _, err := p.Play(context.Background(), sample); err == nil || !strings.Contains(err.Error(), "paplay was found, but it plays only files") || ran != nil {
		t.Errorf("a file player only: %v (ran %v)", err, ran)
	}
	p = &samplePlayer{lookPath: have(), run: run}
	if _, err := p.Play(context.Background(), sample); err == nil || !strings.Contains(err.Error(), "no sound player was found; install mpv or ffplay or cvlc") {
		t.Errorf("no player: %v", err)
	}
	p = &samplePlayer{lookPath: have("mpv"), run: run}
	for _, bad := range []string{"http://evil.example/x.mp3", "file:///etc/passwd", "--script=x"} {
		if _, err := p.Play(context.Background(), bad); err == nil || ran != nil {
			t.Errorf("%q was played (%v)", bad, err)
		}
	}
}
