package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"

	"github.com/agentdeck/agentdeck/server"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// servedDeps is what a session of the served space at dir works with, on
// a server whose own environment is empty and whose operator allowed the
// hosts allow besides each provider's own (serve --allow-host).
func servedDeps(t *testing.T, dir string, allow ...string) ui.Deps {
	t.Helper()
	a := &app{providers: newRegistry(), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	hosts, err := storage.ServedHostPolicy(newRegistry(), allow)
	if err != nil {
		t.Fatal(err)
	}
	deps, err := a.sessionDeps(server.Session{Space: "alice", Dir: dir, Term: "xterm"}, "", hosts)
	if err != nil {
		t.Fatal(err)
	}
	return deps
}

// TestServedSpacesReachOnlyDocumentedOrAllowedHosts: a visitor's settings
// naming the server's own machine (or any host but the provider's) are
// refused before a request is made, and on the settings screen before they
// are saved; the operator's --allow-host lets one through.
func TestServedSpacesReachOnlyDocumentedOrAllowedHosts(t *testing.T) {
	t.Parallel()
	fake, hits := clitest.CountingServer(t)
	spaceDir := t.TempDir()
	clitest.WriteSpace(t, spaceDir, "dasha", fake.URL)
	deps := servedDeps(t, spaceDir)
	if _, err := deps.Providers.Get("dasha"); err == nil || !strings.Contains(err.Error(), "the server's own machine") {
		t.Errorf("a served space's provider pointing at 127.0.0.1 was built: %v", err)
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("%d requests reached 127.0.0.1", n)
	}

	fields, err := deps.Settings.ProviderSettings("dasha")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fields {
		if f.Key != keyBaseURL {
			continue
		}
		if f.Check == nil || f.Check("https://attacker.example") == nil || f.Check("http://127.0.0.1:1") == nil {
			t.Error("the base URL field lets another host through")
		}
		if f.Check != nil && (f.Check("") != nil || f.Check("https://blackbox.dasha.ai") != nil) {
			t.Error("the base URL field refuses the provider's own host")
		}
	}
	before, _ := os.ReadFile(filepath.Join(spaceDir, "settings.yaml"))
	err = deps.Settings.SaveProviderSettings("dasha", map[string]string{keyBaseURL: "https://attacker.example/v1"})
	if err == nil || !strings.Contains(err.Error(), "blackbox.dasha.ai") {
		t.Errorf("saving another host: %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(spaceDir, "settings.yaml")); string(after) != string(before) {
		t.Errorf("the refused base URL was saved:\n%s", after)
	}

	// The operator allows the stand-in's address: now it is reached.
	deps = servedDeps(t, spaceDir, fake.Listener.Addr().String())
	p, err := deps.Providers.Get("dasha")
	if err != nil {
		t.Fatalf("the allowed host was refused: %v", err)
	}
	_, _ = p.List(context.Background())
	if hits.Load() == 0 {
		t.Error("no request reached the allowed host")
	}

	// On one's own machine any base URL the person sets is theirs to set.
	local := &connections{providers: newRegistry(), getenv: func(string) string { return "" }, settingsFile: filepath.Join(spaceDir, "settings.yaml")}
	if _, err := local.connection("dasha"); err != nil {
		t.Errorf("the local policy refused 127.0.0.1: %v", err)
	}
}
