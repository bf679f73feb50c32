package forms

// Help is the label and the whole help of the field at path as the form
// shows them (a provider setting's from its table, with its note and
// whether it is free text), for f2 and the accessible front end, which
// read what a one-line description cuts short; ok is false when the form
// has no such field.
func (s *Section) Help(path string) (label, help string, ok bool) {
	f, ok := s.byPath[path]
	if !ok {
		return "", "", false
	}
	return f.info.Label, f.description(), true
}
