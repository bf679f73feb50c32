package ui

import (
	"reflect"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Each question answers with its own typed message, driven here by one
// key: its cursor is put on an option first, as the arrows would.
func TestDialogsAnswerWithTypedMessages(t *testing.T) {
	t.Parallel()
	keys := DefaultKeyMap().Dialog
	confirm, cancel := keyPress(keys.Confirm.Keys()[0]), keyPress(keys.Cancel.Keys()[0])
	nova := &fakeProvider{info: fakeInfo("nova")}
	tests := []struct {
		name   string
		dialog dialog
		cursor int
		key    tea.KeyPressMsg
		want   tea.Msg
	}{
		{"conflict: keep mine", newConflictDialog("Desk"), 0, confirm, conflictAnsweredMsg{answer: conflictCopy}},
		{"conflict: reload", newConflictDialog("Desk"), 1, confirm, conflictAnsweredMsg{answer: conflictReload}},
		{"conflict: put off", newConflictDialog("Desk"), 1, cancel, conflictAnsweredMsg{answer: conflictPutOff}},
		{"quit unsaved: stay", newQuitUnsavedDialog("Lost."), 0, confirm, nil},
		{"quit unsaved: lose them", newQuitUnsavedDialog("Lost."), 1, confirm, quitLosingMsg{}},
		{"quit unsaved: esc", newQuitUnsavedDialog("Lost."), 1, cancel, nil},
		{"quit copy: copy and quit", newQuitCopyDialog([]string{"Desk", "Line"}), 0, confirm, quitCopyingMsg{}},
		{"quit copy: stay", newQuitCopyDialog([]string{"Desk"}), 1, confirm, nil},
		{"pick provider", newPickProviderDialog([]agent.ProviderInfo{fakeInfo("nova"), fakeInfo("trillet")}), 1, confirm, providerPickedMsg{id: "trillet"}},
		{"pick provider: esc", newPickProviderDialog([]agent.ProviderInfo{fakeInfo("nova")}), 0, cancel, nil},
		{"switch: keep", &switchProviderDialog{to: nova, question: question{options: []string{"Keep", "Switch"}}}, 0, confirm, nil},
		{"switch: switch", &switchProviderDialog{to: nova, question: question{options: []string{"Keep", "Switch"}}}, 1, confirm, switchConfirmedMsg{to: nova}},
		{"remove item: keep", newRemoveItemDialog(2, "Lookup", "Tools"), 0, confirm, nil},
		{"remove item: remove", newRemoveItemDialog(2, "Lookup", "Tools"), 1, confirm, removeConfirmedMsg{item: 2}},
		{"remove item: esc", newRemoveItemDialog(2, "Lookup", "Tools"), 1, cancel, nil},
		{"submit: not now", &submitDialog{question{options: []string{"Not now", "Submit"}}}, 0, confirm, nil},
		{"submit", &submitDialog{question{options: []string{"Not now", "Submit"}}}, 1, confirm, submitConfirmedMsg{}},
		{"drift: pull theirs", &driftDialog{question{options: []string{"Pull", "Push", "Copy"}}}, 0, confirm, driftChosenMsg{action: driftPullTheirs}},
		{"drift: push mine", &driftDialog{question{options: []string{"Pull", "Push", "Copy"}}}, 1, confirm, driftChosenMsg{action: driftPushMine}},
		{"drift: copy mine", &driftDialog{question{options: []string{"Pull", "Push", "Copy"}}}, 2, confirm, driftChosenMsg{action: driftCopyMine}},
		{"drift: esc", &driftDialog{question{options: []string{"Pull", "Push", "Copy"}}}, 2, cancel, nil},
		{"refresh: not now", &refreshDialog{question{options: []string{"Not now", "Refresh"}}}, 0, confirm, nil},
		{"refresh", &refreshDialog{question{options: []string{"Not now", "Refresh"}}}, 1, confirm, refreshConfirmedMsg{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.dialog.menu().cursor = tt.cursor
			got, done := updateDialog(tt.dialog, tt.key, keys)
			if !done {
				t.Fatal("the key did not answer the question")
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("answered %#v, want %#v", got, tt.want)
			}
		})
	}
}

// Moving the cursor answers nothing and stops at the last option.
func TestDialogArrowsMoveWithoutAnswering(t *testing.T) {
	t.Parallel()
	keys := DefaultKeyMap().Dialog
	d := newConflictDialog("Desk")
	for range 3 {
		if got, done := updateDialog(d, keyPress(keys.Next.Keys()[0]), keys); done || got != nil {
			t.Fatalf("an arrow answered %#v", got)
		}
	}
	if d.cursor != len(d.options)-1 {
		t.Fatalf("the cursor went to %d", d.cursor)
	}
}
