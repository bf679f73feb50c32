package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
	"github.com/agentdeck/agentdeck/ui/accessible"
)

// tuiOptions are the root command's flags for the terminal UI.
type tuiOptions struct {
	accessible bool
	theme      string
}

// addTUIFlags registers --accessible and --theme on the root command.
func addTUIFlags(root *cobra.Command, o *tuiOptions) {
	root.Flags().BoolVar(&o.accessible, "accessible", false,
		"plain questions and answers for screen readers instead of the full-screen UI (also when TERM=dumb)")
	root.Flags().StringVar(&o.theme, "theme", "",
		"colours for a dark or light terminal: dark, light or auto (default: the settings file, else ask the terminal)")
}

// runTUI is what `agentdeck` does with no command: open the terminal UI on
// the drafts folder, settings and credentials.
func runTUI(cmd *cobra.Command, a *app, o tuiOptions) error {
	// The first frame measures the width of its first non-ASCII character
	// (›, •, ✓), and that first measurement builds a 2 MB table of
	// character widths: about 10 ms, a fifth of the start-up budget. Built
	// here on another core while settings, credentials and the program are
	// set up, it is ready when the frame needs it.
	go ansi.StringWidthWc("›")
	if err := a.checkTimeout(cmd); err != nil {
		return err
	}
	theme, err := a.tuiTheme(cmd, o.theme)
	if err != nil {
		return err
	}
	deps, err := a.tuiDeps(theme)
	if err != nil {
		return err
	}
	if o.accessible || a.getenv("TERM") == "dumb" {
		return accessible.Run(cmd.Context(), deps, os.Stdin, a.stdout)
	}
	if !isTerminal(a.terminalOut) {
		return usageErrorf(cmd, "the terminal UI needs a terminal to draw in; run agentdeck in one, "+
			"add --accessible for plain questions and answers, or use a command such as 'agentdeck list'")
	}
	// The program's context ends shutdownGrace after the process is asked
	// to stop, so the App has that long to save what is waiting. Bubble
	// Tea's own signal handler would quit at once, so it is off: main's
	// signal context (SIGINT, SIGTERM) stands in for it.
	progCtx, kill := context.WithCancel(context.Background())
	defer kill()
	p := tea.NewProgram(ui.New(deps),
		tea.WithContext(progCtx),
		tea.WithoutSignalHandler(),
		tea.WithOutput(a.terminalOut),
		tea.WithFilter(dropSameSizeResize()),
		// Bubble Tea draws at its frame rate's ticks, so the first frame
		// waits for the first tick after start: 60 a second put it 17 ms
		// later, which alone broke the 50 ms start-up budget (DESIGN.md §8;
		// proof/startup_test.go). Idle ticks send nothing.
		tea.WithFPS(120),
	)
	done := make(chan struct{})
	go stopOnSignal(cmd.Context(), p, kill, done)
	_, err = p.Run()
	close(done)
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return fail("The terminal UI stopped.", err)
	}
	return nil
}

// shutdownGrace is how long a stopped agentdeck may take to save.
const shutdownGrace = 5 * time.Second

// stopOnSignal asks the App to save and quit when ctx ends (SIGTERM,
// SIGINT from outside the terminal), and kills the program if that takes
// longer than shutdownGrace.
func stopOnSignal(ctx context.Context, p *tea.Program, kill func(), done <-chan struct{}) {
	select {
	case <-done:
		return
	case <-ctx.Done():
	}
	p.Send(ui.ShutdownMsg{})
	t := time.NewTimer(shutdownGrace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		kill()
	}
}

// isTerminal reports whether w is a terminal the UI can draw on.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// dropSameSizeResize filters out a resize to the size the program already
// has. Opening a form asks for the size again, and Bubble Tea v2 redraws
// the whole screen on every resize message, so this halves what opening
// the editor sends to the terminal.
func dropSameSizeResize() func(tea.Model, tea.Msg) tea.Msg {
	var w, h int // this program's last size; the filter runs on its event loop only
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		if ws, ok := msg.(tea.WindowSizeMsg); ok {
			if ws.Width == w && ws.Height == h {
				return nil
			}
			w, h = ws.Width, ws.Height
		}
		return msg
	}
}

// tuiTheme picks dark or light: the --theme flag, else the settings file,
// else "" (ask the terminal; dark when it does not answer).
func (a *app) tuiTheme(cmd *cobra.Command, flag string) (string, error) {
	choice := strings.ToLower(strings.TrimSpace(flag))
	if choice == "" {
		s, err := a.Settings()
		if err != nil {
			return "", err
		}
		choice = s.UI.Theme
	}
	switch choice {
	case "", storage.ThemeAuto:
		return "", nil
	case storage.ThemeDark, storage.ThemeLight:
		return choice, nil
	}
	return "", usageErrorf(cmd, "there is no theme %q; use dark, light or auto", flag)
}

// tuiDeps opens what the UI works on and wraps it in the UI's interfaces.
func (a *app) tuiDeps(theme string) (ui.Deps, error) {
	store, err := a.Store()
	if err != nil {
		return ui.Deps{}, err
	}
	if _, err := a.Settings(); err != nil {
		return ui.Deps{}, err
	}
	creds, err := a.Credentials()
	if err != nil {
		return ui.Deps{}, err
	}
	paths, err := a.Paths()
	if err != nil {
		return ui.Deps{}, err
	}
	conn := &connections{providers: a.providers, getenv: a.getenv, settingsFile: paths.SettingsFile(), creds: creds, hosts: a.hosts}
	return ui.Deps{
		Drafts:         draftStore{store},
		Pushes:         pushStarter{store},
		Links:          store,
		Index:          draftStore{store},
		History:        store,
		Providers:      newProviderSet(conn),
		Settings:       &providerSettings{conn: conn},
		Secrets:        creds,
		Getenv:         a.getenv,
		Theme:          theme,
		ExternalEditor: true,
		Player:         newSamplePlayer(),
		Environments:   tuiEnvironments{a: a, conn: conn},
		TestIDs:        testIDs(paths),
	}, nil
}

// draftStore gives the UI the drafts folder.
type draftStore struct{ s *storage.Store }

func (d draftStore) List() ([]ui.DraftEntry, error) {
	entries, err := d.s.List()
	if err != nil {
		return nil, err
	}
	return uiEntries(entries), nil
}

// FolderStamp lets the drafts screen notice a folder changed under it.
func (d draftStore) FolderStamp() (string, error) { return d.s.FolderStamp() }

// Recent gives the first frame the newest drafts the index knows.
func (d draftStore) Recent(n int) ([]ui.DraftEntry, int, bool) {
	entries, total, ok := d.s.Recent(n)
	return uiEntries(entries), total, ok
}

func uiEntries(entries []storage.Entry) []ui.DraftEntry {
	out := make([]ui.DraftEntry, len(entries))
	for i, e := range entries {
		out[i] = ui.DraftEntry{ID: e.ID, Name: e.Name, Provider: e.Provider, Status: e.Status, Updated: e.Updated, Path: e.Path, Damaged: e.Damaged, RemoteID: e.RemoteID}
		if len(e.Envs) > 1 { // the drafts list shows environments only then
			out[i].Envs = make([]ui.DraftEnv, len(e.Envs))
			for k, env := range e.Envs {
				out[i].Envs[k] = ui.DraftEnv{Name: env.Name, State: env.State}
			}
		}
	}
	return out
}

func (d draftStore) Load(id string) (agent.Draft, error) { return d.s.Load(id) }
func (d draftStore) Save(dr *agent.Draft) error          { return d.s.Save(dr) }
func (d draftStore) SaveCopy(dr *agent.Draft, name string) (agent.Draft, error) {
	return d.s.SaveCopy(dr, name)
}
func (d draftStore) Delete(id string) error { return d.s.Delete(id) }

func (d draftStore) Trash() ([]ui.TrashEntry, error) {
	entries, err := d.s.Trash()
	if err != nil {
		return nil, err
	}
	out := make([]ui.TrashEntry, len(entries))
	for i, e := range entries {
		out[i] = ui.TrashEntry{Key: e.Key, ID: e.ID, Name: e.Name, Provider: e.Provider, Deleted: e.Deleted, Path: e.Path, Damaged: e.Damaged}
	}
	return out, nil
}

// Restore names the version by its file, which no other version shares.
func (d draftStore) Restore(e ui.TrashEntry) error {
	_, err := d.s.Restore(e.Path)
	return err
}
