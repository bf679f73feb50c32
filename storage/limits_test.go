package storage

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// deepList is JSON lists nested depth levels deep around items small
// numbers.
func deepList(depth, items int) string {
	return strings.Repeat("[", depth) + strings.TrimSuffix(strings.Repeat("1,", items), ",") + strings.Repeat("]", depth)
}

// allocated is what f allocates, garbage included.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestDeepNativeCostsLittleOnDisk: a native document 127 levels deep is
// stored about as large as it is (indenting every level, as json.Indent
// does, made 200 KB into 25 MB), and reads back the same. Not parallel: it
// counts allocations.
func TestDeepNativeCostsLittleOnDisk(t *testing.T) {
	s := newTestStore(t)
	d := newDraft("Deep", "dasha")
	d.SetNative(`{"name":"Deep","extra":` + deepList(126, 100_000) + "}")
	var err error
	alloc := allocated(func() { err = s.Save(&d) })
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(s.path(d.ID))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("native %d bytes: draft file %d bytes, %d bytes allocated to save it", len(d.Native()), info.Size(), alloc)
	if limit := int64(2*len(d.Native()) + 16<<10); info.Size() > limit {
		t.Errorf("the draft file is %d bytes, over %d", info.Size(), limit)
	}
	if limit := uint64(48 * len(d.Native())); alloc > limit {
		t.Errorf("saving allocated %d bytes, over %d", alloc, limit)
	}
	back, err := s.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(strings.Fields(back.Native()), "") != d.Native() {
		t.Error("the native document read back is not the one saved")
	}
}

// TestHostileDraftFilesAreRefusedCheaply: a draft file put in the folder by
// hand whose native document nests past the limit is listed as damaged
// with the reason and never opened, at a cost in proportion to the file.
func TestHostileDraftFilesAreRefusedCheaply(t *testing.T) {
	tests := []struct {
		name, native string
	}{
		{"one level past the limit", `{"a":` + deepList(128, 1) + "}"},
		{"20,000 levels", deepList(20_000, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestStore(t)
			file := "schema_version: 1\nid: hostile1\nname: Hostile\nprovider: dasha\nnative: '" + tt.native + "'\n"
			if err := os.WriteFile(filepath.Join(s.dir, "hostile1.yaml"), []byte(file), 0o600); err != nil {
				t.Fatal(err)
			}
			var err error
			alloc := allocated(func() { _, err = s.Load("hostile1") })
			if err == nil || !strings.Contains(err.Error(), "nested more than 128 levels deep") {
				t.Errorf("Load: %v, want the depth refusal", err)
			}
			if limit := uint64(200*len(file) + 1<<20); alloc > limit {
				t.Errorf("refusing a %d-byte file allocated %d bytes, over %d", len(file), alloc, limit)
			}
			entries, err := s.List()
			if err != nil || len(entries) != 1 || entries[0].Status != StatusDamaged ||
				!strings.Contains(entries[0].Damaged, "nested more than 128 levels deep") {
				t.Errorf("List: %+v, %v; want the file listed as damaged with the reason", entries, err)
			}
		})
	}
}
