package accessible

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// review reads out what a submit would do, as the review screen shows it:
// the problems, what changes on the remote agent (fetched live), and the
// exact requests with secrets masked; then offers the submit.
func (s *plainSession) review(pd *plainDraft) error {
	name := pd.provider.Info().Name
	problems, requests, encodeErr := ui.ReviewOf(pd.provider, pd.d)
	errs := problems.Errors()
	s.say("Review of %s for %s.", ui.Quote(pd.d.Name), name)
	switch {
	case len(errs) > 0:
		s.say("Fix %s before this draft can go to %s:", ui.Plural(len(errs), "problem", "problems"), name)
	case len(problems) > 0:
		s.say("No problems stop a submit. %s about settings %s handles its own way:", ui.Plural(len(problems), "warning", "warnings"), name)
	default:
		s.say("No problems: the draft is ready for %s.", name)
	}
	for _, p := range problems {
		kind := "Problem"
		if p.Warning {
			kind = "Warning"
		}
		s.say("  %s: %s: %s", kind, ui.ProblemLabel(pd.caps, p.Path), p.Message)
	}
	elsewhere := s.sayChanges(pd, name)
	s.say("The requests a submit sends (secrets show as %s):", agent.Masked)
	if encodeErr != nil {
		s.say("  The request cannot be built: %s", ui.ErrText(encodeErr))
	}
	for i, r := range requests {
		s.say("Request %d of %d: %s. %s %s", i+1, len(requests), ui.StepWords(r.Step, name), r.Method, r.URL)
		if len(r.Body) > 0 {
			s.say("%s", ui.PrettyJSON(r.Body))
		}
	}
	s.say("End of the requests.")
	if len(errs) > 0 || encodeErr != nil {
		s.say("Nothing can be submitted until these are fixed; each is in the section its field belongs to.")
		return nil
	}
	opts := []string{"Not now, back to the draft", "Submit to " + name}
	if elsewhere {
		// The review screen's drift question, as choices here.
		opts = []string{"Not now, back to the draft", "Push mine over theirs", "Pull theirs into this draft (changes of yours never pushed go to a copy first)"}
	}
	notCarried := notCarriedPaths(problems)
	if len(notCarried) > 0 {
		// The review screen's enter on such a warning, here as a choice:
		// no section shows these values, so nothing else can clear them.
		opts = append(opts, fmt.Sprintf("Remove from the draft the %s %s does not carry", ui.Plural(len(notCarried), "value", "values"), name))
	}
	i, err := s.choose("Submit "+ui.Quote(pd.d.Name)+" to "+name+" now?", opts)
	switch {
	case err != nil || i == 0:
		return err
	case len(notCarried) > 0 && i == len(opts)-1:
		return s.removeNotCarried(pd, notCarried)
	case i == 2:
		s.pullTheirs(pd, name)
		return nil
	}
	side := agent.SideUnset
	if elsewhere {
		side = agent.SideOurs // "push mine over theirs"
	}
	s.submit(pd, name, "", side)
	return nil
}

// notCarriedPaths are the paths of the warnings about values the provider
// does not carry.
func notCarriedPaths(ps agent.Problems) []string {
	var out []string
	for _, p := range ps {
		if p.NotCarried {
			out = append(out, p.Path)
		}
	}
	return out
}

// removeNotCarried clears the values the provider does not carry and saves.
func (s *plainSession) removeNotCarried(pd *plainDraft, paths []string) error {
	for _, p := range paths {
		if agent.Clear(&pd.d.Agent, p) {
			s.say("Removed %s.", ui.ProblemLabel(pd.caps, p))
		}
	}
	return s.save(pd)
}

// pullTheirs refreshes the draft from its remote agent, changed elsewhere.
func (s *plainSession) pullTheirs(pd *plainDraft, name string) {
	s.say("Pulling their version from %s…", name)
	ctx, cancel := context.WithTimeout(s.ctx, ui.PullTimeout)
	res, err := ui.PullRemote(ctx, pd.provider, pd.d.Remote().ID, s.deps, &ui.DraftEntry{ID: pd.d.ID, Name: pd.d.Name})
	cancel()
	if err != nil {
		s.say("Could not pull it: %s", ui.PullErrText(err, name))
		return
	}
	pd.d = res.Draft
	s.say("Pulled their version from %s.", name)
	if res.Copy != nil {
		s.say("Your changes are kept in %s.", ui.Quote(res.Copy.Name))
	}
}

// sayChanges reads out what a submit changes on the remote agent, or that
// it makes a new one; true when the agent was changed elsewhere since the
// last push or pull.
func (s *plainSession) sayChanges(pd *plainDraft, name string) bool {
	remote := pd.d.Remote()
	if remote.ID == "" {
		s.say("A submit creates a new agent on %s.", name)
		if remote.Pending() {
			s.say("An earlier submit may have created it already: %s's list of agents is checked first, and an agent is linked only if it is provably this draft's.", name)
		}
		return false
	}
	s.say("Fetching agent %s from %s to compare…", remote.ID, name)
	ctx, cancel := context.WithTimeout(s.ctx, ui.CompareTimeout)
	changes, elsewhere, err := ui.DiffWithRemote(ctx, pd.provider, pd.d, s.deps.Secrets)
	cancel()
	switch {
	case err != nil:
		s.say("Could not compare with the agent on %s: %s", name, ui.ErrTextFor(err, name))
		return false
	case len(changes) == 0:
		s.say("A submit changes nothing: the agent on %s already has what this draft holds.", name)
	default:
		s.say("A submit changes %s on %s, from what it has now to what this draft holds:", ui.Plural(len(changes), "setting", "settings"), name)
		for _, c := range changes {
			s.say("  %s", c.String())
		}
	}
	if elsewhere {
		s.say("Warning: someone changed this agent on %s since your last push or pull. Pushing yours over theirs keeps your value wherever you both changed a setting; a setting changed only there is kept when agentdeck has your last push on record, and replaced when it has not.", name)
	}
	return elsewhere
}

// submit pushes the draft through the same flow and push lock as the
// submit screen, reading out each step as it starts and then the result.
func (s *plainSession) submit(pd *plainDraft, name, adoptID string, side agent.Side) {
	s.say("Submitting to %s.", name)
	ctx, cancel := context.WithTimeout(s.ctx, ui.SubmitTimeout)
	out := ui.SubmitWith(ctx, s.deps, pd.provider, pd.d, adoptID, side, func(step string) {
		s.say("Now: %s…", ui.StepWords(step, name))
	})
	cancel()
	if out.Loaded {
		pd.d = out.Draft
	}
	if id, asked := s.askAdopt(out.Err, name); asked {
		if id != "" {
			s.submit(pd, name, id, side)
		}
		return
	}
	if allowed, asked := s.askSharedTools(out.Err); asked && !allowed {
		return
	} else if allowed {
		s.say("Submitting to %s, changing the shared tool.", name)
		ctx, cancel := context.WithTimeout(s.ctx, ui.SubmitTimeout)
		out = ui.SubmitSharingTools(ctx, s.deps, pd.provider, pd.d, side, func(step string) {
			s.say("Now: %s…", ui.StepWords(step, name))
		})
		cancel()
		if out.Loaded {
			pd.d = out.Draft
		}
	}
	if out.Err != nil {
		s.say("Failed: %s", ui.SubmitFailure(out.Err, pd.d, name, pd.caps, func(fix string) string {
			return fix + " in the section named below"
		}))
		if id := out.Result.RemoteID; id != "" && out.Result.Created {
			s.say("The agent exists on %s as %s; the draft records it, so the next submit updates it.", name, id)
		}
		for _, p := range ui.RefusedFields(out.Err) {
			section := ""
			if sec := pd.caps.SectionOf(p.Path); sec != "" {
				section = " (in " + sectionTitle(sec) + ")"
			}
			s.say("  %s%s: %s", ui.ProblemLabel(pd.caps, p.Path), section, p.Message)
		}
		for _, m := range ui.ProviderSaid(out.Err, name) {
			s.say("%s said: %s", name, m)
		}
		return
	}
	res := out.Result
	s.say("Done. %s Agent id: %s. The draft %s records it.", ui.SubmitWhat(res, name), res.RemoteID, ui.Quote(pd.d.Name))
	switch {
	case res.ReadBackErr != nil:
		s.say("The submit worked, but reading the agent back failed, so what %s kept was not checked: %s", name, ui.ErrText(res.ReadBackErr))
	case len(res.NotKept) == 0:
		s.say("%s kept every setting as sent.", name)
	default:
		s.say("%s did not keep %s as sent (sent, then kept):", name, ui.Plural(len(res.NotKept), "setting", "settings"))
		for _, c := range res.NotKept {
			s.say("  %s", strings.TrimSpace(c.String()))
		}
	}
}

func sectionTitle(id string) string {
	for _, sec := range agent.Sections {
		if sec.ID == id {
			return sec.Title
		}
	}
	return id
}

// askAdopt, after a submit stopped because an earlier, unclear create may
// have made one of several agents, lists them and asks which is this
// draft's: the id chosen, or "" for cancel; asked is false for any other
// outcome. Nothing is adopted without this answer.
func (s *plainSession) askAdopt(err error, name string) (id string, asked bool) {
	var ae *agent.AdoptError
	if !errors.As(err, &ae) || len(ae.Candidates) == 0 {
		return "", false
	}
	s.say("An earlier submit may have created this agent on %s, and agentdeck cannot prove which of these it made.", name)
	opts := make([]string, 0, len(ae.Candidates)+1)
	for _, c := range ae.Candidates {
		line := c.ID + " " + ui.Quote(ui.OneLine(c.Name, 60))
		if !c.Created.IsZero() {
			line += ", created " + c.Created.UTC().Format("2006-01-02 15:04 UTC")
		}
		opts = append(opts, "Link the draft to "+line+" and update it")
	}
	opts = append(opts, "Cancel: send nothing")
	i, cerr := s.choose("Which agent did the earlier submit make?", opts)
	if cerr != nil || i >= len(ae.Candidates) {
		s.say("Nothing was sent. The earlier submit stays on record, so the next submit asks again.")
		return "", true
	}
	return ae.Candidates[i].ID, true
}
