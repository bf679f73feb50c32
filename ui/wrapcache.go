package ui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// wrapCache keeps texts wrapped to a width, so a screen that lays itself
// out again (the review: on opening, when the compare starts and when it
// ends, on resize) wraps a 200 KB request body once.
type wrapCache struct{ m map[string][]string }

// wrapCacheSize bounds the texts kept: a layout uses a handful.
const wrapCacheSize = 64

func (c *wrapCache) get(k string, wrap func() []string) []string {
	if l, ok := c.m[k]; ok {
		return l
	}
	if c.m == nil || len(c.m) >= wrapCacheSize {
		c.m = map[string][]string{}
	}
	l := wrap()
	c.m[k] = l
	return l
}

// take keeps texts wrapped elsewhere (off the UI loop): each is keyed by
// its width, so one wrapped for another width is simply not used.
func (c *wrapCache) take(o wrapCache) {
	for k, l := range o.m {
		c.get(k, func() []string { return l })
	}
}

// lines is text wrapped to width, breaking at breaks.
func (c *wrapCache) lines(text string, width int, breaks string) []string {
	return c.get("t"+strconv.Itoa(width)+breaks+"\x00"+text, func() []string {
		return strings.Split(ansi.Wrap(text, width, breaks), "\n")
	})
}

// json is a JSON body indented (prettyJSON) and wrapped to width.
func (c *wrapCache) json(body []byte, width int) []string {
	return c.get("j"+strconv.Itoa(width)+"\x00"+string(body), func() []string {
		return strings.Split(ansi.Wrap(prettyJSON(body), width, " ,"), "\n")
	})
}

// setStyledLines replaces the lines with lines drawn in styles when they
// show (nil: as they are).
func (s *scroller) setStyledLines(lines []string, styles []*lipgloss.Style) {
	s.lines, s.styles = lines, styles
	s.clamp()
}
