package cli

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
)

// choicesOK runs `choices` that must succeed and returns its lines.
func (c *cli) choicesOK(args ...string) (lines []string, stderr string) {
	c.t.Helper()
	code, stdout, stderr := c.run(append([]string{"choices"}, args...)...)
	if code != exitOK {
		c.t.Fatalf("agentdeck choices %s exited %d:\n%s", strings.Join(args, " "), code, stderr)
	}
	c.noKey(stdout, stderr)
	return strings.Split(strings.TrimSuffix(stdout, "\n"), "\n"), stderr
}

func TestChoicesOfElevenLabsArePagedToTheEnd(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	var voices []map[string]any
	for i := range 230 {
		voices = append(voices, elevenlabstest.Voice(fmt.Sprintf("v%03d", i), fmt.Sprintf("Voice %d", i), map[string]string{"language": "en", "gender": "male"}))
	}
	fake.SetVoices(voices...)
	lines, _ := c.choicesOK("voice.voice_id", "--provider", "elevenlabs")
	if len(lines) != 230 || lines[0] != "v000\tVoice 0\ten, male" || lines[229] != "v229\tVoice 229\ten, male" {
		t.Fatalf("%d lines, first %q, last %q", len(lines), lines[0], lines[len(lines)-1])
	}
	for _, field := range []string{"llm.model", "telephony.phone_number", "tools", "knowledge_base"} {
		if lines, _ := c.choicesOK(field, "--provider", "elevenlabs"); len(lines) == 0 || lines[0] == "" {
			t.Errorf("%s: no choices", field)
		}
	}
}

func TestChoicesSearchFiltersByIDOrNameAndGoesToElevenLabs(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	fake.SetVoices(elevenlabstest.Voice("abc", "Rachel", map[string]string{"accent": "bob"}), elevenlabstest.Voice("rach-2", "Other", nil), elevenlabstest.Voice("x", "Bob", nil))
	lines, _ := c.choicesOK("voice.voice_id", "--provider", "elevenlabs", "--search", "RACH")
	if want := []string{"abc\tRachel\tbob"}; !reflect.DeepEqual(lines, want) {
		t.Errorf("search RACH = %q, want %q", lines, want)
	}
	if q := fake.Calls("voices")[0].Query; !strings.Contains(q, "search=RACH") {
		t.Errorf("the search did not reach ElevenLabs: %s", q)
	}
	// ElevenLabs searches names, not ids: a pasted id is looked up as one.
	if lines, _ := c.choicesOK("voice.voice_id", "--provider", "elevenlabs", "--search", "rach-2"); !reflect.DeepEqual(lines, []string{"rach-2\tOther\t"}) {
		t.Errorf("search by id = %q", lines)
	}
	// A label matches at ElevenLabs but not here: the search is by id or name.
	if lines, _ := c.choicesOK("voice.voice_id", "--provider", "elevenlabs", "--search", "bob"); !reflect.DeepEqual(lines, []string{"x\tBob\t"}) {
		t.Errorf("search bob = %q", lines)
	}
	// Models are filtered here: ElevenLabs' model list takes no search.
	lines, _ = c.choicesOK("llm.model", "--provider", "elevenlabs", "--search", "GPT")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "gpt-4.1\t") {
		t.Errorf("search GPT among models = %q", lines)
	}
}

func TestChoicesAsJSON(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	fake.SetVoices([]map[string]any{dashatest.Voice("zmcV", "Rachel", "ElevenLabs", "en-US"), {"id": "v2", "provider": "Cartesia", "name": nil}})
	code, stdout, stderr := c.run("choices", "voice.voice_id", "--provider", "dasha", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []map[string]string
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, stdout)
	}
	want := []map[string]string{{"id": "zmcV", "name": "Rachel", "detail": "ElevenLabs, en-US"}, {"id": "v2", "name": "v2", "detail": "Cartesia"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("JSON = %v, want %v", got, want)
	}
	code, stdout, _ = c.run("choices", "voice.voice_id", "--provider", "dasha", "--json", "--search", "nobody")
	if code != exitOK || strings.TrimSpace(stdout) != "[]" {
		t.Errorf("no match as JSON: exit %d, %q; want []", code, stdout)
	}
}

func TestChoicesOfNovaAreOneVendorsVoices(t *testing.T) {
	t.Parallel()
	c, fake := novaCLI(t)
	var voices []map[string]any
	for i := range 120 {
		voices = append(voices, novatest.Voice(fmt.Sprintf("ca_%d", i), fmt.Sprintf("Anna %d", i), "cartesia", "de", "", "female"))
	}
	fake.SetVoices("cartesia", voices...)
	lines, _ := c.choicesOK("voice.voice_id", "--provider", "nova", "--vendor", "cartesia")
	if len(lines) != 120 || lines[119] != "ca_119\tAnna 119\tde, female" {
		t.Errorf("%d lines, last %q", len(lines), lines[len(lines)-1])
	}
	code, stdout, stderr := c.run("choices", "voice.voice_id", "--provider", "nova")
	if code != exitFailure || stdout != "" || !strings.Contains(stderr, "choose the voice vendor first") {
		t.Errorf("no vendor: exit %d, stderr %q", code, stderr)
	}
}

func TestChoicesOfTrilletSayTheyAreFromTheDocs(t *testing.T) {
	t.Parallel()
	c := newCLI(t) // no key, no server: the docs' lists need neither
	lines, stderr := c.choicesOK("voice.voice_id", "--provider", "trillet")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "mistv2_Wildflower\t") || !strings.Contains(stderr, "from Trillet's docs") {
		t.Errorf("lines %q, stderr %q", lines, stderr)
	}
	code, stdout, stderr := c.run("choices", "voice.voice_id", "--provider", "trillet", "--vendor", "cartesia")
	if code != exitFailure || stdout != "" || strings.Contains(stderr, "mistv2") {
		t.Errorf("Cartesia: exit %d, stdout %q, stderr %q; want no Rime voice and exit 1", code, stdout, stderr)
	}
}

// A list that cannot be read exits 1 with one plain sentence and one
// plain reason, whatever the provider sent.
func TestChoicesThatCannotBeReadExitOne(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	fake.Inject("tools", elevenlabstest.Fault{Status: 200, Body: `{"tools": {"not": "a list"}, "has_more": false}`})
	code, stdout, stderr := c.run("choices", "tools", "--provider", "elevenlabs")
	want := "agentdeck: Could not read the tools saved in the workspace of ElevenLabs Agents.\n" +
		"  ElevenLabs answered with something that is not a list of tools.\n"
	if code != exitFailure || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout, stderr, want)
	}
	noKey := newCLI(t)
	code, _, stderr = noKey.run("choices", "voice.voice_id", "--provider", "elevenlabs")
	if code != exitFailure || !strings.Contains(stderr, "No API key for ElevenLabs") || strings.Count(stderr, "\n") != 2 {
		t.Errorf("no key: exit %d, stderr %q", code, stderr)
	}
	c.env["AGENTDECK_ELEVENLABS_API_KEY"] = "wrong-key"
	fake.Lenient()
	code, _, stderr = c.run("choices", "llm.model", "--provider", "elevenlabs")
	if code != exitFailure || !strings.Contains(stderr, "did not accept the API key. Invalid API key.") {
		t.Errorf("wrong key: exit %d, stderr %q", code, stderr)
	}
}

func TestChoicesEscapeHostileNames(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	fake.SetVoices(elevenlabstest.Voice("v1", "Evil\x1b[2J\tName\nnext", map[string]string{"accent": "\u009b31m"}))
	code, stdout, _ := c.run("choices", "voice.voice_id", "--provider", "elevenlabs")
	if code != exitOK || strings.ContainsAny(stdout, "\x1b\u009b") || strings.Count(stdout, "\t") != 2 || strings.Count(stdout, "\n") != 1 {
		t.Errorf("hostile name printed raw: %q", stdout)
	}
	if !strings.Contains(stdout, `Evil\u001b[2J\tName\nnext`) {
		t.Errorf("the name is not shown escaped: %q", stdout)
	}
}

// The voices sit beside the agents base, so a base URL with another
// prefix moves them too.
func TestChoicesFollowTheBaseURL(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, fakeKey, elevenlabstest.WithGateway("/eu/gateway"))
	c := newCLI(t)
	c.env["AGENTDECK_ELEVENLABS_API_KEY"] = fakeKey
	c.env["AGENTDECK_ELEVENLABS_BASE_URL"] = fake.BaseURL
	if lines, _ := c.choicesOK("voice.voice_id", "--provider", "elevenlabs"); len(lines) != 2 {
		t.Errorf("voices = %q", lines)
	}
	if p := fake.Calls("voices")[0].Path; p != "/eu/gateway/v2/voices" {
		t.Errorf("voices asked at %s, want /eu/gateway/v2/voices", p)
	}
}

func TestChoicesWrongUsageExitsTwo(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"choices", "voice.speed", "--provider", "nova"},
		{"choices", "voice.voice_id", "--provider", "vapi"},
		{"choices", "voice.voice_id"},
		{"choices", "--provider", "nova"},
	} {
		if code, _, stderr := newCLI(t).run(args...); code != exitUsage {
			t.Errorf("%q exited %d: %s", args, code, stderr)
		}
	}
}
