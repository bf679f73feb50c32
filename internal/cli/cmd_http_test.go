package cli

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/agentdeck/agentdeck/storage"
)

// TestPushRedirectedElsewhereSendsNothingThere: a base URL that answers a
// push with a 307 to another address ends the push with one sentence that
// names that address; the other address never gets a request, so never
// the key, the workspace id or the body.
func TestPushRedirectedElsewhereSendsNothingThere(t *testing.T) {
	t.Parallel()
	var stolen atomic.Int32
	thief := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { stolen.Add(1) }))
	t.Cleanup(thief.Close)
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, thief.URL+r.URL.Path, http.StatusTemporaryRedirect)
	}))
	t.Cleanup(redirector.Close)
	c, _ := trilletCLI(t)
	c.env["AGENTDECK_TRILLET_BASE_URL"] = redirector.URL
	id := c.mustRun("new", "Front desk", "--provider", "trillet")
	code, _, stderr := c.run("push", id)
	if code != exitFailure {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	first := errorLine(stderr)
	host := strings.TrimPrefix(thief.URL, "http://")
	if !strings.Contains(first, host) || !strings.Contains(first, "sent nothing there") {
		t.Errorf("first line %q should name %s and say nothing was sent", first, host)
	}
	if strings.Contains(stderr, "could not be reached") || strings.Contains(stderr, trilletKey) {
		t.Errorf("stderr:\n%s", stderr)
	}
	if n := stolen.Load(); n != 0 {
		t.Errorf("the other address got %d requests", n)
	}
}

// TestBadTimeoutIsRefusedAlikeEverywhere: AGENTDECK_TIMEOUT that cannot be
// read, or is below a second, stops the terminal UI (plain and accessible)
// at start with the same sentence as a command, exit 2, before anything is
// sent.
func TestBadTimeoutIsRefusedAlikeEverywhere(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{"1ns", "soon", "0"} {
		c, fake := trilletCLI(t)
		id := c.mustRun("new", "Front desk", "--provider", "trillet")
		c.env[storage.TimeoutEnv] = bad
		var lines []string
		for _, args := range [][]string{{"push", id}, {"--accessible"}, {}} {
			code, _, stderr := c.run(args...)
			first := errorLine(stderr)
			if code != exitUsage || !strings.Contains(first, storage.TimeoutEnv) {
				t.Errorf("%s=%s, agentdeck %v: exit %d, %q", storage.TimeoutEnv, bad, args, code, stderr)
			}
			lines = append(lines, first)
		}
		if lines[0] != lines[1] || lines[1] != lines[2] {
			t.Errorf("%s=%s worded differently:\n%s", storage.TimeoutEnv, bad, strings.Join(lines, "\n"))
		}
		if fake.Count() != 0 || len(fake.Calls()) != 0 {
			t.Error("something was sent")
		}
	}
}

// errorLine is the line of stderr that starts the error report.
func errorLine(stderr string) string {
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "agentdeck: ") {
			return l
		}
	}
	return ""
}

// TestMissingAccountIDIsNotARefusedKey: a push without Nova's organisation
// id (or Trillet's workspace id) says that id is missing; the key is not
// to blame, and nothing was sent.
func TestMissingAccountIDIsNotARefusedKey(t *testing.T) {
	t.Parallel()
	nc, nova := novaCLI(t)
	delete(nc.env, "AGENTDECK_NOVA_ORG_ID")
	tc, trillet := trilletCLI(t)
	delete(tc.env, "AGENTDECK_TRILLET_WORKSPACE_ID")
	for c, want := range map[*cli]string{
		nc: "agentdeck: There is no organization id for Nova.",
		tc: "agentdeck: There is no workspace id for Trillet.",
	} {
		provider := "nova"
		if c == tc {
			provider = "trillet"
		}
		id := c.mustRun("new", "x", "--provider", provider)
		code, _, stderr := c.run("push", id)
		if line := errorLine(stderr); code != exitFailure || line != want {
			t.Errorf("exit %d, %q; want %q", code, line, want)
		}
	}
	if nova.Count() != 0 || trillet.Count() != 0 {
		t.Error("an agent was made")
	}
}

// malformedKeyRefused checks that a run stopped on a malformed key of the
// named provider with its plain sentence, said where the key came from
// (source), never spoke of reaching the provider, and sent nothing.
func malformedKeyRefused(t *testing.T, code int, stderr, provider, source string, calls []string) {
	t.Helper()
	if code != exitFailure || errorLine(stderr) != "agentdeck: The API key for "+provider+" is malformed; nothing was sent." ||
		!strings.Contains(stderr, source) || strings.Contains(stderr, "reached") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	if len(calls) != 0 {
		t.Errorf("requests were sent: %v", calls)
	}
}

// TestKeyWithALineBreakIsMalformedNotUnreachable: a key with a CR/LF inside
// it, from the environment or the credentials file, is refused as a
// malformed key naming the provider and where the key came from; nothing
// is sent, and nothing says "could not be reached". A line break around
// the key (a paste) is trimmed and the key works.
func TestKeyWithALineBreakIsMalformedNotUnreachable(t *testing.T) {
	t.Parallel()
	t.Run("environment", func(t *testing.T) {
		t.Parallel()
		c, fake := novaCLI(t)
		id := c.mustRun("new", "x", "--provider", "nova")
		c.env["AGENTDECK_NOVA_API_KEY"] = novaKey + "\r\nX-Injected: 1"
		code, _, stderr := c.run("push", id)
		malformedKeyRefused(t, code, stderr, "Nova", "AGENTDECK_NOVA_API_KEY", fake.Calls())
	})
	t.Run("credentials file", func(t *testing.T) {
		t.Parallel()
		c, fake := trilletCLI(t)
		delete(c.env, "AGENTDECK_TRILLET_API_KEY")
		paths, err := storage.ResolvePaths(func(k string) string { return c.env[k] })
		if err != nil {
			t.Fatal(err)
		}
		creds, err := storage.OpenCredentials(paths.CredentialsFile())
		if err != nil {
			t.Fatal(err)
		}
		if err := creds.SetAPIKey("trillet", "trillet\nkey"); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := c.run("pull", "--provider", "trillet", "abc")
		malformedKeyRefused(t, code, stderr, "Trillet", "the credentials file", fake.Calls())
	})
	t.Run("a line break around a pasted key is trimmed", func(t *testing.T) {
		t.Parallel()
		c, fake := novaCLI(t)
		id := c.mustRun("new", "x", "--provider", "nova")
		c.env["AGENTDECK_NOVA_API_KEY"] = novaKey + "\r\n"
		if code, _, stderr := c.run("push", id); code != exitOK || fake.Count() != 1 {
			t.Errorf("exit %d:\n%s", code, stderr)
		}
	})
	t.Run("settings refuse it", func(t *testing.T) {
		t.Parallel()
		conn, creds := tuiConnections(t, nil)
		ps := &providerSettings{conn: conn}
		if err := ps.SaveProviderSettings("nova", map[string]string{keyAPIKey: "abc\ndef"}); err == nil || !strings.Contains(err.Error(), "line break") {
			t.Errorf("saved a key with a line break inside: %v", err)
		}
		if creds.APIKey("nova") != "" {
			t.Error("the key was stored")
		}
		if err := ps.SaveProviderSettings("nova", map[string]string{keyAPIKey: "abcdef\n"}); err != nil || creds.APIKey("nova") != "abcdef" {
			t.Errorf("a pasted key with a trailing newline: %v, stored %q", err, creds.APIKey("nova"))
		}
	})
}
