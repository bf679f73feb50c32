package agent

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a draft, tied to the field it is about.
// Path uses the model's field paths (llm.temperature, schedule.mon[1]);
// Message is plain words that say what to do.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
	// Warning marks something that does not stop a push but that the person
	// should know (a value rounded, a setting this provider cannot carry).
	Warning bool `json:"warning,omitempty"`
	// NotCarried marks a warning about a value the provider does not carry:
	// no editor form of that provider shows the field, so the review offers
	// to clear it from the draft instead (enter there removes it, Clear).
	NotCarried bool `json:"not_carried,omitempty"`
}

func (p Problem) String() string { return p.Path + ": " + p.Message }

// Problems is a list of problems; as an error it reads as one line each.
type Problems []Problem

// Add records an error at path.
func (ps *Problems) Add(path, format string, args ...any) {
	*ps = append(*ps, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// rule records err, a broken field rule (see RuleError), at path; a nil err
// records nothing.
func (ps *Problems) rule(path string, err error) {
	if err != nil {
		*ps = append(*ps, Problem{Path: path, Message: err.Error()})
	}
}

// Warn records a warning at path.
func (ps *Problems) Warn(path, format string, args ...any) {
	*ps = append(*ps, Problem{Path: path, Message: fmt.Sprintf(format, args...), Warning: true})
}

// Errors returns only the problems that stop a push.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// At returns the problems whose path is path or lies under it.
func (ps Problems) At(path string) Problems {
	var out Problems
	for _, p := range ps {
		if p.Path == path || strings.HasPrefix(p.Path, path+".") || strings.HasPrefix(p.Path, path+"[") {
			out = append(out, p)
		}
	}
	return out
}

// Error implements error, one problem per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Is lets errors.Is(problems, ErrInvalid) hold.
func (ps Problems) Is(target error) bool { return target == ErrInvalid }
