package ui

// StopMsg asks the App to end the way ctrl+c does: save whatever is
// waiting, then quit. main sends it when the session ends from outside —
// an SSH connection that dropped, or a server shutting down — where no key
// will ever be pressed again.
type StopMsg struct{}
