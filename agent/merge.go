package agent

// NativeMerger is implemented by providers whose answers can leave out
// settings the agent has: Nova's docs show its settings objects in answers as
// integer arrays that carry nothing. MergeNative completes fresh, a document
// the provider just sent, with earlier, a native document known to be right
// (what was just pushed, or what a draft already holds), wherever fresh
// carries nothing. It never overrides a value fresh does carry.
type NativeMerger interface {
	MergeNative(earlier, fresh []byte) ([]byte, error)
}

// MergeNative returns fresh completed from earlier when p is a NativeMerger,
// else fresh unchanged. A pull that refreshes an existing draft and the
// read-back after a push use it, so neither reports or keeps as "removed" a
// setting the provider simply did not show.
func MergeNative(p Provider, earlier, fresh []byte) []byte {
	m, ok := p.(NativeMerger)
	if !ok || len(earlier) == 0 {
		return fresh
	}
	merged, err := m.MergeNative(earlier, fresh)
	if err != nil {
		return fresh
	}
	return merged
}
