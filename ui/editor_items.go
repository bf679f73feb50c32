package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/forms"
)

// itemRow is one line of a list editor: an item, or one of the lists inside
// the item just above it (a tool's parameters and headers).
type itemRow struct {
	item int            // index of the item (of the row's own list for a sub-list, its parent)
	sub  forms.ListInfo // set for a sub-list line
	text string
}

// currentList is the list the items pane edits: the innermost one opened,
// else the list under the sidebar cursor.
func (e *editorScreen) currentList() (forms.ListInfo, bool) {
	if n := len(e.listStack); n > 0 {
		return e.listStack[n-1], true
	}
	ent := e.cursorEntry()
	return ent.list, ent.isList()
}

// itemRows lists the items of the current list, each followed by the lists
// inside it.
func (e *editorScreen) itemRows(l forms.ListInfo) []itemRow {
	items := forms.Items(l.ID, &e.draft.Agent)
	rows := make([]itemRow, 0, len(items))
	for i, it := range items {
		rows = append(rows, itemRow{item: i, text: it})
		for _, sub := range forms.ItemLists(l.ID, i, e.caps) {
			n := len(forms.Items(sub.ID, &e.draft.Agent))
			rows = append(rows, itemRow{item: i, sub: sub, text: sub.Title + " (" + itoa(n) + ")"})
		}
	}
	return rows
}

// selectedRow is the row under the cursor, if there is one.
func (e *editorScreen) selectedRow(rows []itemRow) (itemRow, bool) {
	if e.itemPos < 0 || e.itemPos >= len(rows) {
		return itemRow{}, false
	}
	return rows[e.itemPos], true
}

// rowOfItem is the row index of item i.
func rowOfItem(rows []itemRow, i int) int {
	for r, row := range rows {
		if row.item == i && row.sub.ID == "" {
			return r
		}
	}
	return 0
}

func (e *editorScreen) itemsKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	l, ok := e.currentList()
	if !ok {
		e.focus = focusSidebar
		return e, nil
	}
	rows := e.itemRows(l)
	row, onRow := e.selectedRow(rows)
	onItem := onRow && row.sub.ID == ""
	n := len(forms.Items(l.ID, &e.draft.Agent))
	k := e.items
	switch {
	case key.Matches(msg, e.back):
		if len(e.listStack) > 0 {
			e.listStack = e.listStack[:len(e.listStack)-1]
			e.itemPos = e.parentPos[len(e.parentPos)-1]
			e.parentPos = e.parentPos[:len(e.parentPos)-1]
			return e, nil
		}
		e.focus = focusSidebar
	case key.Matches(msg, k.Up):
		e.itemPos = max(e.itemPos-1, 0)
	case key.Matches(msg, k.Down):
		e.itemPos = max(min(e.itemPos+1, len(rows)-1), 0)
	case key.Matches(msg, k.Add):
		if l.Max > 0 && n >= l.Max {
			return e, notice(e.provider.Info().Name+" takes at most "+itoa(l.Max)+" here.", levelError)
		}
		e.dropKeptItems()
		i, err := forms.AddItem(l.ID, &e.draft.Agent)
		if err != nil {
			return e, notice(sentenceCase(err.Error()), levelError)
		}
		e.itemPos = rowOfItem(e.itemRows(l), i)
		e.revalidate()
		return e, tea.Batch(e.changed(), e.openItem(l.ID, i))
	case key.Matches(msg, k.Edit) && onRow && row.sub.ID != "":
		e.listStack = append(e.listStack, row.sub)
		e.parentPos = append(e.parentPos, e.itemPos)
		e.itemPos = 0
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
	e.itemPos = rowOfItem(e.itemRows(l), to)
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
	e.itemPos = max(min(e.itemPos, len(rows)-1), 0)
	e.revalidate()
	return e.changed()
}

func (e *editorScreen) itemsHelp() []key.Binding {
	k := e.items
	l, _ := e.currentList()
	rows := e.itemRows(l)
	row, onRow := e.selectedRow(rows)
	onItem := onRow && row.sub.ID == ""
	n := len(forms.Items(l.ID, &e.draft.Agent))
	if onRow && row.sub.ID != "" {
		k.Edit.SetHelp("enter", "open "+row.sub.Title)
	}
	k.Edit.SetEnabled(onRow)
	k.Remove.SetEnabled(onItem)
	k.Up.SetEnabled(e.itemPos > 0)
	k.Down.SetEnabled(e.itemPos < len(rows)-1)
	k.MoveUp.SetEnabled(onItem && row.item > 0)
	k.MoveDown.SetEnabled(onItem && row.item < n-1)
	k.Add.SetEnabled(l.Max == 0 || n < l.Max)
	b := e.back
	if len(e.listStack) > 0 {
		b.SetHelp("esc", "up a level")
	} else {
		b.SetHelp("esc", "sections")
	}
	return enabled(k.Add, k.Edit, k.Remove, k.MoveUp, k.MoveDown, e.keys.Review, b)
}
