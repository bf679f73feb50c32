package journeys

import "testing"

// TestRealBinary builds agentdeck once (with the offline test providers)
// and drives it as people do: on terminals of every kind, through a pty,
// and over SSH with `agentdeck serve`.
func TestRealBinary(t *testing.T) {
	bin := buildAgentdeck(t)
	tests := []struct {
		name string
		run  func(t *testing.T, bin string)
	}{
		{"every kind of terminal gets a usable screen", testEveryKindOfTerminalGetsAUsableScreen},
		{"a dumb terminal gets the accessible UI with no escapes", testDumbTerminalGetsTheAccessibleUIWithNoEscapes},
		{"the theme when the terminal never answers", testThemeWhenTheTerminalNeverAnswers},
		{"it runs inside GNU screen", testRunsInsideGNUScreen},
		{"typing sends a small update and idle sends nothing", testTypingSendsASmallUpdateAndIdleSendsNothing},
		{"moving through the drafts list sends two rows", testMovingThroughTheDraftsListSendsTwoRows},
		{"typing over serve sends a small update", testTypingOverServeSendsASmallUpdate},
		{"typing in a long prompt through a pty", testTypingInALongPromptThroughAPty},
		{"typing in a long prompt over serve", testTypingInALongPromptOverServe},
		{"serve edits a draft over SSH in each person's own space", testServeEditsADraftOverSSHInEachPersonsOwnSpace},
		{"serve gives dumb terminals the accessible UI", testServeGivesDumbTerminalsTheAccessibleUI},
		{"serve with the OpenSSH client in tmux", testServeWithTheOpenSSHClientInTmux},
		{"export masks secrets in addresses and headers", testExportMasksSecretsInAddresses},
		{"serve refuses a visitor's base URL on the server's own machine", testServeRefusesAVisitorsBaseURLOnTheServersOwnMachine},
		{"serve tries a pushed draft over SSH", testServeTriesAPushedDraftOverSSH},
		{"serve restores an older version over SSH", testServeRestoresAnOlderVersionOverSSH},
		{"hostile imports are refused plainly", testHostileImportsAreRefusedPlainly},
		{"SIGTERM stops an import at once", testSIGTERMStopsAnImportAtOnce},
		{"hostile names never reach the terminal", testHostileNamesNeverReachTheTerminal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.run(t, bin)
		})
	}
}
