package ui

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Styles and colours live in ui/theme only (STYLE.md §5). This test reads
// every Go file of ui outside ui/theme and fails on a new style or a colour.
func TestNoStylesOrColoursOutsideTheme(t *testing.T) {
	t.Parallel()
	forbidden := []*regexp.Regexp{
		regexp.MustCompile(`lipgloss\.NewStyle\(`),
		regexp.MustCompile(`lipgloss\.(Color|ANSIColor|RGBColor)\b`),
		regexp.MustCompile(`color\.(RGBA|NRGBA|Gray)\{`),
		regexp.MustCompile(`"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?"`),
		regexp.MustCompile(`\\x1b\[|\\033\[`),
	}
	// ui and its packages other than ui/theme (the accessible front end,
	// the test support).
	files, err := filepath.Glob("*.go")
	for _, dir := range []string{"accessible", "uitest"} {
		more, gerr := filepath.Glob(filepath.Join(dir, "*.go"))
		if len(more) == 0 {
			gerr = errors.Join(gerr, errors.New("no Go files in "+dir))
		}
		files, err = append(files, more...), errors.Join(err, gerr)
	}
	if err != nil || len(files) == 0 {
		t.Fatalf("no files to check: %v", err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(raw), "\n") {
			for _, re := range forbidden {
				if re.MatchString(line) {
					t.Errorf("%s:%d makes a style or names a colour outside ui/theme: %s", f, i+1, strings.TrimSpace(line))
				}
			}
		}
	}
}
