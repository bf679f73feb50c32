package agent

// DocIDLister is a Provider whose native document links things of its
// account that the agent model does not hold (ElevenLabs' workspace tools
// and knowledge-base documents). Promote checks them too: each needs a
// counterpart in an environment that reaches another account.
type DocIDLister interface {
	DocAccountIDs(doc []byte) []AccountID
}

// DocIDsWithoutCounterpart lists the ids p's document doc links that have
// no counterpart in to (by to.IDs, directly or through from's mapping).
// A provider that lists none has none.
func DocIDsWithoutCounterpart(p Provider, doc []byte, from, to EnvValues) []AccountID {
	lister, ok := p.(DocIDLister)
	if !ok {
		return nil
	}
	fromBase := map[string]string{}
	for base, there := range from.IDs {
		fromBase[there] = base
	}
	var missing []AccountID
	for _, id := range lister.DocAccountIDs(doc) {
		if c, ok := to.IDs[id.ID]; ok && c != "" {
			continue
		}
		if base, ok := fromBase[id.ID]; ok && to.IDs[base] != "" {
			continue
		}
		missing = append(missing, id)
	}
	return missing
}
