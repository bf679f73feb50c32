package server

import (
	"bufio"
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	gossh "golang.org/x/crypto/ssh"
)

// spaceOption is the authorized_keys option that names a key's space:
// agentdeck-space="alice".
const spaceOption = "agentdeck-space"

// harmlessOptions are the OpenSSH key options agentdeck serve accepts
// because it already behaves as they ask: it forwards no ports, agents or
// X11 and runs nothing but the agentdeck UI. A key with any other option
// (command=, from=, expiry-time=, no-pty, cert-authority, …) is left out
// with a warning: honouring only part of what the owner wrote would grant
// more than they meant.
var harmlessOptions = map[string]bool{
	"restrict":            true,
	"pty":                 true,
	"no-agent-forwarding": true,
	"no-port-forwarding":  true,
	"no-x11-forwarding":   true,
	"no-user-rc":          true,
}

// authorizedKey is one usable line of the authorized-keys file.
type authorizedKey struct {
	space       string
	fingerprint string
}

// authorizedKeys is the authorized-keys file, read again whenever it
// changes. It is checked on every authentication attempt rather than by a
// watcher, so an edit takes effect at the next login with no goroutine.
type authorizedKeys struct {
	path      string
	spacesDir string // for the hint about comment-named spaces
	log       *slog.Logger

	mu     sync.Mutex
	stamp  os.FileInfo              // the file as last read; nil when never read
	byKey  map[string]authorizedKey // by the key's wire form
	failed bool                     // the last read failed (logged once)
}

func newAuthorizedKeys(path, spacesDir string, log *slog.Logger) *authorizedKeys {
	return &authorizedKeys{path: path, spacesDir: spacesDir, log: log}
}

// load reads the file now, so what it has to say is logged at start-up
// rather than at the first login.
func (a *authorizedKeys) load() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.refresh()
}

// lookup says whether key may log in, and as which space.
func (a *authorizedKeys) lookup(key gossh.PublicKey) (authorizedKey, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.refresh()
	k, ok := a.byKey[string(key.Marshal())]
	return k, ok
}

// refresh reads the file again if it is not the one read last time. A file
// that cannot be read lets nobody in until it can.
func (a *authorizedKeys) refresh() {
	info, err := os.Stat(a.path)
	if err == nil && a.stamp != nil && sameFile(a.stamp, info) {
		return
	}
	var data []byte
	if err == nil {
		data, err = os.ReadFile(a.path)
	}
	if err != nil {
		if !a.failed {
			a.log.Warn("cannot read the authorized keys file; nobody can log in until it can be read",
				"file", a.path, "error", err)
		}
		a.failed, a.stamp, a.byKey = true, nil, nil
		return
	}
	a.failed, a.stamp = false, info
	a.byKey = parseAuthorizedKeys(data, a.path, a.spacesDir, a.log)
}

// sameFile is true when b is the same, unchanged file as a: same inode,
// size and modification time.
func sameFile(a, b os.FileInfo) bool {
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// parseAuthorizedKeys reads OpenSSH authorized_keys lines. A line that
// cannot be used is skipped with a warning naming its number; the others
// still work.
func parseAuthorizedKeys(data []byte, path, spacesDir string, log *slog.Logger) map[string]authorizedKey {
	keys := map[string]authorizedKey{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, comment, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			log.Warn("authorized keys: line skipped, it is not a public key", "file", path, "line", n)
			continue
		}
		fp := gossh.FingerprintSHA256(key)
		space, note, problem := spaceFor(key, options)
		if problem != "" {
			log.Warn("authorized keys: line skipped: "+problem, "file", path, "line", n, "key", fp)
			continue
		}
		if note != "" {
			log.Warn("authorized keys: "+note, "file", path, "line", n, "key", fp, "space", space)
		}
		if hint := commentHint(spacesDir, comment, options); hint != "" {
			log.Warn("authorized keys: "+hint, "file", path, "line", n, "key", fp, "space", space)
		}
		wire := string(key.Marshal())
		if _, dup := keys[wire]; dup {
			log.Warn("authorized keys: key listed twice; the first line counts", "file", path, "line", n, "key", fp)
			continue
		}
		keys[wire] = authorizedKey{space: space, fingerprint: fp}
	}
	if err := sc.Err(); err != nil {
		log.Warn("authorized keys: stopped reading", "file", path, "error", err)
	}
	return keys
}

// spaceFor picks the space of a key line: its agentdeck-space option, else
// a name from its fingerprint. The comment never names a space: whoever
// made the key chose it, so a key commented "alice" would otherwise open
// Alice's drafts and credentials. A named space that is not allowed (see
// ValidSpaceName) falls back to the fingerprint name, and note says so.
// problem is set when the line must not be used at all.
func spaceFor(key gossh.PublicKey, options []string) (space, note, problem string) {
	fallback := FingerprintSpaceName(key)
	named, hasOption := "", false
	for _, opt := range options {
		name, value, _ := strings.Cut(opt, "=")
		name = strings.ToLower(strings.TrimSpace(name))
		switch {
		case name == spaceOption:
			if hasOption {
				return "", "", "it names its space twice"
			}
			named, hasOption = unquote(value), true
		case !harmlessOptions[name]:
			return "", "", fmt.Sprintf("agentdeck serve does not support the option %q", name)
		}
	}
	if !hasOption {
		return fallback, "", ""
	}
	if ValidSpaceName(named) {
		return named, "", ""
	}
	return fallback, "the space name in " + spaceOption + " is not allowed (use 1 to 64 of a-z, 0-9, _ and -); the key gets a name from its fingerprint", ""
}

// commentHint is the start-up advice for a line without agentdeck-space
// whose comment is the name of an existing space folder: before spaces
// stopped coming from comments, that folder was this key's, and its owner
// must now say so on purpose. "" when there is nothing to say.
func commentHint(spacesDir, comment string, options []string) string {
	comment = strings.TrimSpace(comment)
	if spacesDir == "" || !ValidSpaceName(comment) {
		return ""
	}
	for _, opt := range options {
		if name, _, _ := strings.Cut(opt, "="); strings.EqualFold(strings.TrimSpace(name), spaceOption) {
			return ""
		}
	}
	//nolint:gosec // G703: ValidSpaceName above lets through only a-z, 0-9, _ and -
	if info, err := os.Lstat(filepath.Join(spacesDir, comment)); err != nil || !info.IsDir() {
		return ""
	}
	return fmt.Sprintf("the comment %q names an existing space, but comments no longer choose spaces, so this key "+
		"gets a space of its own; if the space %q is this key's, add %s=\"%s\" at the start of the line", comment, comment, spaceOption, comment)
}

// unquote takes the value of an option out of its double quotes, undoing
// the \" escapes OpenSSH allows inside.
func unquote(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		v = strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`)
	}
	return v
}
