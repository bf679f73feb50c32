package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsListening1 = []agent.Setting{
	// Speech recognition
	{
		Key: "asr_user_input_audio_format", Wire: "conversation_config.asr.user_input_audio_format", Kind: agent.KindChoice, Label: "Audio format heard", Spec: agent.FieldSpec{Choices: ch("pcm_8000", "PCM 8 kHz", "pcm_16000", "PCM 16 kHz", "pcm_22050", "PCM 22.05 kHz", "pcm_24000", "PCM 24 kHz", "pcm_44100", "PCM 44.1 kHz", "pcm_48000", "PCM 48 kHz", "ulaw_8000", "mu-law 8 kHz"), Closed: true, Default: "pcm_16000"},
		Help: "The sound format of the caller's audio; phone lines often send 8 kHz mu-law.",
	},
}
