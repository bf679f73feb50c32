package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// maxSpaceName is the longest space name a key line may give.
const maxSpaceName = 64

// ValidSpaceName reports whether name may be used as a folder under the
// spaces folder as it is: 1 to 64 bytes, each a lower-case ASCII letter, a
// digit, '_' or '-'. Anything else — a slash, a dot, a NUL, upper case, a
// look-alike Unicode letter — is refused rather than cleaned up, so no
// name can reach outside its folder or pass for another.
func ValidSpaceName(name string) bool {
	if len(name) == 0 || len(name) > maxSpaceName {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_', c == '-':
		default:
			return false
		}
	}
	return true
}

// FingerprintSpaceName is the space of a key whose line names none (or an
// unusable one): "key-" and the first 16 hex digits of the key's SHA-256,
// stable for as long as the key is.
func FingerprintSpaceName(key gossh.PublicKey) string {
	sum := sha256.Sum256(key.Marshal())
	return "key-" + hex.EncodeToString(sum[:8])
}

// spaceDir makes sure the folder of space exists under spacesDir (both
// 0700) and returns its path. It checks the name again, so a bug elsewhere
// cannot turn into a path outside spacesDir.
func spaceDir(spacesDir, space string) (string, error) {
	if !ValidSpaceName(space) {
		return "", fmt.Errorf("the space name %q is not allowed", space)
	}
	dir := filepath.Join(spacesDir, space)
	if filepath.Dir(dir) != filepath.Clean(spacesDir) {
		return "", fmt.Errorf("the space name %q is not allowed", space)
	}
	if err := os.MkdirAll(spacesDir, 0o700); err != nil {
		return "", fmt.Errorf("cannot create the spaces folder: %w", err)
	}
	if err := os.Mkdir(dir, 0o700); err != nil && !os.IsExist(err) {
		return "", fmt.Errorf("cannot create the folder of space %s: %w", space, err)
	}
	// A space folder replaced by a link could lead elsewhere; refuse it.
	info, err := os.Lstat(dir)
	if err != nil {
		return "", fmt.Errorf("cannot open the folder of space %s: %w", space, err)
	}
	if !info.IsDir() {
		return "", fmt.Errorf("the space %s is not a plain folder (%s)", space, dir)
	}
	return dir, nil
}
