package proof

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/storage"
)

// crashKills is how many times the crash test kills the binary: a short
// run on every submission, hundreds with AGENTDECK_LONG=1 (scripts/proof.sh).
func crashKills() int {
	if n, err := strconv.Atoi(os.Getenv("AGENTDECK_CRASH_KILLS")); err == nil && n > 0 {
		return n
	}
	if os.Getenv("AGENTDECK_LONG") != "" {
		return 400
	}
	return 30
}

// crashDrafts is how many linked drafts the crash test keeps refreshing.
const crashDrafts = 4

// bigPrompt makes each draft large (about 180 KB), so writing one takes
// long enough for kills to land in the middle of it.
func bigPrompt(version int) string {
	line := fmt.Sprintf("Version %d. You answer calls for the front desk and keep every answer short and kind.\n", version)
	return strings.Repeat(line, 2000)
}

// crashRig is a fake ElevenLabs with linked drafts, and the binary's
// environment pointing at it.
type crashRig struct {
	t      *testing.T
	fake   *elevenlabstest.Server
	env    []string
	dir    string            // the drafts folder
	remote map[string]string // remote agent id → draft id
}

const crashKey = "crash-test-key-0123456789"

func newCrashRig(t *testing.T) *crashRig {
	t.Helper()
	home := t.TempDir()
	fake := elevenlabstest.NewServer(t, crashKey)
	r := &crashRig{
		t:    t,
		fake: fake,
		env: binaryEnv(home, "AGENTDECK_ELEVENLABS_API_KEY="+crashKey,
			"AGENTDECK_ELEVENLABS_BASE_URL="+fake.BaseURL),
		dir:    filepath.Join(home, "agentdeck", "drafts"),
		remote: map[string]string{},
	}
	for i := range crashDrafts {
		id := fake.AddAgent(map[string]any{
			"name": fmt.Sprintf("Desk %d", i),
			"conversation_config": map[string]any{
				"agent": map[string]any{
					"first_message": "Hello", "language": "en",
					"prompt": map[string]any{"prompt": bigPrompt(0), "llm": "gpt-4.1", "temperature": json.Number("0.4")},
				},
				"tts": map[string]any{"voice_id": "21m00Tcm4TlvDq8ikWAM"},
			},
		})
		code, out, errs := runBinary(t, r.env, "pull", "--provider", "elevenlabs", id)
		if code != 0 {
			t.Fatalf("first pull of %s: exit %d: %s", id, code, errs)
		}
		r.remote[id] = strings.TrimSpace(out)
	}
	return r
}

// setRemotePrompt changes the prompt of a remote agent, as someone editing
// it on the provider's dashboard would.
func (r *crashRig) setRemotePrompt(id, prompt string) {
	r.t.Helper()
	a, ok := r.fake.Agent(id)
	if !ok {
		r.t.Fatalf("no remote agent %s", id)
	}
	cc := a["conversation_config"].(map[string]any)
	cc["agent"].(map[string]any)["prompt"].(map[string]any)["prompt"] = prompt
	body, _ := json.Marshal(map[string]any{"conversation_config": cc})
	req, err := http.NewRequestWithContext(r.t.Context(), http.MethodPatch, r.fake.BaseURL+"/agents/"+id, bytes.NewReader(body))
	if err != nil {
		r.t.Fatal(err)
	}
	req.Header.Set("xi-api-key", crashKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	_ = resp.Body.Close() // only the status matters
	if resp.StatusCode != http.StatusOK {
		r.t.Fatalf("changing the remote agent: %s", resp.Status)
	}
}

// snapshot reads every draft file.
func (r *crashRig) snapshot() map[string][]byte {
	r.t.Helper()
	out := map[string][]byte{}
	for _, draftID := range r.remote {
		data, err := os.ReadFile(filepath.Join(r.dir, draftID+".yaml"))
		if err != nil {
			r.t.Fatalf("draft %s is gone: %v", draftID, err)
		}
		out[draftID] = data
	}
	return out
}

// pull starts `agentdeck pull` for a remote agent and returns the running
// process.
func (r *crashRig) pull(remoteID string) *exec.Cmd {
	cmd := exec.CommandContext(r.t.Context(), agentdeckBin, "pull", "--provider", "elevenlabs", remoteID)
	cmd.Env = r.env
	if err := cmd.Start(); err != nil {
		r.t.Fatal(err)
	}
	return cmd
}

// TestCrashWhileRefreshingDrafts kills `agentdeck pull` with SIGKILL at
// random moments while it rewrites a large draft linked to a remote agent
// that changed, hundreds of times with AGENTDECK_LONG=1, and after each
// kill checks every draft: each file is either exactly the old version or
// a readable new one with the remote's new prompt and the next revision;
// none is damaged, none lost, and no draft is added.
func TestCrashWhileRefreshingDrafts(t *testing.T) {
	r := newCrashRig(t)
	remotes := make([]string, 0, len(r.remote))
	for id := range r.remote {
		remotes = append(remotes, id)
	}
	slices.Sort(remotes)

	// How long an uninterrupted refresh takes here sets the kill window.
	var runs []time.Duration
	for i, id := range remotes {
		r.setRemotePrompt(id, bigPrompt(1))
		start := time.Now()
		if err := r.pull(id).Wait(); err != nil {
			t.Fatalf("uninterrupted pull %d: %v", i, err)
		}
		runs = append(runs, time.Since(start))
	}
	slices.Sort(runs)
	window := runs[len(runs)/2] * 12 / 10
	t.Logf("an uninterrupted refresh takes %s; kills land in the first %s", runs[len(runs)/2], window)

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 9)) //nolint:gosec // G404: kill moments need spread, not secrecy
	kills, old, fresh, midWrite := crashKills(), 0, 0, 0
	for i := range kills {
		version := i + 2
		remoteID := remotes[rng.IntN(len(remotes))]
		draftID := r.remote[remoteID]
		r.setRemotePrompt(remoteID, bigPrompt(version))
		before := r.snapshot()
		// The revision is this machine's bookkeeping beside the file, so it
		// is read through the store, not from the file's bytes.
		prevRev := r.load(draftID).Revision
		r.pullAndKill(remoteID, draftID, i%2 == 0, window, rng)

		after := r.snapshot()
		for id, data := range after {
			if id != draftID {
				if !bytes.Equal(data, before[id]) {
					t.Fatalf("kill %d: draft %s, which was not being refreshed, changed", i, id)
				}
				continue
			}
			if bytes.Equal(data, before[id]) {
				old++
				continue
			}
			d := r.load(draftID)
			if d.Agent.LLM.Prompt != bigPrompt(version) || d.Revision != prevRev+1 {
				t.Fatalf("kill %d: draft %s is neither the old version nor the new one (revision %d after %d; prompt starts %.30q)",
					i, id, d.Revision, prevRev, d.Agent.LLM.Prompt)
			}
			fresh++
		}
		r.checkFolder(i)
		if n := r.tempFiles(); n > 0 {
			midWrite++ // killed between creating the temp file and renaming it
			r.removeTempFiles()
		}
	}
	t.Logf("%d kills: %d left the old version, %d the new one; %d landed while a draft was being written", kills, old, fresh, midWrite)
	if os.Getenv("AGENTDECK_LONG") != "" && midWrite == 0 {
		t.Errorf("no kill landed while a draft was being written; the test proves nothing")
	}
}

func (r *crashRig) load(id string) agent.Draft {
	r.t.Helper()
	s, err := storage.Open(r.dir)
	if err != nil {
		r.t.Fatal(err)
	}
	d, err := s.Load(id)
	if err != nil {
		r.t.Fatalf("draft %s cannot be read after a kill: %v", id, err)
	}
	return d
}

// checkFolder lists the drafts folder as a fresh start would: exactly the
// linked drafts, none damaged.
func (r *crashRig) checkFolder(kill int) {
	r.t.Helper()
	s, err := storage.Open(r.dir)
	if err != nil {
		r.t.Fatal(err)
	}
	entries, err := s.List()
	if err != nil {
		r.t.Fatal(err)
	}
	if len(entries) != len(r.remote) {
		r.t.Fatalf("kill %d: %d drafts listed, want %d", kill, len(entries), len(r.remote))
	}
	for _, e := range entries {
		if e.Damaged != "" {
			r.t.Fatalf("kill %d: draft %s is damaged: %s", kill, e.ID, e.Damaged)
		}
	}
}
