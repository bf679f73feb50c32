package ui

import "testing"

// The drafts list and the pull screen's agents share one window. The two
// copies it replaces disagreed: the pull screen's left empty rows under
// its last agent when the window grew after scrolling down.
func TestListWindowFollowsTheCursor(t *testing.T) {
	t.Parallel()
	var w listWindow
	w.follow(9, 4, 10) // the last of ten rows, four on screen
	if first, end, blank := w.span(4, 10); first != 6 || end != 10 || blank != 0 {
		t.Fatalf("rows %d–%d and %d blank, want 6–10 and none", first, end, blank)
	}
	w.follow(9, 8, 10) // the window grew
	if first, end, blank := w.span(8, 10); first != 2 || end != 10 || blank != 0 {
		t.Fatalf("after growing: rows %d–%d and %d blank, want 2–10 and none", first, end, blank)
	}
	w.follow(0, 8, 10)
	if first, _, _ := w.span(8, 10); first != 0 {
		t.Fatalf("the cursor at the top shows from row %d", first)
	}
	w.follow(0, 8, 3) // fewer rows than room
	if first, end, blank := w.span(8, 3); first != 0 || end != 3 || blank != 5 {
		t.Fatalf("rows %d–%d and %d blank, want 0–3 and 5", first, end, blank)
	}
}
