//go:build unix

package storage

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// pushLockPoll is how often a push waiting for another push of the same
// draft checks whether it has finished. flock cannot be interrupted, so
// waiting polls, which lets ctrl+c (the context) end the wait.
const pushLockPoll = 50 * time.Millisecond

// lockPush takes an exclusive flock on path, creating the file. The kernel
// drops the lock when the holder exits, however it exits, so a crashed push
// never leaves a stale lock behind. The file is removed on release; a
// waiter that locked a file removed meanwhile sees that its inode is no
// longer the one at path and tries again on the new file.
func lockPush(ctx context.Context, path string, waiting func()) (unlock func(), err error) {
	told := false
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, filePerm)
		if err != nil {
			return nil, fmt.Errorf("could not open the push lock %s: %w", path, err)
		}
		fd := int(f.Fd())
		err = syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			if sameFile(f, path) {
				return func() {
					_ = os.Remove(path)
					_ = syscall.Flock(fd, syscall.LOCK_UN)
					_ = f.Close()
				}, nil
			}
			_ = syscall.Flock(fd, syscall.LOCK_UN)
			_ = f.Close()
			continue // the holder removed this file as we locked it
		}
		_ = f.Close()
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			return nil, fmt.Errorf("could not lock %s: %w", path, err)
		}
		if !told && waiting != nil {
			waiting()
			told = true
		}
		t := time.NewTimer(pushLockPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("stopped waiting for another push of this draft to finish: %w", ctx.Err())
		case <-t.C:
		}
	}
}

// sameFile reports whether the open file f is still the file at path.
func sameFile(f *os.File, path string) bool {
	held, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Stat(path)
	return err == nil && os.SameFile(held, now)
}
