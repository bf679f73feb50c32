package httpx

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// maxRedirects is how many same-address redirects one request follows,
// as many as Go's own client does.
const maxRedirects = 10

// NewHTTPClient is the one place an *http.Client for a provider is made.
// It copies given (nil means a plain client with a backstop timeout) and
// always sets agentdeck's redirect rule, so a client handed in through a
// provider's WithHTTPClient cannot follow redirects its own way: a redirect
// is followed only to the same scheme, host and port, since anything else
// would carry the API key, the workspace id and the body (secrets filled
// in) to an address the person never chose, or past the https rule.
// TestProviderCallsUseOneHTTPClient (arch_test.go) holds every package to it.
func NewHTTPClient(given *http.Client) *http.Client {
	c := &http.Client{Timeout: backstopTimeout}
	if given != nil {
		c.Transport = given.Transport
		c.Jar = given.Jar
		c.Timeout = given.Timeout
	}
	c.CheckRedirect = sameOrigin
	return c
}

// redirectError is a redirect agentdeck refused to follow.
type redirectError struct {
	host   string // where the provider wanted to send agentdeck
	status int    // the redirecting answer's status
}

func (e *redirectError) Error() string {
	return fmt.Sprintf("the provider tried to send agentdeck on to %s; agentdeck sent nothing there, since it follows redirects only within the address you set (change the base URL if the provider has moved)", e.host)
}

var errTooManyRedirects = errors.New("the provider redirected more than 10 times")

// sameOrigin is the client's CheckRedirect: the next request must go to the
// scheme, host and port of the first one.
func sameOrigin(req *http.Request, via []*http.Request) error {
	if len(via) == 0 {
		return nil
	}
	first := via[0].URL
	if !strings.EqualFold(req.URL.Scheme, first.Scheme) || !sameHostPort(req.URL.Scheme, req.URL.Host, first.Scheme, first.Host) {
		e := &redirectError{host: shownHost(req.URL.Scheme, req.URL.Host)}
		if req.Response != nil {
			e.status = req.Response.StatusCode
		}
		return e
	}
	if len(via) >= maxRedirects {
		return errTooManyRedirects
	}
	return nil
}

func sameHostPort(schemeA, hostA, schemeB, hostB string) bool {
	ha, pa := splitHostPort(schemeA, hostA)
	hb, pb := splitHostPort(schemeB, hostB)
	return strings.EqualFold(ha, hb) && pa == pb
}

// splitHostPort fills in the scheme's default port, so that
// https://api.example.com and https://api.example.com:443 are one address.
func splitHostPort(scheme, hostport string) (host, port string) {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = strings.Trim(hostport, "[]"), ""
	}
	if port == "" {
		switch strings.ToLower(scheme) {
		case "https":
			port = "443"
		case "http":
			port = "80"
		}
	}
	return strings.TrimSuffix(host, "."), port
}

// shownHost is the address a refused redirect names: scheme and host, so a
// downgrade to http:// on the same host reads as what it is.
func shownHost(scheme, host string) string {
	if host == "" {
		host = "an address with no host"
	}
	return strings.ToLower(scheme) + "://" + host
}
