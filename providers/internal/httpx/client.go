package httpx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Client sends requests to one provider.
type Client struct {
	cfg  Config
	base *url.URL
	gate *gate // the rate-limit pause shared with other clients of this account
}

// New checks cfg and returns a client.
func New(cfg Config) (*Client, error) {
	if cfg.Provider == "" {
		return nil, errors.New("httpx: provider id is required")
	}
	base, err := CheckBaseURL(cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	cfg.HTTPClient = NewHTTPClient(cfg.HTTPClient)
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = DefaultMaxRetries
	}
	if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.Sleep == nil {
		cfg.Sleep = Sleep
	}
	if cfg.Jitter == nil {
		cfg.Jitter = func(d time.Duration) time.Duration {
			if d <= 0 {
				return 0
			}
			return rand.N(d) //nolint:gosec // G404: jitter only spreads retries out; nothing depends on guessing it
		}
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "agentdeck"
	}
	return &Client{cfg: cfg, base: base, gate: gateFor(cfg.Provider, base.String())}, nil
}

// URL returns the full address of a resource path, for display and requests.
func (c *Client) URL(path string) string {
	return strings.TrimRight(c.base.String(), "/") + path
}

// URLUp is URL with the base's last up path segments dropped first, for
// resources that sit beside the base rather than under it (ElevenLabs'
// voices, at …/v2/voices beside the agents base …/v1/convai). It stays on
// the base's scheme, host and port, and keeps the rest of its path, so a
// changed base URL moves these resources with it; false when the base has
// fewer segments than up.
func (c *Client) URLUp(up int, path string) (string, bool) {
	segs := strings.Split(strings.Trim(c.base.Path, "/"), "/")
	if segs[0] == "" {
		segs = nil
	}
	if up < 0 || up > len(segs) {
		return "", false
	}
	u := *c.base
	u.Path, u.RawPath = "", ""
	if kept := segs[:len(segs)-up]; len(kept) > 0 {
		u.Path = "/" + strings.Join(kept, "/")
	}
	u.RawQuery, u.Fragment = "", ""
	return strings.TrimRight(u.String(), "/") + path, true
}

// Call is one API call.
type Call struct {
	Op     string // create, update, get, list: used in errors
	Method string
	Path   string // appended to the base URL, e.g. "/agents/abc"
	// Up drops that many trailing segments of the base URL's path before
	// Path is appended (see URLUp); 0 for resources under the base.
	Up    int
	Query url.Values
	Body  []byte // JSON; nil for none
	// Create marks a call that makes something new. It is never repeated
	// once it may have reached the provider; an unclear outcome is reported
	// as agent.ErrAmbiguous.
	Create bool
}

// Do sends call, retrying as DESIGN.md §6 says, and returns the response body
// of a 2xx answer. Every other outcome is an *agent.ProviderError.
func (c *Client) Do(ctx context.Context, call Call) ([]byte, error) {
	var last *agent.ProviderError
	for attempt := 0; ; attempt++ {
		if err := c.gate.wait(ctx, c.cfg.Sleep); err != nil {
			if last == nil {
				last = c.fail(call, agent.ErrRateLimited, http.StatusTooManyRequests, "cancelled while waiting out the provider's rate limit", err)
			}
			return nil, last
		}
		body, wait, err := c.attempt(ctx, call)
		if err == nil {
			return body, nil
		}
		last = err
		if wait == 0 {
			wait = c.backoff(attempt)
		}
		var until time.Time
		if err.Status == http.StatusTooManyRequests && c.cfg.MaxRetries > 0 {
			// Every request to this provider holds back, not only this one,
			// and a request that gives up here leaves the pause for the next;
			// for no longer than agentdeck waits out at all. A client told
			// never to retry (a fail-fast check) holds no one back.
			until = c.gate.pause(time.Now(), min(wait, MaxRetryAfter))
			// Another worker's longer pause is waited out in full.
			wait = max(wait, time.Until(until))
		}
		if wait < 0 || attempt >= c.cfg.MaxRetries || ctx.Err() != nil {
			return nil, last
		}
		if wait > MaxRetryAfter {
			last.Message = fmt.Sprintf("%s; the provider asks to wait %s before trying again", last.Message, wait.Round(time.Second))
			return nil, last
		}
		if serr := c.cfg.Sleep(ctx, wait); serr != nil {
			return nil, last
		}
		if !until.IsZero() {
			c.gate.release(until)
		}
	}
}

func (c *Client) backoff(attempt int) time.Duration {
	d := 500 * time.Millisecond << attempt
	if d > 8*time.Second {
		d = 8 * time.Second
	}
	return d/2 + c.cfg.Jitter(d/2)
}

// attempt makes one try. wait < 0 means do not retry; 0 means retry after the
// usual backoff; > 0 means retry after exactly that long.
func (c *Client) attempt(ctx context.Context, call Call) ([]byte, time.Duration, *agent.ProviderError) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	u := c.URL(call.Path)
	if call.Up != 0 {
		var ok bool
		if u, ok = c.URLUp(call.Up, call.Path); !ok {
			return nil, -1, c.fail(call, agent.ErrInvalid, 0, "the base URL is too short to find this list beside it; set the base URL the provider documents", nil)
		}
	}
	if len(call.Query) > 0 {
		u += "?" + call.Query.Encode()
	}
	var rdr io.Reader
	if call.Body != nil {
		rdr = bytes.NewReader(call.Body)
	}
	req, err := http.NewRequestWithContext(ctx, call.Method, u, rdr)
	if err != nil {
		return nil, -1, c.fail(call, agent.ErrInvalid, 0, "the request could not be built", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	if call.Body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.cfg.Auth != nil {
		c.cfg.Auth(req.Header)
		if perr := c.checkAuthHeaders(call, req.Header); perr != nil {
			return nil, -1, perr
		}
	}
	var sent atomic.Bool
	req = req.WithContext(withSentTrace(req.Context(), &sent))
	resp, err := c.cfg.HTTPClient.Do(req)
	var redirect *redirectError
	if errors.As(err, &redirect) {
		return nil, -1, c.redirected(call, redirect)
	}
	if err != nil {
		return nil, c.networkWait(call, sent.Load()), c.networkError(ctx, call, sent.Load(), err)
	}
	defer func() { _ = resp.Body.Close() }() // read to the end or abandoned: a failed close loses nothing
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		body, err := jsondoc.ReadAll(resp.Body)
		if err == nil {
			// Every answer is checked against the one size and depth limit
			// before anything parses it.
			err = jsondoc.Check(body)
		}
		switch {
		case err != nil && !jsondoc.IsLimit(err):
			return nil, c.networkWait(call, true), c.networkError(ctx, call, true, err)
		case err != nil && call.Create:
			// The provider said yes, so the agent exists; only its id was
			// lost. Reporting a clear failure would let the next push make a
			// second one.
			return nil, -1, c.fail(call, agent.ErrAmbiguous, resp.StatusCode,
				"the provider's answer was "+tooWhat(err)+" to read; the agent may have been created, so the next push checks the provider's list before creating", nil)
		case err != nil:
			return nil, -1, c.fail(call, agent.ErrUnreadable, resp.StatusCode, "the provider's answer was "+tooWhat(err)+" to read", nil)
		}
		return body, 0, nil
	}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	perr := c.statusError(call, resp, body)
	return nil, c.statusWait(call, resp, body), perr
}

// checkAuthHeaders refuses a key (or id) that cannot travel in a header:
// Go's client would fail the request before sending it with an error that
// reads as "could not be reached", sending people to check their network
// instead of the key they pasted.
func (c *Client) checkAuthHeaders(call Call, h http.Header) *agent.ProviderError {
	for _, values := range h {
		for _, v := range values {
			if strings.IndexFunc(v, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }) < 0 {
				continue
			}
			where := ""
			if c.cfg.KeySource != "" {
				where = " (from " + c.cfg.KeySource + ")"
			}
			e := c.fail(call, agent.ErrUnauthorized, 0, "the API key"+where+
				" has a line break or another control character inside it, so agentdeck sent nothing; copy the key again and set it as one line", nil)
			e.Err = agent.ErrMalformedKey
			return e
		}
	}
	return nil
}

// networkWait decides whether a failed attempt that got no answer may be
// repeated: always when nothing was sent, never for a create that was sent.
func (c *Client) networkWait(call Call, sent bool) time.Duration {
	if call.Create && sent {
		return -1
	}
	return 0
}

func (c *Client) statusWait(call Call, resp *http.Response, body []byte) time.Duration {
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			return d
		}
		if c.cfg.RetryAfter != nil {
			if d := c.cfg.RetryAfter(body, time.Now()); d > 0 {
				return d
			}
		}
		return 0
	case resp.StatusCode >= 500 && !call.Create:
		return 0
	default:
		return -1
	}
}

func (c *Client) networkError(ctx context.Context, call Call, sent bool, err error) *agent.ProviderError {
	msg := "the provider could not be reached; check your connection and try again"
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		msg = "the provider did not answer in time; try again"
	}
	if errors.Is(err, context.Canceled) {
		msg = "cancelled"
	}
	kind := agent.ErrUnavailable
	if call.Create && sent {
		kind = agent.ErrAmbiguous
		msg += "; the agent may have been created, so the next push checks the provider's list before creating"
	}
	return c.fail(call, kind, 0, msg, err)
}

// redirected is the error of a redirect to another address, which was not
// followed. A create answered 307 or 308 was not acted on (those say "send
// it there instead"); other redirects of a create may follow a create that
// happened, so that one is ambiguous.
func (c *Client) redirected(call Call, r *redirectError) *agent.ProviderError {
	e := c.fail(call, agent.ErrRedirected, r.status, r.Error(), nil)
	if call.Create && r.status != http.StatusTemporaryRedirect && r.status != http.StatusPermanentRedirect {
		e.Kind = agent.ErrAmbiguous
		e.Message += "; the agent may have been created, so the next push checks the provider's list before creating"
		c.redact(e)
	}
	return e
}

func (c *Client) statusError(call Call, resp *http.Response, body []byte) *agent.ProviderError {
	kind := kindFor(resp.StatusCode)
	if call.Create && resp.StatusCode >= 500 {
		kind = agent.ErrAmbiguous
	}
	e := c.fail(call, kind, resp.StatusCode, "", nil)
	for _, h := range []string{"X-Request-Id", "Request-Id", "X-Amzn-Requestid", "Cf-Ray"} {
		if v := resp.Header.Get(h); v != "" {
			e.RequestID = v
			break
		}
	}
	if c.cfg.DecodeError != nil && len(body) > 0 {
		c.cfg.DecodeError(e, body)
	}
	if e.Message == "" {
		// A body of a shape the decoder does not know still carries the
		// provider's own words; they say more than the status does.
		e.Message = someMessage(body)
	}
	if e.Message == "" {
		e.Message = plainStatus(resp.StatusCode)
	}
	if kind == agent.ErrAmbiguous {
		e.Message += "; the agent may have been created, so the next push checks the provider's list before creating"
	}
	c.redact(e)
	return e
}

func (c *Client) fail(call Call, kind error, status int, msg string, cause error) *agent.ProviderError {
	e := &agent.ProviderError{Provider: c.cfg.Provider, Op: call.Op, Kind: kind, Status: status, Message: msg}
	if cause != nil {
		e.Err = redactedError{c.redactText(cause.Error())}
	}
	c.redact(e)
	return e
}

func (c *Client) redact(e *agent.ProviderError) {
	e.Message = plainLine(c.redactText(e.Message))
	e.Code = plainLine(c.redactText(e.Code))
	for i := range e.Fields {
		e.Fields[i].Message = plainLine(c.redactText(e.Fields[i].Message))
		e.Fields[i].Loc = plainLine(e.Fields[i].Loc)
		e.Fields[i].Path = plainLine(e.Fields[i].Path)
	}
}

func (c *Client) redactText(s string) string {
	for _, secret := range c.cfg.Secrets {
		if len(secret) >= 4 {
			s = strings.ReplaceAll(s, secret, agent.Masked)
		}
	}
	return s
}

// redactedError keeps a cause's text, with secrets removed, without holding
// the original error (which may carry a URL or header).
type redactedError struct{ text string }

func (e redactedError) Error() string { return e.text }

// tooWhat says which limit an answer went over, for the error message.
func tooWhat(err error) string {
	switch {
	case errors.Is(err, jsondoc.ErrTooDeep):
		return "nested too deeply"
	case errors.Is(err, jsondoc.ErrHugeNumber):
		return "holding a number too large"
	}
	return "too large"
}
