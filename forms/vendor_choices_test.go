package forms

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Issue 13 point 12: on Trillet, choosing Cartesia listed Rime's voices,
// and picking one sent a mismatched pair. The voice list follows the vendor.

func TestVoiceListFollowsTheVendorAsTheFormOpens(t *testing.T) {
	for _, tc := range []struct {
		vendor     string
		showsBrook bool
	}{{"rime", true}, {"", true}, {"cartesia", false}, {"openai", false}} {
		a := templateAgent(t)
		a.Voice.Vendor, a.Voice.VoiceID = tc.vendor, ""
		views := strings.Join(formViews(t, NewSection(agent.SectionVoice, &a, capsTrillet(), Options{})), "\n")
		if got := strings.Contains(views, "Brook"); got != tc.showsBrook {
			t.Errorf("vendor %q: Rime's voice Brook listed = %v, want %v\n%s", tc.vendor, got, tc.showsBrook, views)
		}
		if !tc.showsBrook && strings.Contains(views, "Provider default (") {
			t.Errorf("vendor %q: the default Rime voice is offered as the default:\n%s", tc.vendor, views)
		}
	}
}

func TestVendorOptionsDropAnotherVendorsVoice(t *testing.T) {
	spec, _ := capsTrillet().Spec("voice.voice_id")
	opts := vendorOptions(spec, "cartesia", "mistv2_Brook")
	for _, o := range opts {
		if strings.HasPrefix(o.Value, "mistv2_") {
			t.Errorf("Cartesia's options hold Rime's %s", o.Value)
		}
	}
	if opts[0].Value != "" || opts[len(opts)-1].Value != otherValue {
		t.Errorf("options = %v, want not set first and Other last", opts)
	}
	// The select moves to "not set" rather than keep a Rime voice.
	if !strings.Contains(huh.NewSelect[string]().Options(opts...).View(), "Provider default") {
		t.Error("not set is not shown")
	}
	rime := vendorOptions(spec, "rime", "mistv2_Brook")
	if len(rime) != 5 || rime[2].Value != "mistv2_Brook" || rime[0].Key != "Provider default (Wildflower)" {
		t.Errorf("Rime's options = %v", rime)
	}
}

// TestVoiceFollowsAVendorChangeInARunningProgram moves the vendor from Rime
// to Cartesia in a running program: the Rime voice is dropped, not sent
// with Cartesia. With -race it also shows the options function (run in a
// command goroutine) shares nothing unguarded.
func TestVoiceFollowsAVendorChangeInARunningProgram(t *testing.T) {
	a := templateAgent(t)
	a.Voice.Vendor, a.Voice.VoiceID = "rime", "mistv2_Brook"
	s := NewSection(agent.SectionVoice, &a, capsTrillet(), Options{Theme: testTheme()})
	tm := teatest.NewTestModel(t, formModel{s.Form}, teatest.WithInitialTermSize(80, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyDown}) // rime → cartesia
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "> Cartesia") || strings.Contains(string(b), "> cartesia")
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // on to the voice list
	// The list is rebuilt in a command goroutine; once it is, its "not
	// set" option no longer names the Rime default: the rest of that line
	// is erased (or the line ends there).
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "Provider default\x1b[K") || strings.Contains(string(b), "Provider default\n")
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(formModel)
	if final.form.State != huh.StateAborted {
		t.Fatalf("state %v, want aborted by ctrl+c", final.form.State)
	}
	mustApply(t, s, &a)
	if a.Voice.Vendor != "cartesia" || a.Voice.VoiceID == "mistv2_Brook" {
		t.Errorf("vendor %q with voice %q: a Rime voice stayed with another vendor", a.Voice.Vendor, a.Voice.VoiceID)
	}
}
