package forms

import (
	"reflect"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// agentSlot returns the slot of a section field (not a list item) by its
// catalogue path.
func agentSlot(path string) (slot, bool) {
	return fieldSlot(func(a *agent.Agent) *agent.Agent { return a }, path)
}

// fieldSlot returns the slot of the field at path inside the struct that
// at reaches (the agent, or one list item). A path is the field's JSON
// names joined by dots, as the catalogue, the draft and agent.Flatten
// spell it, so the model's struct tags are the one table of which path is
// which field; the field's Go type picks the slot (text, number, yes/no,
// list, secret). A field under an optional struct (telephony.outbound_sip)
// reads as unset while that struct is nil, and writing it creates it (see
// tidyOutboundSIP for the way back).
func fieldSlot[T any](at func(a *agent.Agent) *T, path string) (slot, bool) {
	index, t, optional, ok := fieldIndex(reflect.TypeFor[T](), path)
	if !ok {
		return slot{}, false
	}
	find := func(a *agent.Agent, create bool) reflect.Value {
		return reach(reflect.ValueOf(at(a)).Elem(), index, create)
	}
	s, ok := slotOfType(t, func(a *agent.Agent) reflect.Value { return find(a, true) })
	if !ok || !optional {
		return s, ok
	}
	present := func(a *agent.Agent) bool { return find(a, false).IsValid() }
	get, secret := s.get, s.secret
	s.get = func(a *agent.Agent) string {
		if !present(a) {
			return ""
		}
		return get(a)
	}
	if secret != nil {
		s.secret = func(a *agent.Agent) *agent.SecretRef {
			if !present(a) {
				return nil
			}
			return secret(a)
		}
	}
	return s, true
}

// slotOfType picks the slot for a field of Go type t that field reaches.
func slotOfType(t reflect.Type, field func(a *agent.Agent) reflect.Value) (slot, bool) {
	switch t {
	case reflect.TypeFor[string]():
		return textSlot(pointerTo[string](field)), true
	case reflect.TypeFor[*float64]():
		return floatSlot(pointerTo[*float64](field)), true
	case reflect.TypeFor[*int]():
		return intSlot(pointerTo[*int](field)), true
	case reflect.TypeFor[int]():
		return plainIntSlot(pointerTo[int](field)), true
	case reflect.TypeFor[*bool]():
		return triSlot(pointerTo[*bool](field)), true
	case reflect.TypeFor[bool]():
		return boolSlot(pointerTo[bool](field)), true
	case reflect.TypeFor[[]string]():
		return listSlot(pointerTo[[]string](field)), true
	case reflect.TypeFor[agent.SecretRef]():
		return secretSlot(pointerTo[agent.SecretRef](field)), true
	}
	return slot{}, false
}

func pointerTo[F any](field func(a *agent.Agent) reflect.Value) func(a *agent.Agent) *F {
	return func(a *agent.Agent) *F { return field(a).Addr().Interface().(*F) }
}

// remoteID is the leaf no form edits: a provider-side resource's id, which
// a pull writes and a push reads.
const remoteID = "remote_id"

// fieldIndex finds path in struct type t: the field indices that lead to
// it, the field's type, and whether the way passes through a pointer to a
// struct.
func fieldIndex(t reflect.Type, path string) (index []int, leaf reflect.Type, optional, ok bool) {
	names := strings.Split(path, ".")
	if names[len(names)-1] == remoteID {
		return nil, nil, false, false
	}
	for n, name := range names {
		if n > 0 && t.Kind() == reflect.Pointer {
			t, optional = t.Elem(), true
		}
		if t.Kind() != reflect.Struct {
			return nil, nil, false, false
		}
		f, found := fieldNamed(t, name)
		if !found {
			return nil, nil, false, false
		}
		index = append(index, f.Index...)
		t = f.Type
	}
	return index, t, optional, true
}

// fieldNamed finds the field of struct type t whose JSON name is name.
func fieldNamed(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); f.IsExported() && tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// reach follows index from v. A nil struct pointer on the way is created
// when create is set, and otherwise ends the walk with an invalid value.
func reach(v reflect.Value, index []int, create bool) reflect.Value {
	for n, i := range index {
		v = v.Field(i)
		if n == len(index)-1 || v.Kind() != reflect.Pointer {
			continue
		}
		if v.IsNil() {
			if !create {
				return reflect.Value{}
			}
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	return v
}

// tidyOutboundSIP drops an outbound SIP account left with nothing in it, so
// clearing every field returns the draft to "not set".
func tidyOutboundSIP(a *agent.Agent) {
	if s := a.Telephony.OutboundSIP; s != nil && *s == (agent.OutboundSIP{}) {
		a.Telephony.OutboundSIP = nil
	}
}
