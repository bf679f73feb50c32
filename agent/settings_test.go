package agent

import "testing"

// Regression tests for issue 13 point 12: settings that go nowhere, or
// somewhere else.

// A provider's own tool-name rule replaces the neutral one: ElevenLabs
// allows hyphens, which the neutral rule refused on every provider.
func TestToolNameFollowsTheProvidersRule(t *testing.T) {
	t.Parallel()
	hyphens := with(map[string]FieldSpec{"tools.name": {Pattern: `^[a-zA-Z0-9_-]{1,64}$`, PatternHint: "up to 64 letters, digits, _ and -"}})
	noRule := everything()
	tests := []struct {
		name   string
		caps   Capabilities
		tool   string
		expect []want
	}{
		{"a hyphen where the provider allows it", hyphens, "look-up", nil},
		{"a leading digit where the provider allows it", hyphens, "2fa-check", nil},
		{"a space the provider's rule refuses, in its words", hyphens, "look up", []want{{Path: "tools[0].name", Message: "up to 64 letters, digits, _ and -", Warning: false}}},
		{"no rule of the provider's own keeps the neutral one", noRule, "look-up", []want{{Path: "tools[0].name", Message: "letters, digits and _", Warning: false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := validAgent()
			a.Tools = []Tool{goodTool(tt.tool)}
			assertProblems(t, ValidateCommon(&a, tt.caps), tt.expect)
		})
	}
}

// A value listed under one vendor is refused with another vendor: a Rime
// voice sent with Cartesia is a mismatched pair.
func TestVendorChoicesRefuseAnotherVendorsValue(t *testing.T) {
	t.Parallel()
	caps := with(map[string]FieldSpec{"voice.voice_id": {
		VendorChoices: map[string][]Choice{"rime": {{Value: "mistv2_Brook"}}, "openai": {{Value: "alloy"}}},
		VendorDefault: "rime",
	}})
	tests := []struct {
		name, vendor, voice string
		expect              []want
	}{
		{"the vendor's own voice", "rime", "mistv2_Brook", nil},
		{"no vendor means the default vendor", "", "mistv2_Brook", nil},
		{"a voice no list knows is sent as typed", "cartesia", "a0e99841-438c-4a64-b679-ae501e7d6091", nil},
		{"another vendor's voice", "cartesia", "mistv2_Brook", []want{{Path: "voice.voice_id", Message: "belongs to rime, not cartesia", Warning: false}}},
		{"another vendor's voice with the default vendor", "", "alloy", []want{{Path: "voice.voice_id", Message: "belongs to openai, not rime", Warning: false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := validAgent()
			a.Voice.Vendor, a.Voice.VoiceID = tt.vendor, tt.voice
			assertProblems(t, ValidateCommon(&a, caps), tt.expect)
		})
	}
}

// No template switches on a built-in tool that needs a destination:
// drafts cannot hold one yet, so it would go out with nowhere to transfer to.
func TestTemplatesOfferNoTransferWithoutADestination(t *testing.T) {
	t.Parallel()
	for _, tpl := range Templates {
		a := tpl.New("x")
		for _, b := range a.Builtins {
			if BuiltinNeedsDestination(b.Kind) {
				t.Errorf("template %s switches on %s, which needs a destination", tpl.ID, b.Kind)
			}
		}
	}
}
