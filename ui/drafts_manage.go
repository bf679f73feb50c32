package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// nameAction is what a name typed on the drafts list is for.
type nameAction int

const (
	nameRename nameAction = iota + 1
	nameCopy
)

// askDelete asks before the draft under the cursor goes to the trash.
func (s *draftsScreen) askDelete() tea.Cmd {
	e, ok := s.selected()
	if !ok {
		return nil
	}
	return openDialog(newDeleteDraftDialog(e.ID, named(e).Name))
}

// startNaming puts a name field on the list's top line, filled with the
// current name (rename) or a first suggestion (copy).
func (s *draftsScreen) startNaming(action nameAction) tea.Cmd {
	e, ok := s.selected()
	switch {
	case !ok:
		return nil
	case e.Damaged != "":
		return notice("This file cannot be read, so it cannot be renamed or copied; it can be deleted.", levelError)
	}
	s.naming, s.nameFor = action, e
	s.nameInput.Prompt = "Rename to: "
	value := e.Name
	if action == nameCopy {
		s.nameInput.Prompt = "Name of the copy: "
		value = e.Name + " (copy)"
	}
	s.nameInput.SetValue(value)
	s.nameInput.CursorEnd()
	s.focus = focusDraftName
	return s.nameInput.Focus()
}

func (s *draftsScreen) stopNaming() {
	s.nameInput.Blur()
	s.focus = focusDraftList
	s.naming = 0
}

// updateName takes keys while a name is typed: enter checks and applies
// it, esc puts it away.
func (s *draftsScreen) updateName(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, s.keys.CancelName):
		s.stopNaming()
		return s, nil
	case key.Matches(msg, s.keys.ApplyName):
		name := strings.TrimSpace(s.nameInput.Value())
		if err := nameCheck(s.namesTakenBesides(s.nameFor.ID, s.naming))(name); err != nil {
			return s, notice(sentenceCase(err.Error())+".", levelError)
		}
		action, e := s.naming, s.nameFor
		s.stopNaming()
		if action == nameCopy {
			return s, s.copyDraftAs(e, name)
		}
		if name == e.Name {
			return s, nil
		}
		return s, s.renameDraft(e, name)
	}
	var cmd tea.Cmd
	s.nameInput, cmd = s.nameInput.Update(msg)
	return s, cmd
}

// namesTakenBesides is every draft's name, lowercased, except the one being
// renamed: keeping a name, or changing only its capitals, is no clash.
func (s *draftsScreen) namesTakenBesides(id string, action nameAction) map[string]bool {
	taken := map[string]bool{}
	for _, e := range s.entries {
		if action == nameRename && e.ID == id {
			continue
		}
		taken[strings.ToLower(strings.TrimSpace(e.Name))] = true
	}
	return taken
}

// deleteDraft moves a draft to the trash off the UI loop.
func (s *draftsScreen) deleteDraft(id, name string) tea.Cmd {
	store := s.sh.deps.Drafts
	return func() tea.Msg {
		if err := store.Delete(id); err != nil {
			return draftManagedMsg{failed: "Could not delete " + quote(name), err: err}
		}
		return draftManagedMsg{done: "Moved " + quote(name) + " to the trash. Press t to see the trash."}
	}
}

// renameDraft gives a draft a new name: its agent's name too (one name,
// as the editor keeps them).
func (s *draftsScreen) renameDraft(e DraftEntry, name string) tea.Cmd {
	store := s.sh.deps.Drafts
	return s.renamedDraft(e, name, "Could not rename "+quote(e.Name), func(d *agent.Draft) (draftManagedMsg, error) {
		if err := store.Save(d); err != nil {
			return draftManagedMsg{}, err
		}
		return draftManagedMsg{done: "Renamed " + quote(e.Name) + " to " + quote(name) + ".", selectID: d.ID}, nil
	})
}

// copyDraftAs saves a copy of a draft under a new name. The copy is not
// linked to the original's remote agent, so pushing it makes a new one.
func (s *draftsScreen) copyDraftAs(e DraftEntry, name string) tea.Cmd {
	store := s.sh.deps.Drafts
	return s.renamedDraft(e, name, "Could not copy "+quote(e.Name), func(d *agent.Draft) (draftManagedMsg, error) {
		c, err := store.SaveCopy(d, name)
		if err != nil {
			return draftManagedMsg{}, err
		}
		return draftManagedMsg{done: "Copied " + quote(e.Name) + " as " + quote(name) + "; pushing the copy makes a new agent.", selectID: c.ID}, nil
	})
}

// renamedDraft loads e's draft off the UI loop, gives it name and hands it
// to keep, which saves it; a failure of either is said as failed.
func (s *draftsScreen) renamedDraft(e DraftEntry, name, failed string, keep func(d *agent.Draft) (draftManagedMsg, error)) tea.Cmd {
	store := s.sh.deps.Drafts
	return func() tea.Msg {
		d, err := store.Load(e.ID)
		if err != nil {
			return draftManagedMsg{failed: failed, err: err}
		}
		d.Rename(name)
		done, err := keep(&d)
		if err != nil {
			return draftManagedMsg{failed: failed, err: err}
		}
		return done
	}
}

// managed reports what was done and lists the drafts again.
func (s *draftsScreen) managed(msg draftManagedMsg) tea.Cmd {
	s.reqID = s.sh.nextID()
	list := s.listDrafts(s.reqID)
	if msg.err != nil {
		return tea.Batch(list, notice(msg.failed+": "+storeErrText(msg.err), levelError))
	}
	s.selectID = msg.selectID
	return tea.Batch(list, notice(msg.done, levelOK))
}
