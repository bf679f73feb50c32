package accessible

import (
	"context"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// settings asks for one provider's settings and saves them.
func (s *plainSession) settings() error {
	info, ok, err := s.chooseProvider("Settings for which provider?", "set up")
	if !ok {
		return err
	}
	id := info.ID
	fields, err := s.deps.Settings.ProviderSettings(id)
	if err != nil {
		s.say("Could not read the settings: %s", ui.ErrText(err))
		return nil
	}
	values := make(map[string]*string, len(fields))
	var hf []huh.Field
	for _, f := range fields {
		v := f.Value
		values[f.Key] = &v
		help := ui.SettingHelp(f)
		switch {
		case len(f.Choices) > 0:
			if v == "" {
				v = f.Choices[0]
			}
			hf = append(hf, huh.NewSelect[string]().Title(f.Label).Description(help).Options(huh.NewOptions(f.Choices...)...).Value(&v))
		case f.Secret && !s.tty:
			state := "not set"
			if f.IsSet {
				state = "set"
			}
			s.say("%s is %s; it can be typed only in a terminal, where it is not shown.", f.Label, state)
		case f.Secret:
			state := "Not set yet."
			if f.IsSet {
				state = "One is saved; press enter to keep it."
			}
			hf = append(hf, huh.NewInput().Title(f.Label).Description(help+" "+state).EchoMode(huh.EchoModePassword).Value(&v))
		default:
			hf = append(hf, huh.NewInput().Title(f.Label).Description(help).Value(&v))
		}
	}
	if len(hf) > 0 {
		if err := s.run(huh.NewForm(huh.NewGroup(hf...))); err != nil {
			return err
		}
	}
	out := make(map[string]string, len(values))
	for k, v := range values {
		out[k] = strings.TrimSpace(*v)
	}
	if err := s.deps.Settings.SaveProviderSettings(id, out); err != nil {
		s.say("Could not save the settings: %s", ui.ErrText(err))
		return nil
	}
	s.say("Saved the %s settings.", info.Name)
	t, err := s.choose("Test the connection to "+info.Name+" now?", []string{"No", "Yes, list its agents"})
	if err != nil || t == 0 {
		return err
	}
	s.testConnection(info)
	return nil
}

// testConnection lists the provider's agents with the saved settings and
// says what happened, in the settings screen's words.
func (s *plainSession) testConnection(info agent.ProviderInfo) {
	s.say("Testing the connection to %s…", info.Name)
	fields, _ := s.deps.Settings.ProviderSettings(info.ID)
	n := 0
	p, err := s.deps.Providers.Get(info.ID)
	if err == nil {
		ctx, cancel := context.WithTimeout(s.ctx, ui.TestTimeout)
		var agents []agent.RemoteAgent
		agents, err = p.List(ctx)
		cancel()
		n = len(agents)
	}
	text, _ := ui.ConnectionResult(info.Name, fields, n, err)
	// The screen's "press enter" is a key this mode does not have.
	s.say("%s", strings.ReplaceAll(text, "Press enter to", "Open these settings again to"))
}
