package dasha

// ListCaveat says that Dasha's list may be incomplete: its docs show a bare
// array and no paging, so agentdeck asks page by page (skip and take, as
// Dasha's other lists page) and stops at a short page.
func (c *Client) ListCaveat() string {
	return "Dasha documents no paging for its agent list; agentdeck read it page by page until a short page, so if Dasha cut it short, some agents are missing here"
}
