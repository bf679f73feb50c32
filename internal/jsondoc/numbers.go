package jsondoc

import (
	"bytes"
	"math"
	"strconv"
)

// inNumber reports whether c can be part of a JSON number.
func inNumber(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// hugeNumber reports whether the number text tok overflows a float64. Only
// numbers with an exponent or more digits than a float64 can carry are
// parsed, so an ordinary document costs nothing extra.
func hugeNumber(tok []byte) bool {
	if len(tok) <= 300 && !bytes.ContainsAny(tok, "eE") {
		return false
	}
	f, err := strconv.ParseFloat(string(tok), 64)
	return err != nil && math.IsInf(f, 0)
}
