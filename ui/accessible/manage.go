package accessible

import (
	"fmt"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/ui"
)

// manageOptions are what the draft's menu offers after its sections, in
// the order manage takes them.
var manageOptions = []string{"Rename this draft", "Copy this draft", "Delete this draft (it goes to the trash)"}

// manage renames, copies or deletes the draft (which is manageOptions[i]).
// gone says the draft is no longer there to edit.
func (s *plainSession) manage(pd *plainDraft, i int) (gone bool, err error) {
	switch i {
	case 0:
		return false, s.renameDraft(pd)
	case 1:
		return false, s.copyDraft(pd)
	}
	return s.deleteDraft(pd)
}

// askName asks for a name until it is one no other draft has; "" when the
// person keeps the name they have (enter alone).
func (s *plainSession) askName(title, current, except string) (string, error) {
	entries, err := s.deps.Drafts.List()
	if err != nil {
		s.say("Could not read the drafts folder: %s", ui.ErrText(err))
		return "", nil
	}
	taken := map[string]bool{}
	for _, e := range entries {
		if e.ID != except {
			taken[strings.ToLower(strings.TrimSpace(e.Name))] = true
		}
	}
	check := ui.NameCheck(taken)
	for {
		name := current
		if err := s.run(huh.NewForm(huh.NewGroup(huh.NewInput().Title(title).Value(&name)))); err != nil {
			return "", err
		}
		name = strings.TrimSpace(name)
		if except != "" && name == current {
			return "", nil
		}
		if cerr := check(name); cerr != nil {
			s.say("%s", ui.SentenceCase(cerr.Error()))
			continue
		}
		return name, nil
	}
}

// renameDraft gives the draft and its agent a new name.
func (s *plainSession) renameDraft(pd *plainDraft) error {
	s.say("The draft is called %s. Its agent has the same name, and the next push sends the new one.", ui.Quote(pd.d.Name))
	name, err := s.askName("New name", pd.d.Name, pd.d.ID)
	if err != nil || name == "" {
		return err
	}
	pd.d.Rename(name)
	return s.save(pd)
}

// copyDraft saves a copy of the draft under a new name, not linked to the
// original's agent.
func (s *plainSession) copyDraft(pd *plainDraft) error {
	name, err := s.askName("Name of the copy", pd.d.Name+" (copy)", "")
	if err != nil || name == "" {
		return err
	}
	d := pd.d
	d.Rename(name)
	c, err := s.deps.Drafts.SaveCopy(&d, name)
	if err != nil {
		s.say("Could not save the copy: %s", ui.SaveErrText(err))
		return nil
	}
	s.say("Made %s, a copy not linked to any agent on a provider: pushing it makes a new one. It is in the drafts list; you are still editing %s.", ui.Quote(c.Name), ui.Quote(pd.d.Name))
	return nil
}

// deleteDraft moves the draft to the trash, after asking.
func (s *plainSession) deleteDraft(pd *plainDraft) (bool, error) {
	ok := false
	title := "Move " + ui.Quote(pd.d.Name) + " to the trash? Deleted drafts can be restored from the drafts list."
	if err := s.run(huh.NewForm(huh.NewGroup(huh.NewConfirm().Title(title).Value(&ok)))); err != nil || !ok {
		return false, err
	}
	if err := s.deps.Drafts.Delete(pd.d.ID); err != nil {
		s.say("Could not delete the draft: %s", ui.StoreErrText(err))
		return false, nil
	}
	s.say("Moved %s to the trash.", ui.Quote(pd.d.Name))
	return true, nil
}

// trash lists the deleted drafts and restores the one chosen.
func (s *plainSession) trash() error {
	entries, err := s.deps.Drafts.Trash()
	if err != nil {
		s.say("Could not read the trash: %s", ui.ErrText(err))
		return nil
	}
	opts := make([]string, 0, len(entries)+1)
	for _, e := range entries {
		opts = append(opts, s.trashLine(e))
	}
	opts = append(opts, "Back to the drafts")
	i, err := s.choose("Deleted drafts. Which one should come back?", opts)
	if err != nil || i == len(entries) {
		return err
	}
	e := entries[i]
	if err := s.deps.Drafts.Restore(e); err != nil {
		s.say("Could not restore it: %s", ui.StoreErrText(err))
		return nil
	}
	s.say("Restored %s; it is in the drafts list again.", ui.Quote(trashName(e)))
	return nil
}

func (s *plainSession) trashLine(e ui.TrashEntry) string {
	if e.Damaged != "" {
		return fmt.Sprintf("%s: damaged, cannot be read (%s), deleted %s", e.Key, e.Damaged, ui.WhenText(e.Deleted, s.now()))
	}
	return fmt.Sprintf("%s, for %s, deleted %s", e.Name, s.providerName(e.Provider), ui.WhenText(e.Deleted, s.now()))
}

func trashName(e ui.TrashEntry) string {
	if e.Name == "" {
		return e.Key
	}
	return e.Name
}
