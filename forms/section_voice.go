package forms

// voicePages: which voice, how it sounds, and what plays behind it.
func voicePages() []page {
	return []page{
		{paths: []string{"voice.vendor", "voice.voice_id", "voice.name", "voice.model"}},
		{title: "How it sounds", paths: []string{
			"voice.speed", "voice.stability", "voice.similarity_boost", "voice.style",
			"voice.speaker_boost", "voice.volume",
		}},
		{title: "Background", paths: []string{"voice.background_sound", "voice.background_level"}},
		{title: "Your own voice account", paths: []string{"voice.vendor_key"}},
	}
}
