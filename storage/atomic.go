package storage

import (
	"fmt"
	"os"
	"path/filepath"
)

// Permissions of everything agentdeck writes: drafts and settings may hold
// business details and the credentials file holds keys, so only the owner
// reads them.
const (
	filePerm = 0o600
	dirPerm  = 0o700
)

// writeFileAtomic replaces path with data so that a reader, or a crash, sees
// either the old file or the new one, never half of one: write a temp file in
// the same folder, fsync it, rename it over path, fsync the folder.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := writeTemp(path, data)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil { //nolint:gosec // G703: tmp is the temp file writeTemp made beside path
		_ = os.Remove(tmp) //nolint:gosec // G703: as above
		return fmt.Errorf("could not put %s in place: %w", path, err)
	}
	syncDir(filepath.Dir(path))
	return nil
}

// writeTemp writes data to a new temp file beside path, synced to disk,
// and returns its name: the first half of writeFileAtomic, which a caller
// can do before it takes a lock, so that waiting for the disk does not
// hold everyone else up.
func writeTemp(path string, data []byte) (tmp string, err error) {
	dir := filepath.Dir(path)
	// The temp name starts with a dot and ends in .tmp, so a listing never
	// mistakes a leftover for a draft.
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("could not write in %s: %w", dir, err)
	}
	tmp = f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err = f.Chmod(filePerm); err != nil {
		return "", fmt.Errorf("could not protect %s: %w", tmp, err)
	}
	if _, err = f.Write(data); err != nil {
		return "", fmt.Errorf("could not write %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return "", fmt.Errorf("could not write %s to disk: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return "", fmt.Errorf("could not write %s: %w", path, err)
	}
	return tmp, nil
}

// syncDir makes a rename in dir durable. The rename has already happened, so
// a failure here (some systems cannot sync folders) only weakens durability
// across a power cut and does not turn a save into a failure.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

// ensureDir creates dir, and any missing parents, readable by the owner only.
func ensureDir(dir string) error {
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return fmt.Errorf("could not create the folder %s: %w", dir, err)
	}
	return nil
}
