package storage

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// The list carries each draft's environments and where each stands, from
// the index: a new process reads them without reading a draft, and an
// index of the version before (which had none) is rebuilt from the drafts.
func TestListCarriesEachEnvironmentsState(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	d := newDraft("Desk", "elevenlabs")
	d.Environments = map[string]agent.EnvValues{
		"staging": {Variables: map[string]string{"clinic": "Test"}},
		"prod":    {Variables: map[string]string{"clinic": "Main \t street"}},
	}
	mustSave(t, s, &d)
	prod, err := d.AgentFor("prod")
	if err != nil {
		t.Fatal(err)
	}
	d.SetRemoteFor("elevenlabs", "prod", agent.Remote{ID: "agent\twith a tab", AgentHash: agent.ContentHash(&prod)})
	d.SetRemoteFor("elevenlabs", "staging", agent.Remote{ID: "s-1", AgentHash: "stale"})
	mustSave(t, s, &d)
	plain := newDraft("Plain", "nova")
	mustSave(t, s, &plain)
	settle(t, s)

	want := []EnvEntry{
		{Name: "default", State: agent.EnvNever},
		{Name: "prod", State: agent.EnvInStep, AgentID: "agent\twith a tab"},
		{Name: "staging", State: agent.EnvChanged, AgentID: "s-1"},
	}
	check := func(st *Store, what string) {
		t.Helper()
		entries, err := st.List()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			switch e.ID {
			case d.ID:
				if !reflect.DeepEqual(e.Envs, want) {
					t.Errorf("%s: environments = %+v\nwant %+v", what, e.Envs, want)
				}
			case plain.ID:
				if len(e.Envs) != 1 || e.Envs[0].State != agent.EnvNever {
					t.Errorf("%s: a draft with no environments: %+v", what, e.Envs)
				}
			}
		}
	}
	check(s, "first list")
	fresh := mustOpen(t, s.dir)
	check(fresh, "from the index")
	if n := fresh.parsed.Load(); n != 0 {
		t.Errorf("a list from the index read %d drafts", n)
	}
	// An index of the version before: its lines have no environments, so
	// it is not trusted but rebuilt.
	path := filepath.Join(s.dir, indexFile)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	lines[0] = strings.Replace(lines[0], "\t"+indexVersion+"\t", "\t5\t", 1)
	for i := 1; i < len(lines); i++ {
		lines[i] = lines[i][:strings.LastIndex(lines[i], "\t")]
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	old := mustOpen(t, s.dir)
	check(old, "after an older index")
	if n := old.parsed.Load(); n != 2 {
		t.Errorf("an older index: %d drafts read, want both", n)
	}
}

func TestIndexRefusesADamagedEnvironmentsField(t *testing.T) {
	t.Parallel()
	for _, f := range []string{"x", "s\x1eprod", "s\x1eprod\x1fz\x1fid", "sprod\x1fs\x1fid", "s\x1eprod\x1fss\x1fid"} {
		if checkEnvsField(f) {
			t.Errorf("%q was taken as an environments field", f)
		}
	}
	for _, f := range []string{"", "n", "s\x1eprod\x1fc\x1f", "u\x1ea\x1fs\x1fid\x1eb\x1fn\x1f"} {
		if !checkEnvsField(f) {
			t.Errorf("%q was refused", f)
		}
	}
}

// The default environment's state comes from the draft's status: the two
// say the same in other words.
func TestDefaultEnvStateIsTheStatus(t *testing.T) {
	t.Parallel()
	d := newDraft("Desk", "nova")
	check := func(what string) {
		t.Helper()
		got, _ := envState(defaultEnvCode(d.Status()))
		if want := d.EnvState(agent.DefaultEnv); got != want {
			t.Errorf("%s: status %q gives %q, EnvState says %q", what, d.Status(), got, want)
		}
	}
	check("new")
	d.SetRemote(agent.Remote{ID: "a1", AgentHash: agent.ContentHash(&d.Agent)})
	check("pulled")
	d.SetRemote(agent.Remote{ID: "a1", AgentHash: agent.ContentHash(&d.Agent), PushedAt: d.Updated.Add(1)})
	check("pushed")
	d.Agent.Identity.Name = "Other"
	check("changed")
	d.SetRemote(agent.Remote{CreatePending: &agent.PendingCreate{BodyHash: "x"}})
	check("unclear")
}
