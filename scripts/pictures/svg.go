package main

import (
	"fmt"
	"html"
	"strings"
)

// The picture's geometry, in pixels. A monospace font's advance is close to
// 0.6 of its size; every run of text is also given its exact width
// (textLength), so columns line up whatever font the viewer has.
const (
	fontSize   = 14.0
	cellWidth  = 8.4
	lineHeight = 18.0
	padding    = 14.0
	fontFamily = `ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace`
)

// renderSVG draws the screen as an SVG: a rectangle per run of background
// colour, then a text span per run of one style. No font is embedded, so a
// picture stays a few kilobytes.
func renderSVG(rows [][]cell) string {
	width := len(rows[0])
	w := float64(width)*cellWidth + 2*padding
	h := float64(len(rows))*lineHeight + 2*padding
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" rx="8" fill="%s"/>`+"\n", defaultBG)
	fmt.Fprintf(&b, `<g font-family='%s' font-size="%g" fill="%s">`+"\n", fontFamily, fontSize, defaultFG)
	for y, row := range rows {
		top := padding + float64(y)*lineHeight
		for _, r := range runs(row, bgKeys(row)) {
			if r.key == "" {
				continue
			}
			fmt.Fprintf(&b, `<rect x="%g" y="%g" width="%g" height="%g" fill="%s"/>`+"\n",
				padding+float64(r.from)*cellWidth, top, float64(r.to-r.from)*cellWidth, lineHeight, r.key)
		}
	}
	for y, row := range rows {
		row = drawRules(&b, row, padding+float64(y)*lineHeight)
		base := padding + float64(y)*lineHeight + lineHeight*0.75
		for _, r := range runs(row, textKeys(row)) {
			for r.from < r.to && row[r.from].r == " " {
				r.from++
			}
			for r.to > r.from && row[r.to-1].r == " " {
				r.to--
			}
			if r.from == r.to {
				continue
			}
			text := ""
			for _, c := range row[r.from:r.to] {
				text += c.r
			}
			fmt.Fprintf(&b, `<text x="%g" y="%g" textLength="%g" lengthAdjust="spacingAndGlyphs" xml:space="preserve"%s>%s</text>`+"\n",
				padding+float64(r.from)*cellWidth, base, float64(r.to-r.from)*cellWidth, attrs(row[r.from].st), html.EscapeString(text))
		}
	}
	b.WriteString("</g>\n</svg>\n")
	return b.String()
}

// rules are the vertical box-drawing characters and their stroke widths.
// Drawn as glyphs they leave a gap between lines in most fonts, so they are
// drawn as bars the full height of the line.
var rules = map[string]float64{"│": 1.2, "┃": 2.6, "║": 1.2}

// drawRules draws row's vertical rules as bars and returns the row with
// spaces in their place, for the text pass.
func drawRules(b *strings.Builder, row []cell, top float64) []cell {
	out := row
	for x, c := range row {
		w, ok := rules[c.r]
		if !ok {
			continue
		}
		if &out[0] == &row[0] {
			out = append([]cell(nil), row...)
		}
		out[x].r = " "
		fg, _ := colours(c.st)
		if fg == "" {
			fg = defaultFG
		}
		opacity := ""
		if c.st.faint {
			opacity = ` opacity="0.6"`
		}
		fmt.Fprintf(b, `<rect x="%g" y="%g" width="%g" height="%g" fill="%s"%s/>`+"\n",
			padding+(float64(x)+0.5)*cellWidth-w/2, top, w, lineHeight, fg, opacity)
	}
	return out
}

// span is a stretch of a row's columns [from, to) that share key.
type span struct {
	from, to int
	key      string
}

// runs splits a row where its cells' keys change.
func runs(row []cell, keys []string) []span {
	var out []span
	for x := range row {
		if n := len(out); n > 0 && out[n-1].key == keys[x] {
			out[n-1].to = x + 1
			continue
		}
		out = append(out, span{from: x, to: x + 1, key: keys[x]})
	}
	return out
}

// bgKeys is each column's background colour, "" for the picture's own.
func bgKeys(row []cell) []string {
	keys := make([]string, len(row))
	for x, c := range row {
		_, keys[x] = colours(c.st)
	}
	return keys
}

// textKeys groups columns that draw text the same way. A plain space joins
// the span before it, so a phrase stays one span; a wide character's
// second column stays with its first.
func textKeys(row []cell) []string {
	keys := make([]string, len(row))
	for x, c := range row {
		keys[x] = attrs(c.st)
		plainSpace := c.r == " " && !c.st.underline && !c.st.strike
		if x > 0 && (c.skip || plainSpace) {
			keys[x] = keys[x-1]
		}
	}
	return keys
}

// colours is a cell's text and background colour after reverse video, ""
// for the background meaning the picture's own.
func colours(st style) (fg, bg string) {
	fg, bg = st.fg, st.bg
	if st.reverse {
		fg, bg = bg, fg
		if fg == "" {
			fg = defaultBG
		}
		if bg == "" {
			bg = defaultFG
		}
	}
	return fg, bg
}

// attrs is the SVG attributes of a text span in style st.
func attrs(st style) string {
	var b strings.Builder
	if fg, _ := colours(st); fg != "" {
		fmt.Fprintf(&b, ` fill="%s"`, fg)
	}
	if st.bold {
		b.WriteString(` font-weight="bold"`)
	}
	if st.faint {
		b.WriteString(` opacity="0.6"`)
	}
	if st.italic {
		b.WriteString(` font-style="italic"`)
	}
	switch {
	case st.underline && st.strike:
		b.WriteString(` text-decoration="underline line-through"`)
	case st.underline:
		b.WriteString(` text-decoration="underline"`)
	case st.strike:
		b.WriteString(` text-decoration="line-through"`)
	}
	return b.String()
}
