package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/internal/termsafe"
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

// plain is text a provider or a file supplied (an agent's name, a remote
// id) as one line with every control or escape character written visibly,
// so it cannot move the cursor, clear the screen or restyle what follows.
// App.View's termsafe.Frame is the backstop for text not cleaned here.
func plain(s string) string { return termsafe.OneLine(s) }
