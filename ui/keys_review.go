package ui

import "charm.land/bubbles/v2/key"

// ReviewKeys work on the review screen.
type ReviewKeys struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	// Home and End go to the first and the last problem, or the top and
	// the bottom of the requests and changes.
	Home key.Binding
	End  key.Binding
	// Switch moves between the problems and the changes and requests.
	Switch key.Binding
	// Fix opens the editor on the field of the problem under the cursor.
	Fix key.Binding
	// Submit pushes the draft to its provider, after a confirmation.
	Submit key.Binding
	// Drift asks again what to do about an agent changed elsewhere.
	Drift key.Binding
	// Refresh fetches the remote agent again.
	Refresh key.Binding
}

func defaultReviewKeys() ReviewKeys {
	return ReviewKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdown", "page down")),
		Home:     key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "top")),
		End:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "bottom")),
		Switch:   key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "problems / request")),
		Fix:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "fix this")),
		Submit:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "submit")),
		Drift:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "resolve the change")),
		Refresh:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "compare")),
	}
}

// SubmitKeys work on the submit screen.
type SubmitKeys struct {
	// Stop cancels a submit under way; the draft stays as it was.
	Stop key.Binding
	// Fix goes to the editor, on the first field the provider refused.
	Fix key.Binding
	// Detail shows or hides the provider's raw answer.
	Detail key.Binding
	// Retry submits again after a failure.
	Retry key.Binding
	// Done goes back once the submit has finished.
	Done key.Binding
	Up   key.Binding
	Down key.Binding
}

func defaultSubmitKeys() SubmitKeys {
	return SubmitKeys{
		Stop:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop")),
		Fix:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "fix it")),
		Detail: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "details")),
		Retry:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "retry")),
		Done:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
	}
}

// PullKeys work on the pull screen.
type PullKeys struct {
	Up     key.Binding
	Down   key.Binding
	Choose key.Binding
	Reload key.Binding
}

func defaultPullKeys() PullKeys {
	return PullKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Reload: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "list again")),
	}
}
