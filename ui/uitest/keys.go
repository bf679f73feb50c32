package uitest

import (
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// KeyPress turns a key name as the KeyMap writes it ("ctrl+s", "esc",
// "a") into the message a terminal would produce.
func KeyPress(k string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(k, "ctrl+"):
			mod |= tea.ModCtrl
			k = k[len("ctrl+"):]
			continue
		case strings.HasPrefix(k, "alt+"):
			mod |= tea.ModAlt
			k = k[len("alt+"):]
			continue
		case strings.HasPrefix(k, "shift+"):
			mod |= tea.ModShift
			k = k[len("shift+"):]
			continue
		}
		break
	}
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"delete": tea.KeyDelete, "f1": tea.KeyF1, "backspace": tea.KeyBackspace, "space": tea.KeySpace, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if c, ok := named[k]; ok {
		return tea.KeyPressMsg{Code: c, Mod: mod}
	}
	r, _ := utf8.DecodeRuneInString(k)
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}
