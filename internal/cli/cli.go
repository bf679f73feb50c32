// Package cli is agentdeck's command line and its wiring, called by main.go.
//
// It is the composition root: it resolves where files live, opens the
// drafts store, settings and credentials, builds the providers, and wires the
// commands. It is the only place that names the storage location and the
// concrete providers.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// Exit codes (DESIGN.md §5).
const (
	exitOK      = 0 // success
	exitFailure = 1 // validation, provider error, conflict, …
	exitUsage   = 2 // wrong usage: unknown command or flag, missing argument
)

// devVersion is what --version says of a build the release did not name.
const devVersion = "dev"

// Main executes one command line and returns its exit code; version is what
// --version prints (main's, which a release sets through the linker). Every
// command prints through termsafe.Writers, so nothing a provider or a file
// names reaches the terminal raw; only the terminal UI, which cleans its own
// frames, gets the raw stdout.
func Main(ctx context.Context, version string, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	return newApp(version, stdout, stderr, getenv).execute(ctx, args)
}

// newApp is the app for one command line, writing to stdout and stderr.
func newApp(version string, stdout, stderr io.Writer, getenv func(string) string) *app {
	return &app{
		stdout: termsafe.NewWriter(stdout), stderr: termsafe.NewWriter(stderr), terminalOut: stdout, terminalErr: stderr,
		stdoutIsTerminal: func() bool { return isTerminal(stdout) },
		stdoutWidth:      func() int { return terminalWidth(stdout) },
		stdin:            os.Stdin, stdinIsTerminal: func() bool { return term.IsTerminal(os.Stdin.Fd()) },
		stderrIsTerminal: func() bool { return isTerminal(stderr) },
		getenv:           getenv, version: version, providers: newRegistry(),
	}
}

// execute runs one command line and returns its exit code.
func (a *app) execute(ctx context.Context, args []string) int {
	root := newRootCommand(a)
	root.SetArgs(args)
	return a.report(root.ExecuteContext(ctx))
}

// app holds what commands need: where output goes, the environment, and the
// drafts store, settings and credentials, each opened on first use so that
// --help and --version work even where no home folder exists.
type app struct {
	stdout, stderr io.Writer // control and escape sequences escaped (termsafe.Writer)
	terminalOut    io.Writer // the raw stdout, for the terminal UI alone
	terminalErr    io.Writer // the raw stderr, for apply's progress bar alone (digits and marks)
	// stdoutIsTerminal says whether a person reads stdout (a header row
	// helps) or a program does (it would be one more line to skip); tests
	// set it, since their stdout is never a terminal.
	stdoutIsTerminal func() bool
	// stdoutWidth is the columns of the terminal stdout is, 0 if unknown
	// (a table wider than it is laid out to fit); tests set it.
	stdoutWidth func() int
	// stderrIsTerminal says whether a person watches stderr (apply's
	// progress bar) or a log collects it (one line per draft).
	stderrIsTerminal func() bool
	getenv           func(string) string
	version          string
	// stdin is where try reads the caller's lines when it asks for them,
	// which it does only when stdinIsTerminal (tests set both).
	stdin           io.Reader
	stdinIsTerminal func() bool
	// providers is every provider this build talks to (newRegistry),
	// built once; everything about a provider is read from it.
	providers agent.Registry
	// hosts limits where provider base URLs from the settings file may
	// point; the zero value allows any (see storage.HostPolicy).
	hosts storage.HostPolicy

	paths    *storage.Paths
	store    *storage.Store
	settings *storage.Settings
	creds    *storage.Credentials

	// details is validate's and push's --details: field paths after labels.
	details bool
}

// run is Main for a build the release did not name (the tests' entry).
func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	return Main(ctx, devVersion, args, stdout, stderr, getenv)
}

// commands lists the subcommands. Adding a command is one new cmd_<name>.go
// file with a new…Command(a) constructor, plus one line here.
func commands(a *app) []*cobra.Command {
	return []*cobra.Command{
		newListCommand(a),
		newNewCommand(a),
		newImportCommand(a),
		newExportCommand(a),
		newValidateCommand(a),
		newPushCommand(a),
		newPromoteCommand(a),
		newPullCommand(a),
		newPlanCommand(a),
		newApplyCommand(a),
		newInitRepoCommand(a),
		newDiffCommand(a),
		newServeCommand(a),
		newChoicesCommand(a),
		newFieldsCommand(a),
		newSchemaCommand(a),
		newRmCommand(a),
		newRestoreCommand(a),
		newRenameCommand(a),
		newCopyCommand(a),
		newTryCommand(a),
		newTestCommand(a),
		newHistoryCommand(a),
		newRollbackCommand(a),
		newToolsCommand(a),
	}
}

func newRootCommand(a *app) *cobra.Command {
	var tui tuiOptions
	root := &cobra.Command{
		Use:   "agentdeck",
		Short: "Create, edit and submit voice-AI agents",
		Long: "agentdeck lets you create and edit voice-AI agents as local drafts and submit them\n" +
			"to Nova, Trillet, ElevenLabs Agents or Dasha BlackBox.\n\n" +
			"Run it without a command to open the terminal UI.",
		Version:                    a.version,
		Args:                       noArgs,
		SilenceErrors:              true, // report prints errors, in our format
		SilenceUsage:               true,
		CompletionOptions:          cobra.CompletionOptions{DisableDefaultCmd: true},
		SuggestionsMinimumDistance: 2,
		RunE:                       func(cmd *cobra.Command, _ []string) error { return runTUI(cmd, a, tui) },
	}
	addTUIFlags(root, &tui)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetVersionTemplate("agentdeck {{.Version}}\n")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{cmd: cmd.CommandPath(), msg: err.Error()}
	})
	root.SetHelpCommand(newHelpCommand())
	root.AddCommand(commands(a)...)
	return root
}

// newHelpCommand is cobra's help command, except that asking for help on a
// command that does not exist is wrong usage (exit 2), not success.
func newHelpCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			target, rest, err := root.Find(args)
			if err != nil || target == nil || len(rest) > 0 || (target == root && len(args) > 0) {
				return usageErrorf(root, "there is no command %q", strings.Join(args, " "))
			}
			return target.Help()
		},
	}
}

// usageError is wrong usage: it exits with 2 and points at --help.
type usageError struct {
	cmd string // the command path, e.g. "agentdeck new"
	msg string
}

func (e *usageError) Error() string { return e.msg }

func usageErrorf(cmd *cobra.Command, format string, args ...any) error {
	return &usageError{cmd: cmd.CommandPath(), msg: fmt.Sprintf(format, args...)}
}

// failure is an error shown as one plain sentence, then the detail.
type failure struct {
	summary string
	detail  error
}

func (e *failure) Error() string { return e.summary + ": " + e.detail.Error() }
func (e *failure) Unwrap() error { return e.detail }

func fail(summary string, detail error) error { return &failure{summary: summary, detail: detail} }

// withNote adds a line to the detail of a failure, after what is there.
func withNote(err error, note string) error {
	var f *failure
	if !errors.As(err, &f) {
		return fmt.Errorf("%w\n%s", err, note)
	}
	return &failure{summary: f.summary, detail: fmt.Errorf("%w\n%s", f.detail, note)}
}

// report prints err to stderr and returns the exit code for it.
func (a *app) report(err error) int {
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		a.notef("agentdeck: %s\nRun '%s --help' to see how to use it.\n", ue.msg, ue.cmd)
		return exitUsage
	}
	var f *failure
	if errors.As(err, &f) {
		a.notef("agentdeck: %s\n  %s\n", f.summary, strings.ReplaceAll(f.detail.Error(), "\n", "\n  "))
		return exitFailure
	}
	a.notef("agentdeck: %s\n", err)
	return exitFailure
}

// noArgs refuses arguments; on the root command an argument is a command
// that does not exist.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if !cmd.HasParent() {
		msg := fmt.Sprintf("there is no command %q", args[0])
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += fmt.Sprintf("; did you mean %q?", s[0])
		}
		return usageErrorf(cmd, "%s", msg)
	}
	return usageErrorf(cmd, "%s takes no arguments, but was given %q", cmd.Name(), strings.Join(args, " "))
}

// exactArgs wants exactly the named arguments.
func exactArgs(names ...string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) < len(names):
			return usageErrorf(cmd, "%s needs %s", cmd.Name(), strings.Join(names[len(args):], " and "))
		case len(args) > len(names):
			return usageErrorf(cmd, "%s takes %d argument(s) but was given %d; put a name with spaces in quotes",
				cmd.Name(), len(names), len(args))
		}
		return nil
	}
}

// Paths says where files live, resolved once from the environment.
func (a *app) Paths() (storage.Paths, error) {
	if a.paths == nil {
		p, err := storage.ResolvePaths(a.getenv)
		if err != nil {
			return storage.Paths{}, err
		}
		a.paths = &p
	}
	return *a.paths, nil
}

// openAt opens a file or folder where the paths say, failing with the
// plain sentence notFound when the paths cannot be resolved and with
// failed when open fails.
func openAt[T any](a *app, notFound, failed string, open func(storage.Paths) (T, error)) (T, error) {
	var zero T
	p, err := a.Paths()
	if err != nil {
		return zero, fail(notFound, err)
	}
	v, err := open(p)
	if err != nil {
		return zero, fail(failed, err)
	}
	return v, nil
}

// Store opens the drafts folder on first use.
func (a *app) Store() (*storage.Store, error) {
	if a.store == nil {
		s, err := openAt(a, "Could not find the drafts folder.", "Could not open the drafts folder.",
			func(p storage.Paths) (*storage.Store, error) { return storage.Open(p.Drafts) })
		if err != nil {
			return nil, err
		}
		if st, err := a.Settings(); err == nil {
			s.SetHistoryKeep(st.History.Keep)
		}
		a.store = s
	}
	return a.store, nil
}

// Settings reads the settings file on first use.
func (a *app) Settings() (storage.Settings, error) {
	if a.settings == nil {
		s, err := openAt(a, "Could not find the settings.", "Could not read the settings.",
			func(p storage.Paths) (storage.Settings, error) {
				return storage.LoadSettings(p.SettingsFile(), a.providers)
			})
		if err != nil {
			return storage.Settings{}, err
		}
		a.settings = &s
	}
	return *a.settings, nil
}

// Credentials reads the credentials file on first use.
func (a *app) Credentials() (*storage.Credentials, error) {
	if a.creds == nil {
		c, err := openAt(a, "Could not find the credentials.", "Could not read the credentials.",
			func(p storage.Paths) (*storage.Credentials, error) {
				return storage.OpenCredentials(p.CredentialsFile())
			})
		if err != nil {
			return nil, err
		}
		a.creds = c
	}
	return a.creds, nil
}

// notef prints a note (progress, warnings, what happened) on stderr. A
// failed write to stderr has nowhere left to be reported, so its error is
// dropped here on purpose; results go to stdout and their errors are checked.
func (a *app) notef(format string, args ...any) {
	_, _ = fmt.Fprintf(a.stderr, format, args...)
}

// noteln is notef for a line made of args, as fmt.Fprintln joins them.
func (a *app) noteln(args ...any) {
	_, _ = fmt.Fprintln(a.stderr, args...)
}
