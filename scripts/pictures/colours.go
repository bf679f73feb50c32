package main

import "fmt"

// The sixteen basic colours, as a dark terminal theme shows them, and the
// default foreground and background.
var basic = [16]string{
	"#1d1f21", "#cc6666", "#8fbf6a", "#e0c070", "#81a2be", "#b294bb", "#70c0b1", "#c5c8c6",
	"#666666", "#ff7b7b", "#b5e890", "#f0d890", "#99c0ff", "#d8b0f0", "#90e0d0", "#ffffff",
}

const (
	defaultFG = "#d0d0d0"
	defaultBG = "#1c1c1c"
)

// palette is xterm's 256-colour table: 16 basic colours, a 6×6×6 cube and
// 24 greys.
func palette(n int) string {
	switch {
	case n < 0 || n > 255:
		return ""
	case n < 16:
		return basic[n]
	case n < 232:
		n -= 16
		level := func(v int) int {
			if v == 0 {
				return 0
			}
			return 55 + v*40
		}
		return rgb(level(n/36), level(n/6%6), level(n%6))
	default:
		g := 8 + (n-232)*10
		return rgb(g, g, g)
	}
}

func rgb(r, g, b int) string { return fmt.Sprintf("#%02x%02x%02x", r&255, g&255, b&255) }
