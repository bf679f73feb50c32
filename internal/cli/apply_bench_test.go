package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/agentdeck/agentdeck/storage"
)

// benchLimit is the fake's rate limit: requests a second, past which it
// answers 429 with a Retry-After, as Nova's (Stainless) clients expect. A
// created Nova draft takes three requests, so the limit allows 50 drafts a
// second.
const benchLimit = 150

// benchFolder makes a home whose drafts folder holds n Nova drafts, written
// as copies of one saved draft (a save per draft would time the disk), and
// a fake Nova with the rate limit.
func benchFolder(b *testing.B, n int) (env map[string]string, fake *novatest.Server) {
	b.Helper()
	home := b.TempDir()
	store, err := storage.Open(filepath.Join(home, "drafts"))
	if err != nil {
		b.Fatal(err)
	}
	tmpl, _ := agent.TemplateByID("receptionist")
	d := agent.Draft{Name: "Desk 0", Provider: "nova", Template: tmpl.ID, Agent: tmpl.New("Desk 0")}
	if err := store.Save(&d); err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(store.Dir(), d.ID+".yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for i := 1; i < n; i++ {
		id := fmt.Sprintf("bench%05d", i)
		name := fmt.Sprintf("Desk %d", i)
		text := strings.ReplaceAll(strings.Replace(string(raw), "id: "+d.ID, "id: "+id, 1), "Desk 0", name)
		if err := os.WriteFile(filepath.Join(store.Dir(), id+".yaml"), []byte(text), 0o600); err != nil {
			b.Fatal(err)
		}
	}
	fake = novatest.New(b, novaKey)
	fake.LimitRate(benchLimit, time.Second)
	return map[string]string{
		"AGENTDECK_HOME": home, "AGENTDECK_NOVA_API_KEY": novaKey,
		"AGENTDECK_NOVA_BASE_URL": fake.BaseURL, "AGENTDECK_NOVA_ORG_ID": novatest.Org,
	}, fake
}

// runBench runs one command line and fails the benchmark on a non-zero exit.
func runBench(b *testing.B, env map[string]string, args ...string) string {
	b.Helper()
	var out, errOut bytes.Buffer
	if code := run(context.Background(), args, &out, &errOut, func(k string) string { return env[k] }); code != exitOK {
		b.Fatalf("agentdeck %v exited %d:\n%s", args, code, errOut.String())
	}
	return out.String()
}

// measure times f and reports drafts a second and the memory it allocated.
func measure(b *testing.B, drafts int, f func()) {
	b.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(drafts)/elapsed.Seconds(), "drafts/s")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "MB-allocated")
	b.ReportMetric(float64(after.HeapInuse)/(1<<20), "MB-heap-after")
}

// BenchmarkApply1000 applies 1,000 new drafts (a create, a configure and a
// read-back each: 3,000 requests) against a fake Nova limited to
// benchLimit requests a second, at three concurrencies. Run it on its own:
//
//	go test ./internal/cli/ -run '^$' -bench Apply1000 -benchtime 1x
func BenchmarkApply1000(b *testing.B) {
	for _, conc := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("concurrency=%d", conc), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				env, fake := benchFolder(b, benchDrafts())
				b.StartTimer()
				measure(b, benchDrafts(), func() {
					runBench(b, env, "apply", "--all", "--yes", "--concurrency", fmt.Sprint(conc))
				})
				b.StopTimer()
				if fake.Count() != benchDrafts() {
					b.Fatalf("%d agents for 1,000 drafts", fake.Count())
				}
				b.ReportMetric(float64(fake.Limited()), "429s")
				b.StartTimer()
			}
		})
	}
}

// BenchmarkPlan1000 plans 1,000 applied drafts: one read of each agent,
// through the same rate limit.
func BenchmarkPlan1000(b *testing.B) {
	env, _ := benchFolder(b, 1000)
	runBench(b, env, "apply", "--all", "--yes", "--concurrency", "16")
	for _, conc := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("concurrency=%d", conc), func(b *testing.B) {
			for range b.N {
				measure(b, 1000, func() {
					if out := runBench(b, env, "plan", "--all", "--concurrency", fmt.Sprint(conc)); !strings.Contains(out, "1000 unchanged") {
						b.Fatalf("plan:\n%s", out[max(0, len(out)-300):])
					}
				})
			}
		})
	}
}

// BenchmarkPlan10000New plans 10,000 drafts never pushed: the plan is made
// offline (validation and the request built), so this is agentdeck's own
// cost at the scale the drafts list is kept usable at.
func BenchmarkPlan10000New(b *testing.B) {
	b.StopTimer()
	env, fake := benchFolder(b, 10000)
	b.StartTimer()
	for range b.N {
		measure(b, 10000, func() {
			if out := runBench(b, env, "plan", "--all"); !strings.Contains(out, "10000 to create") {
				b.Fatalf("plan:\n%s", out[max(0, len(out)-300):])
			}
		})
	}
	if n := fake.CallsOf(http.MethodGet) + fake.CallsOf(http.MethodPost); n != 0 {
		b.Fatalf("planning new drafts sent %d requests", n)
	}
}

// benchDrafts is how many drafts the apply benchmark makes: 1,000, or
// AGENTDECK_BENCH_DRAFTS for a quicker look while profiling.
func benchDrafts() int {
	var n int
	if _, err := fmt.Sscan(os.Getenv("AGENTDECK_BENCH_DRAFTS"), &n); err == nil && n > 0 {
		return n
	}
	return 1000
}
