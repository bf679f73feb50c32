package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/termsafe"
)

// On a terminal apply redraws one bar in place; in a log it writes one
// line per draft, and never a carriage return.
func TestApplyProgressBarOrLines(t *testing.T) {
	t.Parallel()
	var term, log bytes.Buffer
	onTerm := &app{providers: newRegistry(), terminalErr: &term, stderr: termsafe.NewWriter(&term), stderrIsTerminal: func() bool { return true }}
	inLog := &app{providers: newRegistry(), terminalErr: &log, stderr: termsafe.NewWriter(&log), stderrIsTerminal: func() bool { return false }}
	for _, a := range []*app{onTerm, inLog} {
		p := a.newApplyProgress(2)
		p.done(applied{folderDraft: folderDraft{Name: "North", Provider: "nova"}, Result: appliedCreated, RemoteID: "agt_1"})
		p.done(applied{folderDraft: folderDraft{Name: "South", Provider: "nova"}, Result: appliedBlocked, Reason: "the draft has 1 problem to fix first"})
		p.finish()
	}
	if got := term.String(); !strings.Contains(got, "\r[###############---------------] 1/2 drafts") || !strings.HasSuffix(got, "] 2/2 drafts\n") {
		t.Errorf("terminal:\n%q", got)
	}
	got := log.String()
	if strings.Contains(got, "\r") || !strings.Contains(got, "[1/2] North (Nova): created agt_1\n") ||
		!strings.Contains(got, "[2/2] South (Nova): blocked: the draft has 1 problem to fix first\n") {
		t.Errorf("log:\n%q", got)
	}
}
