package fakeapi

import (
	"slices"
	"testing"
)

func TestAgentsKeepCreationOrder(t *testing.T) {
	t.Parallel()
	var s Agents[string]
	for _, name := range []string{"a", "b", "c"} {
		s.Add(s.NewID("agt_%d"), name)
	}
	if got := s.IDs(); !slices.Equal(got, []string{"agt_1", "agt_2", "agt_3"}) || s.Len() != 3 {
		t.Fatalf("ids %v", got)
	}
	s.Add("agt_2", "b2") // a replace keeps its place
	if d, ok := s.Get("agt_2"); !ok || d != "b2" || !slices.Equal(s.All(), []string{"a", "b2", "c"}) {
		t.Fatalf("replace: %v", s.All())
	}
	if got := s.Page(1, 5); !slices.Equal(got, []string{"agt_2", "agt_3"}) {
		t.Errorf("page: %v", got)
	}
	if got := s.Page(7, 5); len(got) != 0 {
		t.Errorf("page past the end: %v", got)
	}
	s.Remove("agt_1")
	s.Add("agt_1", "a again") // removed and added again: now the newest
	if got := s.IDs(); !slices.Equal(got, []string{"agt_2", "agt_3", "agt_1"}) {
		t.Errorf("after remove and add: %v", got)
	}
	if id := s.NewID("agt_%d"); id != "agt_4" {
		t.Errorf("the counter went back: %s", id)
	}
}

func TestParseObject(t *testing.T) {
	t.Parallel()
	for doc, ok := range map[string]bool{``: true, `{"a":1.0}`: true, `[1]`: false, `null`: false, `{} {}`: false} {
		obj, err := ParseObject([]byte(doc))
		if (err == nil) != ok || (ok && obj == nil) {
			t.Errorf("ParseObject(%q) = %v, %v", doc, obj, err)
		}
	}
	if got := string(Marshal(map[string]any{"b": "<", "a": 1})); got != "{\n  \"a\": 1,\n  \"b\": \"<\"\n}" {
		t.Errorf("Marshal: %s", got)
	}
}
