package forms

import (
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// NewItem builds the form of item i of a list (see Items for list ids),
// showing only the fields caps supports; Apply writes it back. An item that
// does not exist gets a form with one note, and its Apply reports that.
// The form reaches its item by index: build it again after AddItem,
// RemoveItem or MoveItem on the same list.
func NewItem(list string, i int, a *agent.Agent, caps agent.Capabilities, opt Options) *Section {
	prefix := fmt.Sprintf("%s[%d]", list, i)
	exists := func(a *agent.Agent) bool {
		ref, err := resolve(list, a)
		return err == nil && i >= 0 && i < ref.len()
	}
	b := newBuilder(a, caps, opt, func(path string) (slot, bool) {
		leaf, ok := strings.CutPrefix(path, prefix+".")
		if !ok {
			return slot{}, false
		}
		return itemSlot(list, i, leaf)
	})
	b.s.ID, b.s.exists = prefix, exists
	ref, err := resolve(list, a)
	switch {
	case err != nil:
		b.s.Title = "Not found"
		return b.finish(err.Error())
	case i < 0 || i >= ref.len():
		b.s.Title = ref.title
		return b.finish(ref.check(i, "edit").Error())
	}
	title := ref.title
	if st, ok := caps.Setting(list); ok && st.Label != "" {
		title = st.Label // a provider setting's own words, not its key
	}
	b.s.Title = fmt.Sprintf("%s › %s", title, ref.summary(i))
	pages := itemPages(list, prefix, a, i)
	if strings.HasPrefix(list, agent.SettingsPrefix) {
		pages = settingItemPages(list, prefix, caps)
	}
	for _, p := range pages {
		b.page(p)
	}
	if kind := listKind(list); kind == "headers" || hasSecretValue(caps, list) {
		b.headerExtras(prefix)
	}
	return b.finish("This provider has no settings for these items.")
}

// listKind names the kind of a list's items: tools, params, headers,
// builtins, mcp, variables, window or gaps.
func listKind(list string) string {
	switch {
	case strings.HasSuffix(list, ".params"):
		return "params"
	case strings.HasSuffix(list, ".headers"):
		return "headers"
	case strings.HasPrefix(list, "schedule."):
		return "window"
	case list == "callbacks.gaps":
		return "gaps"
	}
	return list
}

// itemPages lays out one item's fields.
func itemPages(list, prefix string, a *agent.Agent, i int) []page {
	at := func(leaves ...string) []string {
		out := make([]string, len(leaves))
		for k, l := range leaves {
			out[k] = prefix + "." + l
		}
		return out
	}
	switch listKind(list) {
	case "tools":
		return []page{
			{paths: at("name", "description", "url", "method")},
			{title: "When it fails", paths: at("timeout_seconds", "retries", "fallback_result", "enabled")},
			{paths: at("body_template")},
		}
	case "params":
		return []page{{paths: at("name", "type", "description")}, {paths: at("required", "enum", "in")}}
	case "headers":
		// A header already kept as a secret, or named like one, shows
		// only the secret input, so a key is never typed in plain sight.
		if h := headerAt(a, list, i); h != nil && (h.Secret != "" || agent.IsSecretHeader(h.Name)) {
			return []page{{paths: at("name", "secret")}}
		}
		return []page{{paths: at("name", "value", "secret")}}
	case "builtins":
		return []page{{paths: at("kind", "instructions")}}
	case "mcp":
		return []page{
			{paths: at("name", "url", "description", "transport")},
			{title: "Access", paths: at("api_key", "header_name", "enabled", "allow_tools", "block_tools")},
		}
	case "variables":
		return []page{{paths: at("name", "value")}}
	case "window":
		return []page{{paths: at("start", "end")}}
	case "gaps":
		return []page{{paths: at("days", "hours")}}
	}
	return nil
}

// headerExtras keeps a header from holding a plain value and a secret at
// once, and sends a plain value typed under a credential-like name (an
// Authorization header) to the secrets instead of the draft.
func (b *builder) headerExtras(prefix string) {
	name, value := b.s.byPath[prefix+".name"], b.s.byPath[prefix+".value"]
	if value != nil && name != nil {
		value.divert = func() bool { return agent.IsSecretHeader(name.current()) }
		value.divertPath = prefix + ".secret"
	}
	secretPath := prefix + ".secret"
	s := b.s
	s.extras = append(s.extras, func(a *agent.Agent, _ *agent.Problems) {
		if _, typed := s.secrets[secretPath]; !typed {
			return
		}
		if sl, ok := s.byPathSlot(prefix + ".value"); ok {
			_ = sl.set(a, "")
		}
	})
}

// byPathSlot finds the slot of an item field whether or not it is shown.
func (s *Section) byPathSlot(path string) (slot, bool) {
	if f := s.byPath[path]; f != nil {
		return f.slot, true
	}
	list, i, leaf, ok := splitItemPath(path)
	if !ok {
		return slot{}, false
	}
	return itemSlot(list, i, leaf)
}

// splitItemPath splits "tools[0].headers[1].value" into the list id
// "tools[0].headers", the index 1 and the leaf "value".
func splitItemPath(path string) (list string, i int, leaf string, ok bool) {
	open := strings.LastIndex(path, "[")
	end := strings.LastIndex(path, "]")
	if open < 0 || end < open || end+1 >= len(path) || path[end+1] != '.' {
		return "", 0, "", false
	}
	if _, err := fmt.Sscanf(path[open+1:end], "%d", &i); err != nil {
		return "", 0, "", false
	}
	return path[:open], i, path[end+2:], true
}
