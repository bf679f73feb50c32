package agent

import "testing"

func TestDocHashIgnoresWhichReferenceHoldsASecret(t *testing.T) {
	t.Parallel()
	a := []byte(`{"h": {"Authorization": "` + string(NewSecretRef("h")) + `"}, "n": 1}`)
	b := []byte(`{"n": 1, "h": {"Authorization": "` + string(NewSecretRef("h")) + `"}}`)
	if DocHash(a) != DocHash(b) {
		t.Error("two decodes of the same document hash differently because their references differ")
	}
	c := []byte(`{"n": 1, "h": {"Authorization": "plain"}}`)
	d := []byte(`{"n": 2, "h": {"Authorization": "` + string(NewSecretRef("h")) + `"}}`)
	if DocHash(a) == DocHash(c) || DocHash(a) == DocHash(d) {
		t.Error("a real change does not change the hash")
	}
}

func TestNotKeptCountsASecretThatCameBackAsKept(t *testing.T) {
	t.Parallel()
	sent := Agent{Webhooks: Webhooks{PreCall: Webhook{URL: "https://x.example", Headers: []Header{{Name: "Authorization", Secret: NewSecretRef("a")}}}}}
	got := Agent{Webhooks: Webhooks{PreCall: Webhook{URL: "https://x.example", Headers: []Header{{Name: "Authorization", Secret: NewSecretRef("a")}}}}}
	if cs := NotKept(&sent, &got); len(cs) != 0 {
		t.Errorf("NotKept = %v, want nothing: both carry a secret", cs)
	}
	got.Webhooks.PreCall.Headers[0] = Header{Name: "Authorization"}
	if cs := NotKept(&sent, &got); len(cs) != 1 {
		t.Errorf("NotKept = %v, want the lost secret", cs)
	}
}
