package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// truncate cuts s to width cells, ending with … when it was cut.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// pad cuts or fills s to exactly width cells.
func pad(s string, width int) string {
	s = truncate(s, width)
	if w := ansi.StringWidth(s); w < width {
		s += spaces(width - w)
	}
	return s
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

// wrap breaks plain text into lines of at most width cells.
func wrap(s string, width int) string {
	if width <= 0 {
		return s
	}
	return ansi.Wordwrap(s, width, "")
}

func itoa(n int) string { return strconv.Itoa(n) }
