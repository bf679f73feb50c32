package ui

import "charm.land/bubbles/v2/key"

// binding is a binding on keys whose help shows label and says what it does.
func binding(label, does string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, does))
}

// onKey is a binding on one key, which help names as it is.
func onKey(k, does string) key.Binding { return binding(k, does, k) }

// The moves every list shares, written once: up and down (arrows or vi's
// k and j), first and last (home and end, or vi's g and G).
func upKey() key.Binding              { return binding("↑/k", "up", "up", "k") }
func downKey() key.Binding            { return binding("↓/j", "down", "down", "j") }
func homeKey(does string) key.Binding { return binding("home", does, "home", "g") }
func endKey(does string) key.Binding  { return binding("end", does, "end", "G") }
