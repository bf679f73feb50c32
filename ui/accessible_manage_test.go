package ui_test

import (
	"strings"
	"testing"
)

// The draft's menu: the ten sections, 11 switch provider, 12 back, then
// 13 rename, 14 copy, 15 delete.

func TestAccessibleRenamesADraftAndItsAgent(t *testing.T) {
	t.Parallel()
	h, d := deskSession(t)
	out := runPlain(t, h, "1\n13\nNight line\n12\n5\n")
	got := h.Draft(d.ID)
	if got.Name != "Night line" || got.Agent.Identity.Name != "Night line" {
		t.Fatalf("renamed to %q, agent %q\n%s", got.Name, got.Agent.Identity.Name, out)
	}
	if !strings.Contains(out, "Rename this draft") || !strings.Contains(out, "Saved.") {
		t.Fatalf("the session did not offer or confirm the rename:\n%s", out)
	}
}

func TestAccessibleCopiesADraft(t *testing.T) {
	t.Parallel()
	h, _ := deskSession(t)
	// Copy, keep the suggested name, back, quit (two drafts: 5 is quit).
	out := runPlain(t, h, "1\n14\n\n12\n6\n")
	if h.Count() != 2 || !strings.Contains(out, "Made “Desk (copy)”") {
		t.Fatalf("%d drafts after the copy:\n%s", h.Count(), out)
	}
}

func TestAccessibleDeletesThenRestoresADraft(t *testing.T) {
	t.Parallel()
	h, d := deskSession(t)
	// Delete and confirm; the drafts menu then offers the trash (2);
	// restore the first deleted draft; quit (4, the trash empty again).
	out := runPlain(t, h, "1\n15\ny\n3\n1\n5\n")
	for _, want := range []string{"Moved “Desk” to the trash.", "Deleted drafts (1 draft in the trash)", "Desk, for Trillet, deleted just now", "Restored “Desk”"} {
		if !strings.Contains(out, want) {
			t.Errorf("the session never said %q:\n%s", want, out)
		}
	}
	if got := h.Draft(d.ID); got.Name != "Desk" || h.Count() != 1 {
		t.Fatalf("the draft is not back: %+v", got)
	}
}
