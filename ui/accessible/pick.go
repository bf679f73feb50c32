package accessible

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui"
)

// pickShown is the longest list read out whole; a longer one is narrowed
// by typing part of a name first, so nobody listens to 300 voices.
const pickShown = 15

// pickItem is one entry of a list to pick from.
type pickItem struct{ id, name, detail string }

func (it pickItem) line() string {
	out := it.name
	if it.id != "" && it.id != it.name {
		out += " (" + it.id + ")"
	}
	if it.detail != "" {
		out += ", " + it.detail
	}
	return out
}

func (it pickItem) matches(search string) bool {
	q := strings.ToLower(search)
	return strings.Contains(strings.ToLower(it.name), q) || strings.Contains(strings.ToLower(it.id), q) ||
		strings.Contains(strings.ToLower(it.detail), q)
}

// pick asks for one of items: by typing part of its name (which narrows
// the list), its number in the list read out, or its id. It returns the
// index in items, or -1 when the person goes back with enter alone.
func (s *plainSession) pick(what string, items []pickItem) (int, error) {
	shown := make([]int, len(items))
	for i := range items {
		shown[i] = i
	}
	for {
		if len(shown) <= pickShown {
			for n, i := range shown {
				s.say("%d. %s", n+1, items[i].line())
			}
		} else {
			s.say("%d %s; type part of a name to narrow them.", len(shown), what)
		}
		answer := ""
		prompt := "Type part of a name, a number from the list, or an id; enter alone goes back"
		if err := s.run(huh.NewForm(huh.NewGroup(huh.NewInput().Title(prompt).Value(&answer)))); err != nil {
			return -1, err
		}
		answer = strings.TrimSpace(answer)
		if answer == "" {
			return -1, nil
		}
		if n, err := strconv.Atoi(answer); err == nil && len(shown) <= pickShown {
			if n >= 1 && n <= len(shown) {
				return shown[n-1], nil
			}
			s.say("There is no number %d here.", n)
			continue
		}
		for i, it := range items {
			if it.id != "" && strings.EqualFold(it.id, answer) {
				return i, nil
			}
		}
		var found []int
		for _, i := range shown {
			if items[i].matches(answer) {
				found = append(found, i)
			}
		}
		if len(found) == 0 && len(shown) < len(items) {
			// Search the whole list again rather than only the last matches.
			for i, it := range items {
				if it.matches(answer) {
					found = append(found, i)
				}
			}
		}
		if len(found) == 0 {
			s.say("Nothing matches %s.", ui.Quote(answer))
			continue
		}
		s.say("%s %s:", matchCount(len(found), "entry", "entries"), ui.Quote(answer))
		shown = found
	}
}

// narrowChoices asks, for each long live list of the section, for part of
// a name; the section's question then offers only the matches, numbered,
// with Other for a typed id. The choices to build the form with are
// returned; pd.choices keeps the whole lists.
func (s *plainSession) narrowChoices(pd *plainDraft, section string) (map[string][]agent.Choice, error) {
	out := make(map[string][]agent.Choice, len(pd.choices))
	for path, l := range pd.choices {
		out[path] = l
	}
	for _, path := range pd.caps.SectionPaths(section) {
		l := pd.choices[path]
		if len(l) <= pickShown {
			continue
		}
		search, from := "", pd.provider.Info().Name
		if l[0].FromDocs {
			from += "'s docs" // never presented as live
		}
		title := fmt.Sprintf("%s: %s from %s. Type part of a name to narrow the list the next question offers, or press enter for all of them",
			ui.FieldLabel(pd.caps, path), ui.Plural(len(l), "choice", "choices"), from)
		if err := s.run(huh.NewForm(huh.NewGroup(huh.NewInput().Title(title).Value(&search)))); err != nil {
			return out, err
		}
		if strings.TrimSpace(search) == "" {
			continue
		}
		found := agent.FilterChoices(l, search)
		if len(found) == 0 {
			s.say("Nothing matches %s; the next question offers all of them, and Other takes a typed id.", ui.Quote(search))
			continue
		}
		s.say("%s %s.", matchCount(len(found), "choice", "choices"), ui.Quote(search))
		out[path] = found
	}
	return out, nil
}

// fetchLive fetches the live choice lists a section can use, once each;
// a list that cannot be fetched is said in one line, and the field then
// takes a typed id.
func (s *plainSession) fetchLive(pd *plainDraft, section string) {
	for _, path := range append(pd.caps.SectionPaths(section), ui.LiveItemPaths(pd.caps, section)...) {
		spec, ok := pd.caps.Spec(path)
		if _, done := pd.choices[path]; !ok || !spec.Live || done || pd.unfetched[path] {
			continue
		}
		ctx, cancel := context.WithTimeout(s.ctx, ui.ChoicesTimeout)
		l, err := pd.provider.Choices(ctx, agent.ChoiceQuery{Path: path})
		cancel()
		if err != nil {
			s.say("The list for %s could not be fetched from %s (%s); type an id there instead.",
				ui.FieldLabel(pd.caps, path), pd.provider.Info().Name, strings.TrimSuffix(ui.ErrText(err), "."))
			if pd.unfetched == nil {
				pd.unfetched = map[string]bool{}
			}
			pd.unfetched[path] = true // said once, not at every visit
			continue
		}
		pd.choices[path] = l
	}
}

func (s *plainSession) formOptions(pd *plainDraft) forms.Options {
	return s.formOptionsWith(pd.choices)
}

func (s *plainSession) formOptionsWith(choices map[string][]agent.Choice) forms.Options {
	return forms.Options{Choices: choices, KeyMap: s.keys, Theme: s.theme.Huh(), Accessible: true}
}

// matchCount says how many matched: "One choice matches", "4 choices match".
func matchCount(n int, one, many string) string {
	if n == 1 {
		return "One " + one + " matches"
	}
	return fmt.Sprintf("%d %s match", n, many)
}
