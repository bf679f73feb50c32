package ui

import (
	"slices"
	"strings"
)

// draftRow is one entry with what the filter matches against, lowercased
// once.
type draftRow struct {
	DraftEntry
	search string
}

// prepareRows makes the screen's rows of entries, newest edit first. It
// reads only what newDraftsScreen set (the provider names), so it runs off
// the UI loop.
func (s *draftsScreen) prepareRows(entries []DraftEntry) []draftRow {
	rows := make([]draftRow, len(entries))
	for i, e := range entries {
		e = named(e)
		rows[i] = draftRow{DraftEntry: e, search: strings.ToLower(e.Name + " " + s.providerName(e.Provider) + " " + e.Provider + " " + statusWord(e))}
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
	return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
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
