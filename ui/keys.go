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
			Quit:         onKey("ctrl+c", "quit"),
			Help:         onKey("?", "help"),
			HelpAnywhere: onKey("f1", "help"),
			Redraw:       onKey("ctrl+l", "redraw screen"),
			Back:         onKey("esc", "back"),
			Explain:      onKey("f2", "read in full"),
		},
		Drafts: DraftsKeys{
			Up:          upKey(),
			Down:        downKey(),
			PageUp:      onKey("pgup", "page up"),
			PageDown:    onKey("pgdown", "page down"),
			Open:        onKey("enter", "open"),
			New:         onKey("n", "new draft"),
			Filter:      onKey("/", "filter"),
			ApplyFilter: onKey("enter", "keep filter"),
			ClearFilter: onKey("esc", "clear filter"),
			Settings:    onKey("s", "settings"),
			Home:        homeKey("first"),
			End:         endKey("last"),
			Reload:      onKey("r", "reload list"),
			Pull:        onKey("p", "pull"),
			Delete:      binding("x", "delete", "x", "delete"),
			Rename:      onKey("m", "rename"),
			Copy:        onKey("c", "copy"),
			Trash:       onKey("t", "trash"),
			Try:         onKey("T", "try it"),
			ApplyName:   onKey("enter", "save name"),
			CancelName:  onKey("esc", "cancel"),
		},
		Trash: TrashKeys{
			Up:      upKey(),
			Down:    downKey(),
			Restore: binding("enter", "restore", "enter", "u"),
		},
		Editor: EditorKeys{
			Up:             upKey(),
			Down:           downKey(),
			Open:           binding("enter", "edit", "enter", "right", "l"),
			Provider:       onKey("p", "switch provider"),
			ExternalEditor: onKey("ctrl+e", "edit in $EDITOR"),
			Sections:       onKey("esc", "sections"),
			Review:         onKey("ctrl+r", "review"),
			Jump:           binding("1…0", "go to section", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
			JumpAnywhere:   binding("alt+1…0", "go to section", "alt+1", "alt+2", "alt+3", "alt+4", "alt+5", "alt+6", "alt+7", "alt+8", "alt+9", "alt+0"),
			Home:           homeKey("first"),
			End:            endKey("last"),
			Hours:          onKey("o", "ready-made hours"),
			RefreshList:    onKey("ctrl+f", "read the list again"),
			PlaySample:     onKey("ctrl+p", "play sample"),
			Try:            onKey("t", "try it"),
			Tests:          onKey("T", "tests"),
			History:        onKey("h", "history"),
		},
		History: HistoryKeys{
			Up:      upKey(),
			Down:    downKey(),
			Restore: onKey("enter", "restore"),
		},
		Items: ItemKeys{
			Up:       upKey(),
			Down:     downKey(),
			Add:      onKey("a", "add"),
			Edit:     onKey("enter", "edit"),
			Remove:   binding("x", "remove", "x", "delete"),
			MoveUp:   binding("K", "move up", "K", "shift+up"),
			MoveDown: binding("J", "move down", "J", "shift+down"),
			Home:     homeKey("first"),
			End:      endKey("last"),
			CopyDay:  onKey("c", "copy to other days"),
		},
		Dialog: DialogKeys{
			Next:       binding("↓", "next", "right", "tab", "l", "down", "j"),
			Prev:       binding("↑", "previous", "left", "shift+tab", "h", "up", "k"),
			Confirm:    onKey("enter", "choose"),
			Cancel:     onKey("esc", "cancel"),
			ScrollUp:   binding("↑/↓", "scroll", "up", "k"),
			ScrollDown: binding("↓", "scroll down", "down", "j"),
			PageUp:     binding("pgup/pgdn", "page", "pgup"),
			PageDown:   binding("pgdn", "page down", "pgdown"),
			Top:        binding("home/end", "ends", "home", "g"),
			Bottom:     endKey("end"),
		},
		Settings: SettingsKeys{
			Up:   upKey(),
			Down: downKey(),
			Edit: onKey("enter", "edit settings"),
			Test: onKey("t", "test connection"),
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
	m.Text.NewLine = binding("enter", "new line", "enter", "alt+enter", "ctrl+j")
	m.Text.Next = onKey("tab", "next")
	m.Text.Submit = onKey("tab", "done")
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
