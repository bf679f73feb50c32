package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
)

// KeyMap is every key binding of the UI, grouped by where it works. Screens
// keep their own copy of their group and switch bindings on and off with
// SetEnabled, so the footer help shows only keys that work right now.
type KeyMap struct {
	Global   GlobalKeys
	Drafts   DraftsKeys
	Editor   EditorKeys
	History  HistoryKeys
	Items    ItemKeys
	Dialog   DialogKeys
	Settings SettingsKeys
	Trash    TrashKeys
	Review   ReviewKeys
	Submit   SubmitKeys
	Pull     PullKeys
	Try      TryKeys
	Tests    TestsKeys
}

// GlobalKeys work on every screen.
type GlobalKeys struct {
	Quit key.Binding
	Help key.Binding
	// HelpAnywhere opens help while a text field takes ? as a character.
	HelpAnywhere key.Binding
	Redraw       key.Binding
	Back         key.Binding
	// Explain shows in full what the screen shows one line of: the focused
	// field's help, a problem (explain.go).
	Explain key.Binding
}

// DraftsKeys work on the drafts list.
type DraftsKeys struct {
	Up          key.Binding
	Down        key.Binding
	PageUp      key.Binding
	PageDown    key.Binding
	Open        key.Binding
	New         key.Binding
	Filter      key.Binding
	ApplyFilter key.Binding
	ClearFilter key.Binding
	Settings    key.Binding
	Home        key.Binding
	End         key.Binding
	Reload      key.Binding
	Pull        key.Binding
	// Delete moves the draft under the cursor to the trash, after asking.
	Delete key.Binding
	// Rename and Copy ask for a name on the list's top line.
	Rename key.Binding
	Copy   key.Binding
	// Trash shows the deleted drafts, which can be restored.
	Trash key.Binding
	// Environments lists the draft's environments and their state, to
	// push to one or promote one to another.
	Environments key.Binding
	// Try opens "Try it" on the selected draft: a text conversation with
	// its pushed agent (T, since t is the trash).
	Try key.Binding
	// ApplyName and CancelName work while a new name is being typed.
	ApplyName  key.Binding
	CancelName key.Binding
}

// TrashKeys work on the list of deleted drafts.
type TrashKeys struct {
	Up      key.Binding
	Down    key.Binding
	Restore key.Binding
}

// EditorKeys work in the draft editor.
type EditorKeys struct {
	Up       key.Binding
	Down     key.Binding
	Open     key.Binding
	Provider key.Binding
	// ExternalEditor opens the prompt in $VISUAL or $EDITOR.
	ExternalEditor key.Binding
	// Sections leaves the form for the section list without going back.
	Sections key.Binding
	// Review opens the review of the draft: problems, requests, changes.
	Review key.Binding
	// Jump goes straight to a section by its place in the sidebar (1 is
	// the first, 0 the tenth) while no field takes typing; JumpAnywhere
	// (alt and the digit) works inside a field too.
	Jump         key.Binding
	JumpAnywhere key.Binding
	// Home and End go to the first and the last line.
	Home key.Binding
	End  key.Binding
	// Hours offers ready-made calling hours (office hours, with a lunch
	// break, every day) on the calling-hours section and its days.
	Hours key.Binding
	// RefreshList reads the focused picker's list (voices, models, phone
	// numbers) from the provider again.
	RefreshList key.Binding
	// PlaySample plays the sample of the voice under the cursor; not
	// offered under serve, where it would play on the server.
	PlaySample key.Binding
	// Try opens "Try it": a text conversation with the pushed agent.
	Try key.Binding
	// Tests opens the draft's test scenarios.
	Tests key.Binding
	// History opens the versions the draft's pushes kept.
	History key.Binding
}

// HistoryKeys work on a draft's list of pushed versions.
type HistoryKeys struct {
	Up      key.Binding
	Down    key.Binding
	Restore key.Binding
}

// ItemKeys work in a list editor (tools, windows, variables, …).
type ItemKeys struct {
	Up       key.Binding
	Down     key.Binding
	Add      key.Binding
	Edit     key.Binding
	Remove   key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
	Home     key.Binding
	End      key.Binding
	// CopyDay copies a day's calling hours to other days (weekdays,
	// every day, the weekend).
	CopyDay key.Binding
}

// DialogKeys work in confirmations.
type DialogKeys struct {
	Next    key.Binding
	Prev    key.Binding
	Confirm key.Binding
	Cancel  key.Binding
	// The scroll keys move a body longer than the screen (dialog.go); they
	// come before Next and Prev only while the body does not fit.
	ScrollUp   key.Binding
	ScrollDown key.Binding
	PageUp     key.Binding
	PageDown   key.Binding
	Top        key.Binding
	Bottom     key.Binding
}

// SettingsKeys work on the settings screen.
type SettingsKeys struct {
	Up   key.Binding
	Down key.Binding
	Edit key.Binding
	Test key.Binding
}

// DefaultKeyMap returns the bindings agentdeck ships with.
func DefaultKeyMap() KeyMap {
	m := KeyMap{
		Global: GlobalKeys{
			Quit:         key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
			Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
			HelpAnywhere: key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", "help")),
			Redraw:       key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", "redraw screen")),
			Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
			Explain:      key.NewBinding(key.WithKeys("f2"), key.WithHelp("f2", "read in full")),
		},
		Drafts: DraftsKeys{
			Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			PageUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
			PageDown:    key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdown", "page down")),
			Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
			New:         key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new draft")),
			Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
			ApplyFilter: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
			ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
			Settings:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "settings")),
			Home:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "first")),
			End:         key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "last")),
			Reload:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reload list")),
			Pull:        key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pull")),
			Delete:      key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "delete")),
			Rename:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "rename")),
			Copy:        key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy")),
			Trash:       key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "trash")),
			Try:         key.NewBinding(key.WithKeys("T"), key.WithHelp("T", "try it")),
			ApplyName:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save name")),
			CancelName:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		},
		Trash: TrashKeys{
			Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Restore: key.NewBinding(key.WithKeys("enter", "u"), key.WithHelp("enter", "restore")),
		},
		Editor: EditorKeys{
			Up:             key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:           key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Open:           key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "edit")),
			Provider:       key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "switch provider")),
			ExternalEditor: key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "edit in $EDITOR")),
			Sections:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "sections")),
			Review:         key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "review")),
			Jump:           key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), key.WithHelp("1…0", "go to section")),
			JumpAnywhere:   key.NewBinding(key.WithKeys("alt+1", "alt+2", "alt+3", "alt+4", "alt+5", "alt+6", "alt+7", "alt+8", "alt+9", "alt+0"), key.WithHelp("alt+1…0", "go to section")),
			Home:           key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "first")),
			End:            key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "last")),
			Hours:          key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "ready-made hours")),
			RefreshList:    key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "read the list again")),
			PlaySample:     key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "play sample")),
			Try:            key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "try it")),
			Tests:          key.NewBinding(key.WithKeys("T"), key.WithHelp("T", "tests")),
			History:        key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history")),
		},
		History: HistoryKeys{
			Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Restore: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "restore")),
		},
		Items: ItemKeys{
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Add:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add")),
			Edit:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit")),
			Remove:   key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove")),
			MoveUp:   key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K", "move up")),
			MoveDown: key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J", "move down")),
			Home:     key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "first")),
			End:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "last")),
			CopyDay:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy to other days")),
		},
		Dialog: DialogKeys{
			Next:       key.NewBinding(key.WithKeys("right", "tab", "l", "down", "j"), key.WithHelp("↓", "next")),
			Prev:       key.NewBinding(key.WithKeys("left", "shift+tab", "h", "up", "k"), key.WithHelp("↑", "previous")),
			Confirm:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
			Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
			ScrollUp:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "scroll")),
			ScrollDown: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "scroll down")),
			PageUp:     key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup/pgdn", "page")),
			PageDown:   key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
			Top:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/end", "ends")),
			Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "end")),
		},
		Settings: SettingsKeys{
			Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Edit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit settings")),
			Test: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "test connection")),
		},
		Review: defaultReviewKeys(),
		Submit: defaultSubmitKeys(),
		Pull:   defaultPullKeys(),
		Try:    defaultTryKeys(),
		Tests:  defaultTestsKeys(),
	}
	m.Drafts.Environments = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "environments"))
	return m
}

// HuhKeyMap is the keymap given to every form, built from huh's defaults
// so forms and the app never disagree: ctrl+c belongs to the app (it quits
// after saving), huh's own ctrl+e editor is off because the editor screen
// runs $VISUAL/$EDITOR itself, for the one field that asked, and Enter in
// a multi-line field adds a line.
func (k KeyMap) HuhKeyMap() *huh.KeyMap {
	m := huh.NewDefaultKeyMap()
	m.Quit = key.NewBinding(key.WithDisabled())
	m.Text.Editor = key.NewBinding(key.WithDisabled())
	// In a multi-line field (the prompt) Enter adds a line and only tab
	// leaves: a paste that arrives as keys (a terminal without bracketed
	// paste sends each line break as Enter) stays inside the field instead
	// of spilling into the fields after it. alt+enter and ctrl+j still add
	// a line, as before.
	m.Text.NewLine = key.NewBinding(key.WithKeys("enter", "alt+enter", "ctrl+j"), key.WithHelp("enter", "new line"))
	m.Text.Next = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next"))
	m.Text.Submit = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "done"))
	m.Input.Prev.SetHelp("shift+tab", "previous")
	m.Text.Prev.SetHelp("shift+tab", "previous")
	m.Select.Prev.SetHelp("shift+tab", "previous")
	m.MultiSelect.Prev.SetHelp("shift+tab", "previous")
	m.Confirm.Prev.SetHelp("shift+tab", "previous")
	m.Note.Prev.SetHelp("shift+tab", "previous")
	return m
}

// enabled returns the bindings that are switched on, for help.
func enabled(bs ...key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		if b.Enabled() && b.Help().Key != "" {
			out = append(out, b)
		}
	}
	return out
}
