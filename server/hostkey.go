package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// loadHostKey reads the server's private host key, creating an ed25519 key
// (mode 0600) the first time. It does its own writing rather than using
// wish.WithHostKeyPath, whose key generator changes the mode of an existing
// folder to 0700 and writes a .pub file beside the key. A key file other
// users can read is refused, as OpenSSH's sshd refuses it.
func loadHostKey(path string) (signer gossh.Signer, created bool, err error) {
	data, err := os.ReadFile(path) //nolint:gosec // G304: the host key file the person configured
	if errors.Is(err, fs.ErrNotExist) {
		if err := createHostKey(path); err != nil {
			return nil, false, err
		}
		created = true
		data, err = os.ReadFile(path) //nolint:gosec // G304: the host key file the person configured
	}
	if err != nil {
		return nil, false, fmt.Errorf("cannot read the host key %s: %w", path, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, false, fmt.Errorf("cannot read the host key %s: %w", path, err)
	}
	if info.Mode().Perm()&0o077 != 0 {
		return nil, false, fmt.Errorf("the host key %s can be read by other users (mode %04o); run: chmod 600 %s",
			path, info.Mode().Perm(), path)
	}
	signer, err = gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, fmt.Errorf("the host key %s is not a usable private key: %w", path, err)
	}
	return signer, created, nil
}

// createHostKey writes a new ed25519 key to path. It writes a temporary
// file first and links it into place, so a half-written key is never read
// and two servers starting at once cannot overwrite each other's key.
func createHostKey(path string) error {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("cannot make a host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "agentdeck serve host key")
	if err != nil {
		return fmt.Errorf("cannot make a host key: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create the folder for the host key: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".hostkey-*")
	if err != nil {
		return fmt.Errorf("cannot write the host key in %s: %w", dir, err)
	}
	defer func() { _ = os.Remove(tmp.Name()) }() // renamed away on success; else a stray temp file is all that is left
	if err := tmp.Chmod(0o600); err != nil {
		_ = tmp.Close() // the error above is the one to report
		return fmt.Errorf("cannot write the host key: %w", err)
	}
	if _, err := tmp.Write(pem.EncodeToMemory(block)); err != nil {
		_ = tmp.Close() // the error above is the one to report
		return fmt.Errorf("cannot write the host key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close() // the error above is the one to report
		return fmt.Errorf("cannot write the host key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write the host key: %w", err)
	}
	// Link fails if another process made the key meanwhile; theirs is used.
	if err := os.Link(tmp.Name(), path); err != nil && !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("cannot write the host key %s: %w", path, err)
	}
	return nil
}
