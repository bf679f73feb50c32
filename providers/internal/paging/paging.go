// Package paging reads a provider's whole agent list, page by page, for
// the three ways provider APIs page: page numbers and a size (Nova),
// skip and take (Dasha) and cursors (ElevenLabs), or no pages at all
// (Trillet). It is go-github's ListOptions/NextPage idea: a provider says
// how to fetch one page and what the answer said about the next; the
// loop, its end and its guards live here once.
package paging

import (
	"context"
	"errors"
	"iter"
)

// Style is how a provider's list pages.
type Style int

const (
	// Numbers pages with ?page=1&size=n, pages counted from 1 (the zero Style).
	Numbers Style = iota
	// SkipTake pages with ?skip=k&take=n, skip counting the items read so far.
	SkipTake
	// Cursors pages with ?cursor=c, each answer naming the next page's cursor.
	Cursors
)

// Page is the request for one page; a fetch uses the fields of its style.
type Page struct {
	Number int    // Numbers: the page, from 1
	Skip   int    // SkipTake: how many items came before
	Cursor string // Cursors: "" for the first page
	Size   int    // the items a page asks for
}

// Reply is what one answer said about the rest of the list. Its zero value
// says this was the last page, which is also how a list that does not page
// at all answers.
type Reply struct {
	Pages int    // Numbers: how many pages the list has
	Total int    // SkipTake: how many items the list has, -1 when not said
	Next  string // Cursors: the next page's cursor, "" at the end
}

var (
	// ErrTooManyPages is a list still going after MaxPages pages.
	ErrTooManyPages = errors.New("the list did not end within the most pages agentdeck reads")
	// ErrRepeatedCursor is an answer naming a cursor already followed,
	// which would loop for ever.
	ErrRepeatedCursor = errors.New("the same page of the list came twice")
)

// Lister reads one list.
type Lister[T any] struct {
	Style    Style
	Size     int // items a page asks for
	MaxPages int // the most pages read; 0 reads one page
	// Key names an item, to drop one an earlier page already gave (a
	// server that ignores skip sends the first page again, and then the
	// list ends). An item whose key is "" is always kept. Nil keeps all.
	Key func(T) string
	// Fetch asks for one page.
	Fetch func(ctx context.Context, p Page) ([]T, Reply, error)
}

// Pages yields each page's items (those not seen before), in order, and
// ends after the last page, or with one error: Fetch's, ErrRepeatedCursor,
// or ErrTooManyPages when the list is still going after MaxPages pages.
func (l Lister[T]) Pages(ctx context.Context) iter.Seq2[[]T, error] {
	return func(yield func([]T, error) bool) {
		seen, cursors := map[string]bool{}, map[string]bool{}
		p := Page{Number: 1, Size: l.Size}
		for range max(l.MaxPages, 1) {
			items, r, err := l.Fetch(ctx, p)
			if err != nil {
				yield(nil, err)
				return
			}
			fresh := l.unseen(items, seen)
			if !yield(fresh, nil) {
				return
			}
			var last bool
			switch l.Style {
			case Numbers:
				last = len(items) == 0 || p.Number >= r.Pages
				p.Number++
			case SkipTake:
				p.Skip += len(items)
				last = len(items) == 0 || (l.Key != nil && l.added(fresh) == 0) ||
					(r.Total >= 0 && p.Skip >= r.Total) || (r.Total < 0 && len(items) < l.Size)
			case Cursors:
				if last = r.Next == ""; !last && cursors[r.Next] {
					yield(nil, ErrRepeatedCursor)
					return
				}
				cursors[r.Next], p.Cursor = true, r.Next
			}
			if last {
				return
			}
		}
		yield(nil, ErrTooManyPages)
	}
}

// All reads every page and returns the items in order. With an error it
// returns the items read before it too, so a caller for whom a list cut
// short at MaxPages is still a list can use them.
func (l Lister[T]) All(ctx context.Context) ([]T, error) {
	var out []T
	for items, err := range l.Pages(ctx) {
		if err != nil {
			return out, err
		}
		out = append(out, items...)
	}
	return out, nil
}

// Capped is All for a provider whose list is what its first MaxPages
// pages hold: a list still going after them is not an error. Any other
// error returns no items.
func (l Lister[T]) Capped(ctx context.Context) ([]T, error) {
	out, err := l.All(ctx)
	switch {
	case errors.Is(err, ErrTooManyPages):
		return out, nil
	case err != nil:
		return nil, err
	}
	return out, nil
}

// unseen drops items whose key an earlier item had.
func (l Lister[T]) unseen(items []T, seen map[string]bool) []T {
	if l.Key == nil {
		return items
	}
	out := make([]T, 0, len(items))
	for _, it := range items {
		k := l.Key(it)
		if k != "" {
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, it)
	}
	return out
}

// added counts the items of fresh that have a key: new items a page gave,
// as opposed to items kept only because they could not be told apart.
func (l Lister[T]) added(fresh []T) int {
	n := 0
	for _, it := range fresh {
		if l.Key(it) != "" {
			n++
		}
	}
	return n
}
