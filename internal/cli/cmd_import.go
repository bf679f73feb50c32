package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/spf13/cobra"
)

var importDoc = commandDoc{
	use:   "import FILE --provider P [--name N]",
	short: "Make a draft from a provider's agent document and print its id",
	long: "Make a new draft from FILE, a provider's own JSON document for an agent: a request body,\n" +
		"an agent as the provider's API returns it, or (ElevenLabs) an agent config file of its\n" +
		"command line tool. FILE - reads standard input. Settings agentdeck does not know are kept\n" +
		"and sent back unchanged. Secret values (API keys in headers…) go to the credentials file,\n" +
		"never into the draft. --name names the draft (and the agent, if the document has no name).",
}

func newImportCommand(a *app) *cobra.Command {
	var provider, name string
	cmd := importDoc.build(exactArgs("FILE"), func(cmd *cobra.Command, args []string) error {
		return a.importDraft(cmd, args[0], provider, name)
	})
	addProviderFlag(cmd, &provider, "the provider the document is for")
	cmd.Flags().StringVar(&name, "name", "", "a name for the draft (default: the agent's name)")
	return cmd
}

// importStep runs one step of an import until it ends or the import is
// stopped, and words what went wrong: stopped, a document over a limit, or
// otherwise failed, said by failed.
func importStep(ctx context.Context, file string, step func() error, failed string) error {
	err := untilStopped(ctx, step)
	switch {
	case ctx.Err() != nil:
		return errImportStopped
	case jsondoc.IsLimit(err):
		return fail(fmt.Sprintf("%s cannot be imported: %s.", file, err), errNoDraft)
	case err != nil:
		return fail(failed, err)
	}
	return nil
}

func (a *app) importDraft(cmd *cobra.Command, file, providerID, name string) error {
	if err := a.checkProviderID(cmd, providerID); err != nil {
		return err
	}
	ctx := cmd.Context()
	var raw []byte
	if err := importStep(ctx, file, func() (err error) { raw, err = readImport(file); return err }, fmt.Sprintf("Could not read %s.", file)); err != nil {
		return err
	}
	p, err := a.provider(cmd, providerID)
	if err != nil {
		return err
	}
	var dec agent.Decoded
	if err := importStep(ctx, file, func() (err error) { dec, err = p.Decode(raw); return err },
		fmt.Sprintf("%s is not an agent document agentdeck can read for %s.", file, p.Info().Name)); err != nil {
		return err
	}
	d := agent.Draft{Provider: providerID, Agent: dec.Agent}
	d.SetNative(string(dec.Native))
	d.Name = firstNonBlank(name, dec.Agent.Identity.Name, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)))
	if d.Name == "-" {
		d.Name = "Imported agent"
	}
	if strings.TrimSpace(d.Agent.Identity.Name) == "" {
		d.Agent.Identity.Name = d.Name
	}
	store, err := a.Store()
	if err != nil {
		return err
	}
	// Stopped (ctrl+c, SIGTERM) before anything is written: nothing is.
	if ctx.Err() != nil {
		return errImportStopped
	}
	// Secrets first: a draft must never refer to a value that was not kept.
	if len(dec.Secrets) > 0 {
		creds, err := a.Credentials()
		if err != nil {
			return err
		}
		// Each value is kept bound to the place it sits in (see
		// agent.SecretPlace), so it can be filled in nowhere else.
		if err := agent.KeepDecodedSecrets(p, &dec, creds, nil); err != nil {
			return fail("Could not keep the document's secret values, so no draft was made.", err)
		}
	}
	if err := store.Save(&d); err != nil {
		return fail("Could not save the new draft.", err)
	}
	if _, err := fmt.Fprintln(a.stdout, d.ID); err != nil {
		return err
	}
	a.notef("Imported %s as the %s draft %q.\n", file, p.Info().Name, d.Name)
	if n := len(dec.Secrets); n > 0 {
		a.notef("%s moved to the credentials file; the draft keeps only references.\n", count(n, "secret value"))
	}
	if ps := p.Validate(&d.Agent); len(ps.Errors()) > 0 {
		a.notef("The draft has %s; see them with: agentdeck validate %s\n", count(len(ps.Errors()), "problem"), d.ID)
	}
	a.noteNameTwins(store, d)
	return nil
}

// readImport reads FILE, or standard input for "-", up to jsondoc's size
// limit.
func readImport(file string) ([]byte, error) {
	if file == "-" {
		return jsondoc.ReadAll(os.Stdin)
	}
	f, err := os.Open(file) //nolint:gosec // G304: the file the person named on the command line
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // opened to read: a failed close loses nothing
	return jsondoc.ReadAll(f)
}

var (
	errNoDraft       = errors.New("no draft was made")
	errImportStopped = fail("The import was stopped, so no draft was made.", errors.New("nothing was written"))
)

// untilStopped runs work and waits for it, or returns as soon as ctx is done
// (ctrl+c, SIGTERM): the work is left to finish in the background, where
// its result is never used, so a long read or decode never holds up the
// exit. A read of standard input that never ends is such work.
func untilStopped(ctx context.Context, work func() error) error {
	done := make(chan error, 1)
	go func() { done <- work() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func firstNonBlank(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
