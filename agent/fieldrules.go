package agent

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The model's rules for one value, written once: ValidateCommon applies them
// to a whole agent, and forms to a value as it is typed. A value that breaks
// one comes back as a *RuleError, which holds the words of both: the
// review's verb, a form's verb and what a good value looks like.

// RuleError is a value that breaks one of the model's rules for one field.
type RuleError struct {
	Review string // the review's verb, as in "use a language code like en"
	Form   string // a form's verb, as in "Enter a language code like en"
	Want   string // what a good value looks like: "a language code like en, en-US or pt-BR"
}

// Error is the sentence the review shows: "use a language code like en, en-US or pt-BR".
func (e *RuleError) Error() string { return e.Review + " " + e.Want }

// Prompt is the sentence a form shows under the field as the value is typed:
// "Enter a language code like en, en-US or pt-BR".
func (e *RuleError) Prompt() string { return e.Form + " " + e.Want }

var (
	languageTag = regexp.MustCompile(`^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$`)
	identifier  = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
	clock       = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
)

// CheckLanguageTag accepts a language code like en, en-US or pt-BR.
func CheckLanguageTag(s string) error {
	if !languageTag.MatchString(s) {
		return &RuleError{"use", "Enter", "a language code like en, en-US or pt-BR"}
	}
	return nil
}

// CheckTimeZone accepts an IANA time zone name like Europe/London. "Local" is
// refused: it means this machine's zone, which the provider does not share.
func CheckTimeZone(s string) error {
	if _, err := time.LoadLocation(s); err != nil || s == "Local" {
		return &RuleError{"use", "Enter", "a time zone name like Europe/London or America/New_York"}
	}
	return nil
}

// CheckWebAddress accepts a full http or https address. ElevenLabs allows
// {placeholders} in tool addresses; they are not URL syntax, so they are
// read without their braces.
func CheckWebAddress(s string) error {
	u, err := url.Parse(strings.NewReplacer("{", "", "}", "").Replace(s))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return &RuleError{"enter", "Enter", "a full web address, starting with https://"}
	}
	return nil
}

// CheckIdentifier accepts a name a prompt or a tool call can use: letters,
// digits and _, not starting with a digit (variables, tool parameters).
func CheckIdentifier(s string) error {
	if !identifier.MatchString(s) {
		return &RuleError{"use", "Use", "letters, digits and _ only, not starting with a digit"}
	}
	return nil
}

// CheckClock accepts a time of day as HH:MM on a 24-hour clock; example is
// the time the message offers ("09:00" for a start, "17:30" for an end).
func CheckClock(s, example string) error {
	if !clock.MatchString(s) {
		return &RuleError{"use", "Enter", "a time like " + example + " (hours 00–23, minutes 00–59)"}
	}
	return nil
}

// IsFinite reports whether v is a number a provider can take and JSON can
// carry: not infinite (a typed 1e400 reads as infinity) and not NaN, which
// passes every bound.
func IsFinite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// ParseNumber reads a number as people type it, refusing what ParseFloat
// reads but IsFinite does not accept.
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	f, err := strconv.ParseFloat(s, 64)
	if err == nil && !IsFinite(f) {
		return 0, fmt.Errorf("%q is too large or not a number", s)
	}
	return f, err
}
