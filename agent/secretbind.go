package agent

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// SecretPlaceError is a push refused because a saved secret sits somewhere
// other than the place it was made for. It names the setting, never the
// value.
type SecretPlaceError struct {
	Where string // the place in plain words, e.g. the “X-Key” header sent to evil.example
	// EnvVar is set when the value came from this environment variable
	// (AGENTDECK_SECRET_<NAME>), not the credentials file: it may go only
	// to the host EnvVar_HOST names, and Host is the one it would go to.
	EnvVar, Host string
}

func (e *SecretPlaceError) Error() string {
	if e.EnvVar != "" {
		return "the value of " + e.EnvVar + " would go to " + e.Where + ", a host it was not named for, so nothing was sent; " +
			"if it belongs there, set " + e.EnvVar + "_HOST=" + e.Host
	}
	return "a saved secret was moved to " + e.Where + ", which is not where it was saved for, so nothing was sent; " +
		"if it really belongs there, enter the value again in that setting"
}

// CheckSecretPlaces refuses to fill in a saved secret anywhere but the place
// it was made for: every reference the request for d would carry must sit
// where its credentials entry says. An entry saved without a place is bound
// now, to where it sits in d (it must sit in one place only). Lookups that
// keep no places (masking, tests) are not checked.
func CheckSecretPlaces(p Provider, d *Draft, secrets SecretLookup) error {
	store, ok := secrets.(PlacedSecrets)
	if !ok {
		return nil
	}
	doc, err := p.Encode(&d.Agent, []byte(d.Native()), KeepRefs{})
	if err != nil {
		return nil // the encode that follows reports it, in its own words
	}
	firstUse := map[SecretRef]SecretPlace{}
	var order []SecretRef
	for _, f := range findRefs(p.Info().ID, doc) {
		if _, has := store.Secret(f.ref); !has {
			continue // no value: the encode reports it as missing
		}
		want, bound := store.SecretPlace(f.ref)
		if bound && want == f.place {
			continue
		}
		if bound {
			return &SecretPlaceError{Where: describePlace(f.place)}
		}
		if prev, seen := firstUse[f.ref]; seen && prev != f.place {
			return &SecretPlaceError{Where: describePlace(f.place)}
		}
		if _, seen := firstUse[f.ref]; !seen {
			order = append(order, f.ref)
		}
		firstUse[f.ref] = f.place
	}
	for _, ref := range order {
		if err := store.BindSecret(ref, firstUse[ref]); err != nil {
			var refused *SecretPlaceError
			if errors.As(err, &refused) {
				return err
			}
			return fmt.Errorf("could not record where a saved secret belongs: %w", err)
		}
	}
	return nil
}

// KeepDecodedSecrets keeps the secret values a decode found with the
// credentials, each bound to the place it sits in. When previous (the draft
// being refreshed) already has a reference in the same place with the same
// value, that reference is reused instead — in dec's agent and native
// document alike — so pulling an unchanged agent again adds nothing to the
// credentials and leaves the draft as it was. dec.Secrets keeps only the
// values that were newly stored.
func KeepDecodedSecrets(p Provider, dec *Decoded, store SecretStore, previous *Draft) error {
	if len(dec.Secrets) == 0 {
		return nil
	}
	if store == nil {
		return ErrUnauthorized
	}
	id := p.Info().ID
	places := map[SecretRef][]SecretPlace{}
	if doc, err := p.Encode(&dec.Agent, dec.Native, KeepRefs{}); err == nil {
		for _, f := range findRefs(id, doc) {
			places[f.ref] = append(places[f.ref], f.place)
		}
	}
	if previous != nil {
		reuseRefs(p, dec, store, previous, places)
	}
	placed, canPlace := store.(PlacedSecrets)
	for ref, value := range dec.Secrets {
		var err error
		if ps := places[ref]; canPlace && len(ps) > 0 && samePlaces(ps) {
			err = placed.SetSecretAt(ref, value, ps[0])
		} else {
			err = store.SetSecret(ref, value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// reuseRefs swaps each new reference of dec for previous's reference in the
// same place whose saved value is the same, and drops it from dec.Secrets.
func reuseRefs(p Provider, dec *Decoded, store SecretLookup, previous *Draft, places map[SecretRef][]SecretPlace) {
	doc, err := p.Encode(&previous.Agent, []byte(previous.Native()), KeepRefs{})
	if err != nil {
		return
	}
	old := map[SecretPlace]SecretRef{}
	for _, f := range findRefs(p.Info().ID, doc) {
		if prev, seen := old[f.place]; seen && prev != f.ref {
			old[f.place] = "" // two references in one place: reuse neither
			continue
		}
		old[f.place] = f.ref
	}
	for ref, value := range dec.Secrets {
		ps := places[ref]
		if len(ps) == 0 || !samePlaces(ps) {
			continue
		}
		was := old[ps[0]]
		if was == "" || was == ref || !safeRef.MatchString(string(was)) {
			continue
		}
		if v, ok := store.Secret(was); !ok || v != value {
			continue
		}
		dec.Native = []byte(strings.NewReplacer(`"`+string(ref)+`"`, `"`+string(was)+`"`,
			encodeRef(ref), encodeRef(was)).Replace(string(dec.Native)))
		renameRef(reflect.ValueOf(&dec.Agent).Elem(), ref, was)
		if !strings.Contains(string(dec.Native), encodeRef(ref)) && !strings.Contains(string(dec.Native), `"`+string(ref)+`"`) {
			delete(dec.Secrets, ref)
		}
	}
}

// safeRef is a reference that can be written into JSON and into an address
// as it is: one NewSecretRef makes today.
var safeRef = regexp.MustCompile(`^secret:[A-Za-z0-9._\[\]-]+#[0-9a-f]{8}$`)

func samePlaces(ps []SecretPlace) bool {
	for _, p := range ps[1:] {
		if p != ps[0] {
			return false
		}
	}
	return true
}

// renameRef replaces the reference from by to everywhere in v: secret
// fields, and addresses that carry it in a password or query value.
func renameRef(v reflect.Value, from, to SecretRef) {
	if a, ok := v.Addr().Interface().(*Agent); ok {
		a.Settings = renameSettingsRef(a.Settings, from, to)
	}
	walkValues(v, "", func(_ string, v reflect.Value) {
		if v.Kind() != reflect.String || !v.CanSet() {
			return // numbers and booleans hold no reference
		}
		s := v.String()
		if s == string(from) {
			v.SetString(string(to))
		} else if strings.Contains(s, encodeRef(from)) {
			v.SetString(strings.ReplaceAll(s, encodeRef(from), encodeRef(to)))
		}
	})
}
