package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/ui/theme"
)

// noticeTTL is how long a passing notice stays in the status line.
const noticeTTL = 6 * time.Second

// status is the status line: a passing notice on the left, the save state
// on the right.
type status struct {
	notice    string
	level     statusLevel
	seq       int
	saving    bool
	saveErr   string
	lastSaved time.Time
	ticking   bool // a refresh of "saved 2m ago" is on its way
}

// refresh returns the command that redraws "saved …m ago" when its words
// next change: each minute for the first hour, then each hour. It sends
// nothing more often, so an idle screen stays all but silent.
func (s *status) refresh(now time.Time) tea.Cmd {
	if s.ticking || s.lastSaved.IsZero() {
		return nil
	}
	d := now.Sub(s.lastSaved)
	step := time.Minute
	if d >= time.Hour {
		step = time.Hour
	}
	if d >= 24*time.Hour {
		return nil
	}
	s.ticking = true
	return tea.Tick(step-d%step, func(time.Time) tea.Msg { return savedAgoMsg{} })
}

// setNotice shows text and returns the command that clears it later.
func (s *status) setNotice(text string, level statusLevel) tea.Cmd {
	s.seq++
	s.notice, s.level = text, level
	seq := s.seq
	return tea.Tick(noticeTTL, func(time.Time) tea.Msg { return statusExpiredMsg{seq: seq} })
}

func (s *status) expire(seq int) {
	if seq == s.seq {
		s.notice = ""
	}
}

// saveText says where saving stands: "saving…", "saved", "saved 2m ago", or
// why the last save failed.
func (s *status) saveText(now time.Time) string {
	switch {
	case s.saveErr != "":
		return "not saved"
	case s.saving:
		return "saving…"
	case s.lastSaved.IsZero():
		return ""
	}
	if w := whenText(s.lastSaved, now); w != "just now" {
		return "saved " + w
	}
	return "saved"
}

// view draws the status line to exactly width cells.
func (s *status) view(st theme.AppStyles, width int, now time.Time) string {
	right := s.saveText(now)
	rightStyle := st.StatusOK
	if s.saveErr != "" {
		rightStyle = st.StatusBad
	}
	left := s.notice
	leftStyle := st.Status
	switch s.level {
	case levelOK:
		leftStyle = st.StatusOK
	case levelError:
		leftStyle = st.StatusBad
	case levelInfo:
		// the plain status style
	}
	if left == "" && s.saveErr != "" {
		left, leftStyle = s.saveErr, st.StatusBad
	}
	rw := ansi.StringWidth(right)
	left = truncate(left, max(width-rw-3, 0))
	gap := max(width-ansi.StringWidth(left)-rw-2, 1)
	return " " + leftStyle.Render(left) + spaces(gap) + rightStyle.Render(right) + " "
}
