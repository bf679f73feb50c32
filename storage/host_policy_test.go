package storage

import (
	"strings"
	"testing"
)

func TestServedHostPolicy(t *testing.T) {
	p, err := ServedHostPolicy(testProviders, []string{"127.0.0.1:8080", "eu.api.example.com", "[::1]:9000"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		provider, url string
		ok            bool
	}{
		{ProviderElevenLabs, "", true},
		{ProviderElevenLabs, "https://api.elevenlabs.io/v1/convai", true},
		{ProviderElevenLabs, "https://API.ElevenLabs.io./v1/convai", true},
		{ProviderElevenLabs, "https://api.elevenlabs.io:443/v1/convai", true},
		{ProviderElevenLabs, "https://api.elevenlabs.io:8443/v1/convai", false},
		{ProviderElevenLabs, "http://api.elevenlabs.io/v1/convai", false},
		{ProviderElevenLabs, "https://api.elevenlabs.io.attacker.example/v1", false},
		{ProviderElevenLabs, "https://attacker.example", false},
		{ProviderElevenLabs, "https://user@attacker.example", false},
		{ProviderNova, "https://api.trillet.ai", false}, // another provider's host
		{ProviderNova, "https://v2-nova-api.prod.czmx.in/api", true},
		{ProviderDasha, "http://127.0.0.1:8081", false},
		{ProviderDasha, "http://127.0.0.1:8080", true},
		{ProviderDasha, "http://127.0.0.2:8080", false},
		{ProviderDasha, "http://localhost:8080", false},
		{ProviderDasha, "http://[::1]:9000", true},
		{ProviderDasha, "http://[::1]:9001", false},
		{ProviderDasha, "http://0.0.0.0:8080", false},
		{ProviderDasha, "https://169.254.169.254", false},
		{ProviderDasha, "https://10.0.0.1", false},
		{ProviderTrillet, "https://eu.api.example.com:4443/x", true},
		{ProviderTrillet, "not a url", false},
	}
	for _, tt := range tests {
		err := p.Check(tt.provider, tt.url)
		if (err == nil) != tt.ok {
			t.Errorf("%s %q: %v, want ok=%v", tt.provider, tt.url, err, tt.ok)
		}
	}
	if err := (HostPolicy{}).Check(ProviderDasha, "http://127.0.0.1:1"); err != nil {
		t.Errorf("the unrestricted policy refused: %v", err)
	}
	err = p.Check(ProviderDasha, "http://127.0.0.1:1")
	if err == nil || !strings.Contains(err.Error(), "the server's own machine") || !strings.Contains(err.Error(), "blackbox.dasha.ai") {
		t.Errorf("loopback refusal: %v", err)
	}
}

func TestServedHostPolicyRefusesWhatIsNotAHost(t *testing.T) {
	for _, bad := range []string{"", "https://api.example.com", "api.example.com/v1", "host:", "host:abc", "user@host", "a b", "[::1"} {
		if _, err := ServedHostPolicy(testProviders, []string{bad}); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
	for _, good := range []string{"api.example.com", "127.0.0.1", "127.0.0.1:8080", "::1", "[::1]:8080", "localhost:9000"} {
		if _, err := ServedHostPolicy(testProviders, []string{good}); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
}
