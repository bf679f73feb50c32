package forms

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// hint is a validation message: what to do, as a sentence people read under
// the field.
type hint string

func (h hint) Error() string { return string(h) }

// Every validator here accepts "": an empty field means "not set; use the
// provider's default", and huh's accessible mode checks "" when a person
// presses Enter to keep a value. Messages say what to do.

// numberRange returns the limits agent.ValidateCommon applies to a number:
// the provider's vendor range for vendor, else the provider's Min/Max, else
// the catalogue's.
func numberRange(info agent.FieldInfo, spec agent.FieldSpec, vendor string) (lo, hi *float64) {
	lo, hi = info.Min, info.Max
	if spec.Min != nil || spec.Max != nil {
		lo, hi = spec.Min, spec.Max
	}
	if r, ok := spec.VendorRanges[vendor]; ok {
		lo, hi = &r.Min, &r.Max
	}
	return lo, hi
}

// rangeWords reads a range as people say it: "from 0.7 to 1.2".
func rangeWords(lo, hi *float64) string {
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		return "of exactly " + formatFloat(*lo)
	case lo != nil && hi != nil:
		return "from " + formatFloat(*lo) + " to " + formatFloat(*hi)
	case lo != nil:
		return "of at least " + formatFloat(*lo)
	case hi != nil:
		return "no bigger than " + formatFloat(*hi)
	}
	return ""
}

// numberCheck validates a number field; vendor is read at each check, so a
// vendor changed in the same form moves the range with it.
func numberCheck(info agent.FieldInfo, spec agent.FieldSpec, vendor func() string) func(string) error {
	whole := info.Kind == agent.KindInteger
	return func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil
		}
		lo, hi := numberRange(info, spec, vendor())
		noun := "a number"
		if whole {
			noun = "a whole number"
		}
		msg := "Enter " + noun
		if w := rangeWords(lo, hi); w != "" {
			msg += " " + w
		} else if whole {
			msg += ", like 3"
		} else {
			msg += ", like 1.5"
		}
		v, err := agent.ParseNumber(s)
		if err != nil {
			return hint(msg)
		}
		if whole {
			if _, err := strconv.Atoi(s); err != nil {
				return hint(msg)
			}
		}
		if (lo != nil && v < *lo) || (hi != nil && v > *hi) {
			return hint(msg)
		}
		return nil
	}
}

// textCheck applies the provider's length and pattern rules and the model's
// own rules for a few paths (addresses, names, times, zones, languages).
func textCheck(path string, spec agent.FieldSpec) func(string) error {
	var pattern *regexp.Regexp
	if spec.Pattern != "" {
		pattern, _ = regexp.Compile(spec.Pattern) // a provider's bad pattern must not block typing
	}
	own := ownCheck(agent.StripIndices(path))
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		if spec.MaxLen > 0 && len([]rune(s)) > spec.MaxLen {
			return hint(fmt.Sprintf("Use at most %d characters (now %d)", spec.MaxLen, len([]rune(s))))
		}
		if own != nil {
			if err := own(strings.TrimSpace(s)); err != nil {
				return err
			}
		}
		if pattern != nil && !pattern.MatchString(strings.TrimSpace(s)) {
			words := spec.PatternHint
			if words == "" {
				words = "a value matching " + spec.Pattern
			}
			return hint("Use " + words)
		}
		return nil
	}
}

// listCheck validates a comma-separated list against the provider's limits
// on the number of items and the length of each.
func listCheck(spec agent.FieldSpec) func(string) error {
	return func(s string) error {
		items := splitList(s)
		if spec.MaxItems > 0 && len(items) > spec.MaxItems {
			return hint(fmt.Sprintf("Use at most %d, separated by commas (now %d)", spec.MaxItems, len(items)))
		}
		for _, it := range items {
			if spec.MaxLen > 0 && len([]rune(it)) > spec.MaxLen {
				return hint(fmt.Sprintf("Keep each one to %d characters; %q is longer", spec.MaxLen, it))
			}
		}
		return nil
	}
}

// ownCheck returns the model's rule for an index-free path, the one
// agent.ValidateCommon applies later, worded as a form asks for the value
// (agent.RuleError.Prompt), or nil.
func ownCheck(p string) func(string) error {
	var rule func(string) error
	switch key := catalogueKey(p); {
	case key == "identity.language":
		rule = agent.CheckLanguageTag
	case key == "identity.timezone" || key == "schedule.timezone":
		rule = agent.CheckTimeZone
	case key == "tools.url" || key == "mcp.url" || strings.HasPrefix(key, "webhooks.") && strings.HasSuffix(key, ".url"):
		rule = agent.CheckWebAddress
	case key == "variables.name" || key == "tools.params.name":
		rule = agent.CheckIdentifier
	case key == "schedule.day.start" || key == "schedule.day.end":
		rule = func(s string) error { return agent.CheckClock(s, "09:00") }
	default:
		return nil
	}
	return func(s string) error {
		err := rule(s)
		var broken *agent.RuleError
		if errors.As(err, &broken) {
			return hint(broken.Prompt())
		}
		return err
	}
}
