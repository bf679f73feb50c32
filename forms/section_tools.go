package forms

import (
	"slices"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The Tools section's form holds only the built-in tools, as one
// multi-select; webhook tools and MCP servers are lists (see Lists).

// builtinKinds lists the built-in tool kinds the provider offers, in the
// model's order: the provider's builtins.kind choices if it lists them, else
// every kind. Kinds that need a destination (transfers) are not offered:
// drafts cannot hold destinations yet, so switching one on would send a
// transfer to nowhere. An agent that has one keeps it (applyBuiltins leaves
// kinds not offered alone).
func builtinKinds(caps agent.Capabilities) []agent.Choice {
	return builtinKindsWith(caps, "")
}

// builtinKindsWith is builtinKinds plus keep, the kind an existing item
// already has, so that item shows its own kind by name.
func builtinKindsWith(caps agent.Capabilities, keep string) []agent.Choice {
	if !supportsList(caps, "builtins") {
		return nil
	}
	spec, _ := caps.Spec("builtins.kind")
	var out []agent.Choice
	for _, k := range agent.BuiltinKinds {
		if agent.BuiltinNeedsDestination(k) && k != keep {
			continue
		}
		label := builtinName(k)
		if len(spec.Choices) > 0 {
			i := slices.IndexFunc(spec.Choices, func(c agent.Choice) bool { return c.Value == k })
			if i < 0 {
				continue
			}
			if l := spec.Choices[i].Label; l != "" {
				label = l
			}
		}
		out = append(out, agent.Choice{Value: k, Label: label})
	}
	return out
}

// builtinsField adds the multi-select of built-in tools. Apply keeps the
// entries (and their instructions) of kinds still ticked, in their order,
// adds newly ticked kinds at the end, and never touches kinds this provider
// does not offer.
func (b *builder) builtinsField() {
	kinds := builtinKinds(b.caps)
	if len(kinds) == 0 {
		return
	}
	offered := make([]string, 0, len(kinds))
	opts := make([]huh.Option[string], 0, len(kinds))
	for _, k := range kinds {
		offered = append(offered, k.Value)
		opts = append(opts, huh.NewOption(k.Label, k.Value))
	}
	var picked []string
	for _, bt := range b.a.Builtins {
		if slices.Contains(offered, bt.Kind) && !slices.Contains(picked, bt.Kind) {
			picked = append(picked, bt.Kind)
		}
	}
	selected := &[]string{}
	*selected = slices.Clone(picked)
	info, _ := agent.FieldByPath("builtins")
	ms := huh.NewMultiSelect[string]()
	if b.opt.Theme != nil {
		ms.WithTheme(b.opt.Theme)
	}
	// An explicit height: without one, huh v2.0.3 sizes the list to the
	// options minus the title and description, and shows no option at all.
	// The spare lines leave room for a description wrapped on a narrow pane.
	ms.Key("builtins").Title(info.Label).Description(info.Help).Options(opts...).Value(selected).
		Height(len(opts) + 4)
	g := huh.NewGroup(ms)
	if b.opt.Theme != nil {
		g.WithTheme(b.opt.Theme)
	}
	b.groups = append(b.groups, g)
	base := sortedCopy(picked)
	b.s.builtins = selected
	b.s.extras = append(b.s.extras, func(a *agent.Agent, _ *agent.Problems) {
		now := sortedCopy(*selected)
		if slices.Equal(now, base) {
			return
		}
		a.Builtins = applyBuiltins(a.Builtins, offered, now)
		base = now
	})
}

// applyBuiltins returns list with exactly the ticked kinds among offered.
func applyBuiltins(list []agent.BuiltinTool, offered, ticked []string) []agent.BuiltinTool {
	out := make([]agent.BuiltinTool, 0, len(ticked))
	for _, bt := range list {
		if !slices.Contains(offered, bt.Kind) || slices.Contains(ticked, bt.Kind) {
			out = append(out, bt)
		}
	}
	for _, k := range agent.BuiltinKinds {
		if slices.Contains(ticked, k) && !slices.ContainsFunc(out, func(bt agent.BuiltinTool) bool { return bt.Kind == k }) {
			out = append(out, agent.BuiltinTool{Kind: k})
		}
	}
	return out
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}
