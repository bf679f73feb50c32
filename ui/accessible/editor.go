package accessible

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui"
)

// plainDraft is a draft being edited in the accessible session.
type plainDraft struct {
	d        agent.Draft
	provider agent.Provider
	caps     agent.Capabilities
	choices  map[string][]agent.Choice
	// unfetched are the live lists that could not be fetched, already said.
	unfetched map[string]bool
}

// editDraft offers the draft's sections until the person goes back.
func (s *plainSession) editDraft(d agent.Draft) error {
	pd := &plainDraft{d: d}
	if err := s.loadProvider(pd, d.Provider); err != nil {
		s.say("Could not load the provider %s: %s", ui.Quote(d.Provider), ui.ErrText(err))
		return nil
	}
	for {
		problems := pd.provider.Validate(&pd.d.Agent)
		var opts []string
		for _, sec := range agent.Sections {
			opts = append(opts, sec.Title+": "+s.sectionState(pd, sec.ID, problems))
		}
		// Managing the draft comes after the way back, so the numbers of
		// the sections and of going back stay the same as before.
		opts = append(opts, "Switch to another provider", "Back to the drafts")
		opts = append(opts, manageOptions...)
		// Review comes last, so the numbers above stay as they were.
		reviewAt := len(opts)
		opts = append(opts, "Review and submit to "+pd.provider.Info().Name)
		tryAt := len(opts)
		opts = append(opts, "Try it or run the tests")
		i, err := s.choose(fmt.Sprintf("%s, for %s. Which section?", pd.d.Name, pd.provider.Info().Name), opts)
		if err != nil {
			return err
		}
		n := len(agent.Sections)
		switch {
		case i < n:
			err = s.editSection(pd, agent.Sections[i].ID)
		case i == n:
			err = s.switchProvider(pd)
		case i == n+1:
			return nil
		case i == reviewAt:
			err = s.review(pd)
		case i == tryAt:
			err = s.tryOrTest(pd)
		default:
			gone := false
			gone, err = s.manage(pd, i-n-2)
			if gone {
				return err
			}
		}
		if err != nil {
			return err
		}
	}
}

func (s *plainSession) loadProvider(pd *plainDraft, id string) error {
	p, err := s.deps.Providers.Get(id)
	if err != nil {
		return err
	}
	pd.provider, pd.caps, pd.choices, pd.unfetched = p, p.Capabilities(), map[string][]agent.Choice{}, nil
	return nil
}

// sectionState words a section's mark.
func (s *plainSession) sectionState(pd *plainDraft, section string, problems agent.Problems) string {
	if !forms.SectionSupported(section, pd.caps) {
		return "not carried by " + pd.provider.Info().Name
	}
	for _, p := range problems.Errors() {
		if pd.caps.SectionOf(p.Path) == section {
			return "needs attention, " + ui.FieldLabel(pd.caps, p.Path) + ": " + p.Message
		}
	}
	return "complete"
}

// editSection asks the section's questions, saves, then offers its lists.
func (s *plainSession) editSection(pd *plainDraft, section string) error {
	if !forms.SectionSupported(section, pd.caps) {
		s.say("%s has no settings in this section.", pd.provider.Info().Name)
		return nil
	}
	s.fetchLive(pd, section)
	choices, err := s.narrowChoices(pd, section)
	if err != nil {
		return err
	}
	sec := forms.NewSection(section, &pd.d.Agent, pd.caps, s.formOptionsWith(choices))
	if !sec.Empty() {
		s.describe(pd, sec)
		// Answers given before the input ended are kept too. Page by
		// page, so the More settings switch decides what is asked.
		err := sec.RunPages(s.run)
		if err != nil && !errors.Is(err, errInputEnded) {
			return err
		}
		if kerr := s.keep(pd, sec); kerr != nil || err != nil {
			return errors.Join(kerr, err)
		}
	}
	if err := s.changeLists(pd, section, sec.MoreShown()); err != nil {
		return err
	}
	for _, p := range pd.provider.Validate(&pd.d.Agent).Errors() {
		if pd.caps.SectionOf(p.Path) == section {
			s.say("To fix: %s: %s.", ui.FieldLabel(pd.caps, p.Path), p.Message)
		}
	}
	return nil
}

// describe reads out, before a form, what it will ask: huh's accessible
// prompts name each field but neither its current value nor its help.
func (s *plainSession) describe(pd *plainDraft, sec *forms.Section) {
	values := map[string]string{}
	for _, f := range agent.Flatten(&pd.d.Agent) {
		values[f.Path] = f.Value
	}
	s.say("%s asks, in order (enter keeps the value now):", sec.Title)
	more := false // past the More settings switch: asked only when it is yes
	for _, path := range sec.Paths() {
		now, set := values[path], false
		if now != "" {
			set = true
		}
		info, known := agent.FieldByPath(path)
		exact := known && info.Path == agent.StripIndices(path)
		if exact && info.Kind == agent.KindSecret {
			now = "not set"
			if set {
				now = "set"
			}
		} else if !set {
			now = "not set"
		}
		label, help := ui.FieldLabel(pd.caps, path), ""
		if exact {
			help = info.Help
		} else if strings.HasPrefix(path, agent.SettingsPrefix) {
			// A provider setting, or the More settings switch: the
			// form's words, from the provider's table.
			label, help, _ = sec.Help(path)
		}
		line := "  " + label + ", now " + ui.OneLine(now, 80)
		if more && strings.HasPrefix(path, agent.SettingsPrefix) {
			line += " (asked when More settings is yes)"
		}
		if help != "" {
			line += ". " + help
		}
		more = more || path == forms.MoreSettingsPath
		s.say("%s", line)
	}
}

// keep applies a form, stores its secrets and saves the draft.
func (s *plainSession) keep(pd *plainDraft, sec *forms.Section) error {
	for _, p := range sec.Apply(&pd.d.Agent) {
		s.say("Not kept: %s: %s.", ui.FieldLabel(pd.caps, p.Path), p.Message)
	}
	for path, v := range sec.Secrets() {
		ref := agent.NewSecretRef(path)
		if s.deps.Secrets == nil {
			s.say("There is nowhere to keep %s, so it was not kept.", ui.FieldLabel(pd.caps, path))
			continue
		}
		if err := s.deps.Secrets.SetSecret(ref, v); err != nil {
			s.say("Could not keep %s with your credentials: %s", ui.FieldLabel(pd.caps, path), ui.ErrText(err))
			continue
		}
		if err := forms.SetSecretRef(&pd.d.Agent, path, ref); err != nil {
			s.say("Could not keep %s: %s", ui.FieldLabel(pd.caps, path), ui.ErrText(err))
		}
	}
	return s.save(pd)
}

// save writes the draft; a save refused because another session saved
// first asks what to do.
func (s *plainSession) save(pd *plainDraft) error {
	err := s.deps.Drafts.Save(&pd.d)
	switch {
	case err == nil:
		s.say("Saved.")
		return nil
	case !errors.Is(err, agent.ErrConflict):
		s.say("Not saved: %s", ui.SaveErrText(err))
		return nil
	}
	i, cerr := s.choose("This draft was saved by another window or command while you were editing it. What now?",
		[]string{"Save mine as a copy", "Reload the saved version (my changes here are dropped)"})
	if cerr != nil {
		return cerr
	}
	if i == 0 {
		c, err := s.deps.Drafts.SaveCopy(&pd.d, pd.d.Name+" (my copy)")
		if err != nil {
			s.say("Could not save a copy: %s", ui.ErrText(err))
			return nil
		}
		pd.d = c
		s.say("Your changes are saved as %s; you are editing it now.", ui.Quote(c.Name))
		return nil
	}
	d, err := s.deps.Drafts.Load(pd.d.ID)
	if err != nil {
		s.say("Could not reload the draft: %s", ui.ErrText(err))
		return nil
	}
	pd.d = d
	s.say("Reloaded the saved version.")
	return nil
}

// switchProvider moves the draft to another provider after saying what
// that one cannot carry.
func (s *plainSession) switchProvider(pd *plainDraft) error {
	var others []agent.ProviderInfo
	var opts []string
	for _, p := range s.deps.Providers.List() {
		if p.ID != pd.d.Provider {
			others = append(others, p)
			opts = append(opts, p.Name+": "+p.Summary)
		}
	}
	if len(others) == 0 {
		s.say("There is no other provider to switch to.")
		return nil
	}
	i, err := s.choose("Switch to which provider?", append(opts, "Keep "+pd.provider.Info().Name))
	if err != nil || i == len(others) {
		return err
	}
	next, err := s.deps.Providers.Get(others[i].ID)
	if err != nil {
		s.say("Could not load that provider: %s", ui.ErrText(err))
		return nil
	}
	dropped := agent.Unsupported(&pd.d.Agent, next.Capabilities())
	if len(dropped) == 0 {
		s.say("%s can carry every setting of this draft.", others[i].Name)
	} else {
		s.say("%s has no place for these settings; they stay in the draft but are not sent to it:", others[i].Name)
		for _, f := range dropped {
			s.say("  %s: %s", agent.LabelWith(pd.caps, nil, f.Path), ui.OneLine(f.Value, 60))
		}
	}
	if pd.d.Remote().ID != "" {
		s.say("The draft stays linked to agent %s on %s, and switching back updates it again; on %s it updates its own agent there or makes a new one.", pd.d.Remote().ID, pd.provider.Info().Name, others[i].Name)
	}
	ok := false
	if err := s.run(huh.NewForm(huh.NewGroup(huh.NewConfirm().Title("Switch to " + others[i].Name + "?").Value(&ok)))); err != nil || !ok {
		return err
	}
	pd.d.Provider = others[i].ID // each provider's link and native document stay in the draft
	pd.provider, pd.caps, pd.choices, pd.unfetched = next, next.Capabilities(), map[string][]agent.Choice{}, nil
	return s.save(pd)
}
