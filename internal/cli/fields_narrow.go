package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// terminalWidth is how many columns the terminal behind w has, or 0 when w
// is not a terminal or its size cannot be read (then nothing is fitted).
func terminalWidth(w io.Writer) int {
	if !isTerminal(w) {
		return 0
	}
	width, _, err := term.GetSize(w.(*os.File).Fd())
	if err != nil {
		return 0
	}
	return width
}

// widestLine is the display width of the longest line of s.
func widestLine(s string) int {
	most := 0
	for _, l := range strings.Split(s, "\n") {
		most = max(most, ansi.StringWidth(l))
	}
	return most
}

// fieldCell is one row of `fields` as the table prints it.
type fieldCell struct {
	path, providerPath, typ, values, section, editable string
}

// fieldsTable renders the rows as `fields` prints them when they fit: one
// aligned line each, a header first.
func fieldsTable(cells []fieldCell) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 2, 8, 2, ' ', 0)
	_, _ = fmt.Fprintln(w, "DRAFT PATH\tPROVIDER PATH\tTYPE\tRANGE OR CHOICES\tSECTION\tEDITABLE")
	for _, c := range cells {
		_, _ = fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", c.path, c.providerPath, c.typ, c.values, c.section, c.editable)
	}
	_ = w.Flush()
	return b.String()
}

// fieldsParagraphs renders the rows for a terminal narrower than the
// table: each setting is a paragraph headed by its draft path, the other
// columns below it, one a line. A line longer than the terminal breaks
// after a dot or a space, and its rest is indented under it, so no path is
// cut short (--json and a pipe still give every path on one line).
func fieldsParagraphs(cells []fieldCell, width int) string {
	const labelW = len("range or choices")
	indent := strings.Repeat(" ", 2+labelW+2)
	var b strings.Builder
	for i, c := range cells {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(fitLine(c.path, "", "    ", width) + "\n")
		parts := [][2]string{
			{"provider path", c.providerPath},
			{"type", c.typ},
			{"range or choices", c.values},
			{"section", c.section},
			{"editable", c.editable},
		}
		for _, kv := range parts {
			b.WriteString(fitLine(kv[1], fmt.Sprintf("  %-*s  ", labelW, kv[0]), indent, width) + "\n")
		}
	}
	return b.String()
}

// fitLine is first+s wrapped to width, its later lines starting with rest.
func fitLine(s, first, rest string, width int) string {
	room := max(width-len(rest), 20)
	lines := strings.Split(ansi.Wrap(s, room, "."), "\n")
	for i, l := range lines {
		if i == 0 {
			lines[i] = first + l
		} else {
			lines[i] = rest + l
		}
	}
	return strings.Join(lines, "\n")
}
