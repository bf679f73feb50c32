package ui

import "charm.land/bubbles/v2/key"

// TryKeys work on the "Try it" screen.
type TryKeys struct {
	// Send sends the caller's line to the agent.
	Send key.Binding
	// Stop stops waiting for the agent's answer.
	Stop key.Binding
}

func defaultTryKeys() TryKeys {
	return TryKeys{
		Send: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "say it")),
		Stop: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop")),
	}
}

// TestsKeys work on the draft's tests screen.
type TestsKeys struct {
	Up     key.Binding
	Down   key.Binding
	Add    key.Binding
	Edit   key.Binding
	Remove key.Binding
}

func defaultTestsKeys() TestsKeys {
	return TestsKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Add:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add test")),
		Edit:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit test")),
		Remove: key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove test")),
	}
}
