package agent

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// Fitting a fresh agent to one provider: a new draft starts clean, with
// nothing its provider cannot carry and every value in the provider's own
// words, so the first thing a person sees is not a list of warnings that no
// field of the editor can clear.

// maxFitRounds bounds Fit's loop: each round removes at least one field,
// and a template has far fewer than this.
const maxFitRounds = 32

// Fit makes a, a fresh agent, fit the provider whose rules validate gives:
// the language is put in the provider's own form (en-US becomes en where
// the provider's list has only en), and every field a warning names is
// removed, until validate warns of nothing. Errors are left for the person
// to see: Fit never invents a value.
func Fit(a *Agent, caps Capabilities, validate func(*Agent) Problems) {
	fitLanguage(a, caps, validate)
	for range maxFitRounds {
		var paths []string
		for _, p := range validate(a) {
			if p.Warning && p.Path != "" {
				paths = append(paths, p.Path)
			}
		}
		if len(paths) == 0 || !removePaths(a, paths) {
			return
		}
	}
}

// fitLanguage puts the language in the form the provider keeps: the
// provider's own list value when it has one (en-US → en, pt-BR → pt-br),
// else the bare language when the full tag draws a warning (Trillet keeps
// en, not en-US).
func fitLanguage(a *Agent, caps Capabilities, validate func(*Agent) Problems) {
	lang := a.Identity.Language
	if lang == "" || !caps.Supports("identity.language") {
		return
	}
	if mapped, ok := ListValue(caps, "identity.language", lang); ok {
		a.Identity.Language = mapped
		return
	}
	if !warnsAt(validate(a), "identity.language") {
		return
	}
	if base, _, ok := strings.Cut(lang, "-"); ok {
		a.Identity.Language = strings.ToLower(base)
		if warnsAt(validate(a), "identity.language") {
			a.Identity.Language = lang // the removal loop decides
		}
	}
}

// ListValue maps a language or other value to the entry of the provider's
// choice list for path that means the same: an exact entry first, then one
// that differs only in case (pt-BR → pt-br), then the bare language (en-US
// → en). ok is false when the list has none of them, or there is no list.
func ListValue(caps Capabilities, path, value string) (string, bool) {
	spec, ok := caps.Spec(path)
	if !ok || len(spec.Choices) == 0 || value == "" {
		return "", false
	}
	if hasChoice(spec.Choices, value) {
		return value, true
	}
	for _, c := range spec.Choices {
		if strings.EqualFold(c.Value, value) {
			return c.Value, true
		}
	}
	if base, _, cut := strings.Cut(value, "-"); cut {
		for _, c := range spec.Choices {
			if strings.EqualFold(c.Value, base) {
				return c.Value, true
			}
		}
	}
	return "", false
}

func warnsAt(ps Problems, path string) bool {
	for _, p := range ps {
		if p.Warning && p.Path == path {
			return true
		}
	}
	return false
}

// Clear removes the value at path (a leaf, a group like schedule, or an
// item like builtins[1]) from a, and reports whether there was one: how a
// value the provider does not carry (Problem.NotCarried) leaves the draft.
func Clear(a *Agent, path string) bool { return removePaths(a, []string{path}) }

// removePaths clears the fields at paths (a leaf, a group like schedule, or
// an item like builtins[1]) and reports whether anything was there to
// clear. It works on the agent's JSON form, the same one Flatten reads, so
// every path validation can name can be removed.
func removePaths(a *Agent, paths []string) bool {
	raw, err := json.Marshal(a)
	if err != nil {
		return false
	}
	var tree any
	if json.Unmarshal(raw, &tree) != nil {
		return false
	}
	// Items go from the end, so removing builtins[1] does not move the
	// builtins[2] a later path names.
	paths = slices.Clone(paths)
	slices.SortFunc(paths, func(x, y string) int { return compareIndexed(y, x) })
	removed := false
	for _, p := range paths {
		if next, ok := removeAt(tree, splitPath(p)); ok {
			tree, removed = next, true
		}
	}
	if !removed {
		return false
	}
	raw, err = json.Marshal(tree)
	if err != nil {
		return false
	}
	var out Agent
	if json.Unmarshal(raw, &out) != nil {
		return false
	}
	*a = out
	return true
}

// splitPath reads "tools[0].params[1].in" as tools, 0, params, 1, in.
func splitPath(path string) []string {
	var out []string
	for _, part := range strings.Split(path, ".") {
		name, rest, _ := strings.Cut(part, "[")
		if name != "" {
			out = append(out, name)
		}
		for rest != "" {
			idx, after, _ := strings.Cut(rest, "]")
			out = append(out, idx)
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return out
}

// removeAt removes the value at segs under v, returning the new v.
func removeAt(v any, segs []string) (any, bool) {
	switch len(segs) {
	case 0:
		return v, false
	case 1:
		return removeChild(v, segs[0])
	}
	return descend(v, segs[0], func(child any) (any, bool) { return removeAt(child, segs[1:]) })
}

// removeChild removes the key seg of an object, or the item seg of a list.
func removeChild(v any, seg string) (any, bool) {
	switch t := v.(type) {
	case map[string]any:
		if _, ok := t[seg]; !ok {
			return v, false
		}
		delete(t, seg)
		return t, true
	case []any:
		i, ok := listIndex(t, seg)
		if !ok {
			return v, false
		}
		return append(t[:i:i], t[i+1:]...), true
	}
	return v, false
}

// compareIndexed orders paths segment by segment, list indices as numbers.
func compareIndexed(x, y string) int {
	xs, ys := splitPath(x), splitPath(y)
	for i := range min(len(xs), len(ys)) {
		xi, xerr := strconv.Atoi(xs[i])
		yi, yerr := strconv.Atoi(ys[i])
		switch {
		case xerr == nil && yerr == nil && xi != yi:
			return xi - yi
		case xs[i] != ys[i]:
			return strings.Compare(xs[i], ys[i])
		}
	}
	return len(xs) - len(ys)
}
