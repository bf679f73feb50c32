package cli

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"
)

// TestImportAtTheDepthLimitCostsLittle imports, for every provider, a
// 200 KB document 127 levels deep: the draft file stays about its size and
// the whole import allocates a bounded multiple of it. Before the limits
// and the linear indentation, the same import wrote a 52 MB draft and took
// close to 1 GB. Not parallel: it counts allocations.
func TestImportAtTheDepthLimitCostsLittle(t *testing.T) {
	for _, provider := range clitest.ImportProviders() {
		t.Run(provider, func(t *testing.T) {
			c := newCLI(t)
			doc := clitest.DeepDoc(provider, 127, 100_000)
			file := clitest.WriteFile(t, "deep.json", doc)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			code, stdout, stderr := c.run("import", file, "--provider", provider)
			runtime.ReadMemStats(&after)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			info, err := os.Stat(c.path("drafts", strings.TrimSpace(stdout)+".yaml"))
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
	file := clitest.WriteFile(t, "agent.json", clitest.DeepDoc("dasha", 3, 10))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut strings.Builder
	code := run(ctx, []string{"import", file, "--provider", "dasha"}, &out, &errOut, func(k string) string { return c.env[k] })
	if code != exitFailure || !strings.Contains(errOut.String(), "The import was stopped, so no draft was made.") {
		t.Errorf("exit %d, stderr %q; want 1 and the stop said", code, errOut.String())
	}
	if files := clitest.DraftFiles(t, c.path("drafts")); len(files) != 0 || out.Len() != 0 {
		t.Errorf("a stopped import wrote %d drafts and printed %q", len(files), out.String())
	}
}

// TestPullRefusesAnAnswerPastTheLimits: a provider answering a pull with a
// document nested past the depth limit, or larger than the size limit, gets
// a plain refusal and no draft, on every provider.
func TestPullRefusesAnAnswerPastTheLimits(t *testing.T) {
	t.Parallel()
	for _, provider := range clitest.ImportProviders() {
		for _, tt := range []struct{ name, body, want string }{
			{"deep", clitest.DeepDoc(provider, 129, 1), "nested too deeply"},
			{"large", clitest.DeepDoc(provider, 2, 1) + strings.Repeat(" ", 16<<20), "too large"},
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
				if files := clitest.DraftFiles(t, c.path("drafts")); len(files) != 0 {
					t.Errorf("a refused pull wrote %d drafts", len(files))
				}
			})
		}
	}
}
