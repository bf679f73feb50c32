package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/agentdeck/agentdeck/agent"
)

// A draft's environments in one short cell, as both the drafts list and
// `agentdeck list` show them: "default ✓ prod •".

// DraftEnv is one of a draft's environments, as the drafts folder's index
// knows it.
type DraftEnv struct {
	Name  string
	State string // agent.EnvInStep, EnvChanged, EnvNever or EnvUnclear
}

// EnvsCellWidth keeps the environments cell narrow enough that a row still
// fits 80 columns with a short name; the rest are counted ("+2").
const EnvsCellWidth = 16

// EnvMark is an environment's state in one character.
func EnvMark(state string) string {
	switch state {
	case agent.EnvInStep:
		return "✓"
	case agent.EnvChanged:
		return "•"
	case agent.EnvUnclear:
		return "?"
	}
	return "○"
}

// EnvsCell is a draft's environments in at most EnvsCellWidth columns.
func EnvsCell(envs []DraftEnv) string {
	if len(envs) == 1 && envs[0].Name == agent.DefaultEnv {
		return agent.DefaultEnv + " " + EnvMark(envs[0].State)
	}
	var b strings.Builder
	width := 0
	for i, e := range envs {
		part := e.Name + " " + EnvMark(e.State)
		w := utf8.RuneCountInString(part)
		if i > 0 {
			w++ // the space before it
		}
		// Room is kept for the count of those after it, should the next
		// not fit.
		reserve := 0
		if rest := len(envs) - i - 1; rest > 0 {
			reserve = len(" +" + strconv.Itoa(rest))
		}
		if i > 0 && width+w+reserve > EnvsCellWidth {
			b.WriteString(" +" + strconv.Itoa(len(envs)-i))
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(part)
		width += w
	}
	return b.String()
}

// envsShown reports whether the drafts list has its environments column:
// only when some draft has an environment besides the default, so a folder
// without environments lists as it always did.
func envsShown(rows []draftRow) bool {
	for _, r := range rows {
		if len(r.Envs) > 1 {
			return true
		}
	}
	return false
}
