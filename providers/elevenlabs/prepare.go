package elevenlabs

// A custom language model's key typed in agentdeck. ElevenLabs takes the
// key only as a workspace secret ({secret_id}) or an environment label
// ({env_var_label}), never as text in the agent, so the draft keeps the
// typed key as a reference to the credentials (the setting
// custom_llm_api_key, agent.KindSecret) and a push saves it in the
// workspace first (POST /secrets), once: the new secret's id becomes the
// agent's key setting and the typed key's reference leaves the draft (its
// value stays with the credentials). A new key typed later is a new
// reference, saved again.

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// Keys of the settings the key is kept in.
const (
	typedKeyKey    = "custom_llm_api_key"
	savedKeyKey    = "custom_llm_api_key_secret_id"
	envKeyLabelKey = "custom_llm_api_key_env_var_label"
)

// typedKeySetting is the key as typed in agentdeck. It has no place in the
// agent document (Wire ""): the push saves it as a workspace secret.
func typedKeySetting(savedKey agent.Setting) agent.Setting {
	return agent.Setting{
		Key: typedKeyKey, Kind: agent.KindSecret, Label: "Key of your language model server",
		Section: savedKey.Section, Group: savedKey.Group, Advanced: savedKey.Advanced,
		Help: "The key your language model server expects, typed here. agentdeck keeps it with your credentials and, " +
			"at the next push, saves it in your ElevenLabs workspace as a secret, which the agent then uses " +
			"(it shows as the key saved in ElevenLabs). A new key typed here is saved again.",
	}
}

var _ agent.Preparer = (*Client)(nil)

// keyPlace is where the typed key is sent: to ElevenLabs, as the custom
// language model's key.
var keyPlace = agent.SecretPlace{Provider: ProviderID, Path: "conversation_config.agent.prompt.custom_llm.api_key"}

// Prepare implements agent.Preparer: a typed custom language model key is
// saved in the workspace, and webhook tools kept in the workspace are made
// or updated there (workspace_tools_push.go), before the agent is sent.
func (c *Client) Prepare(ctx context.Context, a *agent.Agent, in agent.PrepareInput) (agent.Prepared, error) {
	changes, err := c.prepareKey(ctx, a, in.Secrets)
	if err != nil {
		return agent.Prepared{}, err
	}
	if err := in.Record(agent.Prepared{Settings: changes}); err != nil {
		return agent.Prepared{}, err
	}
	return agent.Prepared{}, c.prepareTools(ctx, a, in)
}

// prepareKey saves a typed custom language model key in the workspace.
func (c *Client) prepareKey(ctx context.Context, a *agent.Agent, secrets agent.SecretLookup) ([]agent.SettingChange, error) {
	v, _ := a.Settings.Get(ProviderID, typedKeyKey)
	ref, _ := agent.SettingText(v)
	if ref == "" {
		return nil, nil
	}
	value, err := agent.SecretFor(secrets, agent.SecretRef(ref), keyPlace)
	if err != nil {
		return nil, err
	}
	id, err := c.saveSecret(ctx, secretName(agent.SecretRef(ref)), value)
	if err != nil {
		return nil, err
	}
	return []agent.SettingChange{
		{Provider: ProviderID, Key: savedKeyKey, Value: id},
		{Provider: ProviderID, Key: typedKeyKey},
		{Provider: ProviderID, Key: envKeyLabelKey},
	}, nil
}

// secretName names the workspace secret after the reference's random
// part, which only this draft's key has: a save whose answer was lost is
// found by it, instead of saving the key twice.
func secretName(ref agent.SecretRef) string {
	_, suffix, _ := strings.Cut(string(ref), "#")
	return "agentdeck_custom_llm_key_" + suffix
}

// saveSecret returns the id of the workspace secret named name, saving
// value under it when the workspace has none of that name yet.
// https://elevenlabs.io/docs/api-reference/workspace/secrets/create
func (c *Client) saveSecret(ctx context.Context, name, value string) (string, error) {
	const op = "save the key"
	saved, err := c.cursorList(ctx, "list secrets", "/secrets", "secrets", readSecrets)
	if err != nil {
		return "", err
	}
	for _, s := range saved {
		if s.Label == name {
			return s.Value, nil
		}
	}
	body, err := json.Marshal(map[string]string{"type": "new", "name": name, "value": value})
	if err != nil {
		return "", err
	}
	resp, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodPost, Path: "/secrets", Body: body, Create: true})
	if err != nil {
		return "", err
	}
	var got struct {
		ID string `json:"secret_id"`
	}
	if json.Unmarshal(resp, &got) != nil || got.ID == "" {
		return "", &agent.ProviderError{
			Provider: ProviderID, Op: op, Kind: agent.ErrAmbiguous,
			Message: "ElevenLabs took the key but did not say the id of the secret it was saved as; push again and agentdeck finds it by its name",
		}
	}
	return got.ID, nil
}
