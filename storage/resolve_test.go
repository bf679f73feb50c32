package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestResolve(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	unique := newDraft("Front desk", "nova")
	twinA, twinB := newDraft("Twin", "nova"), newDraft("Twin", "dasha")
	mustSave(t, s, &unique, &twinA, &twinB)
	outside := filepath.Join(t.TempDir(), "shared.yaml")
	raw, _ := os.ReadFile(s.path(unique.ID))
	if err := os.WriteFile(outside, raw, 0o600); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, ref string
		wantID    string
		wantErr   string
		notFound  bool
	}{
		{name: "by id", ref: unique.ID, wantID: unique.ID},
		{name: "by unique name", ref: "Front desk", wantID: unique.ID},
		{name: "by path in the drafts folder", ref: s.path(twinB.ID), wantID: twinB.ID},
		{name: "by path elsewhere", ref: outside, wantID: unique.ID},
		{name: "ambiguous name lists the ids", ref: "Twin", wantErr: "2 drafts are named \"Twin\"; use one of their ids instead: "},
		{name: "unknown", ref: "Nobody", wantErr: "no draft has the id or name \"Nobody\"", notFound: true},
		{name: "empty", ref: " ", wantErr: "name a draft by its id", notFound: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := s.Resolve(tt.ref)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if errors.Is(err, agent.ErrNotFound) != tt.notFound {
					t.Errorf("errors.Is(err, ErrNotFound) = %v, want %v", !tt.notFound, tt.notFound)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.ID != tt.wantID {
				t.Errorf("resolved to %s, want %s", d.ID, tt.wantID)
			}
		})
	}
	_, err := s.Resolve("Twin")
	if !strings.Contains(err.Error(), twinA.ID) || !strings.Contains(err.Error(), twinB.ID) {
		t.Errorf("ambiguous error %q does not list both ids", err)
	}
}
