package accessible

import (
	"context"

	"github.com/agentdeck/agentdeck/ui"
)

// pull makes a draft from an agent on a provider, or refreshes the draft
// linked to it, as the pull screen does, then opens the draft.
func (s *plainSession) pull() error {
	info, ok, err := s.chooseProvider("Pull an agent from which provider?", "pull from")
	if !ok {
		return err
	}
	p, err := s.deps.Providers.Get(info.ID)
	if err != nil {
		s.say("Could not load %s: %s", info.Name, ui.ErrTextFor(err, info.Name))
		return nil
	}
	s.say("Asking %s for its agents…", info.Name)
	ctx, cancel := context.WithTimeout(s.ctx, ui.ListTimeout)
	agents, err := p.List(ctx)
	cancel()
	if err != nil {
		s.say("Could not list the agents on %s: %s", info.Name, ui.ErrTextFor(err, info.Name))
		return nil
	}
	if len(agents) == 0 {
		s.say("%s has no agents yet.", info.Name)
		return nil
	}
	linked := ui.LinkedDrafts(s.deps.Drafts, info.ID)
	items := make([]pickItem, len(agents))
	for j, a := range agents {
		it := pickItem{id: a.ID, name: a.Name}
		if it.name == "" {
			it.name = "(no name)"
		}
		if e, ok := linked[a.ID]; ok {
			it.detail = "linked to the draft " + ui.Quote(e.Name)
		}
		items[j] = it
	}
	s.say("%s has %s.", info.Name, ui.Plural(len(agents), "agent", "agents"))
	j, err := s.pick("agents", items)
	if err != nil || j < 0 {
		return err
	}
	a := agents[j]
	if a.ID == "" {
		s.say("%s gave no id for this agent, so it cannot be pulled.", info.Name)
		return nil
	}
	var link *ui.DraftEntry
	if e, ok := linked[a.ID]; ok {
		s.say("The draft %s is linked to this agent. It takes the agent's settings from %s; changes in it that were never pushed are kept in a copy first.", ui.Quote(e.Name), info.Name)
		c, err := s.choose("Refresh "+ui.Quote(e.Name)+" from "+info.Name+"?", []string{"Not now", "Refresh the draft"})
		if err != nil || c == 0 {
			return err
		}
		link = &e
	}
	s.say("Pulling %s from %s…", ui.Quote(items[j].name), info.Name)
	ctx, cancel = context.WithTimeout(s.ctx, ui.PullTimeout)
	res, err := ui.PullRemote(ctx, p, a.ID, s.deps, link)
	cancel()
	if err != nil {
		s.say("Could not pull it: %s", ui.PullErrText(err, info.Name))
		return nil
	}
	if res.Refreshed {
		s.say("Refreshed %s from %s.", ui.Quote(res.Draft.Name), info.Name)
	} else {
		s.say("Made the draft %s from %s.", ui.Quote(res.Draft.Name), info.Name)
	}
	if res.Copy != nil {
		s.say("Its unpushed changes are kept in %s.", ui.Quote(res.Copy.Name))
	}
	return s.editDraft(res.Draft)
}
