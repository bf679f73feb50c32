package forms

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// A provider's own settings (agent.Setting) join each section's form after
// its common fields: the plain ones on pages titled by their group, the
// advanced ones behind one "More settings" switch, so the common form stays
// as short as it was.

// moreSettingsPath keys the "More settings" switch; it is no setting, so it
// is never written to the agent.
const moreSettingsPath = MoreSettingsPath

// MoreSettingsPath is the key of a section's "More settings" switch.
const MoreSettingsPath = "settings.#more"

// settingsPerPage keeps pages short: huh updates every field of the current
// group on every key.
const settingsPerPage = 5

// settingPages lays out the provider's settings of one section.
func settingPages(sectionID string, caps agent.Capabilities) (plain, advanced []page) {
	add := func(pages []page, s agent.Setting, when string) []page {
		path := agent.SettingPath(caps.Provider, s.Key)
		title := s.Group
		if title == "" {
			title = "More " + strings.ToLower(agent.SectionTitle(sectionID)) + " settings"
		}
		if n := len(pages); n > 0 && pages[n-1].title == title && len(pages[n-1].paths) < settingsPerPage {
			pages[n-1].paths = append(pages[n-1].paths, path)
			return pages
		}
		return append(pages, page{title: title, paths: []string{path}, when: when})
	}
	for _, s := range caps.Settings {
		if s.Section != sectionID || s.Kind == agent.KindItems {
			continue
		}
		if s.Advanced {
			advanced = add(advanced, s, moreSettingsPath)
		} else {
			plain = add(plain, s, "")
		}
	}
	return plain, advanced
}

// settingsPages adds the section's provider settings to the form.
func (b *builder) settingsPages(sectionID string) {
	plain, advanced := settingPages(sectionID, b.caps)
	for _, p := range plain {
		b.page(p)
	}
	if len(advanced) == 0 {
		return
	}
	b.moreSwitch()
	for _, p := range advanced {
		b.page(p)
	}
}

// moreSwitch adds the switch that shows the advanced settings.
func (b *builder) moreSwitch() {
	f := &field{
		path: moreSettingsPath,
		info: agent.FieldInfo{
			Path: moreSettingsPath, Label: "More settings",
			Help: "Show the settings people rarely change.", Kind: agent.KindBool,
		},
		slot: slot{
			plainBool: true,
			get:       func(*agent.Agent) string { return no },
			set:       func(*agent.Agent, string) error { return nil },
		},
		value: no,
	}
	b.widget(f)
	f.settle()
	b.s.fields = append(b.s.fields, f)
	b.s.byPath[f.path] = f
	g := huh.NewGroup(f.widget)
	if b.opt.Theme != nil {
		g.WithTheme(b.opt.Theme)
	}
	b.groups = append(b.groups, g)
}

// readOnlyNote shows a setting that cannot be edited here, with its value
// and the reason; nil for any other path.
func (b *builder) readOnlyNote(path string) huh.Field {
	s, ok := b.caps.Setting(path)
	if !ok || s.ReadOnly == "" {
		return nil
	}
	value := "not set"
	if sl, ok := settingSlot(b.caps, path, true); ok {
		if v := sl.get(b.a); v != "" {
			value = v
		}
	}
	n := huh.NewNote().Title(s.Label).Description(value + " — read-only: " + s.ReadOnly)
	if b.opt.Theme != nil {
		n.WithTheme(b.opt.Theme)
	}
	return n
}

// settingSlot reads and writes a provider setting, or one field of a
// record of a list setting, as the text a form shows. Read-only settings
// get one only when readOnly is asked for (to show their value).
func settingSlot(caps agent.Capabilities, path string, readOnly bool) (slot, bool) {
	provider, key, rest, ok := agent.SplitSettingPath(path)
	if !ok || provider != caps.Provider {
		return slot{}, false
	}
	s, ok := caps.Setting(path)
	if !ok || s.Kind == agent.KindItems || (s.ReadOnly != "" && !readOnly) {
		return slot{}, false
	}
	if rest == "" && s.Kind == agent.KindSecret {
		// Typed values go to Section.Secrets; only a reference reaches the
		// draft (SetSecretRef), and the form tells only whether one is set.
		return secretSlot(func(a *agent.Agent) *agent.SecretRef {
			v, _ := a.Settings.Get(provider, key)
			t, _ := agent.SettingText(v)
			ref := agent.SecretRef(t)
			return &ref
		}), true
	}
	if rest == "" {
		get := func(a *agent.Agent) any { v, _ := a.Settings.Get(provider, key); return v }
		put := func(a *agent.Agent, v any) { a.Settings = a.Settings.With(provider, key, v) }
		return valueSlot(s.Kind, get, put), true
	}
	steps, ok := recordSteps(rest)
	if !ok {
		return slot{}, false
	}
	if s.Kind == agent.KindSecret {
		// A secret field of a record: the same as a secret setting.
		return secretSlot(func(a *agent.Agent) *agent.SecretRef {
			v, _ := a.Settings.Get(provider, key)
			t, _ := agent.SettingText(valueAt(v, steps))
			ref := agent.SecretRef(t)
			return &ref
		}), true
	}
	get := func(a *agent.Agent) any {
		v, _ := a.Settings.Get(provider, key)
		return valueAt(v, steps)
	}
	put := func(a *agent.Agent, x any) {
		v, _ := a.Settings.Get(provider, key)
		if out, ok := withValueAt(v, steps, x); ok {
			a.Settings = a.Settings.With(provider, key, out)
		}
	}
	return valueSlot(s.Kind, get, put), true
}

// valueSlot converts between a setting's stored value and form text.
func valueSlot(k agent.Kind, get func(*agent.Agent) any, put func(*agent.Agent, any)) slot {
	switch k {
	case agent.KindNumber, agent.KindInteger:
		whole := k == agent.KindInteger
		return slot{
			get: func(a *agent.Agent) string {
				if f, ok := agent.SettingNumber(get(a)); ok {
					return formatFloat(f)
				}
				return ""
			},
			set: func(a *agent.Agent, v string) error {
				if v == "" {
					put(a, nil)
					return nil
				}
				if whole {
					n, err := strconv.Atoi(v)
					if err != nil {
						return errWhole
					}
					put(a, n)
					return nil
				}
				f, err := agent.ParseNumber(v)
				if err != nil {
					return errNumber
				}
				put(a, f)
				return nil
			},
		}
	case agent.KindBool:
		return slot{
			get: func(a *agent.Agent) string {
				b, ok := agent.SettingBool(get(a))
				switch {
				case !ok:
					return ""
				case b:
					return yes
				}
				return no
			},
			set: func(a *agent.Agent, v string) error {
				switch v {
				case "":
					put(a, nil)
				case yes, no:
					put(a, v == yes)
				default:
					return errYesNo
				}
				return nil
			},
		}
	case agent.KindList:
		return slot{
			get: func(a *agent.Agent) string { l, _ := agent.SettingList(get(a)); return strings.Join(l, ", ") },
			set: func(a *agent.Agent, v string) error {
				if l := splitList(v); len(l) > 0 {
					put(a, l)
				} else {
					put(a, nil)
				}
				return nil
			},
		}
	default:
		return slot{
			get: func(a *agent.Agent) string { t, _ := agent.SettingText(get(a)); return t },
			set: func(a *agent.Agent, v string) error {
				if v == "" {
					put(a, nil)
				} else {
					put(a, v)
				}
				return nil
			},
		}
	}
}

// settingLists are the lists of records among the provider's settings of
// one section.
func settingLists(sectionID string, caps agent.Capabilities) []ListInfo {
	var out []ListInfo
	for _, s := range caps.Settings {
		if s.Section == sectionID && s.Kind == agent.KindItems && s.ReadOnly == "" {
			out = append(out, ListInfo{ID: agent.SettingPath(caps.Provider, s.Key), Title: s.Label, Help: s.Help, Advanced: s.Advanced})
		}
	}
	return out
}

// settingItemPages lays out one record of a list setting.
func settingItemPages(list, prefix string, caps agent.Capabilities) []page {
	s, ok := caps.Setting(list)
	if !ok {
		return nil
	}
	var out []page
	for _, f := range s.Items {
		if f.Kind == agent.KindItems {
			continue // a list inside the record, edited as its own list (ItemLists)
		}
		if n := len(out); n > 0 && len(out[n-1].paths) < settingsPerPage && f.Kind != agent.KindLongText {
			out[n-1].paths = append(out[n-1].paths, prefix+"."+f.Key)
			continue
		}
		out = append(out, page{paths: []string{prefix + "." + f.Key}})
	}
	return out
}

// settingListRef is a list setting's records as a list of the editor. It
// needs no table: a record is summed up by its name, or its first text.
func settingListRef(list string, a *agent.Agent) (listRef, bool) {
	provider, key, rest, ok := agent.SplitSettingPath(list)
	if !ok {
		return listRef{}, false
	}
	// A list inside a record of a list setting is reached by steps.
	var steps []recordStep
	title := key
	if rest != "" {
		if steps, ok = recordSteps(rest); !ok {
			return listRef{}, false
		}
		title = steps[len(steps)-1].field
	}
	records := func() []map[string]any {
		v, _ := a.Settings.Get(provider, key)
		if steps != nil {
			v = valueAt(v, steps)
		}
		recs, _ := agent.SettingRecords(v)
		return recs
	}
	store := func(recs []map[string]any) {
		var v any
		if len(recs) > 0 {
			v = recs
		}
		if steps != nil {
			top, _ := a.Settings.Get(provider, key)
			if v, ok = withValueAt(top, steps, v); !ok {
				return
			}
		}
		a.Settings = a.Settings.With(provider, key, v)
	}
	return listRef{
		title:   strings.ToUpper(title[:1]) + strings.ReplaceAll(title[1:], "_", " "),
		len:     func() int { return len(records()) },
		summary: func(i int) string { return recordSummary(records()[i]) },
		add: func() error {
			recs := records()
			store(append(recs[:len(recs):len(recs)], map[string]any{}))
			return nil
		},
		remove: func(i int) {
			recs := records()
			store(append(recs[:i:i], recs[i+1:]...))
		},
		move: func(from, to int) {
			recs := records()
			item := recs[from]
			rest := append(recs[:from:from], recs[from+1:]...)
			store(append(rest[:to:to], append([]map[string]any{item}, rest[to:]...)...))
		},
	}, true
}

// recordSummary names a record: its name, label or id, else its first text.
func recordSummary(rec map[string]any) string {
	for _, k := range []string{"name", "label", "title", "id"} {
		if t, ok := agent.SettingText(rec[k]); ok && t != "" {
			return t
		}
	}
	keys := make([]string, 0, len(rec))
	for k := range rec {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if t, ok := agent.SettingText(rec[k]); ok && t != "" {
			return t
		}
	}
	return "(new item)"
}
