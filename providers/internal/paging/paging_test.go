package paging

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"testing"
)

// list is a server's list of n items, "a0" … .
func list(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "a" + strconv.Itoa(i)
	}
	return out
}

func TestNumbersReadEveryPage(t *testing.T) {
	t.Parallel()
	all := list(7)
	var asked []int
	l := Lister[string]{Style: Numbers, Size: 3, MaxPages: 10, Fetch: func(_ context.Context, p Page) ([]string, Reply, error) {
		asked = append(asked, p.Number)
		start := (p.Number - 1) * p.Size
		return all[min(start, len(all)):min(start+p.Size, len(all))], Reply{Pages: 3}, nil
	}}
	got, err := l.All(context.Background())
	if err != nil || !slices.Equal(got, all) || !slices.Equal(asked, []int{1, 2, 3}) {
		t.Fatalf("got %v, %v after pages %v", got, err, asked)
	}
}

func TestAListThatDoesNotPageIsOneRequest(t *testing.T) {
	t.Parallel()
	calls := 0
	l := Lister[string]{Fetch: func(context.Context, Page) ([]string, Reply, error) {
		calls++
		return list(2), Reply{}, nil
	}}
	if got, err := l.All(context.Background()); err != nil || len(got) != 2 || calls != 1 {
		t.Fatalf("got %v, %v in %d calls", got, err, calls)
	}
}

func TestSkipTake(t *testing.T) {
	t.Parallel()
	all := list(5)
	page := func(p Page) []string { return all[min(p.Skip, len(all)):min(p.Skip+p.Size, len(all))] }
	tests := []struct {
		name  string
		fetch func(p Page) ([]string, Reply)
		want  int
	}{
		{"with a total", func(p Page) ([]string, Reply) { return page(p), Reply{Total: 5} }, 5},
		{"without a total a short page ends it", func(p Page) ([]string, Reply) { return page(p), Reply{Total: -1} }, 5},
		{"a server that ignores skip is read once", func(p Page) ([]string, Reply) { return all[:2], Reply{Total: -1} }, 2},
	}
	for _, tt := range tests {
		l := Lister[string]{
			Style: SkipTake, Size: 2, MaxPages: 10, Key: func(s string) string { return s },
			Fetch: func(_ context.Context, p Page) ([]string, Reply, error) {
				items, r := tt.fetch(p)
				return items, r, nil
			},
		}
		if got, err := l.All(context.Background()); err != nil || len(got) != tt.want {
			t.Errorf("%s: got %v, %v", tt.name, got, err)
		}
	}
	// Items that cannot be told apart are kept, never taken for repeats.
	l := Lister[string]{
		Style: SkipTake, Size: 2, MaxPages: 10, Key: func(s string) string { return s },
		Fetch: func(_ context.Context, p Page) ([]string, Reply, error) {
			return []string{"", "x"}, Reply{Total: 4}, nil
		},
	}
	if got, _ := l.All(context.Background()); !slices.Equal(got, []string{"", "x", ""}) {
		t.Errorf("unnamed items: %q", got)
	}
}

func TestCursors(t *testing.T) {
	t.Parallel()
	next := map[string]string{"": "c1", "c1": "c2", "c2": ""}
	l := Lister[string]{Style: Cursors, Size: 1, MaxPages: 10, Fetch: func(_ context.Context, p Page) ([]string, Reply, error) {
		return []string{"at " + p.Cursor}, Reply{Next: next[p.Cursor]}, nil
	}}
	if got, err := l.All(context.Background()); err != nil || !slices.Equal(got, []string{"at ", "at c1", "at c2"}) {
		t.Fatalf("got %q, %v", got, err)
	}
	next["c2"] = "c1"
	if _, err := l.All(context.Background()); !errors.Is(err, ErrRepeatedCursor) {
		t.Errorf("a cursor loop: %v", err)
	}
}

func TestGuards(t *testing.T) {
	t.Parallel()
	endless := Lister[string]{Style: Numbers, Size: 1, MaxPages: 3, Fetch: func(context.Context, Page) ([]string, Reply, error) {
		return []string{"x"}, Reply{Pages: 1000}, nil
	}}
	if got, err := endless.All(context.Background()); !errors.Is(err, ErrTooManyPages) || len(got) != 3 {
		t.Errorf("an endless list: %v after %d items", err, len(got))
	}
	boom := errors.New("boom")
	failing := Lister[string]{Style: Numbers, MaxPages: 3, Fetch: func(context.Context, Page) ([]string, Reply, error) {
		return nil, Reply{}, boom
	}}
	if _, err := failing.All(context.Background()); !errors.Is(err, boom) {
		t.Errorf("a failing page: %v", err)
	}
	pages := 0
	for _, err := range endless.Pages(context.Background()) {
		if err != nil {
			t.Fatalf("page %d: %v", pages+1, err)
		}
		if pages++; pages == 2 {
			break // stopping early asks for no more pages
		}
	}
	if pages != 2 {
		t.Errorf("read %d pages", pages)
	}
}

func TestCappedKeepsWhatTheMostPagesHold(t *testing.T) {
	t.Parallel()
	endless := Lister[string]{Style: Numbers, Size: 1, MaxPages: 2, Fetch: func(context.Context, Page) ([]string, Reply, error) {
		return []string{"x"}, Reply{Pages: 1000}, nil
	}}
	if got, err := endless.Capped(context.Background()); err != nil || len(got) != 2 {
		t.Errorf("Capped = %v, %v", got, err)
	}
	failing := Lister[string]{Fetch: func(context.Context, Page) ([]string, Reply, error) {
		return []string{"x"}, Reply{}, errors.New("boom")
	}}
	if got, err := failing.Capped(context.Background()); err == nil || got != nil {
		t.Errorf("a failing list: %v, %v", got, err)
	}
}
