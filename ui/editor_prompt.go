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

// promptFocused reports whether the prompt field has focus and an external
// editor may run.
func (e *editorScreen) promptFocused() bool {
	return e.sh.deps.ExternalEditor && e.form != nil && e.focus == focusForm &&
		e.form.Form.GetFocusedField().GetKey() == promptPath
}

// startPromptEdit keeps what was typed, then writes the prompt to a
// private temporary file for the editor.
func (e *editorScreen) startPromptEdit() tea.Cmd {
	cmd := e.applyForm()
	e.editorReq = e.sh.nextID()
	return tea.Batch(cmd, writePromptFile(e.editorReq, e.draft.Agent.LLM.Prompt))
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
		raw, err := os.ReadFile(path)
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

// promptFlow runs the steps of editing the prompt in $EDITOR: file ready,
// editor closed, text read back.
func (e *editorScreen) promptFlow(msg tea.Msg) (screen, tea.Cmd) {
	editor := forms.EditorCommand(e.sh.getenv)
	switch msg := msg.(type) {
	case editorFileReadyMsg:
		if msg.reqID != e.editorReq {
			return e, nil
		}
		if msg.err != nil {
			e.editorReq = 0
			return e, notice("Could not prepare the prompt for "+editor[0]+": "+errText(msg.err), levelError)
		}
		c := exec.Command(editor[0], append(editor[1:], msg.path)...) //nolint:gosec // the person's own $EDITOR
		reqID, path := msg.reqID, msg.path
		return e, tea.ExecProcess(c, func(err error) tea.Msg { return editorClosedMsg{reqID: reqID, path: path, err: err} })
	case editorClosedMsg:
		if msg.reqID != e.editorReq {
			return e, removeFile(msg.path)
		}
		if msg.err != nil {
			e.editorReq = 0
			return e, tea.Batch(removeFile(msg.path),
				notice("The editor "+editor[0]+" did not finish ("+msg.err.Error()+"); the prompt is unchanged. Set $EDITOR to one you have.", levelError))
		}
		return e, readPromptFile(msg.reqID, msg.path)
	case promptEditedMsg:
		if msg.reqID != e.editorReq {
			return e, nil
		}
		e.editorReq = 0
		if msg.err != nil {
			return e, notice("Could not read the edited prompt back: "+errText(msg.err), levelError)
		}
		return e, e.setPrompt(msg.text)
	}
	return e, nil
}

// setPrompt puts the edited text in the prompt, and only there, and shows
// the section again with the prompt in focus.
func (e *editorScreen) setPrompt(text string) tea.Cmd {
	// Editors end files with a newline the person did not type.
	text = strings.TrimSuffix(strings.TrimSuffix(text, "\n"), "\r")
	e.draft.Agent.LLM.Prompt = text
	e.revalidate()
	if e.formFor == "" || e.focus != focusForm {
		return e.changed()
	}
	init := e.rebuildForm(promptPath)
	return tea.Batch(init, e.changed(), notice("Prompt updated from "+forms.EditorCommand(e.sh.getenv)[0]+".", levelOK))
}
