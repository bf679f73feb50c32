package agent

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// copyStore is a DraftCopier over memory: drafts by id, revisions enforced.
type copyStore struct {
	drafts  map[string]Draft
	seq     int
	copyErr error
}

func newCopyStore() *copyStore { return &copyStore{drafts: map[string]Draft{}} }

func (s *copyStore) Save(d *Draft) error {
	if d.ID == "" {
		s.seq++
		d.ID = fmt.Sprintf("d%d", s.seq)
	} else if old, ok := s.drafts[d.ID]; ok && old.Revision != d.Revision {
		return fmt.Errorf("%w: stale revision", ErrConflict)
	}
	d.Revision++
	s.drafts[d.ID] = *d
	return nil
}

func (s *copyStore) SaveCopy(d *Draft, name string) (Draft, error) {
	if s.copyErr != nil {
		return Draft{}, s.copyErr
	}
	c := *d
	c.ID, c.Name, c.Revision = "", name, 0
	c.Unlink()
	if err := s.Save(&c); err != nil {
		return Draft{}, err
	}
	return c, nil
}

// pushed makes a remote agent from a draft and returns the draft as a
// push leaves it.
func pushed(t *testing.T, p *memProvider, st *copyStore) Draft {
	t.Helper()
	d := testDraft()
	d.ID = ""
	if err := st.Save(&d); err != nil {
		t.Fatal(err)
	}
	res := mustPush(t, p, d, st)
	return res.Draft
}

func TestPull(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		// edit changes the linked draft before the pull; nil pulls without one.
		edit       func(d *Draft)
		linked     bool
		copyAs     string
		wantCopy   string // the name of the copy kept, "" for none
		wantPrompt string // the copy's prompt
	}{
		{name: "a new draft", linked: false},
		{name: "refresh an unchanged linked draft keeps no copy", linked: true},
		{
			name: "unpushed changes are kept in a copy first", linked: true,
			edit:     func(d *Draft) { d.Agent.LLM.Prompt = "mine, never pushed" },
			wantCopy: "Front desk (local changes)", wantPrompt: "mine, never pushed",
		},
		{
			name: "save mine as a copy names the copy", linked: true, copyAs: "Front desk (my copy)",
			edit:     func(d *Draft) { d.Agent.LLM.Prompt = "mine, never pushed" },
			wantCopy: "Front desk (my copy)", wantPrompt: "mine, never pushed",
		},
		{
			name: "save mine as a copy without changes still copies", linked: true, copyAs: "Front desk (my copy)",
			wantCopy: "Front desk (my copy)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, st := newMem(), newCopyStore()
			d := pushed(t, p, st)
			// Someone changes the agent on the provider's side.
			theirs := d.Agent
			theirs.LLM.Prompt = "theirs"
			p.agents[d.Remote().ID], _ = p.Encode(&theirs, nil, nil)
			if tt.edit != nil {
				tt.edit(&d)
				if err := st.Save(&d); err != nil {
					t.Fatal(err)
				}
			}
			opt := PullOptions{CopyAs: tt.copyAs}
			if tt.linked {
				opt.Linked = &d
			}
			res, err := Pull(context.Background(), p, d.Remote().ID, st, opt)
			if err != nil {
				t.Fatal(err)
			}
			got := st.drafts[res.Draft.ID]
			// A draft agentdeck pushed stays "pushed" after a refresh; one
			// that only ever came from the provider is "pulled".
			wantStatus := StatusPushed
			if !tt.linked {
				wantStatus = StatusPulled
			}
			if got.Agent.LLM.Prompt != "theirs" || got.Remote().ID != d.Remote().ID || got.Status() != wantStatus {
				t.Fatalf("pulled draft holds %q, linked to %q, status %s", got.Agent.LLM.Prompt, got.Remote().ID, got.Status())
			}
			if res.Refreshed != tt.linked || (tt.linked && res.Draft.ID != d.ID) || (!tt.linked && res.Draft.ID == d.ID) {
				t.Fatalf("refreshed %v into %s; the linked draft is %s", res.Refreshed, res.Draft.ID, d.ID)
			}
			if _, changed, err := Drift(context.Background(), p, &got); err != nil || changed {
				t.Errorf("right after a pull the agent reads as changed elsewhere (%v, %v)", changed, err)
			}
			switch {
			case tt.wantCopy == "" && res.Copy != nil:
				t.Errorf("a copy %q was kept for nothing", res.Copy.Name)
			case tt.wantCopy != "" && res.Copy == nil:
				t.Errorf("no copy kept; want %q", tt.wantCopy)
			case tt.wantCopy != "":
				c := st.drafts[res.Copy.ID]
				if c.Name != tt.wantCopy || c.Remote().ID != "" || (tt.wantPrompt != "" && c.Agent.LLM.Prompt != tt.wantPrompt) {
					t.Errorf("copy %q linked to %q holds %q", c.Name, c.Remote().ID, c.Agent.LLM.Prompt)
				}
			}
		})
	}
}

func TestPullFailuresChangeNoDraft(t *testing.T) {
	t.Parallel()
	p, st := newMem(), newCopyStore()
	d := pushed(t, p, st)
	d.Agent.LLM.Prompt = "mine"
	if err := st.Save(&d); err != nil {
		t.Fatal(err)
	}
	before := st.drafts[d.ID]

	_, err := Pull(context.Background(), p, "agent-missing", st, PullOptions{Linked: &d})
	var pe *PullError
	if !errors.As(err, &pe) || pe.Step != PullFetch || !errors.Is(err, ErrNotFound) {
		t.Errorf("missing agent: %v", err)
	}
	st.copyErr = errors.New("disk full")
	_, err = Pull(context.Background(), p, d.Remote().ID, st, PullOptions{Linked: &d})
	if !errors.As(err, &pe) || pe.Step != PullCopy {
		t.Errorf("failed copy: %v", err)
	}
	if after := st.drafts[d.ID]; after.Revision != before.Revision || after.Agent.LLM.Prompt != "mine" {
		t.Errorf("a failed pull changed the draft: revision %d → %d", before.Revision, after.Revision)
	}
}

func TestPushDiffReadsRemoteToDraft(t *testing.T) {
	t.Parallel()
	p, st := newMem(), newCopyStore()
	d := pushed(t, p, st)
	remote, _, err := Drift(context.Background(), p, &d)
	if err != nil {
		t.Fatal(err)
	}
	if cs, err := PushDiff(p, &d, &remote.Agent); err != nil || len(cs) != 0 {
		t.Fatalf("right after a push: %v, %v", cs, err)
	}
	speed := 1.3
	d.Agent.Voice.Speed = &speed
	d.Agent.LLM.APIKey = NewSecretRef("llm.api_key")
	remote.Agent.LLM.APIKey = NewSecretRef("llm.api_key") // another read, another reference
	cs, err := PushDiff(p, &d, &remote.Agent)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].String() != "Voice › Speed: 1.1 → 1.3" {
		t.Errorf("changes %v; want only the speed, and no secret", cs)
	}
}
