package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// settingsTestCase is one connection test: the key stored, what listing
// the agents fails with, and the whole sentence the test must say.
type settingsTestCase struct {
	key     string
	listErr error
	want    string
}

// settingsTestCases are the outcomes that used to be said twice over
// ("could not connect … could not be reached … said: could not be
// reached") or not told apart; TestSettingsTestConnectionReportsInPlainWords
// runs them with its own.
var settingsTestCases = map[string]settingsTestCase{
	"unreachable, said once": {
		key: "k", listErr: &agent.ProviderError{
			Provider: "nova", Op: "list", Kind: agent.ErrUnavailable,
			Message: "the provider could not be reached; check your connection and try again",
		},
		want: "Could not reach Nova: check the base URL and your connection, then test again.",
	},
	"reached but unable to answer": {
		key: "k", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnavailable, Status: 503, Message: "Service Unavailable"},
		want: "Nova answered but could not serve the request just now; test again in a while. Nova said: Service Unavailable.",
	},
	"provider words already in the sentence": {
		key: "k", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrNotFound, Status: 404, Message: "found nothing at that address"},
		want: "Nova found nothing at that address: check the organisation id and the base URL.",
	},
	"an answer that is not an API's": {
		key: "k", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnreadable, Status: 200},
		want: "Nova answered in a form agentdeck could not read: check that the base URL is the address of Nova's API, not of its website.",
	},
	"missing workspace-like id": {
		key: "k", listErr: httpxMissing("organisation id", "AGENTDECK_NOVA_ORG_ID"),
		want: "Nova needs its organisation id before agentdeck can connect. Press enter to add it.",
	},
}

// requireSaidOnce fails when a sentence, or the provider's quoted words,
// come twice, or the result is cut.
func requireSaidOnce(t *testing.T, got string) {
	t.Helper()
	if strings.Count(got, " said: ") > 1 || strings.HasSuffix(got, "…") {
		t.Fatalf("the result repeats itself or is cut: %q", got)
	}
	seen := map[string]bool{}
	for _, part := range strings.FieldsFunc(strings.ToLower(got), func(r rune) bool { return r == '.' || r == ';' || r == ':' }) {
		part = strings.TrimSpace(part)
		for _, w := range []string{"could not be reached", "could not reach", "could not connect"} {
			if strings.Contains(part, w) {
				part = w
			}
		}
		if part != "" && seen[part] {
			t.Fatalf("the result says %q twice: %q", part, got)
		}
		seen[part] = true
	}
}

// checkedSettings are the fake settings with a check on the base URL, as
// the real ones have (refused before anything is saved), and Nova's
// choice of how the key is sent last, as in the real ones.
type checkedSettings struct{ *fakeSettings }

const httpRefusal = "the base URL %q uses http://, which would send your API key unencrypted; use https:// (http:// is allowed only for localhost)"

func checkBase(v string) error {
	if strings.HasPrefix(v, "http://") {
		return errors.New(strings.Replace(httpRefusal, "%q", `"`+v+`"`, 1))
	}
	return nil
}

func (c checkedSettings) ProviderSettings(provider string) ([]SettingField, error) {
	fields, err := c.fakeSettings.ProviderSettings(provider)
	for i := range fields {
		if fields[i].Key == "base_url" {
			fields[i].Check = checkBase
		}
	}
	if provider == "nova" {
		fields = append(fields, SettingField{Key: "auth_style", Label: "How the key is sent", Choices: []string{"x-api-key", "bearer"}})
	}
	return fields, err
}

func (c checkedSettings) SaveProviderSettings(provider string, values map[string]string) error {
	if err := checkBase(values["base_url"]); err != nil {
		return err
	}
	return c.fakeSettings.SaveProviderSettings(provider, values)
}

func withCheckedSettings(h *harness, deps *Deps) { deps.Settings = checkedSettings{h.settings} }

// paneText is the settings pane of an 80-column view (right of the
// provider list) as one line of words.
func paneText(view string) string {
	var b strings.Builder
	for _, l := range strings.Split(view, "\n") {
		if i := strings.Index(l, "│"); i >= 0 {
			b.WriteString(l[i+len("│"):] + " ")
		}
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(b.String(), "┃", "")), " ")
}

// editCheckedSettings opens Nova's settings, checked as they are saved,
// for editing, and types key into the API key.
func editCheckedSettings(t *testing.T, key string) (*harness, KeyMap) {
	t.Helper()
	h := openSettings(t, withCheckedSettings)
	k := h.keys()
	h.press(k.Settings.Edit)
	h.typeText(key)
	return h, k
}

// editRefusedSettings opens Nova's settings from the drafts list, every
// save of them refused with refusal, and types "nv-key" into the API key.
func editRefusedSettings(t *testing.T, refusal error) (*harness, KeyMap) {
	t.Helper()
	h := newHarness(t)
	h.settings.refuse = refusal
	h.start(80, 24)
	k := h.keys()
	h.press(k.Drafts.Settings)
	h.press(k.Settings.Edit)
	h.typeText("nv-key")
	return h, k
}

// Enter on the last field completes the form on a message huh sends
// itself after the key: the settings were saved and the summary shown,
// where the screen used to go blank until esc.
func TestSettingsEnterOnTheLastFieldSavesAndNeverGoesBlank(t *testing.T) {
	t.Parallel()
	h, k := editCheckedSettings(t, "nv-key")
	s := h.top().(*settingsScreen)
	n := len(h.settings.mustFields(t, "nova")) + 1 // and how the key is sent
	for i := range n {
		h.press(k.Dialog.Confirm)
		if pane := paneText(h.view()); pane == "Nova" || pane == "" {
			t.Fatalf("after enter on field %d of %d the settings pane is blank:\n%s", i+1, n, h.view())
		}
	}
	if s.form != nil {
		t.Fatalf("the form is still open after enter on every field:\n%s", h.view())
	}
	h.requireView("saved (hidden)", "Press enter to change these, t to test the")
	if got := h.settings.get("nova", "api_key"); got != "nv-key" {
		t.Fatalf("stored key %q", got)
	}
}

// A refused base URL is said whole, in the Base URL field's help, once;
// nothing on the screen is cut with "…", and every line fits 80 columns.
func TestSettingsRefusedValueIsSaidWholeNextToItsField(t *testing.T) {
	t.Parallel()
	h, k := editCheckedSettings(t, "nv-key")
	h.press(k.Dialog.Confirm)
	url := "http://nova.example.com/a/rather/long/path/to/the/api"
	h.typeText(url)
	h.press(k.Global.Back)
	want := "✗ Not saved: " + strings.Replace(sentenceCase(httpRefusal), "%q", `"`+url+`"`, 1) // sentenceCase ends it with a full stop
	v := h.view()
	// huh may break the address at a dot; compared without spaces, the
	// reason must be there whole.
	nospace := func(s string) string { return strings.Join(strings.Fields(s), "") }
	pane := nospace(paneText(v))
	want = nospace(want)
	if strings.Count(pane, want) != 1 {
		t.Fatalf("the pane does not say once, whole:\n%s\n\nit reads: %s", want, pane)
	}
	if at, field := strings.Index(pane, want), strings.Index(pane, "BaseURL"); field < 0 || at < field || at-field > len("BaseURL") {
		t.Fatalf("the reason is not right under the Base URL field: %s", pane)
	}
	if strings.Contains(v, "…") || strings.Contains(pane, "*thebaseURL") {
		t.Fatalf("the screen cuts or repeats the reason:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if w := len([]rune(l)); w > 80 {
			t.Fatalf("a line is %d columns wide: %q", w, l)
		}
	}
	if s := h.top().(*settingsScreen); s.form == nil || *s.values["base_url"] != url {
		t.Fatal("the refused save lost what was typed")
	}
}

func (f *fakeSettings) mustFields(t *testing.T, provider string) []SettingField {
	t.Helper()
	fields, err := f.ProviderSettings(provider)
	if err != nil {
		t.Fatal(err)
	}
	return fields
}

// An id has no default: an unset one reads "not set", not "default".
func TestSettingsUnsetIDReadsNotSet(t *testing.T) {
	t.Parallel()
	h := openSettings(t)
	v := paneText(h.view())
	if !strings.Contains(v, "Organisation id not set") {
		t.Fatalf("the unset organisation id reads: %s", v)
	}
}

// A refused save no field is to blame for is said whole above the form
// (it used to be cut to two lines), and the form still shows under it.
func TestSettingsRefusalWithoutAFieldIsSaidWholeAboveTheForm(t *testing.T) {
	t.Parallel()
	reason := "the settings file could not be written because the disk is full; free some space on the disk that holds your home folder and try again"
	h, k := editRefusedSettings(t, errors.New(reason))
	h.press(k.Global.Back)
	v := h.view()
	pane := paneText(v)
	want := "Not saved: " + sentenceCase(reason)
	if !strings.Contains(pane, strings.TrimSuffix(want, ".")) || strings.Contains(v, "…") {
		t.Fatalf("the reason is not said whole:\n%s", v)
	}
	if !strings.Contains(pane, "API key") || strings.Index(pane, "Not saved") > strings.Index(pane, "API key") {
		t.Fatalf("the form is not under the reason:\n%s", v)
	}
}
