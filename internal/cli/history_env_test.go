package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestHistorySaysWhichEnvironmentEachVersionWent pushes one draft to
// staging then prod: history names the environment of each version, in
// its lines and in --json, since each environment has its own agent.
func TestHistorySaysWhichEnvironmentEachVersionWent(t *testing.T) {
	t.Parallel()
	c, _, _, id := elevenStagingProd(t)
	c.mustRun("push", id, "--env", "staging")
	c.mustRun("push", id, "--env", "prod")
	c.mustRun("push", id)

	lines := strings.Split(c.mustRun("history", id), "\n")
	var heads []string
	for _, l := range lines {
		if strings.HasPrefix(l, "Version ") {
			heads = append(heads, l)
		}
	}
	if len(heads) != 3 || !strings.Contains(heads[0], "ElevenLabs Agents (staging)") ||
		!strings.Contains(heads[1], "ElevenLabs Agents (prod)") || strings.Contains(heads[2], "(") {
		t.Fatalf("history does not say where each version went:\n%s", strings.Join(lines, "\n"))
	}
	var out []struct {
		Environment string `json:"environment"`
	}
	if err := json.Unmarshal([]byte(c.mustRun("history", id, "--json")), &out); err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 || out[0].Environment != "staging" || out[1].Environment != "prod" || out[2].Environment != "default" {
		t.Fatalf("history --json environments: %+v", out)
	}
}
