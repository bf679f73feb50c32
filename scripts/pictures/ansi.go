package main

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// style is what SGR sequences set for a cell. Colours are "" for the
// terminal's default or a "#rrggbb" value.
type style struct {
	fg, bg                                 string
	bold, faint, italic, underline, strike bool
	reverse                                bool
}

// cell is one column of the screen; a wide character's second column has
// skip set and draws nothing.
type cell struct {
	r    string
	st   style
	skip bool
}

// parseScreen turns `tmux capture-pane -e -p` output into rows of cells.
// tmux writes only SGR sequences, and a style runs on across line ends
// until it is changed, so the state is kept from one row to the next.
func parseScreen(capture string, width, height int) [][]cell {
	rows := make([][]cell, height)
	for i := range rows {
		rows[i] = make([]cell, width)
		for j := range rows[i] {
			rows[i][j].r = " "
		}
	}
	var st style
	lines := strings.Split(strings.TrimSuffix(capture, "\n"), "\n")
	for y, line := range lines {
		if y >= height {
			break
		}
		x := 0
		var state byte
		for len(line) > 0 {
			seq, w, n, next := ansi.DecodeSequence(line, state, nil)
			state, line = next, line[n:]
			switch {
			case strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m"):
				st = applySGR(st, seq[2:len(seq)-1])
			case w > 0 && x+w <= width:
				rows[y][x] = cell{r: seq, st: st}
				for k := 1; k < w; k++ {
					rows[y][x+k] = cell{st: st, skip: true}
				}
				x += w
			}
		}
		// the rest of the row takes the background in force, as a terminal does
		for ; x < width; x++ {
			rows[y][x].st = style{bg: st.bg, reverse: st.reverse}
		}
	}
	return rows
}

// basicColour reads an SGR code of the 16 colours counted from base (30
// for the text, 40 for the background): base to base+7, their bright
// twins 60 higher, and base+9 for the terminal's own ("").
func basicColour(v, base int) (string, bool) {
	switch {
	case v >= base && v <= base+7:
		return palette(v - base), true
	case v >= base+60 && v <= base+67:
		return palette(v - base - 60 + 8), true
	case v == base+9:
		return "", true
	}
	return "", false
}

// applySGR applies the parameters of one SGR sequence ("1;38;5;212").
func applySGR(st style, params string) style {
	ps := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	if len(ps) == 0 {
		return style{}
	}
	n := func(i int) int {
		if i >= len(ps) {
			return 0
		}
		v, _ := strconv.Atoi(ps[i])
		return v
	}
	// The attributes that a code turns on and the code 20 higher turns off
	// (bold and faint share 22).
	attr := map[int]*bool{1: &st.bold, 2: &st.faint, 3: &st.italic, 4: &st.underline, 7: &st.reverse, 9: &st.strike}
	for i := 0; i < len(ps); i++ {
		v := n(i)
		if c, ok := basicColour(v, 30); ok {
			st.fg = c
			continue
		}
		if c, ok := basicColour(v, 40); ok {
			st.bg = c
			continue
		}
		switch {
		case v == 0:
			st = style{}
		case attr[v] != nil:
			*attr[v] = true
		case v == 22:
			st.bold, st.faint = false, false
		case v > 22 && v < 30 && attr[v-20] != nil:
			*attr[v-20] = false
		case v == 38 || v == 48:
			var c string
			switch n(i + 1) {
			case 5:
				c = palette(n(i + 2))
				i += 2
			case 2:
				c = rgb(n(i+2), n(i+3), n(i+4))
				i += 4
			}
			if v == 38 {
				st.fg = c
			} else {
				st.bg = c
			}
		}
	}
	return st
}
