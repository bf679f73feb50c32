package ui

import "charm.land/bubbles/v2/key"

// TryKeys work on the "Try it" screen.
type TryKeys struct {
	// Send sends the caller's line to the agent.
	Send key.Binding
	// Stop stops waiting for the agent's answer.
	Stop key.Binding
	// Next and Prev move between the caller's line, the simulated caller
	// and the most turns it may take.
	Next key.Binding
	Prev key.Binding
}

func defaultTryKeys() TryKeys {
	return TryKeys{
		Send: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "say it")),
		Stop: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop")),
		Next: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
		Prev: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous field")),
	}
}

// TestsKeys work on the draft's tests screen.
type TestsKeys struct {
	Up     key.Binding
	Down   key.Binding
	Add    key.Binding
	Edit   key.Binding
	Remove key.Binding
	// Run runs the tests against the pushed agent (and again, once done).
	Run key.Binding
}

func defaultTestsKeys() TestsKeys {
	return TestsKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Add:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add test")),
		Edit:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit test")),
		Remove: key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove test")),
		Run:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "run tests")),
	}
}
