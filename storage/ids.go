package storage

import (
	"crypto/rand"
	"fmt"
	"strings"
)

// idAlphabet is lowercase base32: ids read well aloud and survive
// case-insensitive file systems.
const idAlphabet = "abcdefghijklmnopqrstuvwxyz234567"

// idLength gives 50 random bits: collisions are checked anyway, but stay
// vanishingly rare even with many thousands of drafts.
const idLength = 10

// newID returns a short random lowercase id such as "k3xq7mwa2d".
func newID() string {
	var b [idLength]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported systems
	for i := range b {
		b[i] = idAlphabet[b[i]%32]
	}
	return string(b[:])
}

// checkID refuses ids that could name a file outside the drafts folder or a
// hidden file. Any other file stem is an id: a draft copied by hand to
// my-agent.yaml has the id my-agent.
func checkID(id string) error {
	if id == "" || strings.HasPrefix(id, ".") || strings.ContainsAny(id, `/\`+"\x00") {
		return fmt.Errorf("%q is not a draft id", id)
	}
	return nil
}
