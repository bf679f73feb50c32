package ui

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// NewWordsSession is a session whose Dasha has wordsTable as its own
// settings (an advanced number, free text, a read-only one and a list of
// records), for the accessible front end's tests.
func NewWordsSession(t testing.TB) FakeSession {
	return FakeSession{h: newHarness(t, withProvider(wordsProvider()))}
}

// NewListsSession is a session whose ElevenLabs is listsProvider, for the
// accessible list menu's tests.
func NewListsSession(t testing.TB) FakeSession {
	return FakeSession{h: newHarness(t, withProvider(listsProvider()))}
}

// listsProvider is ElevenLabs' fake carrying, under Tools, an advanced
// switch and three lists of records as its own settings: a plain one and
// two advanced ones ("rare_list", "filled_list"), as its dozen rarely used
// lists are.
func listsProvider() *scriptProvider {
	p := newScriptProvider("elevenlabs")
	p.caps.Provider = "elevenlabs"
	record := []agent.Setting{{Key: "name", Label: "Name", Help: "Its name.", Kind: agent.KindText}}
	p.caps.Settings = append(p.caps.Settings,
		agent.Setting{Key: "keep", Section: agent.SectionTools, Label: "Keep tools", Help: "Keep them.", Kind: agent.KindBool, Advanced: true},
		agent.Setting{Key: "plain_list", Section: agent.SectionTools, Label: "Plain list", Help: "Often used.", Kind: agent.KindItems, Items: record},
		agent.Setting{Key: "rare_list", Section: agent.SectionTools, Label: "Rare list", Help: "Rarely used.", Kind: agent.KindItems, Advanced: true, Items: record},
		agent.Setting{Key: "filled_list", Section: agent.SectionTools, Label: "Filled list", Help: "Rarely used.", Kind: agent.KindItems, Advanced: true, Items: record},
	)
	return p
}
