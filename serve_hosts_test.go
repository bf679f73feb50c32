package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/internal/sshtest"
	"github.com/agentdeck/agentdeck/server"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// countingServer is a stand-in provider that counts the requests reaching
// it and answers each with an empty list.
func countingServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"items":[],"agents":[],"data":[]}`)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// writeSpace gives a served space a settings file pointing provider at
// baseURL, with an API key (so nothing stops short for want of one).
func writeSpace(t *testing.T, dir, provider, baseURL string) {
	t.Helper()
	settings := "providers:\n  " + provider + ":\n    base_url: " + baseURL + "\n    org_id: org-1\n    workspace_id: ws-1\n"
	if err := os.WriteFile(filepath.Join(dir, "settings.yaml"), []byte(settings), 0o600); err != nil {
		t.Fatal(err)
	}
	paths, err := storage.ResolvePaths(func(k string) string {
		if k == "AGENTDECK_HOME" {
			return dir
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	creds, err := storage.OpenCredentials(paths.CredentialsFile())
	if err != nil {
		t.Fatal(err)
	}
	if err := creds.SetAPIKey(provider, "the-visitors-key"); err != nil {
		t.Fatal(err)
	}
}

// TestServedSpacesReachOnlyDocumentedOrAllowedHosts: a visitor's settings
// naming the server's own machine (or any host but the provider's) are
// refused before a request is made, and on the settings screen before they
// are saved; the operator's --allow-host lets one through.
func TestServedSpacesReachOnlyDocumentedOrAllowedHosts(t *testing.T) {
	t.Parallel()
	fake, hits := countingServer(t)
	spaceDir := t.TempDir()
	writeSpace(t, spaceDir, storage.ProviderDasha, fake.URL)
	a := &app{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	served, err := storage.ServedHostPolicy(nil)
	if err != nil {
		t.Fatal(err)
	}
	deps, err := a.sessionDeps(server.Session{Space: "alice", Dir: spaceDir, Term: "xterm"}, "", served)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := deps.Providers.Get(storage.ProviderDasha); err == nil || !strings.Contains(err.Error(), "the server's own machine") {
		t.Errorf("a served space's provider pointing at 127.0.0.1 was built: %v", err)
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("%d requests reached 127.0.0.1", n)
	}

	fields, err := deps.Settings.ProviderSettings(storage.ProviderDasha)
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
	err = deps.Settings.SaveProviderSettings(storage.ProviderDasha, map[string]string{keyBaseURL: "https://attacker.example/v1"})
	if err == nil || !strings.Contains(err.Error(), "blackbox.dasha.ai") {
		t.Errorf("saving another host: %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(spaceDir, "settings.yaml")); string(after) != string(before) {
		t.Errorf("the refused base URL was saved:\n%s", after)
	}

	// The operator allows the stand-in's address: now it is reached.
	allowed, err := storage.ServedHostPolicy([]string{fake.Listener.Addr().String()})
	if err != nil {
		t.Fatal(err)
	}
	deps, err = a.sessionDeps(server.Session{Space: "alice", Dir: spaceDir, Term: "xterm"}, "", allowed)
	if err != nil {
		t.Fatal(err)
	}
	p, err := deps.Providers.Get(storage.ProviderDasha)
	if err != nil {
		t.Fatalf("the allowed host was refused: %v", err)
	}
	_, _ = p.List(context.Background())
	if hits.Load() == 0 {
		t.Error("no request reached the allowed host")
	}

	// On one's own machine any base URL the person sets is theirs to set.
	local := &connections{getenv: func(string) string { return "" }, settingsFile: filepath.Join(spaceDir, "settings.yaml")}
	if _, err := local.connection(storage.ProviderDasha); err != nil {
		t.Errorf("the local policy refused 127.0.0.1: %v", err)
	}
}

// testServeRefusesAVisitorsBaseURLOnTheServersOwnMachine: over SSH, a
// visitor whose settings point Nova at 127.0.0.1 presses "test connection":
// the settings screen says the address is not allowed and nothing reaches
// it, so the visitor's key stays home. With --allow-host for that address
// the same test does reach it.
func testServeRefusesAVisitorsBaseURLOnTheServersOwnMachine(t *testing.T, bin string) {
	fake, hits := countingServer(t)
	keys := ui.DefaultKeyMap()
	for _, allow := range []bool{false, true} {
		home := t.TempDir()
		alice := sshtest.NewSigner(t)
		space := filepath.Join(home, "spaces", "alice")
		if err := os.MkdirAll(space, 0o700); err != nil {
			t.Fatal(err)
		}
		writeSpace(t, space, storage.ProviderNova, fake.URL)
		var flags []string
		if allow {
			flags = []string{"--allow-host", fake.Listener.Addr().String()}
		}
		srv := startServeWith(t, bin, home, nil, flags, sshtest.KeyLine(alice, `agentdeck-space="alice"`, ""))
		tm := sshtest.OpenTerminal(t, srv.login(t, alice), "xterm", 100, 30)
		tm.Out.WaitFor(t, "No drafts yet")
		tm.Send(t, keyBytes(t, keys.Drafts.Settings))
		tm.Out.WaitFor(t, "Nova")
		tm.Send(t, keyBytes(t, keys.Settings.Test))
		if !allow {
			tm.Out.WaitFor(t, "Could not connect to Nova", "server's own machine")
			if n := hits.Load(); n != 0 {
				t.Fatalf("%d requests reached 127.0.0.1 from a served space", n)
			}
			continue
		}
		deadline := time.Now().Add(sshtest.WaitLimit)
		for hits.Load() == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("--allow-host did not let the test connection through:\n%s", tm.Out.Text())
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}
