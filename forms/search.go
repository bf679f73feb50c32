package forms

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/huh/v2"
)

// Long choice lists (a provider's live voice list can hold hundreds) are
// slow in a huh select, which draws every option on every key: about 20 µs
// per option here, so 500 voices cost 10 ms a key against a 2 ms budget.
// Above searchAbove choices the select shows at most searchShown of them,
// narrowed by a search input placed just above it.
const (
	searchAbove = 40
	searchShown = 30
)

// sharedText is a string huh writes from the program's goroutine and an
// options function reads from a command's goroutine (huh runs OptionsFunc
// in a command), so the copy that function reads is guarded.
type sharedText struct {
	plain *string // the Section's value, read and written on the UI goroutine
	mu    sync.Mutex
	copy  string
}

func newSharedText(plain *string) *sharedText { return &sharedText{plain: plain, copy: *plain} }

// Get implements huh.Accessor.
func (s *sharedText) Get() string { return *s.plain }

// Set implements huh.Accessor.
func (s *sharedText) Set(v string) {
	*s.plain = v
	s.mu.Lock()
	s.copy = v
	s.mu.Unlock()
}

func (s *sharedText) load() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.copy
}

// searchable turns sel into a select over at most searchShown of all,
// narrowed by the returned search input. all starts with "not set" and, on
// open lists, ends with "Other"; both always stay, and so does the option
// chosen now, so narrowing never changes the choice by itself. shown and
// set are the options shown now and the way to choose one, for a picker.
func (b *builder) searchable(f *field, sel *huh.Select[string], all []huh.Option[string], count int) (search *huh.Input, shown func() []huh.Option[string], set, narrowTo func(string)) {
	query := ""
	q := newSharedText(&query)
	v := newSharedText(&f.value)
	sel.OptionsFunc(func() []huh.Option[string] {
		return narrow(all, q.load(), v.load())
	}, &query).Accessor(v).Height(listHeight)
	shown = func() []huh.Option[string] { return narrow(all, query, f.value) }
	search = huh.NewInput().Key(f.path + "#search").Title(f.info.Label + ": search").
		Description(fmt.Sprintf("%d to choose from; type part of a name to narrow the list below.", count)).
		Accessor(q)
	// Typing in the list itself narrows it too; the search input shows
	// the same text, or it would write its own back on the next update.
	narrowTo = func(text string) {
		q.Set(text)
		search.Accessor(q)
	}
	return search, shown, v.Set, narrowTo
}

// narrow picks the options matching query (in label or value, any case).
func narrow(all []huh.Option[string], query, current string) []huh.Option[string] {
	query = strings.ToLower(strings.TrimSpace(query))
	first, last := all[0], all[len(all)-1]
	body := all[1:]
	if last.Value == otherValue {
		body = all[1 : len(all)-1]
	}
	out := []huh.Option[string]{first}
	for _, o := range body {
		match := query == "" || strings.Contains(strings.ToLower(o.Key), query) || strings.Contains(strings.ToLower(o.Value), query)
		switch {
		case o.Value == current:
			out = append(out, o)
		case match && len(out) <= searchShown:
			out = append(out, o)
		}
	}
	if last.Value == otherValue {
		out = append(out, last)
	}
	return out
}
