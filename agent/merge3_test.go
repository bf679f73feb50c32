package agent

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// threeWay merges on memProvider: base is what the last push sent and read
// back; local and remote change copies of it.
func threeWay(t *testing.T, base Agent, local, remote func(a *Agent), opt MergeOptions) Merged {
	t.Helper()
	p := newMem()
	raw, _ := json.Marshal(base)
	l, r := cloneAgent(base), cloneAgent(base)
	local(&l)
	remote(&r)
	rraw, _ := json.Marshal(r)
	d := Draft{ID: "d1", Provider: "mem", Agent: l}
	m, err := ThreeWay(p, &d, Version{Sent: raw, ReadBack: raw}, Decoded{Agent: r, Native: rraw}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func cloneAgent(a Agent) Agent {
	raw, _ := json.Marshal(a)
	var out Agent
	_ = json.Unmarshal(raw, &out)
	return out
}

func toolsBase() Agent {
	a := Templates[0].New("Front desk")
	a.Tools = []Tool{{Name: "lookup", URL: "https://a.example/lookup"}, {Name: "book", URL: "https://a.example/book"}}
	a.Variables = []Variable{{Name: "city", Value: "Paris"}, {Name: "hours", Value: "9-5"}}
	a.Builtins = []BuiltinTool{{Kind: "end_call"}, {Kind: "transfer", Instructions: "to the desk"}}
	return a
}

func TestThreeWayListsMergeByIdentity(t *testing.T) {
	t.Parallel()
	m := threeWay(t, toolsBase(), func(a *Agent) {
		a.Tools[0], a.Tools[1] = a.Tools[1], a.Tools[0] // reordered here
		a.Tools[1].URL = "https://mine.example/lookup"  // lookup changed here
		a.Variables = a.Variables[1:]                   // city removed here
	}, func(a *Agent) {
		a.Tools[1].Description = "Books a visit" // book changed there
		a.Tools = append(a.Tools, Tool{Name: "cancel", URL: "https://a.example/cancel"})
		a.Variables[1].Value = "8-6"                  // hours changed there
		a.Builtins[1].Instructions = "to the manager" // transfer changed there
	}, MergeOptions{})
	if c := m.Unsettled(); len(c) > 0 {
		t.Fatalf("no setting was changed on both sides, but got conflicts %v", c)
	}
	want := []Tool{
		{Name: "book", URL: "https://a.example/book", Description: "Books a visit"},
		{Name: "lookup", URL: "https://mine.example/lookup"},
		{Name: "cancel", URL: "https://a.example/cancel"},
	}
	if !reflect.DeepEqual(m.Agent.Tools, want) {
		t.Errorf("tools:\n got %+v\nwant %+v", m.Agent.Tools, want)
	}
	if want := []Variable{{Name: "hours", Value: "8-6"}}; !reflect.DeepEqual(m.Agent.Variables, want) {
		t.Errorf("variables: %+v", m.Agent.Variables)
	}
	if m.Agent.Builtins[1].Instructions != "to the manager" {
		t.Errorf("built-in tools: %+v", m.Agent.Builtins)
	}
}

func TestThreeWayConflictsOnlyWhereBothChangedDifferently(t *testing.T) {
	t.Parallel()
	m := threeWay(t, toolsBase(), func(a *Agent) {
		a.LLM.Prompt = "mine"
		a.Tools[0].URL = "https://same.example"
		a.Identity.Description = "local only"
	}, func(a *Agent) {
		a.LLM.Prompt = "theirs"
		a.Tools[0].URL = "https://same.example"
		a.Identity.Timezone = "Europe/Paris"
	}, MergeOptions{})
	c := m.Unsettled()
	if len(c) != 1 || c[0].Ours != "mine" || c[0].Theirs != "theirs" || !strings.Contains(c[0].Label, "Prompt") {
		t.Fatalf("conflicts: %+v", c)
	}
	if m.Agent.Identity.Description != "local only" || m.Agent.Identity.Timezone != "Europe/Paris" || m.Agent.Tools[0].URL != "https://same.example" {
		t.Errorf("merged: %+v", m.Agent.Identity)
	}
	for _, side := range []Side{SideOurs, SideTheirs} {
		got := threeWay(t, toolsBase(), func(a *Agent) { a.LLM.Prompt = "mine" }, func(a *Agent) { a.LLM.Prompt = "theirs" },
			MergeOptions{Picks: map[string]Side{c[0].Key: side}})
		want := map[Side]string{SideOurs: "mine", SideTheirs: "theirs"}[side]
		if len(got.Unsettled()) > 0 || got.Agent.LLM.Prompt != want {
			t.Errorf("pick %d: prompt %q, unsettled %v", side, got.Agent.LLM.Prompt, got.Unsettled())
		}
	}
}

func TestThreeWayADaysWindowsAreOneUnit(t *testing.T) {
	t.Parallel()
	base := toolsBase()
	base.Schedule = Schedule{Timezone: "UTC", Mon: []Window{{"09:00", "12:00"}}, Tue: []Window{{"09:00", "12:00"}}}
	m := threeWay(t, base, func(a *Agent) {
		a.Schedule.Mon = append(a.Schedule.Mon, Window{"13:00", "17:00"})
		a.Schedule.Tue = []Window{{"10:00", "12:00"}}
	}, func(a *Agent) {
		a.Schedule.Mon = []Window{{"08:00", "12:00"}}
	}, MergeOptions{})
	c := m.Unsettled()
	if len(c) != 1 || c[0].Ours != "09:00–12:00, 13:00–17:00" || c[0].Theirs != "08:00–12:00" {
		t.Fatalf("Monday should be one conflict with both days' windows: %+v", c)
	}
	if !reflect.DeepEqual(m.Agent.Schedule.Tue, []Window{{"10:00", "12:00"}}) {
		t.Errorf("Tuesday, changed here only: %+v", m.Agent.Schedule.Tue)
	}
}

func TestThreeWayItemDeletedThereAndChangedHereConflicts(t *testing.T) {
	t.Parallel()
	m := threeWay(t, toolsBase(), func(a *Agent) { a.Tools[1].URL = "https://mine.example/book" },
		func(a *Agent) { a.Tools = a.Tools[:1] }, MergeOptions{})
	c := m.Unsettled()
	if len(c) != 1 || c[0].Theirs != "" || !strings.Contains(c[0].Ours, "mine.example") {
		t.Fatalf("conflicts: %+v", c)
	}
	// Deleted there, unchanged here: gone.
	m = threeWay(t, toolsBase(), func(*Agent) {}, func(a *Agent) { a.Tools = a.Tools[:1] }, MergeOptions{})
	if len(m.Agent.Tools) != 1 || len(m.Unsettled()) > 0 {
		t.Errorf("tools: %+v", m.Agent.Tools)
	}
}

func TestThreeWaySecretsCompareByPresence(t *testing.T) {
	t.Parallel()
	base := toolsBase()
	base.LLM.APIKey = NewSecretRef("llm.api_key")
	m := threeWay(t, base, func(a *Agent) {}, func(a *Agent) { a.LLM.APIKey = NewSecretRef("llm.api_key") }, MergeOptions{})
	if len(m.Conflicts) > 0 || len(m.Taken) > 0 || m.Agent.LLM.APIKey != base.LLM.APIKey {
		t.Errorf("a fresh reference to a secret counts as a change: %+v %v", m.Conflicts, m.Taken)
	}
}

// historyStore is a memStore that keeps versions.
type historyStore struct {
	memStore
	versions []Version
}

func (h *historyStore) AppendVersion(_ string, v Version) (Version, error) {
	v.Version = len(h.versions) + 1
	h.versions = append(h.versions, v)
	return v, nil
}

func (h *historyStore) Versions(string) ([]Version, error) { return h.versions, nil }

func TestPushMergesOnTheLastPushedVersion(t *testing.T) {
	t.Parallel()
	p, store := newMem(), &historyStore{}
	d := testDraft()
	res := mustPush(t, p, d, store)
	if len(store.versions) != 1 || store.versions[0].ReadBackHash != res.Draft.Remote().RemoteHash {
		t.Fatalf("versions: %+v", store.versions)
	}
	d = res.Draft
	d.Agent.LLM.Prompt = "mine"
	var remote Agent
	_ = json.Unmarshal(p.agents[res.RemoteID], &remote)
	remote.Identity.Description = "set in the dashboard"
	remote.Voice.Speed = nil
	p.agents[res.RemoteID], _ = json.Marshal(remote)
	res = mustPush(t, p, d, store)
	if a := res.Draft.Agent; a.LLM.Prompt != "mine" || a.Identity.Description != "set in the dashboard" || a.Voice.Speed != nil {
		t.Errorf("merged draft: %+v", a)
	}
	if len(store.versions) != 2 || !strings.Contains(string(store.versions[1].Sent), "set in the dashboard") {
		t.Errorf("history does not hold the merged body")
	}
	// A conflict stops before anything is sent.
	d = res.Draft
	d.Agent.LLM.Prompt = "mine again"
	_ = json.Unmarshal(p.agents[res.RemoteID], &remote)
	remote.LLM.Prompt = "theirs"
	p.agents[res.RemoteID], _ = json.Marshal(remote)
	updates := len(p.updates)
	_, err := Push(context.Background(), p, d, store, PushOptions{})
	var de *DriftError
	if !errors.As(err, &de) || len(de.Conflicts) != 1 || !errors.Is(err, ErrConflict) {
		t.Fatalf("err = %v", err)
	}
	if len(p.updates) != updates || len(store.versions) != 2 {
		t.Errorf("a conflict sent something or kept a version")
	}
}

// A merge whose result does not pass the provider's checks sends nothing
// and leaves the draft as it was.
func TestPushRefusesAMergedAgentThatFailsItsChecks(t *testing.T) {
	t.Parallel()
	p, store := newMem(), &historyStore{}
	res := mustPush(t, p, testDraft(), store)
	var remote Agent
	_ = json.Unmarshal(p.agents[res.RemoteID], &remote)
	remote.Identity.Name = "" // cleared in the dashboard
	p.agents[res.RemoteID], _ = json.Marshal(remote)
	if errs := p.Validate(&remote).Errors(); len(errs) == 0 {
		t.Fatal("the test needs an agent without a name to fail the checks")
	}
	d := res.Draft
	d.Agent.LLM.Prompt = "mine"
	saves, updates := store.saves, len(p.updates)
	_, err := Push(context.Background(), p, d, store, PushOptions{})
	var de *DriftError
	if !errors.As(err, &de) || len(de.Invalid) == 0 {
		t.Fatalf("err = %v", err)
	}
	if store.saves != saves || len(p.updates) != updates || len(store.versions) != 1 {
		t.Errorf("a refused merge saved, sent or kept something")
	}
}
