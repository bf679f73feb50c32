package providertest

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// DeepDoc is a document of the provider made from members (its minimal
// fields, written as JSON object members without braces) plus a list
// nested so that the whole document is depth levels deep, holding items
// small numbers at the bottom.
func DeepDoc(members string, depth, items int) []byte {
	inner := strings.TrimSuffix(strings.Repeat("1,", items), ",")
	return []byte("{" + members + `,"extra_settings":` + strings.Repeat("[", depth-1) + inner + strings.Repeat("]", depth-1) + "}")
}

// DeepTextDoc is like DeepDoc, but each level is an object holding a text
// of textLen characters besides the next level, as a document whose depth
// comes from nested settings would.
func DeepTextDoc(members string, depth, textLen int) []byte {
	level := `{"text":"` + strings.Repeat("x", textLen) + `","next":`
	return []byte("{" + members + `,"extra_settings":` + strings.Repeat(level, depth-2) + "{}" + strings.Repeat("}", depth-2) + "}")
}

// Cost is what decoding a document took: the bytes allocated on the way
// (garbage included) and the size of the native document kept.
type Cost struct {
	Allocated uint64
	Native    int
}

// DecodeCost decodes doc with p a few times and returns the cost of one.
func DecodeCost(t testing.TB, p agent.Provider, doc []byte) Cost {
	t.Helper()
	const runs = 3
	var before, after runtime.MemStats
	var native int
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range runs {
		dec, err := p.Decode(doc)
		if err != nil {
			t.Fatalf("a document within the limits was refused: %v", err)
		}
		native = len(dec.Native)
	}
	runtime.ReadMemStats(&after)
	return Cost{Allocated: (after.TotalAlloc - before.TotalAlloc) / runs, Native: native}
}

// Limits checks that p refuses a document over jsondoc's limits with its
// plain message, and that one just inside them costs in proportion to its
// size: its native document stays about as large as it, and decoding it
// allocates about what the same items one level deep do. members are the
// provider's minimal fields (see DeepDoc). Run it without t.Parallel, so
// the allocation counts are the decode's own.
func Limits(t *testing.T, p agent.Provider, members string) {
	t.Run("deeper than the limit", func(t *testing.T) {
		_, err := p.Decode(DeepDoc(members, jsondoc.MaxDepth+1, 1))
		if !errors.Is(err, jsondoc.ErrTooDeep) || !strings.Contains(err.Error(), "nested more than 128 levels deep") {
			t.Errorf("a document 129 levels deep: %v, want the depth refusal", err)
		}
	})
	t.Run("larger than the limit", func(t *testing.T) {
		doc := []byte("{" + members + `,"extra_settings":"` + strings.Repeat("x", jsondoc.MaxSize) + `"}`)
		_, err := p.Decode(doc)
		if !errors.Is(err, jsondoc.ErrTooLarge) || !strings.Contains(err.Error(), "larger than 16 MB") {
			t.Errorf("a document over 16 MB: %v, want the size refusal", err)
		}
	})
	t.Run("just inside the limits costs little", func(t *testing.T) {
		const items = 100_000
		deep := DeepDoc(members, jsondoc.MaxDepth-1, items)
		flat := DeepDoc(members, 2, items)
		deepCost, flatCost := DecodeCost(t, p, deep), DecodeCost(t, p, flat)
		t.Logf("depth %d, %d bytes: native %d bytes, %d bytes allocated (depth 2: %d)",
			jsondoc.MaxDepth-1, len(deep), deepCost.Native, deepCost.Allocated, flatCost.Allocated)
		if limit := 2*len(deep) + 8<<10; deepCost.Native > limit {
			t.Errorf("the native document of %d bytes is %d bytes, over %d", len(deep), deepCost.Native, limit)
		}
		if limit := 2*flatCost.Allocated + 1<<20; deepCost.Allocated > limit {
			t.Errorf("decoding allocated %d bytes, over %d (twice the shallow document's)", deepCost.Allocated, limit)
		}
		// Many tiny values make a generic JSON tree cost tens of bytes per
		// byte of document at any depth; a document of text costs a few.
		text := DeepTextDoc(members, jsondoc.MaxDepth-1, 1000)
		textCost := DecodeCost(t, p, text)
		t.Logf("depth %d, %d bytes of text: native %d bytes, %d bytes allocated",
			jsondoc.MaxDepth-1, len(text), textCost.Native, textCost.Allocated)
		if limit := 2*len(text) + 8<<10; textCost.Native > limit {
			t.Errorf("the native document of %d bytes is %d bytes, over %d", len(text), textCost.Native, limit)
		}
		if limit := uint64(16 * len(text)); textCost.Allocated > limit { // about 7 times here, 13 under -race
			t.Errorf("decoding %d bytes allocated %d bytes, over %d", len(text), textCost.Allocated, limit)
		}
	})
}
