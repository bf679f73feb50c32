package httpx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPlainLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"plain text stays", "Invalid API key", "Invalid API key"},
		{"newlines and tabs become one space", "bad\n\tvalue  here\r\n", "bad value here"},
		{"terminal escapes cannot recolour the screen", "\x1b[31mred\x1b[0m", "[31mred [0m"},
		{"invalid UTF-8 is replaced", "a\xffb", "a\uFFFDb"},
		{"empty stays empty", "", ""},
		{"only spaces become empty", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := plainLine(tt.in); got != tt.want {
				t.Errorf("plainLine(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	long := plainLine(strings.Repeat("é", 5000))
	if n := utf8.RuneCountInString(long); n != maxMessageRunes+1 || !strings.HasSuffix(long, "…") {
		t.Errorf("a long message is %d characters, want %d ending in …", n, maxMessageRunes+1)
	}
}
