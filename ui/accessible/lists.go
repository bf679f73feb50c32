package accessible

import (
	"errors"
	"fmt"
	"io"

	"github.com/charmbracelet/x/term"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui"
)

// changeLists asks, until "No, go on", which of the section's lists to
// change: one menu rather than a question per list, as ElevenLabs' Tools
// has a dozen. It offers the lists the editor's sidebar shows
// (forms.ListInfo.Offered).
func (s *plainSession) changeLists(pd *plainDraft, section string, more bool) error {
	for {
		var offered []forms.ListInfo
		opts := []string{"No, go on"}
		for _, l := range forms.Lists(section, pd.caps) {
			n := len(forms.Items(l.ID, &pd.d.Agent))
			if !l.Offered(n, more) {
				continue
			}
			offered = append(offered, l)
			opts = append(opts, l.Title+": "+ui.Plural(n, "entry", "entries"))
		}
		if len(offered) == 0 {
			return nil
		}
		i, err := s.choose("Change a list of "+agent.SectionTitle(section)+"?", opts)
		if err != nil || i == 0 {
			return err
		}
		if err := s.editList(pd, offered[i-1]); err != nil {
			return err
		}
	}
}

// editList offers a list's items: change one, add one, or go back.
func (s *plainSession) editList(pd *plainDraft, l forms.ListInfo) error {
	for {
		items := forms.Items(l.ID, &pd.d.Agent)
		opts := make([]string, 0, len(items)+2)
		for i, it := range items {
			opts = append(opts, fmt.Sprintf("Item %d: %s", i+1, it))
		}
		opts = append(opts, "Add one", "Done with "+l.Title)
		i, err := s.choose(l.Title+". "+l.Help, opts)
		if err != nil {
			return err
		}
		switch {
		case i < len(items):
			err = s.editItem(pd, l, i)
		case i == len(items):
			if l.Max > 0 && len(items) >= l.Max {
				s.say("%s takes at most %d here.", pd.provider.Info().Name, l.Max)
				continue
			}
			n, aerr := forms.AddItem(l.ID, &pd.d.Agent)
			if aerr != nil {
				s.say("%s", ui.SentenceCase(aerr.Error()))
				continue
			}
			err = s.itemForm(pd, l, n)
		default:
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// editItem offers what can be done with one item.
func (s *plainSession) editItem(pd *plainDraft, l forms.ListInfo, i int) error {
	n := len(forms.Items(l.ID, &pd.d.Agent))
	subs := forms.ItemLists(l.ID, i, pd.caps)
	opts := []string{"Change it"}
	for _, sub := range subs {
		opts = append(opts, "Its "+sub.Title)
	}
	opts = append(opts, "Move it up", "Move it down", "Remove it", "Back")
	c, err := s.choose(fmt.Sprintf("Item %d of %s", i+1, l.Title), opts)
	if err != nil {
		return err
	}
	switch {
	case c == 0:
		return s.itemForm(pd, l, i)
	case c <= len(subs):
		return s.editList(pd, subs[c-1])
	}
	switch opts[c] {
	case "Move it up", "Move it down":
		to := i - 1
		if opts[c] == "Move it down" {
			to = i + 1
		}
		if to < 0 || to >= n {
			s.say("It is already at that end of the list.")
			return nil
		}
		if err := forms.MoveItem(l.ID, &pd.d.Agent, i, to); err != nil {
			s.say("%s", ui.SentenceCase(err.Error()))
			return nil
		}
		return s.save(pd)
	case "Remove it":
		if err := forms.RemoveItem(l.ID, &pd.d.Agent, i); err != nil {
			s.say("%s", ui.SentenceCase(err.Error()))
			return nil
		}
		return s.save(pd)
	}
	return nil
}

// itemForm asks one item's questions and saves.
func (s *plainSession) itemForm(pd *plainDraft, l forms.ListInfo, i int) error {
	sec := forms.NewItem(l.ID, i, &pd.d.Agent, pd.caps, s.formOptions(pd))
	s.describe(pd, sec)
	err := sec.RunPages(s.run)
	if err != nil && !errors.Is(err, errInputEnded) {
		return err
	}
	return errors.Join(s.keep(pd, sec), err)
}

// lineReader hands out its input one line per Read, so the many scanners
// huh's accessible prompts create never read past the answer they asked
// for, and records the end of input, which huh does not report.
type lineReader struct {
	r   io.Reader
	eof bool
}

func (l *lineReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		var b [1]byte
		m, err := l.r.Read(b[:])
		if m == 1 {
			p[n] = b[0]
			n++
			if b[0] == '\n' {
				return n, nil
			}
		}
		if err != nil {
			if err == io.EOF {
				l.eof = true
			}
			return n, err
		}
	}
	return n, nil
}

// ttyLineReader is a lineReader over a terminal. Its Fd lets huh read a
// secret without echoing it; over a pipe there is no Fd and huh skips
// secret fields, which the session says at its start.
type ttyLineReader struct {
	*lineReader
	fd uintptr
}

// Fd is the terminal's file descriptor.
func (t ttyLineReader) Fd() uintptr { return t.fd }

// newLineReader wraps in, keeping its terminal if it is one.
func newLineReader(in io.Reader) (io.Reader, *lineReader, bool) {
	l := &lineReader{r: in}
	if f, ok := in.(interface{ Fd() uintptr }); ok && term.IsTerminal(f.Fd()) {
		return ttyLineReader{lineReader: l, fd: f.Fd()}, l, true
	}
	return l, l, false
}
