//go:build !unix

package storage

// lockFile is a no-op where flock is missing. The revision check still
// catches almost every concurrent edit; only two saves landing in the same
// instant could slip past it.
func lockFile(string) (unlock func(), err error) { return func() {}, nil }
