package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/forms"
)

// currentList is the list the cursor is on, if any.
func (e *editorScreen) currentList() (forms.ListInfo, bool) {
	ent := e.cursorEntry()
	return ent.list, ent.isList()
}

func (e *editorScreen) itemsKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	l, ok := e.currentList()
	if !ok {
		e.focus = focusSidebar
		return e, nil
	}
	items := forms.Items(l.ID, &e.draft.Agent)
	k := e.items
	switch {
	case key.Matches(msg, e.back):
		e.focus = focusSidebar
	case key.Matches(msg, k.Up):
		e.itemPos = max(e.itemPos-1, 0)
	case key.Matches(msg, k.Down):
		e.itemPos = max(min(e.itemPos+1, len(items)-1), 0)
	case key.Matches(msg, k.Add):
		if l.Max > 0 && len(items) >= l.Max {
			return e, notice(e.provider.Info().Name+" takes at most "+itoa(l.Max)+" here.", levelError)
		}
		i, err := forms.AddItem(l.ID, &e.draft.Agent)
		if err != nil {
			return e, notice(sentenceCase(err.Error()), levelError)
		}
		e.itemPos = i
		e.revalidate()
		return e, tea.Batch(e.changed(), e.openItem(l.ID, i))
	case key.Matches(msg, k.Edit) && len(items) > 0:
		return e, e.openItem(l.ID, e.itemPos)
	case key.Matches(msg, k.Remove) && len(items) > 0:
		e.removeItem = e.itemPos
		d := dialog{
			purpose: purposeRemoveItem,
			title:   "Remove " + quote(items[e.itemPos]) + "?",
			body:    "It is taken out of " + l.Title + " in this draft.",
			options: []string{"Keep it", "Remove it"},
			danger:  true,
		}
		return e, func() tea.Msg { return openDialogMsg{dialog: d} }
	case key.Matches(msg, k.MoveUp) && e.itemPos > 0:
		return e, e.moveItem(l.ID, e.itemPos, e.itemPos-1)
	case key.Matches(msg, k.MoveDown) && e.itemPos < len(items)-1:
		return e, e.moveItem(l.ID, e.itemPos, e.itemPos+1)
	}
	return e, nil
}

func (e *editorScreen) moveItem(list string, from, to int) tea.Cmd {
	if err := forms.MoveItem(list, &e.draft.Agent, from, to); err != nil {
		return notice(sentenceCase(err.Error()), levelError)
	}
	e.itemPos = to
	e.revalidate()
	return e.changed()
}

// removeChosen acts on the answer to "remove this item?".
func (e *editorScreen) removeChosen(msg dialogChoseMsg) tea.Cmd {
	i := e.removeItem
	e.removeItem = -1
	l, ok := e.currentList()
	if msg.cancelled || msg.choice != 1 || !ok || i < 0 {
		return nil
	}
	if err := forms.RemoveItem(l.ID, &e.draft.Agent, i); err != nil {
		return notice(sentenceCase(err.Error()), levelError)
	}
	n := len(forms.Items(l.ID, &e.draft.Agent))
	e.itemPos = max(min(e.itemPos, n-1), 0)
	e.revalidate()
	return e.changed()
}

func (e *editorScreen) itemsHelp() []key.Binding {
	k := e.items
	l, _ := e.currentList()
	n := len(forms.Items(l.ID, &e.draft.Agent))
	k.Edit.SetEnabled(n > 0)
	k.Remove.SetEnabled(n > 0)
	k.Up.SetEnabled(n > 1)
	k.Down.SetEnabled(n > 1)
	k.MoveUp.SetEnabled(e.itemPos > 0)
	k.MoveDown.SetEnabled(e.itemPos < n-1)
	k.Add.SetEnabled(l.Max == 0 || n < l.Max)
	b := e.back
	b.SetHelp("esc", "sections")
	return enabled(k.Up, k.Down, k.Add, k.Edit, k.Remove, k.MoveUp, k.MoveDown, b)
}
