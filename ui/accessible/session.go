// Package accessible is agentdeck for screen readers and plain terminals:
// the same drafts, editor and push as the terminal UI, asked as one plain
// question after another instead of drawn on a full screen (see Run).
package accessible

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/agentdeck/agentdeck/ui"
	"github.com/agentdeck/agentdeck/ui/theme"
)

// errInputEnded stops the accessible session when its input closes.
var errInputEnded = errors.New("the input ended")

// Run is agentdeck for screen readers and plain terminals: one
// question at a time, answered by typing, with nothing redrawn. huh's
// accessible mode works only for a form run on its own (not inside a Bubble
// Tea program), so this is a sequence of such forms rather than the
// full-screen UI in another dress.
//
// It covers: the drafts list (damaged drafts named with their reason);
// making a draft (template, provider, name); every editor section with the
// fields the draft's provider carries, each read out first with its value
// and its one-line help (huh's prompts give only the field's name); the lists
// of a section and the lists inside their items (add, change, move,
// remove); switching the provider after hearing what would not carry over;
// renaming, copying and deleting a draft, and restoring one from the trash;
// the review (problems, the requests with secrets masked, what changes on
// the remote agent) and the submit with its steps and result; trying the
// pushed agent in text (typed lines or a simulated caller) and running the
// draft's tests; pulling an
// agent from a provider; long choice lists narrowed by typing part of a
// name; and the settings of each provider (API key, base URL, ids), with
// a connection test worded as the settings screen words it. Every answer
// is saved as soon as a section or item is done; a save refused because
// another session saved first asks whether to reload or keep a copy.
// Pressing enter keeps a field's current value. Output carries no colour or
// cursor codes.
func Run(ctx context.Context, deps ui.Deps, in io.Reader, out io.Writer) error {
	reader, lines, tty := newLineReader(in)
	s := &plainSession{
		ctx:   ctx,
		deps:  deps,
		in:    reader,
		lines: lines,
		tty:   tty,
		// No styling reaches a plain terminal, and no control character
		// that outside text (a name, a message) carried either.
		out:   &colorprofile.Writer{Forward: termsafe.NewWriter(out), Profile: colorprofile.NoTTY},
		theme: theme.New(deps.Theme != "light"),
		keys:  ui.DefaultKeyMap().HuhKeyMap(),
	}
	err := s.drafts()
	if errors.Is(err, errInputEnded) {
		return nil
	}
	return err
}

// plainSession is one accessible run.
type plainSession struct {
	ctx   context.Context
	deps  ui.Deps
	in    io.Reader
	lines *lineReader // in, or what in wraps: it knows when input ended
	tty   bool        // in is a terminal, so secrets can be typed unseen
	out   io.Writer
	theme *theme.Theme
	keys  *huh.KeyMap
}

func (s *plainSession) say(format string, args ...any) {
	_, _ = fmt.Fprintf(s.out, format+"\n", args...)
}

// run asks the questions of a form, in accessible mode.
func (s *plainSession) run(f *huh.Form) (err error) {
	if err := s.ctx.Err(); err != nil {
		return err
	}
	defer func() {
		// huh's accessible select indexes its options with what it read;
		// at the end of input, after an answer out of range, that is -1.
		// The end of input ends the session; any other panic is a bug.
		if r := recover(); r != nil {
			if !s.lines.eof {
				panic(r)
			}
			err = errInputEnded
		}
	}()
	err = f.WithAccessible(true).WithInput(s.in).WithOutput(s.out).
		WithTheme(s.theme.Huh()).WithKeyMap(s.keys).WithShowHelp(false).Run()
	switch {
	case s.lines.eof:
		return errInputEnded
	case err != nil:
		return err
	}
	s.say("")
	return s.ctx.Err()
}

// choose asks for one of options and returns its index.
// chooseProvider asks title with one option per provider, then Back; ok is
// false for Back, an error, or a build with no providers, which it says it
// has none to do (what: "pull from").
func (s *plainSession) chooseProvider(title, what string) (info agent.ProviderInfo, ok bool, err error) {
	infos := s.deps.Providers.List()
	if len(infos) == 0 {
		s.say("This build of agentdeck has no providers to %s.", what)
		return agent.ProviderInfo{}, false, nil
	}
	opts := make([]string, 0, len(infos)+1)
	for _, p := range infos {
		opts = append(opts, p.Name)
	}
	i, err := s.choose(title, append(opts, "Back"))
	if err != nil || i == len(infos) {
		return agent.ProviderInfo{}, false, err
	}
	return infos[i], true, nil
}

func (s *plainSession) choose(title string, options []string) (int, error) {
	opts := make([]huh.Option[int], len(options))
	for i, o := range options {
		opts[i] = huh.NewOption(o, i)
	}
	choice := 0
	err := s.run(huh.NewForm(huh.NewGroup(huh.NewSelect[int]().Title(title).Options(opts...).Value(&choice))))
	return choice, err
}

// drafts is the top of the session: the list of drafts and what to do.
func (s *plainSession) drafts() error {
	s.say("agentdeck, accessible mode. Type the number of your choice and press enter; enter alone keeps the current value.")
	if !s.tty {
		s.say("The input is not a terminal, so questions about keys and other secrets are skipped.")
	}
	for {
		entries, err := s.deps.Drafts.List()
		if err != nil {
			s.say("Could not read the drafts folder: %s", ui.ErrText(err))
			return err
		}
		rows := ui.SortedDrafts(entries)
		var opts []string
		for _, r := range rows {
			opts = append(opts, s.draftLine(r))
		}
		newAt := len(opts)
		opts = append(opts, "Make a new draft", "Pull an agent from a provider")
		// The trash is offered only when it holds something, so the
		// numbers of settings and quit stay put for most sessions.
		trashAt := -1
		if trashed, terr := s.deps.Drafts.Trash(); terr == nil && len(trashed) > 0 {
			trashAt = len(opts)
			opts = append(opts, fmt.Sprintf("Deleted drafts (%s in the trash)", ui.Plural(len(trashed), "draft", "drafts")))
		}
		settingsAt := len(opts)
		opts = append(opts, "Settings", "Quit")
		if len(rows) == 0 {
			s.say("You have no drafts yet. Make a new one, or bring one in with: agentdeck import FILE --provider P.")
		}
		i, err := s.choose(fmt.Sprintf("Drafts: %s", ui.Plural(len(rows), "draft", "drafts")), opts)
		if err != nil {
			return err
		}
		switch {
		case i < newAt:
			err = s.openDraft(rows[i])
		case i == newAt:
			err = s.newDraft(entries)
		case i == newAt+1:
			err = s.pull()
		case i == trashAt:
			err = s.trash()
		case i == settingsAt:
			err = s.settings()
		default:
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func (s *plainSession) draftLine(e ui.DraftEntry) string {
	if e.Damaged != "" {
		return fmt.Sprintf("%s: damaged, cannot be read (%s)", e.Name, e.Damaged)
	}
	when := ui.WhenText(e.Updated, s.now())
	return fmt.Sprintf("%s, for %s, %s, last edit %s", e.Name, s.providerName(e.Provider), ui.DraftStatus(e), when)
}

func (s *plainSession) now() time.Time {
	if s.deps.Now != nil {
		return s.deps.Now()
	}
	return time.Now()
}

func (s *plainSession) providerName(id string) string {
	for _, p := range s.deps.Providers.List() {
		if p.ID == id {
			return p.Name
		}
	}
	return id
}

func (s *plainSession) openDraft(e ui.DraftEntry) error {
	if e.Damaged != "" {
		s.say("This draft file cannot be read (%s). It is left as it is at %s.", e.Damaged, e.Path)
		return nil
	}
	d, err := s.deps.Drafts.Load(e.ID)
	if err != nil {
		s.say("Could not open the draft: %s", ui.ErrText(err))
		return nil
	}
	return s.editDraft(d)
}

// newDraft asks the wizard's three questions, saves the draft and opens it.
func (s *plainSession) newDraft(entries []ui.DraftEntry) error {
	infos := s.deps.Providers.List()
	if len(infos) == 0 {
		s.say("This build of agentdeck has no providers to make a draft for.")
		return nil
	}
	taken := map[string]bool{}
	for _, e := range entries {
		taken[strings.ToLower(strings.TrimSpace(e.Name))] = true
	}
	template, provider, name := agent.Templates[0].ID, infos[0].ID, ""
	// The name field asks again until it is right; if the input ends
	// first, the check below still stops an empty name.
	groups := ui.WizardFields(&template, &provider, &name, infos, taken)
	if err := s.run(huh.NewForm(groups...)); err != nil {
		return err
	}
	check := ui.NameCheck(taken)
	for check(name) != nil {
		s.say("%s.", ui.SentenceCase(check(name).Error()))
		name = ""
		if err := s.run(huh.NewForm(huh.NewGroup(huh.NewInput().Title("Name").Value(&name)))); err != nil {
			return err
		}
	}
	d := ui.DraftFromTemplate(s.deps.Providers, template, provider, name, s.now())
	if err := s.deps.Drafts.Save(&d); err != nil {
		s.say("Could not save the new draft: %s", ui.ErrText(err))
		return nil
	}
	s.say("Created %s. Every change is saved as soon as you finish a section.", ui.Quote(d.Name))
	return s.editDraft(d)
}
