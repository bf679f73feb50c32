package storage

import (
	"os"
	"syscall"
	"unsafe"
)

// statter stats the files of one folder relative to the folder's open
// descriptor (fstatat): no path to build per file and no walk of the
// folder's own path in the kernel, which at 100,000 drafts is a good part
// of `agentdeck list`. The standard library exports Fstatat on some Linux
// architectures only, so this one makes the call itself.
type statter struct {
	dir uintptr
	buf []byte // the name, NUL-terminated, reused from file to file
}

func newStatter(f *os.File, _ string) statter {
	return statter{dir: f.Fd(), buf: make([]byte, 0, 64)}
}

// stat follows a symlink, as opening the draft would.
func (s *statter) stat(name string) (fileStamp, bool) {
	s.buf = append(append(s.buf[:0], name...), 0)
	var st syscall.Stat_t
	// The kernel reads the name and writes the stat buffer during the call
	// only; both stay alive and unmoved until it returns.
	_, _, errno := syscall.Syscall6(syscall.SYS_NEWFSTATAT, s.dir,
		uintptr(unsafe.Pointer(&s.buf[0])), uintptr(unsafe.Pointer(&st)), 0, 0, 0) //nolint:gosec // G103: fstatat needs the two pointers, as syscall.Fstatat passes them on other architectures
	if errno != 0 || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return fileStamp{}, false
	}
	return fileStamp{size: st.Size, mod: st.Mtim.Nano()}, true
}
