package forms

import (
	"context"
	"io"
	"os"
	"os/exec"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/agentdeck/agentdeck/forms/textedit"
)

// LongText is a multi-line huh field for long texts (the prompt) that
// costs the rows on screen per key, not the length of the text: huh's
// Text (bubbles' textarea) wraps and styles every line of the value on
// every key, and huh's group draws its fields inside Update as well as
// View, so a 50 KB prompt took tens of milliseconds a key. It looks and
// behaves like huh's Text — title, description, the same keys (enter adds
// a line, tab leaves) and the same external editor — and draws its cursor
// as textedit.CursorMark for the program to show the terminal's own.
type LongText struct {
	value       *string
	key         string
	title       string
	description string
	placeholder string
	validate    func(string) error
	err         error

	ed      textedit.Model
	stale   bool // value is behind the editor: joining 200 KB per key is left to Sync
	focused bool
	width   int

	theme     huh.Theme
	hasDarkBg bool
	keymap    huh.TextKeyMap

	externalEditor bool
	editorCmd      []string

	// view is the last drawing, kept until something it shows changes:
	// huh asks for a field's view several times per key.
	view    string
	viewFor [3]int
}

// NewLongText returns a long-text field bound to value.
func NewLongText(value *string) *LongText {
	t := &LongText{value: value, ed: textedit.New(40, textLines), validate: func(string) error { return nil }}
	t.keymap = huh.NewDefaultKeyMap().Text
	t.ed.SetValue(*value)
	*value = t.ed.Value()
	return t
}

// Key sets the field's key.
func (t *LongText) Key(k string) *LongText { t.key = k; return t }

// Title sets the title.
func (t *LongText) Title(s string) *LongText { t.title = s; return t }

// Description sets the line under the title.
func (t *LongText) Description(s string) *LongText { t.description = s; return t }

// Placeholder sets what an empty field shows.
func (t *LongText) Placeholder(s string) *LongText { t.placeholder = s; return t }

// Validate sets the check run when the field is left.
func (t *LongText) Validate(f func(string) error) *LongText { t.validate = f; return t }

// Lines sets how many rows of text show.
func (t *LongText) Lines(n int) *LongText { t.ed.SetHeight(n); return t }

// ExternalEditor allows the keymap's editor key to open cmd on the text.
func (t *LongText) ExternalEditor(on bool, cmd ...string) *LongText {
	t.externalEditor, t.editorCmd = on, cmd
	return t
}

// Editor is the text editor inside, for tests.
func (t *LongText) Editor() *textedit.Model { return &t.ed }

// Error is the error of the last check.
func (t *LongText) Error() error { return t.err }

// Skip reports false: the field takes focus.
func (*LongText) Skip() bool { return false }

// Zoom reports false: the field shares its page.
func (*LongText) Zoom() bool { return false }

// Focus gives the field the keys.
func (t *LongText) Focus() tea.Cmd { t.focused = true; return nil }

// Blur takes the keys away and checks the value.
func (t *LongText) Blur() tea.Cmd {
	t.focused = false
	t.stale = true
	t.Sync()
	t.err = t.validate(*t.value)
	return nil
}

// KeyBinds are the keys for help, as huh's Text lists them.
func (t *LongText) KeyBinds() []key.Binding {
	t.keymap.Editor.SetEnabled(t.externalEditor && t.keymap.Editor.Enabled())
	return []key.Binding{t.keymap.NewLine, t.keymap.Editor, t.keymap.Prev, t.keymap.Submit, t.keymap.Next}
}

// Init does nothing: the field needs no start-up.
func (t *LongText) Init() tea.Cmd { return nil }

type editedExternallyMsg struct {
	t    *LongText
	text string
}

// Update takes a message. Only keys, pastes and clipboard contents reach
// the editor; huh's per-update messages to every field cost nothing.
func (t *LongText) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		t.hasDarkBg = msg.IsDark()
	case editedExternallyMsg:
		if msg.t == t {
			t.ed.SetValue(msg.text)
			*t.value = t.ed.Value()
		}
	case tea.PasteMsg, tea.ClipboardMsg:
		if t.focused {
			cmd := t.ed.Update(msg)
			t.stale = true
			return t, cmd
		}
	case tea.KeyPressMsg:
		if !t.focused {
			return t, nil
		}
		t.err = nil
		switch {
		case t.externalEditor && key.Matches(msg, t.keymap.Editor):
			return t, t.runEditor()
		case key.Matches(msg, t.keymap.Next, t.keymap.Submit):
			return t, t.leave(huh.NextField)
		case key.Matches(msg, t.keymap.Prev):
			return t, t.leave(huh.PrevField)
		}
		cmd := t.ed.Update(msg)
		t.stale = true
		return t, cmd
	}
	return t, nil
}

// Sync writes the text into the bound value. Keys leave it behind, so a
// key does not join the whole text; the form's Apply calls Sync first.
func (t *LongText) Sync() {
	if t.stale {
		*t.value, t.stale = t.ed.Value(), false
	}
}

// leave checks the value and moves on when it is good.
func (t *LongText) leave(move tea.Cmd) tea.Cmd {
	t.stale = true
	t.Sync()
	if t.err = t.validate(*t.value); t.err != nil {
		return nil
	}
	return move
}

// runEditor opens the external editor on the text, as huh's Text does.
func (t *LongText) runEditor() tea.Cmd {
	cmd := t.editorCmd
	if len(cmd) == 0 {
		cmd = EditorCommand(os.Getenv)
	}
	f, err := os.CreateTemp("", "*.md")
	if err != nil {
		return nil
	}
	_, _ = f.WriteString(t.ed.Value())
	_ = f.Close()
	c := exec.CommandContext(context.Background(), cmd[0], append(cmd[1:], f.Name())...) //nolint:gosec // the person's own $EDITOR
	return tea.ExecProcess(c, func(error) tea.Msg {
		raw, _ := os.ReadFile(f.Name())
		_ = os.Remove(f.Name())
		return editedExternallyMsg{t: t, text: strings.TrimSuffix(string(raw), "\n")}
	})
}

func (t *LongText) styles() *huh.FieldStyles {
	theme := t.theme
	if theme == nil {
		theme = huh.ThemeFunc(huh.ThemeCharm)
	}
	if t.focused {
		return &theme.Theme(t.hasDarkBg).Focused
	}
	return &theme.Theme(t.hasDarkBg).Blurred
}

// View draws the title, the description and the rows on screen.
func (t *LongText) View() string {
	state := [3]int{t.ed.Version(), t.width, boolInt(t.focused)<<2 | boolInt(t.hasDarkBg)<<1 | boolInt(t.err != nil)}
	if t.view != "" && state == t.viewFor {
		return t.view
	}
	st := t.styles()
	maxWidth := t.width - st.Base.GetHorizontalFrameSize()
	var parts []string
	if t.title != "" {
		header := st.Title.Render(lipgloss.Wrap(t.title, maxWidth, ",.-; "))
		if t.err != nil {
			header += st.ErrorIndicator.String()
		}
		parts = append(parts, header)
	}
	if t.description != "" {
		parts = append(parts, st.Description.Render(lipgloss.Wrap(t.description, maxWidth, ",.-; ")))
	}
	text := st.TextInput.Text.UnsetForeground()
	parts = append(parts, t.ed.View(textedit.Styles{
		Text:        text,
		Placeholder: st.TextInput.Placeholder,
		Selection:   text.Reverse(true),
	}, t.placeholder, t.focused))
	t.view, t.viewFor = st.Base.Render(strings.Join(parts, "\n")), state
	return t.view
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Run runs the field on its own.
func (t *LongText) Run() error { return huh.Run(t) }

// RunAccessible asks for the text on one line, as huh's Text does in
// accessible mode (the forms use huh's Text there; this is for huh's
// interface).
func (t *LongText) RunAccessible(w io.Writer, r io.Reader) error {
	return huh.NewText().Title(t.title).Value(t.value).Validate(t.validate).RunAccessible(w, r)
}

// WithTheme sets the theme, once: the first one given stays, as in huh.
func (t *LongText) WithTheme(theme huh.Theme) huh.Field {
	if t.theme == nil {
		t.theme = theme
	}
	return t
}

// WithKeyMap takes huh's Text keys: enter's meaning, tab, the editor key.
func (t *LongText) WithKeyMap(k *huh.KeyMap) huh.Field {
	t.keymap = k.Text
	t.ed.KeyMap.InsertNewline = key.NewBinding(key.WithKeys(t.keymap.NewLine.Keys()...))
	return t
}

// WithWidth sets the field's width.
func (t *LongText) WithWidth(width int) huh.Field {
	t.width = width
	t.ed.SetWidth(width - t.styles().Base.GetHorizontalFrameSize())
	return t
}

// WithHeight sets the field's height, title and description included.
func (t *LongText) WithHeight(height int) huh.Field {
	adjust := 0
	if t.title != "" {
		adjust++
	}
	if t.description != "" {
		adjust++
	}
	t.ed.SetHeight(height - t.styles().Base.GetVerticalFrameSize() - adjust)
	return t
}

// WithPosition turns tab's two meanings (next, done) on and off by place.
func (t *LongText) WithPosition(p huh.FieldPosition) huh.Field {
	t.keymap.Prev.SetEnabled(!p.IsFirst())
	t.keymap.Next.SetEnabled(!p.IsLast())
	t.keymap.Submit.SetEnabled(p.IsLast())
	return t
}

// GetKey is the field's key.
func (t *LongText) GetKey() string { return t.key }

// GetValue is the text.
func (t *LongText) GetValue() any { return t.ed.Value() }
