package secretdoc

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

func TestResolve(t *testing.T) {
	t.Parallel()
	ref := agent.NewSecretRef("voice.vendor_key")
	other := agent.NewSecretRef("x")
	obj, _ := jsondoc.Parse([]byte(`{"k": "` + string(ref) + `", "list": ["` + string(ref) + `"], "prompt": "secret: not a ref"}`))
	if err := Resolve(obj, agent.SecretMap{ref: "sk-real"}); err != nil {
		t.Fatal(err)
	}
	if got := jsondoc.Compact(obj); got != `{"k":"sk-real","list":["sk-real"],"prompt":"secret: not a ref"}` {
		t.Fatalf("got %s", got)
	}
	obj2, _ := jsondoc.Parse([]byte(`{"a": {"b": "` + string(other) + `"}}`))
	err := Resolve(obj2, agent.SecretMap{})
	if err == nil || !strings.Contains(err.Error(), "a.b") || strings.Contains(err.Error(), string(other)) {
		t.Fatalf("want a missing-secret error naming a.b without the reference, got %v", err)
	}
}

func TestExtractURLsThenResolve(t *testing.T) {
	t.Parallel()
	obj, _ := jsondoc.Parse([]byte(`{"hooks":[{"url":"https://u:pw-123@example.com/x?api_key=k-456&q=1"}]}`))
	found := ExtractURLs(obj)
	if len(found) != 2 || strings.Contains(jsondoc.Compact(obj), "pw-123") || strings.Contains(jsondoc.Compact(obj), "k-456") {
		t.Fatalf("found %v, left %s", found, jsondoc.Compact(obj))
	}
	if err := Resolve(obj, agent.SecretMap(found)); err != nil {
		t.Fatal(err)
	}
	if got := jsondoc.Compact(obj); !strings.Contains(got, "pw-123") || !strings.Contains(got, "k-456") {
		t.Fatalf("resolved to %s", got)
	}
}
