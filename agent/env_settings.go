package agent

import (
	"fmt"
	"strconv"
	"strings"
)

// An environment may override a provider's own setting too
// (settings.elevenlabs.turn_model). Applying the environment's values
// (ApplyEnv) needs no provider: such an override goes into the agent as its
// text, so the agent as it goes to an environment, and so each
// environment's state (EnvState, which the drafts list keeps in its index),
// is the same with or without the provider's table. Where the provider is
// known — before anything is checked, shown or sent — TypeEnvSettings gives
// each override the form its setting stores and holds it to the setting's
// table: its kind, range and closed choices.

// settingOverride splits an override's path that names a provider's
// setting: settings.<provider>.<key>, a whole setting (not a field of one
// of its records).
func settingOverride(path string) (provider, key string, ok bool) {
	provider, key, rest, ok := SplitSettingPath(path)
	return provider, key, ok && rest == ""
}

// TypeEnvSettings gives each override in v of one of caps' provider's own
// settings the form the setting stores (a number, yes/no, a list) in a,
// where ApplyEnv left its text, and refuses one the setting's table does
// not allow: no such setting, a setting that cannot be edited or takes a
// secret or a list of items, a value of the wrong kind, out of range or not
// among closed choices. Overrides of another provider's settings stay in a
// as text and are not sent (a draft keeps those for when it goes back).
func TypeEnvSettings(a *Agent, v EnvValues, caps Capabilities) error {
	for _, path := range sortedKeys(v.Overrides) {
		provider, key, ok := settingOverride(path)
		if !ok || provider != caps.Provider {
			continue
		}
		value, err := typedSetting(caps, a, path, key, v.Overrides[path])
		if err != nil {
			return err
		}
		a.Settings = a.Settings.With(provider, key, value)
	}
	return nil
}

// typedSetting is text as the value setting key of caps stores, checked
// against its table.
func typedSetting(caps Capabilities, a *Agent, path, key, text string) (any, error) {
	s, found := SettingByKey(caps.Settings, key)
	if !found {
		return nil, fmt.Errorf("%q names no setting this provider has", path)
	}
	label := LabelWith(caps, a, path)
	switch {
	case s.Kind == KindSecret:
		return nil, fmt.Errorf("%s is a secret; it is kept with each person's credentials, not in the draft", label)
	case s.ReadOnly != "":
		return nil, fmt.Errorf("%s cannot be changed here: %s", label, s.ReadOnly)
	case s.Kind == KindItems:
		return nil, fmt.Errorf("%s is a list of items, which an environment cannot set; change it in the draft", label)
	}
	value, ok := settingFromText(s.Kind, text)
	if !ok {
		return nil, fmt.Errorf("%s: %s", label, settingKindWant(s.Kind))
	}
	var ps Problems
	checkSetting(path, s, value, &ps)
	if len(ps) > 0 {
		return nil, fmt.Errorf("%s: %s", label, ps[0].Message)
	}
	return value, nil
}

// settingFromText reads an override's text as a setting of kind k stores
// it; ok is false when it is not such a value.
func settingFromText(k Kind, text string) (any, bool) {
	text = strings.TrimSpace(text)
	switch k {
	case KindNumber:
		f, err := strconv.ParseFloat(text, 64)
		if _, fits := SettingNumber(f); err != nil || !fits {
			return nil, false
		}
		return f, true
	case KindInteger:
		n, err := strconv.Atoi(text)
		if _, fits := SettingInteger(n); err != nil || !fits {
			return nil, false
		}
		return n, true
	case KindBool:
		switch strings.ToLower(text) {
		case "true", "yes", "on":
			return true, true
		case "false", "no", "off":
			return false, true
		}
		return nil, false
	case KindList:
		items := []any{}
		for _, item := range strings.Split(text, ",") {
			if item = strings.TrimSpace(item); item != "" {
				items = append(items, item)
			}
		}
		return items, true
	case KindText, KindLongText, KindChoice, KindSecret, KindItems:
	}
	return text, true
}

// envHashView is a with the overrides of env's own settings back as their
// text, as ApplyEnv leaves them: what a push records (Remote.AgentHash) is
// then what EnvState computes without the provider's table.
func envHashView(a Agent, v EnvValues) Agent {
	for _, path := range sortedKeys(v.Overrides) {
		if provider, key, ok := settingOverride(path); ok {
			a.Settings = a.Settings.With(provider, key, v.Overrides[path])
		}
	}
	return a
}

// TypeEnvSettings is TypeEnvSettings for the draft as it goes to d.Env
// (see ForEnv): its agent's settings given their forms, checked against
// caps, with the environment named in a refusal.
func (d *Draft) TypeEnvSettings(caps Capabilities) error {
	env := EnvName(d.Env)
	if env == DefaultEnv {
		return nil
	}
	if err := TypeEnvSettings(&d.Agent, d.Environments[env], caps); err != nil {
		return fmt.Errorf("the environment %s: %w", env, err)
	}
	return nil
}

// CheckEnvironmentsWith is CheckEnvironments with each environment's
// overrides of the provider's own settings also held to caps' table.
func (d *Draft) CheckEnvironmentsWith(caps Capabilities) error {
	if err := d.CheckEnvironments(); err != nil {
		return err
	}
	for _, env := range sortedKeys(d.Environments) {
		view, err := d.ForEnv(env)
		if err != nil {
			return err
		}
		if err := view.TypeEnvSettings(caps); err != nil {
			return err
		}
	}
	return nil
}

// envContentHash is the hash a push to view.Env records for the agent it
// sent: the provider settings env overrides counted as their text (see
// envHashView).
func envContentHash(view Draft) string {
	a := view.Agent
	if env := EnvName(view.Env); env != DefaultEnv {
		a = envHashView(a, view.Environments[env])
	}
	return ContentHash(&a)
}
