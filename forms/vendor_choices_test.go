package forms

import (
	"strings"
	"testing"

	"charm.land/huh/v2"

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
