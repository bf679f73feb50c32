package screen

import (
	"testing"
)

func TestScreenAppliesWhatProgramsSend(t *testing.T) {
	tests := []struct {
		name          string
		width, height int
		input         string
		want          string
	}{
		{"plain text and new lines", 10, 3, "ab\r\ncd", "ab\ncd"},
		{"a change of one cell keeps the rest", 10, 2, "notes=0\x1b[1;7H1", "notes=1"},
		{"cursor forward skips cells", 10, 1, "a\x1b[3Cb", "a   b"},
		{"absolute column and row", 10, 3, "\x1b[3;4Hx\x1b[1Gy\x1b[1dz", " z\n\ny  x"},
		{"erase to the end of the line", 10, 1, "abcdef\x1b[1;3H\x1b[K", "ab"},
		{"erase the whole screen", 5, 2, "abc\r\ndef\x1b[2J", ""},
		{"erase characters", 10, 1, "abcdef\x1b[1;2H\x1b[2X", "a  def"},
		{"repeat the last character", 10, 1, "-\x1b[4b", "-----"},
		{"long lines wrap", 3, 2, "abcde", "abc\nde"},
		{"no wrap when autowrap is off", 3, 1, "\x1b[?7labcde", "abe"},
		{"line feed at the bottom scrolls", 5, 2, "a\r\nb\r\nc", "b\nc"},
		{"scroll region", 5, 3, "\x1b[1;1Htop\x1b[2;3r\x1b[2;1Hx\r\ny\r\nz", "top\ny\nz"},
		{"insert and delete lines", 5, 3, "a\r\nb\r\nc\x1b[2;1H\x1b[L", "a\n\nb"},
		{"delete characters", 10, 1, "abcdef\x1b[1;2H\x1b[2P", "adef"},
		{"colours are ignored", 10, 1, "\x1b[31mred\x1b[0m", "red"},
		{"wide runes take two cells", 6, 1, "日本x", "日本x"},
		{"the alternate screen starts blank", 5, 1, "old\x1b[?1049h\x1b[Hnew", "new"},
		{"queries and titles are ignored", 10, 1, "\x1b]11;?\x07\x1b[?2026$pok", "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.width, tt.height)
			if _, err := s.Write([]byte(tt.input)); err != nil {
				t.Fatal(err)
			}
			if got := s.Text(); got != tt.want {
				t.Errorf("screen\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestResizeKeepsWhatFits(t *testing.T) {
	s := New(5, 2)
	_, _ = s.Write([]byte("hello\r\nworld"))
	s.Resize(3, 1)
	if got := s.Text(); got != "hel" {
		t.Errorf("after shrinking: %q", got)
	}
	s.Resize(6, 2)
	_, _ = s.Write([]byte("\x1b[2;1Hnew"))
	if got := s.Text(); got != "hel\nnew" {
		t.Errorf("after growing: %q", got)
	}
}
