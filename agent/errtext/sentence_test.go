package errtext

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// (Moved from ui, whose errText is Sentence(err, "").)
func TestErrTextIsOnePlainSentenceWithAWayForward(t *testing.T) {
	t.Parallel()
	problems := agent.Problems{
		{Path: "llm.temperature", Message: "use a number from 0 to 2"},
		{Path: "voice.speed", Message: "use a number from 0.7 to 1.2"},
	}
	cases := map[string]struct {
		err  error
		want string
	}{
		"refused key": {
			&agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnauthorized, Status: 401, Message: "invalid api key"},
			"The provider refused the API key. Check the key in settings (s on the drafts screen). Nova said: Invalid api key.",
		},
		"problems":       {problems, "Fix Brain (LLM) › Temperature: use a number from 0 to 2 (and 1 more problem)."},
		"timeout":        {fmt.Errorf("list: %w", context.DeadlineExceeded), "The provider took too long to answer. Check your connection and try again."},
		"unreachable":    {&agent.ProviderError{Provider: "dasha", Kind: agent.ErrUnavailable}, "The provider could not be reached. Check your connection and the base URL in settings, then try again."},
		"rate limited":   {&agent.ProviderError{Provider: "trillet", Kind: agent.ErrRateLimited}, "The provider asked us to slow down. Wait a minute, then try again."},
		"conflict":       {fmt.Errorf("save: %w", agent.ErrConflict), "This draft was changed somewhere else (another window or the command line), so it was not saved here."},
		"no permission":  {fmt.Errorf("open: %w", fs.ErrPermission), "agentdeck is not allowed to write its files. Check the permissions of its folder (see AGENTDECK_HOME)."},
		"anything else":  {errors.New("no space left on device"), "No space left on device."},
		"already worded": {errors.New("Stop here!"), "Stop here!"}, //nolint:revive // error-strings: the case is an error already worded as a sentence
	}
	for name, c := range cases {
		if got := Sentence(c.err, ""); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", name, got, c.want)
		}
	}
	if Sentence(nil, "") != "" {
		t.Error("no error has words")
	}
}

// TestEveryKindIsWordedForBoth: a kind with words for one reader and not
// the other would fall through to a raw error there.
func TestEveryKindIsWordedForBoth(t *testing.T) {
	t.Parallel()
	for _, k := range []error{
		agent.ErrUnauthorized, agent.ErrInvalid, agent.ErrNotFound, agent.ErrRateLimited,
		agent.ErrUnavailable, agent.ErrUnreadable, agent.ErrRedirected, agent.ErrConflict, agent.ErrAmbiguous, agent.ErrMalformedKey,
	} {
		line, screen := Kind(k, "Nova", Line), Kind(k, "The provider", Screen)
		if line == "" || screen == "" || strings.Contains(line+screen, "%!") {
			t.Errorf("%v: line %q, screen %q", k, line, screen)
		}
	}
}
