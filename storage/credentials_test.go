package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"go.yaml.in/yaml/v3"
)

func TestCredentialsKeepKeysOnly(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "config", "credentials.yaml")
	c, err := OpenCredentials(path)
	if err != nil {
		t.Fatal(err)
	}
	ref := agent.NewSecretRef("llm.api_key")
	if err := c.SetAPIKey(ProviderNova, " nova-key-123 "); err != nil {
		t.Fatal(err)
	}
	if err := c.SetSecret(ref, "sk-llm-456"); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("credentials mode %o, want 600", info.Mode().Perm())
	}

	raw, _ := os.ReadFile(path)
	var onDisk map[string]map[string]string
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	if err := dec.Decode(&onDisk); err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]string{
		"api_keys": {"nova": "nova-key-123"},
		"secrets":  {string(ref): "sk-llm-456"},
	}
	if len(onDisk) != len(want) || len(onDisk["api_keys"]) != 1 || len(onDisk["secrets"]) != 1 ||
		onDisk["api_keys"]["nova"] != want["api_keys"]["nova"] || onDisk["secrets"][string(ref)] != want["secrets"][string(ref)] {
		t.Errorf("credentials file holds %v, want exactly %v", onDisk, want)
	}

	again, err := OpenCredentials(path)
	if err != nil {
		t.Fatal(err)
	}
	if again.APIKey(ProviderNova) != "nova-key-123" {
		t.Errorf("key did not survive a reopen")
	}
	if v, ok := again.Secret(ref); !ok || v != "sk-llm-456" {
		t.Errorf("secret = %q, %v", v, ok)
	}
	if err := again.SetAPIKey(ProviderNova, ""); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(path); strings.Contains(string(raw), "nova-key-123") {
		t.Error("a removed key is still in the file")
	}
}

func TestCredentialsKeepOtherProcessesChanges(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "credentials.yaml")
	first, _ := OpenCredentials(path)
	second, _ := OpenCredentials(path)
	if err := first.SetAPIKey(ProviderDasha, "dasha-key"); err != nil {
		t.Fatal(err)
	}
	if err := second.SetAPIKey(ProviderTrillet, "trillet-key"); err != nil {
		t.Fatal(err)
	}
	third, _ := OpenCredentials(path)
	if third.APIKey(ProviderDasha) != "dasha-key" || third.APIKey(ProviderTrillet) != "trillet-key" {
		t.Error("a save by one process dropped a key another had saved")
	}
}

func TestCredentialsErrorsNeverShowKeys(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "credentials.yaml")
	secret := "sk-live-very-secret"
	files := []string{
		"api_keys:\n  nova: [" + secret + "\n",
		"api_keys: " + secret + "\n",
		"api_keys:\n  nova:\n    nested: " + secret + "\n",
		secret + ": x\n",
	}
	for _, content := range files {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := OpenCredentials(path)
		if err == nil {
			t.Errorf("%q was accepted", content)
			continue
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error shows the key: %v", err)
		}
		if !strings.Contains(err.Error(), "fix or remove it") {
			t.Errorf("error does not say what to do: %v", err)
		}
	}
}

func TestSetSecretRefusesPlainNames(t *testing.T) {
	t.Parallel()
	c := newCredentials(t)
	if err := c.SetSecret("llm.api_key", "x"); err == nil {
		t.Error("a value was stored under something that is not a secret reference")
	}
}

func TestNilCredentialsAreEmpty(t *testing.T) {
	t.Parallel()
	var c *Credentials
	if c.APIKey(ProviderNova) != "" {
		t.Error("nil credentials returned a key")
	}
	if _, ok := c.Secret("secret:x#1"); ok {
		t.Error("nil credentials returned a secret")
	}
}

// Issue 13, point 10: a credentials file of older versions (bare values)
// still reads; its entries have no place until bound, a binding is never
// moved, and a bound entry is written with its place.
func TestCredentialsBindOlderEntriesOnce(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "credentials.yaml")
	const ref = agent.SecretRef("secret:webhooks.pre_call.headers.Authorization#0123abcd")
	old := "secrets:\n  \"" + string(ref) + "\": Bearer old-value\n"
	if err := os.WriteFile(path, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := OpenCredentials(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := c.Secret(ref); !ok || v != "Bearer old-value" {
		t.Fatalf("older entry reads as %q, %v", v, ok)
	}
	if _, bound := c.SecretPlace(ref); bound {
		t.Fatal("an older entry has a place")
	}
	home := agent.SecretPlace{Provider: "nova", Path: "precall_webhook.headers.Authorization", Host: "hooks.example"}
	if err := c.BindSecret(ref, home); err != nil {
		t.Fatal(err)
	}
	if err := c.BindSecret(ref, agent.SecretPlace{Provider: "nova", Path: "x", Host: "evil.example"}); err != nil {
		t.Fatal(err)
	}
	again, err := OpenCredentials(path)
	if err != nil {
		t.Fatal(err)
	}
	if p, bound := again.SecretPlace(ref); !bound || p != home {
		t.Errorf("place after binding twice = %+v, %v; want the first, %+v", p, bound, home)
	}
	if v, _ := again.Secret(ref); v != "Bearer old-value" {
		t.Errorf("value after binding = %q", v)
	}
}
