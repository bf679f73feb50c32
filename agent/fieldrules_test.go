package agent

import "testing"

// TestNumbersNoProviderTakesAreRefused: NaN and infinities read as numbers
// by ParseFloat, but no provider can take them. (Moved from forms, which
// reads typed numbers with ParseNumber.)
func TestNumbersNoProviderTakesAreRefused(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"NaN", "Inf", "-inf", "1e400"} {
		if v, err := ParseNumber(s); err == nil {
			t.Errorf("%s read as %v", s, v)
		}
	}
	if v, err := ParseNumber(" 0.5 "); err != nil || v != 0.5 {
		t.Errorf("0.5: %v, %v", v, err)
	}
}

// TestRuleErrorsSayWhatToEnter: each rule's words are written once, read by
// the review (Error) and by a form as the value is typed (Prompt).
func TestRuleErrorsSayWhatToEnter(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name           string
		err            error
		review, prompt string
	}{
		{"language", CheckLanguageTag("English"), "use a language code like en, en-US or pt-BR", "Enter a language code like en, en-US or pt-BR"},
		{"time zone", CheckTimeZone("Local"), "use a time zone name like Europe/London or America/New_York", "Enter a time zone name like Europe/London or America/New_York"},
		{"address", CheckWebAddress("example.com/x"), "enter a full web address, starting with https://", "Enter a full web address, starting with https://"},
		{"identifier", CheckIdentifier("2nd"), "use letters, digits and _ only, not starting with a digit", "Use letters, digits and _ only, not starting with a digit"},
		{"clock", CheckClock("9am", "17:30"), "use a time like 17:30 (hours 00–23, minutes 00–59)", "Enter a time like 17:30 (hours 00–23, minutes 00–59)"},
	}
	for _, c := range cases {
		re, ok := c.err.(*RuleError)
		if !ok || re.Error() != c.review || re.Prompt() != c.prompt {
			t.Errorf("%s: %#v, want %q / %q", c.name, c.err, c.review, c.prompt)
		}
	}
	for name, err := range map[string]error{
		"language": CheckLanguageTag("pt-BR"), "time zone": CheckTimeZone("Europe/London"),
		"address": CheckWebAddress("https://x.example/{id}"), "identifier": CheckIdentifier("_order_1"),
		"clock": CheckClock("23:59", "09:00"),
	} {
		if err != nil {
			t.Errorf("%s: a good value refused: %v", name, err)
		}
	}
}
