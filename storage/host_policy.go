package storage

import (
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// HostPolicy says which hosts a provider's base URL may name. The zero
// value allows any (agentdeck on one's own machine: the person choosing the
// URL is the one whose key goes there). `agentdeck serve` uses a restricted
// policy for its visitors' settings: each provider's documented host, plus
// the hosts the server's owner allows. Anything else — the server's own
// loopback addresses, its private network, a visitor's own host — is
// refused, so no visitor can make the server call somewhere of their
// choosing.
type HostPolicy struct {
	restricted bool
	allowed    []allowedHost
	providers  agent.Registry // whose default base URLs are the documented hosts
}

// allowedHost is one host the owner allows; port "" means any port.
type allowedHost struct{ host, port string }

// ServedHostPolicy is the policy of served spaces: the documented hosts
// (each provider's default base URL) and allowed ones, each a name or
// address with an optional :port.
func ServedHostPolicy(providers agent.Registry, allowed []string) (HostPolicy, error) {
	p := HostPolicy{restricted: true, providers: providers}
	for _, a := range allowed {
		h, err := parseAllowedHost(a)
		if err != nil {
			return HostPolicy{}, err
		}
		p.allowed = append(p.allowed, h)
	}
	return p, nil
}

// Restricted reports whether the policy limits hosts at all.
func (p HostPolicy) Restricted() bool { return p.restricted }

// parseAllowedHost reads a host the server's owner allows: a name or an IP
// address, with an optional :port (an IPv6 address with a port in
// brackets), and nothing else.
func parseAllowedHost(raw string) (allowedHost, error) {
	s := strings.TrimSpace(raw)
	bad := fmt.Errorf("%q is not a host; write a name or address, optionally with a port, like api.example.com or 127.0.0.1:8080", raw)
	if s == "" || strings.ContainsAny(s, "/?#@ \t") {
		return allowedHost{}, bad
	}
	host, port := s, ""
	if h, p, err := net.SplitHostPort(s); err == nil {
		host, port = h, p
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return allowedHost{}, bad
		}
	} else if strings.Count(s, ":") == 1 || strings.HasPrefix(s, "[") {
		return allowedHost{}, bad
	}
	if host = normalHost(host); host == "" {
		return allowedHost{}, bad
	}
	return allowedHost{host: host, port: port}, nil
}

// Check says whether providerID's base URL may be rawURL; "" (the
// default) always may.
func (p HostPolicy) Check(providerID, rawURL string) error {
	rawURL = strings.TrimSpace(rawURL)
	if !p.restricted || rawURL == "" {
		return nil
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return fmt.Errorf("the base URL %q is not a web address; leave it empty for the provider's own", rawURL)
	}
	host, port := normalHost(u.Hostname()), u.Port()
	if port == "" {
		port = map[string]string{"https": "443", "http": "80"}[u.Scheme]
	}
	documented, def := "", ""
	if d, ok := p.providers.Lookup(providerID); ok {
		def = d.DefaultBaseURL
	}
	if d, err := url.Parse(def); err == nil {
		documented = normalHost(d.Hostname())
		if u.Scheme == "https" && host == documented && port == "443" {
			return nil
		}
	}
	for _, a := range p.allowed {
		if a.host == host && (a.port == "" || a.port == port) {
			return nil
		}
	}
	if isLoopbackHost(host) {
		return fmt.Errorf("on this server the base URL cannot point at the server's own machine (%s); leave it empty for %s", u.Hostname(), documented)
	}
	return fmt.Errorf("on this server the base URL may only point at %s, or a host the server's owner allows; %q is not one, so leave it empty or ask the owner", documented, u.Host)
}

// normalHost is host in one spelling: lower case, no trailing dot, an IP
// address in its standard form.
func normalHost(host string) string {
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if ip := net.ParseIP(host); ip != nil {
		return ip.String()
	}
	return host
}

func isLoopbackHost(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}
