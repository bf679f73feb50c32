package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

var validateDoc = commandDoc{
	use:   "validate DRAFT [--provider P] [--env E] [--details]",
	short: "List the draft's problems per field; exit 1 if any would stop a push",
	long: "Check DRAFT against its provider's rules (or P's, with --provider) and list each problem\n" +
		"with the field it is about. Errors stop a push and make validate exit 1; warnings\n" +
		"(a setting the provider cannot carry, say) are listed but do not. --details names each\n" +
		"field by its path in the draft file as well.",
}

func newValidateCommand(a *app) *cobra.Command {
	var to targetFlags
	cmd := validateDoc.onDraft(func(cmd *cobra.Command, ref string) error {
		return a.validate(cmd, ref, to)
	})
	to.add(cmd, "check against this provider instead of the draft's", "check the draft as it goes to this environment")
	a.addDetailsFlag(cmd)
	return cmd
}

func (a *app) validate(cmd *cobra.Command, ref string, to targetFlags) error {
	d, p, _, err := a.draftFor(cmd, ref, to)
	if err != nil {
		return err
	}
	// Every environment's values are checked, not only env's: CI runs
	// validate before pushes to any of them.
	if err := d.CheckEnvironmentsWith(p.Capabilities()); err != nil {
		return fail("The draft's environments have a problem.", err)
	}
	ps := p.Validate(&d.Agent)
	if len(ps) > 0 {
		if _, err := fmt.Fprintln(a.stdout, a.problemLines(p, ps)); err != nil {
			return err
		}
	}
	name := p.Info().Name
	errs, warnings := len(ps.Errors()), len(ps)-len(ps.Errors())
	if errs > 0 {
		return fail(fmt.Sprintf("The draft is not ready for %s: fix the errors listed.", name),
			errors.New(count(errs, "error")+", "+count(warnings, "warning")))
	}
	if warnings > 0 {
		a.notef("Ready for %s, with %s.\n", name, count(warnings, "warning"))
	} else {
		a.notef("Ready for %s: no problems.\n", name)
	}
	return nil
}
