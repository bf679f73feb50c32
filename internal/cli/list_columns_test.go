package cli

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/agentdeck/agentdeck/storage"
)

// `list` aligns its columns itself (text/tabwriter keeps every cell of
// every row in its own buffer: a fifth of a second at 100,000 drafts); the
// output is byte for byte what tabwriter wrote before.
func TestListColumnsAsTabwriterWrote(t *testing.T) {
	t.Parallel()
	rows := [][listColumns + 1]string{
		{"abc123", "pushed", "elevenlabs", "default ✓ prod •", "2026-01-02 03:04", "Front desk"},
		{"x", "damaged", "-", "-", "-", "(cannot be read: it is empty)"},
		{"ünïcødé-ïd", "new", "nova", "default ○", "2026-01-02 03:04", "名前 with wide letters"},
		{"", "", "", "", "", ""},
		{"longer-than-the-others-id", "changed", "dasha", "", "2025-12-31 23:59", ""},
	}
	if got, want := alignedColumns(rows), tabwriterColumns(rows, -1); got != want {
		t.Errorf("got:\n%s\nwant (tabwriter):\n%s", got, want)
	}
	// A column empty in every row (no draft has environments) is left
	// out, so such a list is as it was before there were environments.
	for i := range rows {
		rows[i][3] = ""
	}
	if got, want := alignedColumns(rows), tabwriterColumns(rows, 3); got != want {
		t.Errorf("without environments got:\n%s\nwant (tabwriter, no such column):\n%s", got, want)
	}
}

func alignedColumns(rows [][listColumns + 1]string) string {
	var got strings.Builder
	writeColumns(&got, rows)
	return got.String()
}

// tabwriterColumns is rows as text/tabwriter aligns them, without the
// column skip (-1 for none).
func tabwriterColumns(rows [][listColumns + 1]string, skip int) string {
	var want strings.Builder
	tw := tabwriter.NewWriter(&want, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		var cells []string
		for c, cell := range r {
			if c != skip {
				cells = append(cells, cell)
			}
		}
		_, _ = fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	_ = tw.Flush()
	return want.String()
}

// `list` formats a time once per minute; what it prints is what formatting
// every time would: across minute boundaries, in other zones, going back
// and forth, and the zero time.
func TestListTimesAsFormattedOneByOne(t *testing.T) {
	t.Parallel()
	base := time.Date(2026, 3, 29, 0, 59, 58, 0, time.UTC) // near a summer-time change in Europe
	var times []time.Time
	for i := range 400 {
		times = append(times, base.Add(-time.Duration(i)*7*time.Second))
	}
	times = append(times, base, base.Add(61*time.Second), base.In(time.FixedZone("", 5*3600+1800)),
		time.Time{}, base.Add(59*time.Second), base.Add(-time.Hour))
	var m minuteStamps
	for _, tm := range times {
		if got, want := m.format(tm), tm.Local().Format("2006-01-02 15:04"); got != want {
			t.Fatalf("%v: got %q, want %q", tm, got, want)
		}
	}
}

// BenchmarkListRows100000 makes and aligns the rows of `list` for 100,000
// drafts, thirty a minute, the way the command prints them.
func BenchmarkListRows100000(b *testing.B) {
	entries := make([]storage.Entry, 100000)
	now := time.Now()
	for i := range entries {
		entries[i] = storage.Entry{
			ID: fmt.Sprintf("gen%07d", i), Name: fmt.Sprintf("Draft-%05d", i), Provider: "elevenlabs",
			Status: "new", Updated: now.Add(-time.Duration(i) * 2 * time.Second),
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		rows, _ := listRows(entries, true)
		writeColumns(io.Discard, rows)
	}
}
