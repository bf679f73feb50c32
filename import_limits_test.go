package main

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// providerMembers are the fewest fields each provider's import takes, as
// JSON object members.
var providerMembers = map[string]string{
	"nova":       `"type":"voice","name":"Deep"`,
	"trillet":    `"name":"Deep","llmModel":"gpt-4o"`,
	"elevenlabs": `"name":"Deep","conversation_config":{}`,
	"dasha":      `"name":"Deep"`,
}

// deepDoc is a document of the provider nested depth levels deep in all,
// with items small numbers at the bottom: the costliest shape to indent.
func deepDoc(provider string, depth, items int) string {
	inner := strings.TrimSuffix(strings.Repeat("1,", items), ",")
	return "{" + providerMembers[provider] + `,"extra_settings":` + strings.Repeat("[", depth-1) + inner + strings.Repeat("]", depth-1) + "}"
}

// TestImportAtTheDepthLimitCostsLittle imports, for every provider, a
// 200 KB document 127 levels deep: the draft file stays about its size and
// the whole import allocates a bounded multiple of it. Before the limits
// and the linear indentation, the same import wrote a 52 MB draft and took
// close to 1 GB. Not parallel: it counts allocations.
func TestImportAtTheDepthLimitCostsLittle(t *testing.T) {
	for provider := range providerMembers {
		t.Run(provider, func(t *testing.T) {
			c := newCLI(t)
			doc := deepDoc(provider, 127, 100_000)
			file := writeFile(t, "deep.json", doc)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			code, stdout, stderr := c.run("import", file, "--provider", provider)
			runtime.ReadMemStats(&after)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			info, err := os.Stat(filepath.Join(c.env["AGENTDECK_HOME"], "drafts", strings.TrimSpace(stdout)+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d-byte document: %d-byte draft, %d bytes allocated", len(doc), info.Size(), alloc)
			if limit := int64(2*len(doc) + 16<<10); info.Size() > limit {
				t.Errorf("the draft is %d bytes, over %d", info.Size(), limit)
			}
			if limit := uint64(200 * len(doc)); alloc > limit {
				t.Errorf("the import allocated %d bytes, over %d", alloc, limit)
			}
		})
	}
}

// TestImportStoppedWritesNothing: an import whose context ends (ctrl+c,
// SIGTERM) after the document was read writes no draft and says so.
func TestImportStoppedWritesNothing(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	file := writeFile(t, "agent.json", deepDoc("dasha", 3, 10))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut strings.Builder
	code := run(ctx, []string{"import", file, "--provider", "dasha"}, &out, &errOut, func(k string) string { return c.env[k] })
	if code != exitFailure || !strings.Contains(errOut.String(), "The import was stopped, so no draft was made.") {
		t.Errorf("exit %d, stderr %q; want 1 and the stop said", code, errOut.String())
	}
	if files := draftFiles(t, filepath.Join(c.env["AGENTDECK_HOME"], "drafts")); len(files) != 0 || out.Len() != 0 {
		t.Errorf("a stopped import wrote %d drafts and printed %q", len(files), out.String())
	}
}

// testHostileImportsAreRefusedPlainly: through the binary, every provider
// refuses a document one level past the depth limit and one byte past the
// size limit with one plain sentence, and writes nothing.
func testHostileImportsAreRefusedPlainly(t *testing.T, bin string) {
	for provider := range providerMembers {
		home := t.TempDir()
		for _, tt := range []struct{ doc, want string }{
			{deepDoc(provider, 129, 1), "deep.json cannot be imported: the document is nested more than 128 levels deep, more than agentdeck reads."},
			{deepDoc(provider, 2, 1) + strings.Repeat(" ", 16<<20), "deep.json cannot be imported: the document is larger than 16 MB, more than agentdeck reads."},
		} {
			file := writeFile(t, "deep.json", tt.doc)
			cmd := exec.Command(bin, "import", file, "--provider", provider)
			cmd.Env = append(os.Environ(), "AGENTDECK_HOME="+home)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != exitFailure || !strings.HasPrefix(string(out), "agentdeck: ") || !strings.Contains(string(out), tt.want) {
				t.Errorf("%s: %v\n%s\nwant exit 1 and %q", provider, err, out, tt.want)
			}
		}
		if files := draftFiles(t, filepath.Join(home, "drafts")); len(files) != 0 {
			t.Errorf("%s: refused imports wrote %d drafts", provider, len(files))
		}
	}
}

// testSIGTERMStopsAnImportAtOnce: an import reading a large, legal
// document from a pipe that has not ended is stopped by SIGTERM at once,
// with no draft written. Before, it went on waiting and then wrote one.
func testSIGTERMStopsAnImportAtOnce(t *testing.T, bin string) {
	home := t.TempDir()
	cmd := exec.Command(bin, "import", "-", "--provider", "dasha")
	cmd.Env = append(os.Environ(), "AGENTDECK_HOME="+home)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	doc := deepDoc("dasha", 127, 2_000_000) // 4 MB
	// Once the pipe took more than its buffer, agentdeck is reading: its
	// signal handling is in place.
	if _, err := stdin.Write([]byte(doc[:len(doc)-1])); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		// What an import that ignores the signal does next: the document
		// ends, and it writes a draft.
		_, _ = stdin.Write([]byte("}"))
		_ = stdin.Close()
		err = <-done
		t.Errorf("agentdeck did not stop within 10 s of SIGTERM")
	}
	t.Logf("stopped %v after SIGTERM", time.Since(stopped))
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitFailure || !strings.Contains(stderr.String(), "The import was stopped, so no draft was made.") {
		t.Errorf("exit %v, stderr %q; want 1 and the stop said", err, stderr.String())
	}
	_ = stdin.Close()
	if files := draftFiles(t, filepath.Join(home, "drafts")); len(files) != 0 {
		t.Errorf("a stopped import wrote %d drafts", len(files))
	}
}

// TestPullRefusesAnAnswerPastTheLimits: a provider answering a pull with a
// document nested past the depth limit, or larger than the size limit, gets
// a plain refusal and no draft, on every provider.
func TestPullRefusesAnAnswerPastTheLimits(t *testing.T) {
	t.Parallel()
	for provider := range providerMembers {
		for _, tt := range []struct{ name, body, want string }{
			{"deep", deepDoc(provider, 129, 1), "nested too deeply"},
			{"large", deepDoc(provider, 2, 1) + strings.Repeat(" ", 16<<20), "too large"},
		} {
			t.Run(provider+" "+tt.name, func(t *testing.T) {
				t.Parallel()
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					_, _ = w.Write([]byte(tt.body))
				}))
				t.Cleanup(srv.Close)
				c := newCLI(t)
				up := strings.ToUpper(provider)
				c.env["AGENTDECK_"+up+"_API_KEY"] = "sk_test_limits_0123456789"
				c.env["AGENTDECK_"+up+"_BASE_URL"] = srv.URL
				c.env["AGENTDECK_NOVA_ORG_ID"] = "org_1"
				c.env["AGENTDECK_TRILLET_WORKSPACE_ID"] = "ws_1"
				code, stdout, stderr := c.run("pull", "--provider", provider, "agent_1")
				if code != exitFailure || !strings.Contains(stderr, tt.want) || stdout != "" {
					t.Errorf("exit %d, stdout %q, stderr %q; want 1 and %q", code, stdout, stderr, tt.want)
				}
				if files := draftFiles(t, filepath.Join(c.env["AGENTDECK_HOME"], "drafts")); len(files) != 0 {
					t.Errorf("a refused pull wrote %d drafts", len(files))
				}
			})
		}
	}
}
