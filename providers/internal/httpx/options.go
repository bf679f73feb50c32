package httpx

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Options holds the connection settings every provider's With… options set:
// where the API is, the HTTP client, the per-attempt timeout, how often to
// retry, and the waits tests replace. A provider's own options struct embeds
// it, its WithBaseURL, WithHTTPClient, WithTimeout and WithMaxRetries call the
// Set methods, and New hands it to the HTTP layer with Apply, so all four
// providers check these arguments the same way.
type Options struct {
	BaseURL    string
	HTTPClient *http.Client
	Timeout    time.Duration
	// MaxRetries has Config.MaxRetries' meaning: 0 is DefaultMaxRetries and
	// a negative number is none, so an untouched Options retries as usual.
	MaxRetries int
	// KeySource says where the API key came from ("AGENTDECK_NOVA_API_KEY",
	// "the credentials file"), so a malformed key is named with its place.
	KeySource string
	// AuthStyle is how the key travels, for a provider that offers more than
	// one way (see WithAuthStyle); the provider reads it in New.
	AuthStyle string
	// Sleep and Jitter replace the real waits between attempts; only tests
	// set them.
	Sleep  func(ctx context.Context, d time.Duration) error
	Jitter func(d time.Duration) time.Duration
}

// SetBaseURL accepts an address CheckBaseURL accepts.
func (o *Options) SetBaseURL(raw string) error {
	if _, err := CheckBaseURL(raw); err != nil {
		return err
	}
	o.BaseURL = raw
	return nil
}

// SetHTTPClient refuses a nil client, which would fail only at the first call.
func (o *Options) SetHTTPClient(c *http.Client) error {
	if c == nil {
		return errors.New("the HTTP client is missing")
	}
	o.HTTPClient = c
	return nil
}

// SetTimeout accepts a per-attempt timeout longer than zero.
func (o *Options) SetTimeout(d time.Duration) error {
	if d <= 0 {
		return fmt.Errorf("the timeout must be more than zero, not %s", d)
	}
	o.Timeout = d
	return nil
}

// SetMaxRetries accepts from 0 (never try again) to 10 retries.
func (o *Options) SetMaxRetries(n int) error {
	if n < 0 || n > 10 {
		return fmt.Errorf("the number of retries must be from 0 to 10, not %d", n)
	}
	o.MaxRetries = n
	if n == 0 {
		o.MaxRetries = -1 // Config reads 0 as "the default"
	}
	return nil
}

// Apply returns cfg with o's settings in it; cfg carries what is the
// provider's own (id, auth, secrets, error decoding).
func (o Options) Apply(cfg Config) Config {
	cfg.BaseURL = o.BaseURL
	cfg.HTTPClient = o.HTTPClient
	cfg.Timeout = o.Timeout
	cfg.MaxRetries = o.MaxRetries
	cfg.KeySource = o.KeySource
	cfg.Sleep = o.Sleep
	cfg.Jitter = o.Jitter
	return cfg
}

// PickAuthStyle checks an auth style, the way a provider's key travels: ""
// picks def, and any other value must be def or one of others. provider is
// the name people know (Nova, ElevenLabs), for the error.
func PickAuthStyle(provider, style, def string, others ...string) (string, error) {
	if style == "" || style == def {
		return def, nil
	}
	for _, o := range others {
		if style == o {
			return o, nil
		}
	}
	choices := strings.Join(append([]string{def}, others...), " or ")
	return "", fmt.Errorf("the %s auth style %q is unknown; choose %s", provider, style, choices)
}
