package ui

import (
	"reflect"
	"testing"

	"charm.land/bubbles/v2/key"
)

// allBindings walks every binding of the KeyMap by reflection, so a new
// binding is covered without touching the test.
func allBindings(km KeyMap) map[string]key.Binding {
	out := map[string]key.Binding{}
	groups := reflect.ValueOf(km)
	for i := 0; i < groups.NumField(); i++ {
		g := groups.Field(i)
		for j := 0; j < g.NumField(); j++ {
			b := g.Field(j).Interface().(key.Binding)
			out[groups.Type().Field(i).Name+"."+g.Type().Field(j).Name] = b
		}
	}
	return out
}

func TestEveryBindingHasHelpAndKeys(t *testing.T) {
	t.Parallel()
	for name, b := range allBindings(DefaultKeyMap()) {
		if len(b.Keys()) == 0 {
			t.Errorf("%s has no keys", name)
		}
		if b.Help().Key == "" || b.Help().Desc == "" {
			t.Errorf("%s has no help text", name)
		}
	}
}

// The test key builder must produce messages the bindings match, or every
// screen test would be testing nothing.
func TestKeyPressMatchesEveryKeyOfEveryBinding(t *testing.T) {
	t.Parallel()
	for name, b := range allBindings(DefaultKeyMap()) {
		for _, k := range b.Keys() {
			if !key.Matches(keyPress(k), b) {
				t.Errorf("%s: a press of %q does not match it (it reads as %q)", name, k, keyPress(k).String())
			}
		}
	}
}

func TestHuhKeyMapLeavesCtrlCToTheApp(t *testing.T) {
	t.Parallel()
	km := DefaultKeyMap().HuhKeyMap()
	if km.Quit.Enabled() && key.Matches(keyPress("ctrl+c"), km.Quit) {
		t.Fatal("forms would take ctrl+c and abort instead of the App saving and quitting")
	}
}
