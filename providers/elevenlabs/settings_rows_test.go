package elevenlabs

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// The generated tables write rows that differ only by a name once; eachNamed
// must give back each name's row as it was spelt out before.
func TestEachNamedSpellsOutEachName(t *testing.T) {
	rows := eachNamed([]agent.Setting{{
		Key: "g_{name}_on", Wire: "g.{name}.on", Kind: agent.KindBool, Label: "{Words} is enabled",
		Help: "When on, the {words} check is used.", Spec: agent.FieldSpec{Default: "no"},
	}}, "sexual", "self_harm")
	want := []agent.Setting{
		{Key: "g_sexual_on", Wire: "g.sexual.on", Kind: agent.KindBool, Label: "Sexual is enabled", Help: "When on, the sexual check is used.", Spec: agent.FieldSpec{Default: "no"}},
		{Key: "g_self_harm_on", Wire: "g.self_harm.on", Kind: agent.KindBool, Label: "Self harm is enabled", Help: "When on, the self harm check is used.", Spec: agent.FieldSpec{Default: "no"}},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d", len(rows), len(want))
	}
	for i := range want {
		if rows[i].Key != want[i].Key || rows[i].Wire != want[i].Wire || rows[i].Label != want[i].Label ||
			rows[i].Help != want[i].Help || rows[i].Kind != want[i].Kind || rows[i].Spec.Default != want[i].Spec.Default {
			t.Errorf("row %d = %+v, want %+v", i, rows[i], want[i])
		}
	}
}

// A run of rows two lists share is joined into each as a copy: changing one
// list leaves the shared run and the other list alone.
func TestJoinRowsCopies(t *testing.T) {
	shared := []agent.Setting{{Key: "a"}, {Key: "b"}}
	one := joinRows([]agent.Setting{{Key: "x"}}, shared)
	two := joinRows(shared, []agent.Setting{{Key: "y"}})
	one[1].Key = "changed"
	if shared[0].Key != "a" || two[0].Key != "a" {
		t.Fatalf("joinRows shares its backing array: shared %v, two %v", shared, two)
	}
	if len(one) != 3 || one[0].Key != "x" || one[2].Key != "b" || len(two) != 3 || two[2].Key != "y" {
		t.Fatalf("joinRows order: one %v, two %v", one, two)
	}
}
