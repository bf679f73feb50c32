//go:build linux && !amd64

package storage

import (
	"os"
	"syscall"
)

// statter stats the files of one folder. On Linux it calls stat directly,
// which spares building a FileInfo for each of 100,000 files.
type statter struct {
	prefix string // the folder and a separator
}

func newStatter(_ *os.File, dir string) statter {
	return statter{prefix: dir + string(os.PathSeparator)}
}

// stat follows a symlink, as opening the draft would.
func (s statter) stat(name string) (fileStamp, bool) {
	var st syscall.Stat_t
	if err := syscall.Stat(s.prefix+name, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return fileStamp{}, false
	}
	return fileStamp{size: st.Size, mod: st.Mtim.Nano()}, true
}
