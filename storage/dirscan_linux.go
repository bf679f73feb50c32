package storage

import (
	"os"

	"golang.org/x/sys/unix"
)

// statter stats the files of one folder. On Linux it stats each name
// relative to the open folder, which spares the kernel walking the folder's
// own path again for each of 100,000 files (a third of the cost of a stat).
type statter struct {
	fd int
}

func newStatter(dir *os.File, _ string) statter { return statter{fd: int(dir.Fd())} }

// stat follows a symlink, as opening the draft would.
func (s statter) stat(name string) (fileStamp, bool) {
	var st unix.Stat_t
	if err := unix.Fstatat(s.fd, name, &st, 0); err != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
		return fileStamp{}, false
	}
	return fileStamp{size: st.Size, mod: st.Mtim.Nano()}, true
}
