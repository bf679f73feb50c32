package ui

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui/theme"
)

// itemRow is one line of a list editor: an item, or one of the lists inside
// the item just above it (a tool's parameters and headers).
type itemRow struct {
	item int            // index of the item (of the row's own list for a sub-list, its parent)
	sub  forms.ListInfo // set for a sub-list line
	text string
}

// itemRows lists the items of list l in a, each followed by the lists
// inside it.
func itemRows(l forms.ListInfo, a *agent.Agent, caps agent.Capabilities) []itemRow {
	items := forms.Items(l.ID, a)
	rows := make([]itemRow, 0, len(items))
	for i, it := range items {
		rows = append(rows, itemRow{item: i, text: it})
		for _, sub := range forms.ItemLists(l.ID, i, caps) {
			n := len(forms.Items(sub.ID, a))
			rows = append(rows, itemRow{item: i, sub: sub, text: sub.Title + " (" + itoa(n) + ")"})
		}
	}
	return rows
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

// itemsPane is the editor's list of a list's items. It is a plain
// component: it keeps its cursor, the lists opened inside items and
// whether it has the keys; the editor changes the draft and tells it what
// to draw.
type itemsPane struct {
	pos int // cursor row (see itemRows)
	// stack holds the lists opened inside items (a tool's parameters),
	// innermost last; parentPos the cursor to return to in each parent.
	stack     []forms.ListInfo
	parentPos []int
	focused   bool
}

func (p *itemsPane) Focus() { p.focused = true }
func (p *itemsPane) Blur()  { p.focused = false }

// reset closes the lists opened inside items and puts the cursor on top.
func (p *itemsPane) reset() { p.pos, p.stack, p.parentPos = 0, nil, nil }

// list is the list the pane edits: the innermost one opened, else root,
// the list under the sidebar cursor.
func (p *itemsPane) list(root sidebarEntry) (forms.ListInfo, bool) {
	if n := len(p.stack); n > 0 {
		return p.stack[n-1], true
	}
	return root.list, root.isList()
}

// nested reports whether a list inside an item is open.
func (p *itemsPane) nested() bool { return len(p.stack) > 0 }

// selected is the row under the cursor, if there is one.
func (p *itemsPane) selected(rows []itemRow) (itemRow, bool) {
	if p.pos < 0 || p.pos >= len(rows) {
		return itemRow{}, false
	}
	return rows[p.pos], true
}

// open goes into the list sub of the row under the cursor.
func (p *itemsPane) open(sub forms.ListInfo) {
	p.stack = append(p.stack, sub)
	p.parentPos = append(p.parentPos, p.pos)
	p.pos = 0
}

// up leaves the innermost list opened inside an item; false when none is.
func (p *itemsPane) up() bool {
	n := len(p.stack)
	if n == 0 {
		return false
	}
	p.stack, p.pos = p.stack[:n-1], p.parentPos[n-1]
	p.parentPos = p.parentPos[:n-1]
	return true
}

// openAt shows sub, a list inside the item at row parent, with the cursor
// on row pos.
func (p *itemsPane) openAt(sub forms.ListInfo, parent, pos int) {
	p.stack, p.parentPos, p.pos = []forms.ListInfo{sub}, []int{parent}, pos
}

// move steps the cursor by delta within rows.
func (p *itemsPane) move(delta, rows int) {
	if delta < 0 {
		p.pos = max(p.pos+delta, 0)
		return
	}
	p.pos = max(min(p.pos+delta, rows-1), 0)
}

// itemsLook is what the pane draws besides its own state.
type itemsLook struct {
	root     forms.ListInfo // the list under the sidebar cursor
	list     forms.ListInfo // the list shown (root, or one inside an item)
	rows     []itemRow
	problem  string // the list's first problem, drawn
	provider string // the provider's name, for the most it takes
	// hint: the sidebar has the keys, so say how to get here.
	hint bool
}

// Render draws the list's items, each with the lists inside it, and a
// cursor while the pane has focus, w wide and h high.
func (p *itemsPane) Render(st *theme.Styles, w, h int, look itemsLook) string {
	l := look.list
	title := l.Title
	if p.nested() {
		title = p.breadcrumb(look.root)
	}
	var b strings.Builder
	b.WriteString(st.Editor.PaneTitle.Render(truncate(title, w)) + "\n")
	b.WriteString(st.App.Muted.Render(cutWithHint(l.Help, w)) + "\n")
	b.WriteString(look.problem + "\n")
	rows := look.rows
	if len(rows) == 0 {
		hint := "Nothing here yet. Press enter, then a to add one."
		if p.focused {
			hint = "Nothing here yet. Press a to add one."
		}
		b.WriteString(st.App.Muted.Render(wrap(hint, w)))
		return b.String()
	}
	room := max(h-6, 3)
	first := max(0, min(p.pos-room+1, len(rows)-room))
	for r := first; r < min(first+room, len(rows)); r++ {
		row := rows[r]
		line := itoa(row.item+1) + ". " + row.text
		if row.sub.ID != "" {
			line = "     " + row.text
		}
		line = truncate(line, w-2)
		switch {
		case r == p.pos && p.focused:
			b.WriteString(st.List.Cursor.Render("›") + " " + st.List.Selected.Render(pad(line, w-2)))
		case row.sub.ID != "":
			b.WriteString("  " + st.Editor.Sub.Render(line))
		default:
			b.WriteString("  " + st.List.Row.Render(line))
		}
		b.WriteString("\n")
	}
	if l.Max > 0 {
		b.WriteString("\n" + st.App.Muted.Render(truncate(look.provider+" takes up to "+itoa(l.Max)+".", w)))
	}
	if look.hint {
		b.WriteString("\n" + st.App.Muted.Render(truncate("Press enter to change this list.", w)))
	}
	return b.String()
}

// breadcrumb names the nested list open in the pane.
func (p *itemsPane) breadcrumb(root forms.ListInfo) string {
	parts := []string{root.Title}
	for _, l := range p.stack {
		parts = append(parts, l.Title)
	}
	return strings.Join(parts, " › ")
}
