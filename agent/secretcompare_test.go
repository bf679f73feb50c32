package agent

import "testing"

func TestTwoDecodesOfOneAgentCompareEqual(t *testing.T) {
	t.Parallel()
	a := Templates[0].New("Keys")
	b := Templates[0].New("Keys")
	a.LLM.APIKey, b.LLM.APIKey = NewSecretRef("llm.api_key"), NewSecretRef("llm.api_key")
	if d := Diff(&a, &b); len(d) != 0 {
		t.Fatalf("two references differ only in their random part, yet Diff reports %v", d)
	}
	if nk := NotKept(&a, &b); len(nk) != 0 {
		t.Fatalf("NotKept reports a secret as lost: %v", nk)
	}
	b.LLM.APIKey = ""
	if d := Diff(&a, &b); len(d) != 1 || d[0].Path != "llm.api_key" {
		t.Fatalf("a removed secret must still show: %v", d)
	}
	one := []byte(`{"k": "` + string(NewSecretRef("llm.api_key")) + `", "n": 1}`)
	two := []byte(`{"n": 1, "k": "` + string(NewSecretRef("llm.api_key")) + `"}`)
	if DocHash(one) != DocHash(two) {
		t.Fatal("DocHash changes with the random part of a reference")
	}
	if DocHash(one) == DocHash([]byte(`{"n": 1, "k": "`+string(NewSecretRef("mcp[0].api_key"))+`"}`)) {
		t.Fatal("references for different fields must hash differently")
	}
}
