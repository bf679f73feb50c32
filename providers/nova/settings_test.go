package nova

import (
	"context"
	"errors"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/charmbracelet/x/exp/golden"
)

// fullSettings sets every editable Nova setting, with values a person
// would choose.
func fullSettings(copyFrom string) map[string]any {
	return map[string]any{
		"copy_from": copyFrom,

		"sample_rate": 16000, "channels": 1, "interim_results": true, "punctuate": true,
		"smart_format": true, "filler_words": false, "profanity_filter": true, "no_delay": true,
		"vad_events": false, "include_timestamps": false, "commit_strategy": "vad",
		"detect_language": true, "include_language_detection": true, "energy_filter": true,
		"min_speech_ms": 120, "enable_logging": false,

		"multilingual_turns": true, "turn_detector_model": "multilingual-v2",
		"endpointing_ms": 400, "endpointing": 300, "eot_threshold": 0.7, "eager_eot_threshold": 0.5,
		"eot_timeout_ms": 3000, "preemptive_generation": true, "preemptive_min_confidence": 0.6,
		"gender_plugin": "none",

		"vad_max_buffered": 60, "vad_sample_rate": 16000,

		"system_prompt": "Answer in short sentences.", "frequency_penalty": 0.4, "presence_penalty": 0.2,
		"top_k": 40, "parallel_tool_calls": false,

		"voice_sample_rate": 24000,

		"background_enabled": true, "background_start_volume": 0.05,
		"thinking_sounds": []any{
			map[string]any{"sound": "keyboard.mp3", "probability": 0.6, "volume": 0.3},
			map[string]any{"sound": "hmm.mp3", "probability": 0.4, "volume": 0.2},
		},

		"default_functions": []any{"end_call", "transfer_call"},
	}
}

// fullDraft is the full test document's agent, every setting set, as a
// fresh draft (no stored document), and the secrets it refers to.
func fullDraft(t *testing.T, c *Client, copyFrom string) (agent.Draft, agent.SecretMap) {
	t.Helper()
	d, secrets := pushDraft(t, c)
	d.Remotes = nil
	d.Agent.Settings = agent.Settings{ProviderID: fullSettings(copyFrom)}
	return d, secrets
}

// Issue 17 point 5: a draft with every editable field set gives exactly
// these requests (testdata/TestFullSettingsRequests.golden).
func TestFullSettingsRequests(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	providertest.EverySettingSet(t, c.Capabilities(), fullSettings("agt_source"))
	d, _ := fullDraft(t, c, "agt_source")
	doc, err := c.Encode(&d.Agent, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, providertest.RequestsText(c, doc, ""))

	back := providertest.Decode(t, c, doc)
	for _, s := range c.Capabilities().Settings {
		want, set := fullSettings("agt_source")[s.Key]
		got, _ := back.Agent.Settings.Get(ProviderID, s.Key)
		if set && !settingEqual(s, got, want) {
			t.Errorf("%s read back as %v, want %v", s.Key, got, want)
		}
	}
}

func settingEqual(s agent.Setting, a, b any) bool {
	return jsondoc.CompactSorted(toJSON(s, a)) == jsondoc.CompactSorted(toJSON(s, b))
}

func toJSON(_ agent.Setting, v any) any {
	obj, err := jsondoc.ParseOrNew(fakeapi.Marshal(map[string]any{"v": v}))
	if err != nil {
		return nil
	}
	return obj.Value("v")
}

// The fake takes every setting, and the read-back finds none dropped; the
// copy source is sent on create only and is not reported as lost.
func TestFullSettingsPushKeepsEverySetting(t *testing.T) {
	t.Parallel()
	f, c, first := pushedFullRequest(t)
	d, secrets := fullDraft(t, c, first.RemoteID)
	d.ID = "draft-2"
	res := kit.Pusher(c).MustPush(t, d, secrets)
	if len(res.NotKept) > 0 || res.ReadBackErr != nil {
		t.Errorf("every setting should be kept: %v %v", res.NotKept, res.ReadBackErr)
	}
	stored := f.Stored(res.RemoteID)
	if v, _ := fakeapi.Lookup(stored, keyTranscribe, "eot_threshold"); v != jsondoc.NumberValue(0.7) {
		t.Errorf("end-of-turn confidence = %v", v)
	}
	if _, sent := stored[keyCopyFrom]; sent {
		t.Errorf("the copy source must not be stored as a setting of the new agent")
	}
	create, _ := jsondoc.ParseOrNew(f.LastBody("POST"))
	if v, _ := create.Get(keyCopyFrom); v != first.RemoteID {
		t.Errorf("the create must name the agent to copy: %s", jsondoc.CompactSorted(create))
	}
}

// The fake refuses what Nova's schema does not take, in the 422 shape, and
// the client puts each problem on the setting it is about.
func TestFakeRefusesUnknownAndWronglyTypedSettings(t *testing.T) {
	t.Parallel()
	_, c, res := pushedFullRequest(t)
	for _, tc := range []struct {
		name, body, path string
	}{
		{"a number as text", `{"transcriber_config":{"provider":"deepgram","eot_threshold":"high"}}`, "settings.nova.eot_threshold"},
		{"an unknown field in a settings object", `{"transcriber_config":{"provider":"deepgram","eot_thresold":0.5}}`, "transcriber_config.eot_thresold"},
		{"a choice outside the list", `{"transcriber_config":{"provider":"elevenlabs","commit_strategy":"auto"}}`, "settings.nova.commit_strategy"},
		{"a thinking sound without its file", `{"background_sound":{"file":"a.mp3","thinking_sound":[{"sound":"k.mp3"},{"volume":0.2}]}}`, "settings.nova.thinking_sounds[1].sound"},
		{"functions that are not a list of text", `{"default_functions":"end_call"}`, "settings.nova.default_functions"},
	} {
		err := c.Update(context.Background(), res.RemoteID, []byte(tc.body))
		var pe *agent.ProviderError
		if !errors.As(err, &pe) || pe.Kind != agent.ErrInvalid {
			t.Errorf("%s: want a refusal, got %v", tc.name, err)
			continue
		}
		found := false
		for _, fe := range pe.Fields {
			found = found || fe.Path == tc.path
		}
		if !found {
			t.Errorf("%s: the refusal names %+v, want %s", tc.name, pe.Fields, tc.path)
		}
	}
}

// Starting from an existing agent: the picker lists the organisation's
// agents by name, their ids as values.
func TestCopySourceIsPickedByName(t *testing.T) {
	t.Parallel()
	_, c, res := pushedFullRequest(t)
	spec, ok := c.Capabilities().Spec(agent.SettingPath(ProviderID, settingCopyFrom))
	if !ok || !spec.Live {
		t.Fatalf("the copy source should be a live picker: %+v", spec)
	}
	got, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: agent.SettingPath(ProviderID, settingCopyFrom)})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Value != res.RemoteID || got[0].Label != "Dental front desk" {
		t.Errorf("choices = %+v", got)
	}
}

// Settings needing their object's required fields are refused before a
// push, in plain words.
func TestSettingsNeedTheirObjectsRequiredFields(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	a := agent.Agent{Identity: agent.Identity{Name: "x"}}
	a.Settings = agent.Settings{ProviderID: {
		"top_k": 5, "eot_threshold": 0.5, "background_enabled": true, "voice_sample_rate": 24000,
		"thinking_sounds": []any{map[string]any{"volume": 0.2}},
	}}
	ps := c.Validate(&a)
	for _, path := range []string{"llm.vendor", "llm.model", "speech.vendor", "voice.background_sound", "voice.vendor", "voice.model", "settings.nova.thinking_sounds[0].sound"} {
		if len(ps.At(path).Errors()) == 0 {
			t.Errorf("no problem at %s: %v", path, ps)
		}
	}
}

// Changing one setting of a pulled agent changes only that in its document.
func TestEditingOneSettingLeavesTheRestAlone(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	d := providertest.DecodeTestdata(t, c, "full_request.json")
	a := d.Agent
	a.Settings = a.Settings.With(ProviderID, "eot_threshold", 0.8)
	a.Settings = a.Settings.With(ProviderID, "default_functions", nil)
	out, err := c.Encode(&a, d.Native, agent.SecretMap(d.Secrets))
	if err != nil {
		t.Fatal(err)
	}
	obj, _ := jsondoc.ParseOrNew(out)
	native, _ := jsondoc.ParseOrNew(providertest.ReadTestdata(t, "full_request.json"))
	if v, _ := jsondoc.Lookup(obj, keyTranscribe, "eot_threshold"); v != jsondoc.NumberValue(0.8) {
		t.Errorf("end-of-turn confidence = %v", v)
	}
	if obj.Has(keyFunctions) {
		t.Errorf("a removed setting must leave the document")
	}
	jsondoc.DeletePath(obj, keyTranscribe, "eot_threshold")
	native.Delete(keyFunctions)
	if !jsondoc.Equal(obj, native) {
		t.Errorf("other settings changed:\n%s\nwant\n%s", jsondoc.CompactSorted(obj), jsondoc.CompactSorted(native))
	}
}

// pushedFullRequest is a fake Nova holding the full test document's agent,
// pushed through a client of it.
func pushedFullRequest(t *testing.T) (*novatest.Server, *Client, agent.PushResult) {
	t.Helper()
	f, c, d, secrets := kit.Setup(t)
	return f, c, kit.Pusher(c).MustPush(t, d, secrets)
}
