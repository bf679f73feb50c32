//go:build unix

package storage

import (
	"fmt"
	"os"
	"syscall"
)

// lockFile takes an exclusive lock that other agentdeck processes on this
// machine respect (two SSH sessions, or the TUI and a CLI push), so a
// read-compare-write of a draft or of the credentials is never interleaved.
// The lock file itself stays; it is empty.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, filePerm)
	if err != nil {
		return nil, fmt.Errorf("could not open the lock file %s: %w", path, err)
	}
	fd := int(f.Fd())
	if err := syscall.Flock(fd, syscall.LOCK_EX); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("could not lock %s: %w", path, err)
	}
	return func() {
		_ = syscall.Flock(fd, syscall.LOCK_UN)
		_ = f.Close()
	}, nil
}
