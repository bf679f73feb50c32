package trillet

// ListCaveat says that Trillet's list may be incomplete: its docs show one
// bare array and no paging, so agentdeck reads what the one answer holds.
func (c *Client) ListCaveat() string {
	return "Trillet documents no paging for its agent list, so if it sends only part of a long list, the rest is missing here"
}
