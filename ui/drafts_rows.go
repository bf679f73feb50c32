package ui

import (
	"slices"
	"strings"
)

// draftRow is one entry with what the filter matches against and what the
// list sorts by, lowercased once.
type draftRow struct {
	DraftEntry
	search string
	lower  string // the name, lowercased
}

// prepareRows makes the screen's rows of entries, newest edit first. It
// reads only what newDraftsScreen set (the provider names), so it runs off
// the UI loop.
func (s *draftsScreen) prepareRows(entries []DraftEntry) []draftRow {
	rows := make([]draftRow, len(entries))
	for i, e := range entries {
		e = named(e)
		lower := strings.ToLower(e.Name)
		rows[i] = draftRow{DraftEntry: e, lower: lower,
			search: lower + " " + strings.ToLower(s.providerName(e.Provider)+" "+e.Provider+" "+statusWord(e))}
	}
	sortRows(rows)
	return rows
}

// sortRows puts the newest edit first, then sorts by name. The store lists
// in nearly this order already, so a check spares most sorts.
func sortRows(rows []draftRow) {
	if slices.IsSortedFunc(rows, compareRows) {
		return
	}
	slices.SortStableFunc(rows, compareRows)
}

func compareRows(a, b draftRow) int {
	if c := b.Updated.Compare(a.Updated); c != 0 {
		return c
	}
	return strings.Compare(a.lower, b.lower)
}

// refilter shows the drafts whose name, provider or status holds the
// filter's text.
func (s *draftsScreen) refilter() {
	q := strings.ToLower(strings.TrimSpace(s.filter.Value()))
	s.shown = s.shown[:0]
	for i := range s.entries {
		if q == "" || strings.Contains(s.entries[i].search, q) {
			s.shown = append(s.shown, i)
		}
	}
	s.cursor = min(s.cursor, max(len(s.shown)-1, 0))
	s.scroll()
}
