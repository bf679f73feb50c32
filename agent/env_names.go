package agent

import (
	"fmt"
	"slices"
)

// Each environment's key and connection can come from environment
// variables named after it (AGENTDECK_<PROVIDER>_API_KEY_<ENV>), where its
// name is upper case with - as _: prod and Prod, or eu-west and eu_west,
// would read the same variables, so one environment could be sent the
// other's key. A second name that reads the same variables as one already
// known is refused, naming both.

// CheckEnvNameClash refuses name when one of known (the draft's
// environments, or those of the settings) is another name that reads the
// same environment variables.
func CheckEnvNameClash(name string, known []string) error {
	name = EnvName(name)
	for _, other := range known {
		if other != name && EnvVarName(other) == EnvVarName(name) {
			return envClash(other, name)
		}
	}
	return nil
}

// CheckEnvNamesDistinct refuses two names among names that read the same
// environment variables, naming the first such pair in name order.
func CheckEnvNamesDistinct(names []string) error {
	sorted := slices.Sorted(slices.Values(names))
	seen := map[string]string{}
	for _, n := range sorted {
		if other, ok := seen[EnvVarName(n)]; ok && other != n {
			return envClash(other, n)
		}
		seen[EnvVarName(n)] = n
	}
	return nil
}

func envClash(a, b string) error {
	return fmt.Errorf("the environments %q and %q would both take their key from AGENTDECK_<PROVIDER>_API_KEY_%s, "+
		"so one could be sent the other's key; use one of the two names, or rename one so they differ in more than "+
		"upper and lower case or - and _", a, b, EnvVarName(b))
}
