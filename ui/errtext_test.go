package ui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

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
		"refused key": {&agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnauthorized, Status: 401, Message: "invalid api key"},
			"The provider refused the API key. Check the key in settings (s on the drafts screen). Nova said: Invalid api key."},
		"problems":       {problems, "Fix Brain (LLM) › Temperature: use a number from 0 to 2 (and 1 more problem)."},
		"timeout":        {fmt.Errorf("list: %w", context.DeadlineExceeded), "The provider took too long to answer. Check your connection and try again."},
		"unreachable":    {&agent.ProviderError{Provider: "dasha", Kind: agent.ErrUnavailable}, "The provider could not be reached. Check your connection and the base URL in settings, then try again."},
		"rate limited":   {&agent.ProviderError{Provider: "trillet", Kind: agent.ErrRateLimited}, "The provider asked us to slow down. Wait a minute, then try again."},
		"conflict":       {fmt.Errorf("save: %w", agent.ErrConflict), "This draft was changed somewhere else (another window or the command line), so it was not saved here."},
		"no permission":  {fmt.Errorf("open: %w", fs.ErrPermission), "agentdeck is not allowed to write its files. Check the permissions of its folder (see AGENTDECK_HOME)."},
		"anything else":  {errors.New("no space left on device"), "No space left on device."},
		"already worded": {errors.New("Stop here!"), "Stop here!"},
	}
	for name, c := range cases {
		if got := errText(c.err); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", name, got, c.want)
		}
	}
	if errText(nil) != "" {
		t.Error("no error has words")
	}
}
