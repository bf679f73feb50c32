package elevenlabs

import (
	"regexp"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// badWordForms are spellings a label made mechanically from a wire name
// falls into: an acronym in lower case, a brand written the way no one
// writes it, or jargon a non-programmer does not read (TTS, ASR, VAD, DTMF
// say voice, speech recognition, voice activity and keypad). The generator's
// word tables (scripts/elevenlabs/gen_settings.py) must turn each into its
// plain form.
var badWordForms = []*regexp.Regexp{
	regexp.MustCompile(`\b(?:sdk|Sdk)\b`),
	regexp.MustCompile(`\b(?:sms|Sms)\b`),
	regexp.MustCompile(`(?:^|[^.])\b(?:js|Js)\b`), // Node.js is right
	regexp.MustCompile(`\bNode js\b`),
	regexp.MustCompile(`\bReact native\b`),
	regexp.MustCompile(`\b(?:Whatsapp|whatsapp|Audiocodes|audiocodes|Elevenlabs|elevenlabs|Opentelemetry|Websocket)\b`),
	regexp.MustCompile(`\b(?:ios|Ios|IOS)\b`),
	regexp.MustCompile(`\b(?:id|Id|ids|Ids)\b`),
	regexp.MustCompile(`\b(?:url|Url|uri|Uri)\b`),
	regexp.MustCompile(`\b(?:llm|Llm|mcp|Mcp|sip|Sip|api|Api|json|Json|http|Http|pii|Pii|PII)\b`),
	regexp.MustCompile(`(?i)\b(?:tts|asr|vad|dtmf)\b`),
	regexp.MustCompile(`\b(?:Bg|bg|Btn|btn|Dob|dob|Smb|smb)\b`),
	regexp.MustCompile(`_`),
}

func badWordForm(label string) string {
	for _, re := range badWordForms {
		if m := re.FindString(label); m != "" {
			return m
		}
	}
	return ""
}

// TestLabelsUseKnownWordForms reads every ElevenLabs setting label, page
// title and choice label a person sees and refuses a known-bad word form
// ("Node js sdk", "Whatsapp", "Vad score"). A choice shown exactly as its
// value (a model name like gpt-4o) is the maker's own spelling and kept.
func TestLabelsUseKnownWordForms(t *testing.T) {
	t.Parallel()
	var check func(where string, s agent.Setting)
	check = func(where string, s agent.Setting) {
		where += " / " + s.Key
		for _, l := range []string{s.Label, s.Group} {
			if m := badWordForm(l); m != "" {
				t.Errorf("%s: label %q has %q", where, l, m)
			}
		}
		for _, c := range s.Spec.Choices {
			if c.Label == c.Value {
				continue
			}
			if m := badWordForm(c.Label); m != "" {
				t.Errorf("%s: choice %q is labelled %q, which has %q", where, c.Value, c.Label, m)
			}
		}
		for _, it := range s.Items {
			check(where, it)
		}
	}
	for _, s := range settingsTable() {
		check("", s)
	}
}

// TestBadWordFormsAreCaught keeps the list above honest: each spelling the
// QA pass found is refused, and its fixed form passes.
func TestBadWordFormsAreCaught(t *testing.T) {
	t.Parallel()
	bads := []string{
		"Node js sdk", "Js sdk", "Whatsapp", "Twilio sms", "Audiocodes",
		"Asr initiation metadata", "Vad score", "Dtmf request", "Agent id", "SIP uri", "Bg color",
	}
	for _, bad := range bads {
		if badWordForm(bad) == "" {
			t.Errorf("%q passes", bad)
		}
	}
	goods := []string{
		"Node.js SDK", "JavaScript SDK", "WhatsApp", "Twilio SMS", "AudioCodes",
		"Speech recognition initiation metadata", "Voice activity score", "Keypad request", "Agent ID", "iOS SDK",
	}
	for _, good := range goods {
		if m := badWordForm(good); m != "" {
			t.Errorf("%q is refused for %q", good, m)
		}
	}
}

// helpJargon is what ElevenLabs' schema says in its own shorthand and the
// generator's HELP_JARGON puts in plain words for the help text.
var helpJargon = regexp.MustCompile(`\b(?:TTS|ASR|VAD|DTMF|TTFB|ZRM|ANN)\b`)

// TestHelpSaysItsJargonInPlainWords: no setting's help (read in the
// editor and with f2) uses the schema's shorthand for voice, speech
// recognition, voice activity, keypad, time to the first words, zero
// retention mode or nearest-neighbour search.
func TestHelpSaysItsJargonInPlainWords(t *testing.T) {
	t.Parallel()
	var check func(s agent.Setting)
	check = func(s agent.Setting) {
		if m := helpJargon.FindString(s.Help); m != "" {
			t.Errorf("%s: help %q says %q", s.Key, s.Help, m)
		}
		for _, it := range s.Items {
			check(it)
		}
	}
	for _, s := range settingsTable() {
		check(s)
	}
}
