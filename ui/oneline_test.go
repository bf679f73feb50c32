package ui

import (
	"strings"
	"testing"
)

// oneLine reads only what it shows (a 200 KB prompt's summary); it must
// still give what collapsing all the white space and cutting gave.
func TestOneLineMatchesCollapsingTheWholeText(t *testing.T) {
	t.Parallel()
	whole := func(s string, n int) string {
		s = strings.Join(strings.Fields(s), " ")
		if r := []rune(s); len(r) > n {
			return string(r[:n-1]) + "…"
		}
		return s
	}
	for _, s := range []string{"", "  ", "short", "  lead and trail  ", "a\n\nb\tc", "日本語 の 文章 です", strings.Repeat("word  \n", 1000), "exactly ten"} {
		for _, n := range []int{1, 2, 5, 10, 11, 12, 40} {
			if got, want := oneLine(s, n), whole(s, n); got != want {
				t.Errorf("oneLine(%.20q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
