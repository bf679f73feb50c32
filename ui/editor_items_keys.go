package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/forms"
)

// What the editor does with the items pane: the keys it takes while the
// pane has focus, which add, open, move and remove items of the draft.

// currentList is the list the items pane edits: the innermost one opened,
// else the list under the sidebar cursor.
func (e *editorScreen) currentList() (forms.ListInfo, bool) {
	return e.items.list(e.cursorEntry())
}

// itemRows lists the items of l in the draft, each followed by the lists
// inside it.
func (e *editorScreen) itemRows(l forms.ListInfo) []itemRow {
	return itemRows(l, &e.draft.Agent, e.caps)
}

func (e *editorScreen) itemsKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	l, ok := e.currentList()
	if !ok {
		e.setFocus(focusSidebar)
		return e, nil
	}
	rows := e.itemRows(l)
	row, onRow := e.items.selected(rows)
	onItem := onRow && row.sub.ID == ""
	n := len(forms.Items(l.ID, &e.draft.Agent))
	k := e.itemKeys
	if cmd, ok := e.navKey(msg); ok {
		return e, cmd
	}
	switch {
	case key.Matches(msg, e.back):
		if e.items.up() {
			return e, nil
		}
		e.setFocus(focusSidebar)
	case key.Matches(msg, k.Up):
		e.items.move(-1, len(rows))
	case key.Matches(msg, k.Down):
		e.items.move(1, len(rows))
	case key.Matches(msg, k.Home):
		e.items.move(-len(rows), len(rows))
	case key.Matches(msg, k.End):
		e.items.move(len(rows), len(rows))
	case key.Matches(msg, k.CopyDay):
		if day, ok := e.copyDayHere(); ok && n > 0 {
			return e, openDialog(newCopyDayDialog(day))
		}
	case key.Matches(msg, k.Add):
		if l.Max > 0 && n >= l.Max {
			return e, notice(e.provider.Info().Name+" takes at most "+itoa(l.Max)+" here.", levelError)
		}
		e.dropKeptItems()
		i, err := forms.AddItem(l.ID, &e.draft.Agent)
		if err != nil {
			return e, notice(sentenceCase(err.Error()), levelError)
		}
		e.items.pos = rowOfItem(e.itemRows(l), i)
		e.revalidate()
		return e, tea.Batch(e.changed(), e.openItem(l.ID, i))
	case key.Matches(msg, k.Edit) && onRow && row.sub.ID != "":
		e.items.open(row.sub)
	case key.Matches(msg, k.Edit) && onItem:
		return e, e.openItem(l.ID, row.item)
	case key.Matches(msg, k.Remove) && onItem:
		return e, openDialog(newRemoveItemDialog(row.item, row.text, l.Title))
	case key.Matches(msg, k.MoveUp) && onItem && row.item > 0:
		return e, e.moveItem(l, row.item, row.item-1)
	case key.Matches(msg, k.MoveDown) && onItem && row.item < n-1:
		return e, e.moveItem(l, row.item, row.item+1)
	}
	return e, nil
}

func (e *editorScreen) moveItem(l forms.ListInfo, from, to int) tea.Cmd {
	e.dropKeptItems()
	if err := forms.MoveItem(l.ID, &e.draft.Agent, from, to); err != nil {
		return notice(sentenceCase(err.Error()), levelError)
	}
	e.items.pos = rowOfItem(e.itemRows(l), to)
	e.revalidate()
	return e.changed()
}

// removeItem takes item i out of the list the items pane shows, once the
// person said so.
func (e *editorScreen) removeItem(i int) tea.Cmd {
	l, ok := e.currentList()
	if !ok || i < 0 {
		return nil
	}
	e.dropKeptItems()
	if err := forms.RemoveItem(l.ID, &e.draft.Agent, i); err != nil {
		return notice(sentenceCase(err.Error()), levelError)
	}
	rows := e.itemRows(l)
	e.items.pos = max(min(e.items.pos, len(rows)-1), 0)
	e.revalidate()
	return e.changed()
}

// itemsView draws the items pane for list l.
func (e *editorScreen) itemsView(l forms.ListInfo, w int) string {
	return e.items.Render(&e.sh.theme.Styles, w, e.height, itemsLook{
		root:     e.cursorEntry().list,
		list:     l,
		rows:     e.itemRows(l),
		problem:  e.problemLine(e.problemsUnder(l.ID), w),
		provider: e.provider.Info().Name,
		hint:     e.focus == focusSidebar,
	})
}

func (e *editorScreen) itemsHelp() []key.Binding {
	k := e.itemKeys
	l, _ := e.currentList()
	rows := e.itemRows(l)
	row, onRow := e.items.selected(rows)
	onItem := onRow && row.sub.ID == ""
	n := len(forms.Items(l.ID, &e.draft.Agent))
	if onRow && row.sub.ID != "" {
		k.Edit.SetHelp("enter", "open "+row.sub.Title)
	}
	k.Edit.SetEnabled(onRow)
	k.Remove.SetEnabled(onItem)
	k.Up.SetEnabled(e.items.pos > 0)
	k.Down.SetEnabled(e.items.pos < len(rows)-1)
	k.MoveUp.SetEnabled(onItem && row.item > 0)
	k.MoveDown.SetEnabled(onItem && row.item < n-1)
	k.Add.SetEnabled(l.Max == 0 || n < l.Max)
	b := e.back
	if e.items.nested() {
		b.SetHelp("esc", "up a level")
	} else {
		b.SetHelp("esc", "sections")
	}
	_, isDay := e.copyDayHere()
	k.CopyDay.SetEnabled(isDay && n > 0)
	hours := e.keys.Hours
	hours.SetEnabled(e.hoursHere())
	return enabled(k.Add, k.CopyDay, hours, k.Edit, k.Remove, k.MoveUp, k.MoveDown, e.keys.Review, b)
}
