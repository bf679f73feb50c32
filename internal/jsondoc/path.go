package jsondoc

import "strconv"

// Path is where a walk through a document stands, kept as a stack of steps
// and spelt out only when asked: spelling it at every level would cost each
// value the whole depth, which a deep hostile document turns into time and
// memory growing with the square of its depth.
type Path struct {
	steps []step
}

type step struct {
	key   string
	index int
	isIdx bool
}

// Key steps into the member k of an object.
func (p *Path) Key(k string) { p.steps = append(p.steps, step{key: k}) }

// Index steps into element i of a list.
func (p *Path) Index(i int) { p.steps = append(p.steps, step{index: i, isIdx: true}) }

// Pop steps back out of the last Key or Index.
func (p *Path) Pop() { p.steps = p.steps[:len(p.steps)-1] }

// String spells the path the way people read it: "a.b[2].c".
func (p *Path) String() string {
	var b []byte
	for i, s := range p.steps {
		switch {
		case s.isIdx:
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.index), 10)
			b = append(b, ']')
		case i > 0:
			b = append(b, '.')
			b = append(b, s.key...)
		default:
			b = append(b, s.key...)
		}
	}
	return string(b)
}

// Last returns the last step when it is a key of an object; ok is false at
// the top or inside a list.
func (p *Path) Last() (key string, ok bool) {
	if len(p.steps) == 0 || p.steps[len(p.steps)-1].isIdx {
		return "", false
	}
	return p.steps[len(p.steps)-1].key, true
}
