package agent

// ListCaveat is implemented by a provider whose docs describe no paging for
// its agent list: a long list may have been cut short by the provider
// without saying so. `pull --all` says so plainly.
type ListCaveat interface {
	// ListCaveat is one plain sentence, without a full stop, on how the
	// list was read and why it may be incomplete.
	ListCaveat() string
}
