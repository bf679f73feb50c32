package proof

import (
	"bytes"
	"os"
	"syscall"
	"unsafe"
)

// createWatch reports the names of files created in (or renamed into) a
// folder, through inotify, as they appear: the crash test uses it to kill
// the binary in the middle of a write rather than at a guessed moment.
type createWatch struct {
	f     *os.File
	Names chan string
}

func watchCreates(dir string) (*createWatch, error) {
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC | syscall.IN_NONBLOCK)
	if err != nil {
		return nil, err
	}
	if _, err := syscall.InotifyAddWatch(fd, dir, syscall.IN_CREATE|syscall.IN_MOVED_TO); err != nil {
		_ = syscall.Close(fd)
		return nil, err
	}
	w := &createWatch{f: os.NewFile(uintptr(fd), "inotify"), Names: make(chan string, 64)}
	go w.read()
	return w, nil
}

func (w *createWatch) read() {
	defer close(w.Names)
	buf := make([]byte, 64<<10)
	for {
		n, err := w.f.Read(buf)
		if err != nil {
			return
		}
		for off := 0; off+syscall.SizeofInotifyEvent <= n; {
			ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off])) //nolint:gosec // the kernel's own layout
			nameStart := off + syscall.SizeofInotifyEvent
			name := string(bytes.TrimRight(buf[nameStart:nameStart+int(ev.Len)], "\x00"))
			off = nameStart + int(ev.Len)
			select {
			case w.Names <- name:
			default: // nobody is waiting for this one
			}
		}
	}
}

func (w *createWatch) Close() { _ = w.f.Close() }
