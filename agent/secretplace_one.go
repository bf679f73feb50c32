package agent

import (
	"errors"
	"fmt"
)

// SecretFor returns the value behind ref for a provider that sends it
// somewhere of its own rather than inside the agent's document (ElevenLabs
// saves a custom language model's key as a workspace secret): the same
// rule as CheckSecretPlaces holds, so a reference moved to another place
// is refused, and one without a place yet is bound to this one.
func SecretFor(secrets SecretLookup, ref SecretRef, place SecretPlace) (string, error) {
	value, ok := "", false
	if secrets != nil {
		value, ok = secrets.Secret(ref)
	}
	if !ok {
		return "", fmt.Errorf("the value for %s is missing from the credentials, so nothing was sent; enter it again", describePlace(place))
	}
	store, placed := secrets.(PlacedSecrets)
	if !placed {
		return value, nil
	}
	switch want, bound := store.SecretPlace(ref); {
	case bound && want == place:
	case bound:
		return "", &SecretPlaceError{Where: describePlace(place)}
	default:
		if err := store.BindSecret(ref, place); err != nil {
			var refused *SecretPlaceError
			if errors.As(err, &refused) {
				return "", err
			}
			return "", fmt.Errorf("could not record where a saved secret belongs: %w", err)
		}
	}
	return value, nil
}
