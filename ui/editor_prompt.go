package ui

import (
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/forms"
)

// promptPath is the one field that opens in $VISUAL/$EDITOR.
const promptPath = "llm.prompt"

// externalEditor runs the person's $VISUAL/$EDITOR on a text: the text goes
// to a private temporary file, the editor runs on it, and the file is read
// back and removed. It is a plain component: it keeps only the run in
// flight, and hands back the edited text; the editor decides where it goes.
type externalEditor struct {
	req    int // the run in flight, 0 when none
	getenv func(string) string
}

// command is the editor to run, with its arguments.
func (x *externalEditor) command() []string { return forms.EditorCommand(x.getenv) }

// name is the editor's program, for messages.
func (x *externalEditor) name() string { return x.command()[0] }

// start writes text to a new file for run reqID.
func (x *externalEditor) start(reqID int, text string) tea.Cmd {
	x.req = reqID
	return writePromptFile(reqID, text)
}

// Update takes the steps of a run: file ready, editor closed, text read
// back. It reports the text once read back (edited), and a command for
// the next step or a notice of what went wrong.
func (x *externalEditor) Update(msg tea.Msg) (text string, edited bool, cmd tea.Cmd) {
	editor := x.command()
	switch msg := msg.(type) {
	case editorFileReadyMsg:
		if msg.reqID != x.req {
			return "", false, nil
		}
		if msg.err != nil {
			x.req = 0
			return "", false, notice("Could not prepare the prompt for "+editor[0]+": "+errText(msg.err), levelError)
		}
		// G204: the person's own $EDITOR. noctx: Bubble Tea hands it the
		// terminal until the person quits it; nothing should cut it short.
		c := exec.Command(editor[0], append(editor[1:], msg.path)...) //nolint:gosec,noctx // see above
		reqID, path := msg.reqID, msg.path
		return "", false, tea.ExecProcess(c, func(err error) tea.Msg { return editorClosedMsg{reqID: reqID, path: path, err: err} })
	case editorClosedMsg:
		if msg.reqID != x.req {
			return "", false, removeFile(msg.path)
		}
		if msg.err != nil {
			x.req = 0
			return "", false, tea.Batch(removeFile(msg.path),
				notice("The editor "+editor[0]+" did not finish ("+msg.err.Error()+"); the prompt is unchanged. Set $EDITOR to one you have.", levelError))
		}
		return "", false, readPromptFile(msg.reqID, msg.path)
	case promptEditedMsg:
		if msg.reqID != x.req {
			return "", false, nil
		}
		x.req = 0
		if msg.err != nil {
			return "", false, notice("Could not read the edited prompt back: "+errText(msg.err), levelError)
		}
		// Editors end files with a newline the person did not type.
		return strings.TrimSuffix(strings.TrimSuffix(msg.text, "\n"), "\r"), true, nil
	}
	return "", false, nil
}

// writePromptFile puts text in a new file only this user can read.
func writePromptFile(reqID int, text string) tea.Cmd {
	return func() tea.Msg {
		f, err := os.CreateTemp("", "agentdeck-prompt-*.md") // created 0600
		if err != nil {
			return editorFileReadyMsg{reqID: reqID, err: err}
		}
		_, err = f.WriteString(text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = os.Remove(f.Name())
			return editorFileReadyMsg{reqID: reqID, err: err}
		}
		return editorFileReadyMsg{reqID: reqID, path: f.Name()}
	}
}

// readPromptFile reads the edited prompt back and removes the file.
func readPromptFile(reqID int, path string) tea.Cmd {
	return func() tea.Msg {
		raw, err := os.ReadFile(path) //nolint:gosec // G304: the temporary file agentdeck made for the editor
		_ = os.Remove(path)
		return promptEditedMsg{reqID: reqID, text: string(raw), err: err}
	}
}

// removeFile deletes the temporary file of an editor run that failed.
func removeFile(path string) tea.Cmd {
	return func() tea.Msg {
		_ = os.Remove(path)
		return nil
	}
}

// promptFocused reports whether the prompt field has focus and an external
// editor may run.
func (e *editorScreen) promptFocused() bool {
	return e.sh.deps.ExternalEditor && e.form != nil && e.focus == focusForm &&
		e.form.Form.GetFocusedField().GetKey() == promptPath
}

// startPromptEdit keeps what was typed, then opens the prompt in $EDITOR.
func (e *editorScreen) startPromptEdit() tea.Cmd {
	cmd := e.applyForm()
	return tea.Batch(cmd, e.prompt.start(e.sh.nextID(), e.draft.Agent.LLM.Prompt))
}

// promptFlow passes a step of the $EDITOR run to it, and takes the text
// it brings back.
func (e *editorScreen) promptFlow(msg tea.Msg) (screen, tea.Cmd) {
	text, edited, cmd := e.prompt.Update(msg)
	if !edited {
		return e, cmd
	}
	return e, e.setPrompt(text)
}

// setPrompt puts the edited text in the prompt, and only there, and shows
// the section again with the prompt in focus.
func (e *editorScreen) setPrompt(text string) tea.Cmd {
	e.draft.Agent.LLM.Prompt = text
	e.revalidate()
	if e.formFor == "" || e.focus != focusForm {
		return e.changed()
	}
	init := e.rebuildForm(promptPath)
	return tea.Batch(init, e.changed(), notice("Prompt updated from "+e.prompt.name()+".", levelOK))
}
