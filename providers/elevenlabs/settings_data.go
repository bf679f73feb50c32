package elevenlabs

// ElevenLabs' settings tables are data: settingsdata/*.json, drafted by
// scripts/elevenlabs/gen_settings.py from the OpenAPI schema and reviewed by
// hand. They are read once, the first time something asks for them, so a
// program that never touches ElevenLabs never decodes them. (JSON, not
// YAML: the YAML decoder took 16 ms for them, encoding/json a few.)
//
// Each file holds some of these parts; all files are read, in name order:
//
//	settings        the settings, in the order they are shown
//	builtin_slots   the built-in tools, in the order they are shown
//	builtin_common  the rows every built-in tool has, relative to the tool
//	builtin_own     a built-in tool's own rows, by tool
//	shared          runs of rows that more than one list holds, by name
//	groups          {prefix, section, title}: a setting's section and page,
//	                by the start of its path; the first that fits wins
//	model_wires     {wire, path}: documented paths the neutral model edits
//	nested_wires    {wire, read_only}: paths in a list inside a list
//
// A row is a setting (key, wire, kind, label, help, the FieldSpec's fields
// in snake case, choices as [value, label] pairs, read_only, undocumented,
// keyed_by, items: the rows of each record), or {"use": name}, the shared
// run of that name, or {"each": [names], "rows": [...]}, rows that hold
// {name}, {Words} and {words}, once per name (see eachNamed). An unknown
// field is an error.

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sync"

	"github.com/agentdeck/agentdeck/agent"
)

//go:embed settingsdata/*.json
var settingsFiles embed.FS

// settingRow is one row of a list of settings, as written.
type settingRow struct {
	Key          string     `json:"key,omitempty"`
	Wire         string     `json:"wire,omitempty"`
	Kind         string     `json:"kind,omitempty"`
	Label        string     `json:"label,omitempty"`
	Choices      [][]string `json:"choices,omitempty"`
	Closed       bool       `json:"closed,omitempty"`
	Min          *float64   `json:"min,omitempty"`
	Max          *float64   `json:"max,omitempty"`
	MaxLen       int        `json:"max_len,omitempty"`
	MaxItems     int        `json:"max_items,omitempty"`
	Pattern      string     `json:"pattern,omitempty"`
	PatternHint  string     `json:"pattern_hint,omitempty"`
	Default      string     `json:"default,omitempty"`
	Live         bool       `json:"live,omitempty"`
	Note         string     `json:"note,omitempty"`
	ReadOnly     string     `json:"read_only,omitempty"`
	Undocumented bool       `json:"undocumented,omitempty"`
	KeyedBy      string     `json:"keyed_by,omitempty"`
	Help         string     `json:"help,omitempty"`
	Use          string     `json:"use,omitempty"`
	Each         []string   `json:"each,omitempty"`

	Items []settingRow `json:"items,omitempty"`
	Rows  []settingRow `json:"rows,omitempty"`
}

// settingsFile is one file of settingsdata/.
type settingsFile struct {
	Settings      []settingRow            `json:"settings,omitempty"`
	BuiltinSlots  []string                `json:"builtin_slots,omitempty"`
	BuiltinCommon []settingRow            `json:"builtin_common,omitempty"`
	BuiltinOwn    map[string][]settingRow `json:"builtin_own,omitempty"`
	Shared        map[string][]settingRow `json:"shared,omitempty"`
	Groups        []groupRow              `json:"groups,omitempty"`
	ModelWires    []wireRow               `json:"model_wires,omitempty"`
	NestedWires   []wireRow               `json:"nested_wires,omitempty"`
}

type groupRow struct {
	Prefix  string `json:"prefix"`
	Section string `json:"section"`
	Title   string `json:"title"`
}

type wireRow struct {
	Wire     string `json:"wire"`
	Path     string `json:"path,omitempty"`
	ReadOnly string `json:"read_only,omitempty"`
}

// settingsDataTables is what settingsdata/ holds, ready to use. Its slices
// are clipped, so appending to one never writes into the shared table.
type settingsDataTables struct {
	settings                []agent.Setting
	builtinSlots            []string
	builtinCommon           []agent.Setting
	builtinOwn              map[string][]agent.Setting
	groups                  []settingGroup
	modelWires, nestedWires []agent.WireField
}

// settingsData decodes the tables the first time it is called. The files
// are embedded and checked by the tests, so a failure is a broken build.
var settingsData = sync.OnceValue(func() settingsDataTables {
	t, err := decodeSettingTables(settingsFiles)
	if err != nil {
		panic("elevenlabs: settingsdata: " + err.Error())
	}
	return t
})

var kinds = map[string]agent.Kind{
	"text": agent.KindText, "long_text": agent.KindLongText, "number": agent.KindNumber, "integer": agent.KindInteger,
	"bool": agent.KindBool, "choice": agent.KindChoice, "list": agent.KindList, "items": agent.KindItems,
}

func decodeSettingTables(fsys fs.FS) (settingsDataTables, error) {
	all, err := readSettingsFiles(fsys)
	if err != nil {
		return settingsDataTables{}, err
	}
	b := rowBuilder{shared: all.Shared, using: map[string]bool{}}
	out := settingsDataTables{
		settings:      b.rows(all.Settings),
		builtinSlots:  slices.Clip(all.BuiltinSlots),
		builtinCommon: b.rows(all.BuiltinCommon),
		builtinOwn:    make(map[string][]agent.Setting, len(all.BuiltinOwn)),
		groups:        make([]settingGroup, 0, len(all.Groups)),
		modelWires:    documentedWires(all.ModelWires),
		nestedWires:   documentedWires(all.NestedWires),
	}
	for slot, rows := range all.BuiltinOwn {
		if !slices.Contains(out.builtinSlots, slot) {
			b.fail(fmt.Errorf("builtins: own settings of %q, which is not a slot", slot))
		}
		out.builtinOwn[slot] = b.rows(rows)
	}
	for _, g := range all.Groups {
		if !slices.ContainsFunc(agent.Sections, func(s agent.Section) bool { return s.ID == g.Section }) {
			b.fail(fmt.Errorf("group %s: no section %q", g.Prefix, g.Section))
		}
		out.groups = append(out.groups, settingGroup{prefix: g.Prefix, section: g.Section, title: g.Title})
	}
	return out, b.err
}

// readSettingsFiles reads every file of settingsdata/ in name order (the
// settings are shown in that order) into one.
func readSettingsFiles(fsys fs.FS) (settingsFile, error) {
	names, err := fs.Glob(fsys, "settingsdata/*.json")
	if err != nil {
		return settingsFile{}, err
	}
	all := settingsFile{Shared: map[string][]settingRow{}}
	for _, name := range names {
		f, err := decodeSettingsFile(fsys, name)
		if err != nil {
			return settingsFile{}, fmt.Errorf("%s: %w", name, err)
		}
		all.Settings = append(all.Settings, f.Settings...)
		if f.BuiltinSlots != nil || f.BuiltinCommon != nil || f.BuiltinOwn != nil {
			if all.BuiltinSlots != nil {
				return settingsFile{}, fmt.Errorf("%s: built-in tools written twice", name)
			}
			all.BuiltinSlots, all.BuiltinCommon, all.BuiltinOwn = f.BuiltinSlots, f.BuiltinCommon, f.BuiltinOwn
		}
		for k, rows := range f.Shared {
			if _, dup := all.Shared[k]; dup {
				return settingsFile{}, fmt.Errorf("%s: shared rows %q written twice", name, k)
			}
			all.Shared[k] = rows
		}
		all.Groups = append(all.Groups, f.Groups...)
		all.ModelWires = append(all.ModelWires, f.ModelWires...)
		all.NestedWires = append(all.NestedWires, f.NestedWires...)
	}
	if all.BuiltinSlots == nil {
		return settingsFile{}, errors.New("no built-in tools")
	}
	return all, nil
}

func documentedWires(rows []wireRow) []agent.WireField {
	out := make([]agent.WireField, 0, len(rows))
	for _, w := range rows {
		out = append(out, agent.WireField{Wire: w.Wire, Path: w.Path, ReadOnly: w.ReadOnly})
	}
	return out
}

// decodeSettingsFile reads one file strictly: a key the format does not
// know is an error, not a setting silently lost.
func decodeSettingsFile(fsys fs.FS, name string) (settingsFile, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return settingsFile{}, err
	}
	var f settingsFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return settingsFile{}, err
	}
	if dec.More() {
		return settingsFile{}, errors.New("more than one value")
	}
	return f, nil
}

// rowBuilder turns rows as written into settings, keeping the first
// problem it meets.
type rowBuilder struct {
	shared map[string][]settingRow
	using  map[string]bool // shared runs being spelt out, to refuse a loop
	err    error
}

func (b *rowBuilder) fail(err error) {
	if b.err == nil {
		b.err = err
	}
}

func (b *rowBuilder) rows(rows []settingRow) []agent.Setting {
	parts := make([][]agent.Setting, 0, len(rows))
	for _, r := range rows {
		switch {
		case r.Use != "":
			shared, ok := b.shared[r.Use]
			if !ok || b.using[r.Use] || r.Key != "" || r.Each != nil {
				b.fail(fmt.Errorf("use %q: no such shared rows, a loop, or more than use in the row", r.Use))
				continue
			}
			b.using[r.Use] = true
			parts = append(parts, b.rows(shared))
			delete(b.using, r.Use)
		case r.Each != nil:
			if r.Key != "" || len(r.Rows) == 0 {
				b.fail(fmt.Errorf("each %v: rows only, and at least one", r.Each))
				continue
			}
			parts = append(parts, eachNamed(b.rows(r.Rows), r.Each...))
		default:
			parts = append(parts, []agent.Setting{b.setting(r)})
		}
	}
	return slices.Clip(joinRows(parts...))
}

func (b *rowBuilder) setting(r settingRow) agent.Setting {
	kind, ok := kinds[r.Kind]
	if !ok || r.Key == "" || r.Rows != nil {
		b.fail(fmt.Errorf("setting %q: kind %q unknown, no key, or rows outside each", r.Key, r.Kind))
	}
	s := agent.Setting{
		Key: r.Key, Wire: r.Wire, Kind: kind, Label: r.Label, Help: r.Help,
		Spec: agent.FieldSpec{
			Closed: r.Closed, Live: r.Live, Min: r.Min, Max: r.Max, MaxLen: r.MaxLen, MaxItems: r.MaxItems,
			Pattern: r.Pattern, PatternHint: r.PatternHint, Default: r.Default, Note: r.Note,
		},
		ReadOnly: r.ReadOnly, Undocumented: r.Undocumented, KeyedBy: r.KeyedBy,
	}
	if len(r.Choices) > 0 {
		pairs := make([]string, 0, 2*len(r.Choices))
		for _, c := range r.Choices {
			if len(c) != 2 {
				b.fail(fmt.Errorf("setting %q: choice %q is not a value and a label", r.Key, c))
				continue
			}
			pairs = append(pairs, c...)
		}
		s.Spec.Choices = ch(pairs...)
	}
	if r.Items != nil {
		s.Items = b.rows(r.Items)
	}
	return s
}
