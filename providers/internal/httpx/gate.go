package httpx

import (
	"context"
	"sync"
	"time"
)

// gate is the rate-limit pause every client of one provider account shares
// within this process. When the provider answers 429 with a wait
// (Retry-After, Trillet's reset_at), no request to it leaves before the wait
// is over, whichever client or goroutine sends it: `agentdeck apply` runs
// several pushes at once, and one worker told to slow down must slow them
// all instead of the others walking into the same limit.
type gate struct {
	mu    sync.Mutex
	until time.Time
}

// gates holds one gate per provider and base URL; a process talks to few.
var gates = struct {
	sync.Mutex
	m map[string]*gate
}{m: map[string]*gate{}}

// gateFor is the shared gate of provider at baseURL.
func gateFor(provider, baseURL string) *gate {
	gates.Lock()
	defer gates.Unlock()
	k := provider + " " + baseURL
	g := gates.m[k]
	if g == nil {
		g = &gate{}
		gates.m[k] = g
	}
	return g
}

// pause holds every request back until now+d (a longer pause already set
// stays) and returns the end of the pause now in force.
func (g *gate) pause(now time.Time, d time.Duration) time.Time {
	g.mu.Lock()
	defer g.mu.Unlock()
	if t := now.Add(d); d > 0 && t.After(g.until) {
		g.until = t
	}
	return g.until
}

// release ends the pause that ends at until, once someone has waited it
// out: with the real clock it is over anyway, and with a test's clock
// (whose sleeps return at once) it is as over as the test means it to be.
// A pause lengthened since is left in force.
func (g *gate) release(until time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.until.Equal(until) {
		g.until = time.Time{}
	}
}

// wait returns once the pause is over, or ctx's error. sleep is the
// client's (tests replace it, so a pause of a minute passes at once).
func (g *gate) wait(ctx context.Context, sleep func(context.Context, time.Duration) error) error {
	for {
		g.mu.Lock()
		until := g.until
		g.mu.Unlock()
		d := time.Until(until)
		if until.IsZero() || d <= 0 {
			return ctx.Err()
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
		g.release(until)
	}
}
