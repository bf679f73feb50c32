package proof

import (
	"fmt"
	"testing"
	"time"
)

// startLimit stops a start-up that hangs; it measures nothing.
const startLimit = 30 * time.Second

// BenchmarkStartup starts the real binary in an 80×24 pseudo-terminal with
// 1,000 and 10,000 drafts and measures, from just before exec:
//   - ms-first-frame: until the first frame of the drafts screen arrives
//     (the header), whatever it shows;
//   - ms-list: until the list shows the newest draft;
//   - MB-peak-rss: the process's peak resident memory once the list is up.
//
// Budgets (DESIGN.md §8): first frame under 50 ms with 1,000 drafts and
// under 150 ms with 10,000; memory under 50 MB with 10,000.
func BenchmarkStartup(b *testing.B) {
	for _, n := range []int{10, 1000, 10000} {
		b.Run(fmt.Sprintf("drafts=%d", n), func(b *testing.B) {
			home := homeWithDrafts(b, n)
			env := binaryEnv(home)
			newest := draftName(n - 1)
			var frame, list time.Duration
			var rss int64
			runs := 0
			for b.Loop() {
				tm := startTerminal(b, agentdeckBin, env, 80, 24)
				f := tm.waitFor(0, "agentdeck", startLimit)
				l := tm.waitFor(0, newest, startLimit)
				frame += f.Sub(tm.start)
				list += l.Sub(tm.start)
				rss = max(rss, tm.peakRSS())
				tm.close()
				runs++
			}
			b.ReportMetric(float64(frame.Microseconds())/1000/float64(runs), "ms-first-frame")
			b.ReportMetric(float64(list.Microseconds())/1000/float64(runs), "ms-list")
			b.ReportMetric(float64(rss)/(1<<20), "MB-peak-rss")
		})
	}
}
