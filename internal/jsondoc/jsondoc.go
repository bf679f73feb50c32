// Package jsondoc is the one JSON document kit: what every JSON document
// agentdeck reads shares, and how every provider reads, overlays and writes
// its agent documents.
//
//   - Limits: one size limit and one depth limit, a cheap check against them
//     that runs before any document is parsed, a bounded reader, and an
//     indenter whose output grows linearly with its input (this file,
//     indent.go).
//   - The tree: one ordered tree type (Object) that keeps key order and
//     numbers' text, parsed and written here (object.go, parse.go,
//     write.go), walked with a Path (path.go, walk.go).
//   - The coercion table: one rule per kind of value (string, number,
//     integer, bool, string list) that all four providers' decoders read
//     through (coerce.go), and the table-driven Field overlay built on it
//     (fields.go).
//
// Every provider's Decode, every answer a provider client reads, the draft
// files' native documents and the import command go through it, so a
// hostile document is refused in one place with one message, and a
// document within the limits costs memory and disk in proportion to its
// size. It sits at the module's root internal/ rather than under providers/
// because storage and the command line use the same limits. It imports
// only the standard library: the Field table is generic over the model.
package jsondoc

import (
	"errors"
	"fmt"
	"io"
)

const (
	// MaxSize bounds a document: the bytes read from a file or an answer,
	// and a stored document's size without its indentation. Agent
	// documents are a few hundred kilobytes at most.
	MaxSize = 16 << 20
	// MaxDepth bounds how deeply objects and lists nest; the top-level
	// object is level 1. Real agent documents nest about a dozen levels.
	MaxDepth = 128
)

var (
	// ErrTooLarge is a document over MaxSize.
	ErrTooLarge = fmt.Errorf("the document is larger than %d MB, more than agentdeck reads", MaxSize>>20)
	// ErrTooDeep is a document nested deeper than MaxDepth.
	ErrTooDeep = fmt.Errorf("the document is nested more than %d levels deep, more than agentdeck reads", MaxDepth)
	// ErrHugeNumber is a document holding a number too large for any
	// program to hold (1e400): it would read as infinity, which no
	// provider takes, and it cannot be written back as it was.
	ErrHugeNumber = errors.New("the document holds a number too large to use (like 1e400)")
)

// Check refuses a document over the limits, without parsing it: one pass
// over the bytes, no allocation. Whitespace between tokens does not count
// towards the size, so a document keeps passing after it was indented.
// It does not check that doc is valid JSON; the parser that runs next does,
// and up to the first error both read strings the same way, so the depth
// seen here is the depth the parser would meet.
func Check(doc []byte) error {
	depth, size := 0, 0
	var str stringScan
	number := -1 // where the number being read starts, -1 outside one
	for i, c := range doc {
		if number >= 0 && !inNumber(c) {
			if hugeNumber(doc[number:i]) {
				return ErrHugeNumber
			}
			number = -1
		}
		if at := str.next(c); at != inToken {
			if at == inString {
				size++ // whitespace between tokens does not count
			}
			continue
		}
		switch c {
		case '{', '[':
			if depth++; depth > MaxDepth {
				return ErrTooDeep
			}
		case '}', ']':
			depth--
		case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			if number < 0 {
				number = i
			}
		}
		size++
	}
	if number >= 0 && hugeNumber(doc[number:]) {
		return ErrHugeNumber
	}
	if size > MaxSize {
		return ErrTooLarge
	}
	return nil
}

// ReadAll reads r up to MaxSize bytes and refuses anything longer with
// ErrTooLarge, so a document read from a file, a pipe or an answer never
// takes more memory than the limit.
func ReadAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, ErrTooLarge
	}
	return data, nil
}

// IsLimit reports whether err is one of this package's refusals.
func IsLimit(err error) bool {
	return errors.Is(err, ErrTooLarge) || errors.Is(err, ErrTooDeep) || errors.Is(err, ErrHugeNumber)
}

// stringScan follows a JSON text byte by byte through a string, so that
// brackets and spaces inside one are not taken for structure.
type stringScan struct{ in, escaped bool }

// scanned is where a byte of a JSON text stands.
type scanned int

const (
	inString scanned = iota // part of a string, its quotes included
	between                 // whitespace between tokens
	inToken                 // punctuation, a number or a literal
)

// next moves past c, the next byte of the text, and says where it stands.
func (s *stringScan) next(c byte) scanned {
	switch {
	case s.in:
		s.step(c)
		return inString
	case c == '"':
		s.in = true
		return inString
	case c == ' ', c == '\t', c == '\n', c == '\r':
		return between
	}
	return inToken
}

// step moves past c, a byte inside a string; the closing quote ends it.
func (s *stringScan) step(c byte) {
	switch {
	case s.escaped:
		s.escaped = false
	case c == '\\':
		s.escaped = true
	case c == '"':
		s.in = false
	}
}
