package forms

import (
	"errors"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// slot reads and writes one value of an agent as the text a form shows.
// set receives "" for "not set" and returns a plain-words error for text it
// cannot convert, leaving the agent as it was.
type slot struct {
	get func(a *agent.Agent) string
	set func(a *agent.Agent, v string) error
	// plainBool marks a bool without an unset state (shown as a Confirm).
	plainBool bool
	// secret is set for fields whose value lives in the credentials file;
	// get then reports only whether a reference is stored.
	secret func(a *agent.Agent) *agent.SecretRef
}

// Conversion problems, worded as what to do.
var (
	errNumber = errors.New("use a number like 1.1")
	errWhole  = errors.New("use a whole number like 3")
	errYesNo  = errors.New("choose yes or no")
)

// Yes and no as the bool fields show them.
const (
	yes = "yes"
	no  = "no"
)

func textSlot(p func(a *agent.Agent) *string) slot {
	return slot{
		get: func(a *agent.Agent) string { return *p(a) },
		set: func(a *agent.Agent, v string) error { *p(a) = v; return nil },
	}
}

func floatSlot(p func(a *agent.Agent) **float64) slot {
	return optionalSlot(p, formatFloat, agent.ParseNumber, errNumber)
}

func intSlot(p func(a *agent.Agent) **int) slot {
	return optionalSlot(p, strconv.Itoa, strconv.Atoi, errWhole)
}

// optionalSlot is a value that may be unset: "" clears it, format writes
// it and parse reads it, and text parse refuses is answered with bad.
func optionalSlot[T any](p func(a *agent.Agent) **T, format func(T) string, parse func(string) (T, error), bad error) slot {
	return slot{
		get: func(a *agent.Agent) string {
			if v := *p(a); v != nil {
				return format(*v)
			}
			return ""
		},
		set: func(a *agent.Agent, v string) error {
			if v == "" {
				*p(a) = nil
				return nil
			}
			x, err := parse(v)
			if err != nil {
				return bad
			}
			*p(a) = &x
			return nil
		},
	}
}

// plainIntSlot is an int with no unset state; "" writes 0.
func plainIntSlot(p func(a *agent.Agent) *int) slot {
	return slot{
		get: func(a *agent.Agent) string { return strconv.Itoa(*p(a)) },
		set: func(a *agent.Agent, v string) error {
			if v == "" {
				*p(a) = 0
				return nil
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return errWhole
			}
			*p(a) = n
			return nil
		},
	}
}

// triSlot is an optional bool: yes, no, or "" for the provider's default.
func triSlot(p func(a *agent.Agent) **bool) slot {
	return slot{
		get: func(a *agent.Agent) string {
			switch v := *p(a); {
			case v == nil:
				return ""
			case *v:
				return yes
			default:
				return no
			}
		},
		set: func(a *agent.Agent, v string) error {
			switch v {
			case "":
				*p(a) = nil
			case yes, no:
				b := v == yes
				*p(a) = &b
			default:
				return errYesNo
			}
			return nil
		},
	}
}

func boolSlot(p func(a *agent.Agent) *bool) slot {
	return slot{
		plainBool: true,
		get: func(a *agent.Agent) string {
			if *p(a) {
				return yes
			}
			return no
		},
		set: func(a *agent.Agent, v string) error {
			if v != yes && v != no {
				return errYesNo
			}
			*p(a) = v == yes
			return nil
		},
	}
}

// listSlot shows a list of short strings comma separated.
func listSlot(p func(a *agent.Agent) *[]string) slot {
	return slot{
		get: func(a *agent.Agent) string { return strings.Join(*p(a), ", ") },
		set: func(a *agent.Agent, v string) error { *p(a) = splitList(v); return nil },
	}
}

// secretSlot never reads the value back; set is not used, because a typed
// secret goes to Section.Secrets and only a reference reaches the agent.
func secretSlot(p func(a *agent.Agent) *agent.SecretRef) slot {
	return slot{
		get:    func(*agent.Agent) string { return "" },
		set:    func(*agent.Agent, string) error { return nil },
		secret: p,
	}
}

func splitList(v string) []string {
	var out []string
	for _, part := range strings.Split(v, ",") {
		if s := strings.TrimSpace(part); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
