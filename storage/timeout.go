package storage

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// TimeoutEnv is the environment variable that sets how long one request to
// a provider may take before agentdeck gives up on it: a slow link may need
// longer than the default, and tests need much shorter.
const TimeoutEnv = "AGENTDECK_TIMEOUT"

// MinTimeout and MaxTimeout bound AGENTDECK_TIMEOUT. Below a second no real
// provider answers, so every request would fail as "did not answer in
// time" (a "1ns" typo must not read as a dead network); above an hour a
// hung provider would hold a push for longer than anyone waits.
const (
	MinTimeout = time.Second
	MaxTimeout = time.Hour
)

// ParseTimeout reads a request timeout: a Go duration ("45s", "2m",
// "1500ms") or a whole number of seconds ("45"). "" is zero: the default.
// The command line and the terminal UI both refuse what it refuses, with
// its message, before anything else runs.
func ParseTimeout(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if n, err := strconv.Atoi(s); err == nil {
		s = strconv.Itoa(n) + "s"
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < MinTimeout || d > MaxTimeout {
		return 0, fmt.Errorf("%s is %q; give a length of time from 1s to 1h, such as 45s or 2m", TimeoutEnv, s)
	}
	return d, nil
}
