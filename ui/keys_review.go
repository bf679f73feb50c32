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
		Up:       upKey(),
		Down:     downKey(),
		PageUp:   binding("pgup", "page up", "pgup", "b"),
		PageDown: binding("pgdown", "page down", "pgdown", "space"),
		Home:     homeKey("top"),
		End:      endKey("bottom"),
		Switch:   binding("tab", "problems / request", "tab", "shift+tab"),
		Fix:      onKey("enter", "fix this"),
		Submit:   onKey("s", "submit"),
		Drift:    onKey("c", "resolve the change"),
		Refresh:  onKey("r", "compare"),
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
		Stop:   onKey("esc", "stop"),
		Fix:    onKey("enter", "fix it"),
		Detail: onKey("d", "details"),
		Retry:  onKey("r", "retry"),
		Done:   onKey("esc", "back"),
		Up:     upKey(),
		Down:   downKey(),
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
		Up:     upKey(),
		Down:   downKey(),
		Choose: onKey("enter", "choose"),
		Reload: onKey("r", "list again"),
	}
}
