// Package baseurl holds the one rule for a provider's base URL, which the
// providers' HTTP layer and the settings screen both apply: https://, and
// plain http:// only on this machine, so an API key never crosses a network
// in clear text (DESIGN.md §3).
package baseurl

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Check accepts https:// addresses, and http:// only for loopback hosts;
// a trailing slash is dropped.
func Check(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("the base URL %q is not a full web address; use one like https://api.example.com", raw)
	}
	switch u.Scheme {
	case "https":
		return u, nil
	case "http":
		if IsLoopback(u.Hostname()) {
			return u, nil
		}
		return nil, fmt.Errorf("the base URL %q uses http://, which would send your API key unencrypted; use https:// (http:// is allowed only for localhost)", raw)
	default:
		return nil, fmt.Errorf("the base URL %q must start with https://", raw)
	}
}

// IsLoopback reports whether host is this machine: localhost or a loopback
// address.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
