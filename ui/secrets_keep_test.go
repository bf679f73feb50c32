package ui

import (
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// failingSecrets keeps values, except that it refuses bad.
type failingSecrets struct {
	fakeSecrets
	bad string
}

func (f *failingSecrets) SetSecret(ref agent.SecretRef, v string) error {
	if v == f.bad {
		return errors.New("the credentials file is read-only")
	}
	return f.fakeSecrets.SetSecret(ref, v)
}

type keptMsg struct {
	kept []agent.SecretRef
	err  error
}

func TestKeepSecretsReportsWhatWasKeptBeforeAFailure(t *testing.T) {
	t.Parallel()
	done := func(kept []agent.SecretRef, err error) tea.Msg { return keptMsg{kept, err} }
	store := &failingSecrets{bad: "refused"}
	values := map[agent.SecretRef]string{"secret:a#1": "sk-a", "secret:b#2": "sk-b"}
	got := keepSecrets(store, values, done)().(keptMsg)
	if got.err != nil || len(got.kept) != 2 {
		t.Fatalf("all kept: %+v", got)
	}
	for ref, v := range values {
		if s, ok := store.Secret(ref); !ok || s != v {
			t.Errorf("%s holds %q", ref, s)
		}
	}
	values["secret:c#3"] = "refused"
	got = keepSecrets(store, values, done)().(keptMsg)
	if got.err == nil || len(got.kept) > 2 {
		t.Fatalf("a refused value: %+v", got)
	}
	for _, ref := range got.kept {
		if ref == "secret:c#3" {
			t.Fatal("the refused value is reported as kept")
		}
	}
}
