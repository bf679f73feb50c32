package agent

import (
	"math"
	"strings"
	"testing"
)

// TestHugeAndNotANumberAreRefused: 1e400 reads as infinity and NaN passes
// every bound; both are refused on the field before anything is sent.
func TestHugeAndNotANumberAreRefused(t *testing.T) {
	t.Parallel()
	for _, v := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		a := validAgent()
		a.LLM.Temperature = floatp(v)
		a.Voice.Speed = floatp(v)
		ps := ValidateCommon(&a, everything())
		for _, path := range []string{"llm.temperature", "voice.speed"} {
			found := false
			for _, p := range ps {
				found = found || (p.Path == path && strings.Contains(p.Message, "ordinary number"))
			}
			if !found {
				t.Errorf("%v in %s: problems %v", v, path, ps)
			}
		}
	}
}
