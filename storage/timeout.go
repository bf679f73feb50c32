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

// ParseTimeout reads a request timeout: a Go duration ("45s", "2m",
// "500ms") or a whole number of seconds ("45"). "" is zero: the default.
func ParseTimeout(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if n, err := strconv.Atoi(s); err == nil {
		s = strconv.Itoa(n) + "s"
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 || d > time.Hour {
		return 0, fmt.Errorf("%s is %q; give a length of time from 1ms to 1h, such as 45s or 2m", TimeoutEnv, s)
	}
	return d, nil
}
