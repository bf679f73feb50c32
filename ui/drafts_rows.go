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

// filterStep is one query typed into the filter and the rows it showed.
type filterStep struct {
	query string
	shown []int
}

// refilter shows the drafts whose name, provider or status holds the
// filter's text. Typing on narrows what the last query showed, and a
// backspace goes back to what the shorter query showed, so at 100,000
// drafts only the first letter reads every row.
func (s *draftsScreen) refilter() {
	q := strings.ToLower(strings.TrimSpace(s.filter.Value()))
	from := -1 // the step whose rows hold every match of q; -1: all rows
	for k := len(s.steps) - 1; k >= 0 && from < 0; k-- {
		switch {
		case s.steps[k].query == q:
			s.steps = s.steps[:k+1]
			s.shown = s.steps[k].shown
			s.cursor = min(s.cursor, max(len(s.shown)-1, 0))
			s.scroll()
			return
		case strings.Contains(q, s.steps[k].query):
			from = k
		}
	}
	s.steps = s.steps[:from+1]
	var shown []int
	switch {
	case q == "":
		shown = make([]int, len(s.entries))
		for i := range shown {
			shown[i] = i
		}
	case from >= 0:
		for _, i := range s.steps[from].shown {
			if strings.Contains(s.entries[i].search, q) {
				shown = append(shown, i)
			}
		}
	default:
		for i := range s.entries {
			if strings.Contains(s.entries[i].search, q) {
				shown = append(shown, i)
			}
		}
	}
	if q != "" {
		s.steps = append(s.steps, filterStep{query: q, shown: shown})
	}
	s.shown = shown
	s.cursor = min(s.cursor, max(len(s.shown)-1, 0))
	s.scroll()
}
