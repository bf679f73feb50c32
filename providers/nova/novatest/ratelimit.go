package novatest

import (
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// LimitRate makes the fake answer requests past n in a window of per with
// 429 and a Retry-After header (Nova's Stainless clients honour it), as a
// rate-limited account does; n <= 0 lifts the limit.
func (s *Server) LimitRate(n int, per time.Duration) {
	s.RateLimit(n, per, func(reset time.Time) fakeapi.Fault {
		return fakeapi.RetryAfter(reset, Detail("Rate limit exceeded"))
	})
}
