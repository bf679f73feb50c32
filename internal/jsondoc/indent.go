package jsondoc

import (
	"bytes"
	"encoding/json"
)

const (
	// indentLevels is how many levels Indent puts on lines of their own;
	// anything nested deeper is written compactly on its parent's line.
	// Real documents nest about a dozen levels, so they read as json.Indent
	// writes them; without the cap every line of a document nested n levels
	// deep would carry up to 2n spaces, and its indented text would grow
	// with the square of the depth.
	indentLevels = 16
	// growthFactor and growthSlack bound the indented text against the
	// compact one. Even with the cap, many tiny values at level 16 would
	// each get 32 spaces; a document that indenting would blow up past
	// this is kept compact instead, which reads the same to any parser.
	growthFactor = 4
	growthSlack  = 4 << 10
)

// Indent writes a JSON document two spaces a level, as json.Indent does,
// but puts only the first 16 levels on lines of their own and gives up
// indenting (writing the document compactly) when that would make it more
// than four times its compact size. Key order, numbers and string escapes
// are kept as they are. Text that is not JSON is returned unchanged.
func Indent(doc []byte) []byte {
	if !json.Valid(doc) {
		return doc
	}
	limit := growthFactor*len(doc) + growthSlack
	out := make([]byte, 0, len(doc)+len(doc)/2)
	depth, compact := 0, 0
	var str stringScan
	newline := func(level int) {
		out = append(out, '\n')
		for range level {
			out = append(out, ' ', ' ')
		}
	}
	for i := 0; i < len(doc); i++ {
		c := doc[i]
		if at := str.next(c); at != inToken {
			if at == inString { // kept as it is
				out = append(out, c)
				compact++
			}
			continue
		}
		switch c {
		case '{', '[':
			out = append(out, c)
			if j := nextToken(doc, i+1); j < len(doc) && (doc[j] == '}' || doc[j] == ']') {
				out = append(out, doc[j]) // an empty object or list stays {} or []
				compact++
				i = j
				break
			}
			depth++
			if depth <= indentLevels {
				newline(depth)
			}
		case '}', ']':
			if depth <= indentLevels {
				newline(depth - 1)
			}
			depth--
			out = append(out, c)
		case ',':
			out = append(out, c)
			if depth <= indentLevels {
				newline(depth)
			}
		case ':':
			out = append(out, c)
			if depth <= indentLevels {
				out = append(out, ' ')
			}
		default:
			out = append(out, c)
		}
		compact++
		if len(out) > limit {
			break
		}
	}
	if len(out) > growthFactor*compact+growthSlack {
		var buf bytes.Buffer
		if json.Compact(&buf, doc) != nil {
			return doc
		}
		return buf.Bytes()
	}
	// Like json.Indent, keep what followed the document (a file's final
	// newline), so a stored document reads back as it was.
	return append(out, doc[len(bytes.TrimRight(doc, " \t\r\n")):]...)
}

// nextToken returns the index of the first byte at or after i that is not
// whitespace.
func nextToken(doc []byte, i int) int {
	for i < len(doc) && (doc[i] == ' ' || doc[i] == '\t' || doc[i] == '\n' || doc[i] == '\r') {
		i++
	}
	return i
}
