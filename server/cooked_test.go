package server

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

func TestCookedInputGivesLinesAndEchoes(t *testing.T) {
	tests := []struct {
		name      string
		typed     string
		wantLines string
		wantEcho  string
	}{
		{"enter ends a line", "abc\r", "abc\n", "abc\r\n"},
		{"crlf is one enter", "a\r\nb\r", "a\nb\n", "a\r\nb\r\n"},
		{"a bare newline also ends a line", "a\n", "a\n", "a\r\n"},
		{"backspace erases", "abx\x7fc\r", "abc\n", "abx\b \bc\r\n"},
		{"backspace at the start does nothing", "\x7f\x7fa\r", "a\n", "a\r\n"},
		{"backspace removes a whole rune", "é\x7fe\r", "e\n", "é\b \be\r\n"},
		{"ctrl+u erases the line", "abc\x15d\r", "d\n", "abc\b \b\b \b\b \bd\r\n"},
		{"arrow keys are ignored", "a\x1b[Ab\x1bOB\r", "ab\n", "ab\r\n"},
		{"other control keys are ignored", "a\x01\x02b\r", "ab\n", "ab\r\n"},
		{"ctrl+d on an empty line ends input", "a\r\x04ignored\r", "a\n", "a\r\n"},
		{"ctrl+c ends input", "ab\x03cd\r", "", "ab^C\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var echo bytes.Buffer
			in := newCookedInput(strings.NewReader(tt.typed), &echo)
			got, err := io.ReadAll(in)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.wantLines {
				t.Errorf("lines %q, want %q", got, tt.wantLines)
			}
			if echo.String() != tt.wantEcho {
				t.Errorf("echo %q, want %q", echo.String(), tt.wantEcho)
			}
		})
	}
}
