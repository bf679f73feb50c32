package dasha

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// The call features below are not one value at one place.

// maxDurationField: a limit in the model is an enabled maxDuration feature
// on Dasha; a switched-off limit reads as no limit, and removing the limit
// switches the feature off and keeps its seconds.
func maxDurationField() jsondoc.Field[agent.Agent] {
	place := w(features, "maxDuration")
	f := jsondoc.Int("limits.max_duration", w(features, "maxDuration", "maxDurationSeconds"), func(a *agent.Agent) **int { return &a.Limits.MaxDuration })
	f.Read = func(doc *object) (any, bool) {
		md := doc.Path(place...)
		if on := boolean(md, "isEnabled"); md == nil || (on != nil && !*on) {
			return nil, false
		}
		return md.Get("maxDurationSeconds")
	}
	f.Write = func(doc *object, v any) {
		md := at(doc, place...)()
		n, ok := jsondoc.Integer(v)
		if !ok { // the limit was removed
			md.Set("isEnabled", false)
			return
		}
		if cur := integer(md, "maxDurationSeconds"); cur == nil || *cur != n {
			md.Set("maxDurationSeconds", v) // an unchanged 600.0 keeps its text
		}
		if on := boolean(md, "isEnabled"); on != nil && !*on {
			md.Set("isEnabled", true)
		}
	}
	return f
}

// ambientField: voice.background_sound ⇄ ambientNoise.isEnabled; Dasha's
// one background sound is its ambient noise.
func ambientField() jsondoc.Field[agent.Agent] {
	f := jsondoc.Flag("voice.background_sound", w(features, "ambientNoise", "isEnabled"), func(*agent.Agent) **bool { return new(*bool) })
	f.Get = func(a *agent.Agent) any { return a.Voice.BackgroundSound != "" }
	f.Set = func(a *agent.Agent, v any) {
		if on, _ := jsondoc.Bool(v); on {
			a.Voice.BackgroundSound = ambientSound
		}
	}
	return f
}

// ambientSound is the one background sound Dasha has: its ambient noise.
const ambientSound = "ambient"

// fillerPhrasesField: turn.fillers.phrases ⇄ the texts of a static fillers
// strategy. A strategy of another kind is kept as it is until the person
// writes phrases, which make it static.
func fillerPhrasesField() jsondoc.Field[agent.Agent] {
	place := w(features, "fillers")
	f := jsondoc.TextList("turn.fillers.phrases", w(features, "fillers", "strategy", "texts"), func(a *agent.Agent) *[]string { return &a.Turn.Fillers.Phrases })
	f.Read = func(doc *object) (any, bool) {
		s := doc.Path(place...).Obj("strategy")
		if !isStaticStrategy(s) {
			return nil, false
		}
		return s.Value("texts"), true
	}
	f.Write = func(doc *object, v any) {
		fillers := at(doc, place...)()
		if v == nil {
			fillers.Delete("strategy")
			return
		}
		strategy := fillers.Ensure("strategy")
		if text(strategy, "type") != "static" {
			strategy.Set("type", "static")
		}
		strategy.Set("texts", v)
	}
	f.Cleared = nil
	return f
}

// isStaticStrategy reports whether a fillers strategy is the fixed-phrases
// kind the model can show; other kinds are kept as they are.
func isStaticStrategy(s *object) bool {
	if s == nil {
		return false
	}
	t, present := s.Get("type")
	return !present || t == "static"
}
