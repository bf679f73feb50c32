package forms

import "testing"

// TestNumbersNoProviderTakesAreRefused: NaN and infinities read as numbers
// by ParseFloat, but no provider can take them.
func TestNumbersNoProviderTakesAreRefused(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"NaN", "Inf", "-inf", "1e400"} {
		if v, err := parseFloat(s); err == nil {
			t.Errorf("%s read as %v", s, v)
		}
	}
	if v, err := parseFloat(" 0.5 "); err != nil || v != 0.5 {
		t.Errorf("0.5: %v, %v", v, err)
	}
}
