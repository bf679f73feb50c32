package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/agentdeck/agentdeck/storage"
)

var listDoc = commandDoc{
	use:   "list [--trash] [--json]",
	short: "List the drafts, one per line",
	long: "List the drafts, most recently changed first: id, status, provider, last change, name.\n" +
		"Status is new (never pushed or pulled), pulled (as pulled, never pushed from here),\n" +
		"pushed, changed (since the last push or pull), error (a push did not finish)\n" +
		"or damaged (the file cannot be read; the reason is shown in place of the name).\n" +
		"When a draft has environments (push --env), an ENVS column shows each with where it\n" +
		"stands: ✓ in step, • changed since push, ○ never pushed, ? a push did not finish;\n" +
		"+2 counts those that do not fit, and --json lists them all.\n" +
		"On a terminal the list starts with a header row; piped, it does not.\n\n" +
		"With --trash, list the deleted drafts instead, most recently deleted first:\n" +
		"key, provider, when deleted, name. 'agentdeck restore KEY' brings one back.",
}

func newListCommand(a *app) *cobra.Command {
	var asJSON, trash bool
	cmd := listDoc.build(noArgs, func(*cobra.Command, []string) error {
		if trash {
			return a.listTrash(asJSON)
		}
		return a.list(asJSON)
	})
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the list as JSON, for scripts")
	cmd.Flags().BoolVar(&trash, "trash", false, "list the deleted drafts, which restore can bring back")
	return cmd
}

// listedDraft is one draft in `list --json`.
type listedDraft struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Provider string    `json:"provider"`
	Status   string    `json:"status"`
	RemoteID string    `json:"remote_id,omitempty"`
	Updated  time.Time `json:"updated,omitzero"`
	Path     string    `json:"path"`
	Damaged  string    `json:"damaged,omitempty"`
	// Environments is each environment and where it stands, the default
	// first; left out for a damaged file.
	Environments []listedEnv `json:"environments,omitempty"`
}

func (a *app) list(asJSON bool) error {
	// `list` is a short run whose memory is the list itself, all of it
	// live until printed: collecting garbage along the way only costs time
	// (a sixth of it at 100,000 drafts). The collector still runs if the
	// heap passes a bound far above what even 100,000 drafts take.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(listMemoryLimit))
	store, err := a.Store()
	if err != nil {
		return err
	}
	entries, err := store.List()
	if err != nil {
		return fail("Could not list the drafts.", err)
	}
	if asJSON {
		return printJSONEach(a, entries, func(e storage.Entry) listedDraft {
			return listedDraft{
				ID: e.ID, Name: e.Name, Provider: e.Provider, Status: e.Status,
				RemoteID: e.RemoteID, Updated: e.Updated, Path: e.Path, Damaged: e.Damaged,
				Environments: listedEnvs(e.Envs),
			}
		})
	}
	if len(entries) == 0 {
		a.noteln("There are no drafts yet. Make one with: agentdeck new NAME --provider P")
		return nil
	}
	rows, damaged := listRows(entries, a.stdoutIsTerminal())
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	writeColumns(out, rows)
	if err := out.Flush(); err != nil {
		return err
	}
	if damaged > 0 {
		a.notef("%d draft file(s) cannot be read and were left as they are; fix or remove them (folder: %s).\n", damaged, store.Dir())
	}
	return nil
}

// listRows makes the rows `list` prints, with a header row for a person
// reading a terminal, and counts the damaged files.
func listRows(entries []storage.Entry, header bool) (rows [][listColumns + 1]string, damaged int) {
	rows = make([][listColumns + 1]string, 0, len(entries)+1)
	// The environments column is there only when a draft has one besides
	// the default; without it the list is as it always was.
	envs := hasNamedEnvs(entries)
	if header {
		envsHead := ""
		if envs {
			envsHead = "ENVS"
		}
		rows = append(rows, [listColumns + 1]string{"ID", "STATUS", "PROVIDER", envsHead, "LAST CHANGE", "NAME"})
	}
	var stamps minuteStamps
	for _, e := range entries {
		if e.Damaged != "" {
			damaged++
			cell := ""
			if envs {
				cell = "-"
			}
			rows = append(rows, [listColumns + 1]string{e.ID, e.Status, "-", cell, "-", "(cannot be read: " + termsafe.OneLine(e.Damaged) + ")"})
			continue
		}
		cell := ""
		if envs {
			cell = termsafe.OneLine(envCell(e.Envs))
		}
		rows = append(rows, [listColumns + 1]string{e.ID, e.Status, termsafe.OneLine(e.Provider), cell, stamps.format(e.Updated), termsafe.OneLine(e.Name)})
	}
	return rows, damaged
}

// table prints rows as aligned columns, with a header row when a person
// reads stdout on a terminal; piped, the output is the rows alone, so
// scripts need not skip a line.
func (a *app) table(header []string, rows func(w io.Writer)) error {
	// tabwriter writes each cell on its own; buffering turns 10,000 drafts
	// into a few writes instead of 100,000 (0.3 s down to a few ms).
	out := bufio.NewWriter(a.stdout)
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	// Rows write into the buffer, which keeps the first error for Flush.
	if a.stdoutIsTerminal() {
		_, _ = fmt.Fprintln(w, strings.Join(header, "\t"))
	}
	rows(w)
	if err := w.Flush(); err != nil {
		return err
	}
	return out.Flush()
}

func (a *app) printJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printJSONEach prints entries as one JSON array (an empty one for none),
// each entry as the JSON form asJSON makes of it.
func printJSONEach[E, J any](a *app, entries []E, asJSON func(E) J) error {
	out := make([]J, 0, len(entries))
	for _, e := range entries {
		out = append(out, asJSON(e))
	}
	return a.printJSON(out)
}

// listMemoryLimit is the heap at which `list` collects garbage after all
// (about 90 MB at 100,000 drafts).
const listMemoryLimit = 512 << 20

// listColumns is how many columns `list` aligns; the name, last, is not.
// A column empty in every row (the environments, in a folder without any)
// is left out.
const listColumns = 5

// writeColumns writes rows as text/tabwriter would with padding 2 and
// spaces (every column as wide as its widest cell, in characters, plus
// two), without keeping every cell of 100,000 rows in its own buffer: the
// lines are appended to one buffer, written out every 64 KB.
func writeColumns(w io.Writer, rows [][listColumns + 1]string) {
	var width [listColumns]int
	for _, r := range rows {
		for c := range listColumns {
			width[c] = max(width[c], utf8.RuneCountInString(r[c]))
		}
	}
	pad := strings.Repeat(" ", slices.Max(width[:])+2)
	const chunk = 64 << 10
	buf := make([]byte, 0, chunk+4<<10)
	for _, r := range rows {
		for c := range listColumns {
			if width[c] == 0 {
				continue
			}
			buf = append(buf, r[c]...)
			buf = append(buf, pad[:width[c]-utf8.RuneCountInString(r[c])+2]...)
		}
		buf = append(buf, r[listColumns]...)
		buf = append(buf, '\n')
		if len(buf) >= chunk {
			_, _ = w.Write(buf)
			buf = buf[:0]
		}
	}
	_, _ = w.Write(buf)
}

// minuteStamps formats times as the list shows them, in local time to the
// minute. The list is newest first, so neighbours mostly share a minute:
// the text is made once per minute, not once per draft.
type minuteStamps struct {
	from, to int64 // the Unix seconds text stands for, [from, to)
	text     string
}

func (m *minuteStamps) format(t time.Time) string {
	sec := t.Unix()
	if m.text != "" && sec >= m.from && sec < m.to {
		return m.text
	}
	local := t.Local()
	m.text = local.Format("2006-01-02 15:04")
	// The minute started Second() seconds ago on the local clock. Zones
	// change on whole minutes, so none changes inside [from, to).
	m.from = sec - int64(local.Second())
	m.to = m.from + 60
	if _, offset := local.Zone(); offset%60 != 0 {
		m.to = m.from // offsets of odd seconds (old local mean times): no reuse
	}
	return m.text
}
