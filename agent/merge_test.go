package agent

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
)

// hiding answers without the voice section, as Nova answers with
// placeholders.
type hiding struct{ *memProvider }

func (h hiding) Get(ctx context.Context, id string) ([]byte, error) {
	doc, err := h.memProvider.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	var a Agent
	_ = json.Unmarshal(doc, &a)
	a.Voice = Voice{}
	return json.Marshal(a)
}

// hidingProvider also knows how to complete such an answer.
type hidingProvider struct {
	hiding
	mergeErr error
}

func (h hidingProvider) MergeNative(earlier, fresh []byte) ([]byte, error) {
	if h.mergeErr != nil {
		return nil, h.mergeErr
	}
	var old, now Agent
	_ = json.Unmarshal(earlier, &old)
	_ = json.Unmarshal(fresh, &now)
	if now.Voice == (Voice{}) {
		now.Voice = old.Voice
	}
	return json.Marshal(now)
}

func TestMergeNative(t *testing.T) {
	t.Parallel()
	fresh := []byte(`{"identity":{"name":"n"}}`)
	earlier := []byte(`{"identity":{"name":"old"},"voice":{"vendor":"v"}}`)
	tests := []struct {
		name string
		p    Provider
		in   []byte
		want string
	}{
		{"a provider that hides nothing gets fresh back", newMem(), earlier, string(fresh)},
		{"no earlier document gives fresh", hidingProvider{hiding: hiding{newMem()}}, nil, string(fresh)},
		{"a failed merge gives fresh", hidingProvider{hiding: hiding{newMem()}, mergeErr: errors.New("x")}, earlier, string(fresh)},
		{"a merger completes fresh", hidingProvider{hiding: hiding{newMem()}}, earlier, `{"identity":{"name":"n"},"llm":{},"voice":{"vendor":"v"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := MergeNative(tt.p, tt.in, fresh); string(got) != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestReadBackDoesNotReportWhatTheAnswerHides(t *testing.T) {
	t.Parallel()
	speed := 1.1
	tests := []struct {
		name        string
		p           Provider
		wantNotKept int
	}{
		{"an answer that hides the voice, read as it is, loses the speed", hiding{newMem()}, 1},
		{"completed with what was sent, nothing is lost", hidingProvider{hiding: hiding{newMem()}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := testDraft()
			d.Agent.Voice.Speed = &speed
			res, err := Push(context.Background(), tt.p, d, &memStore{}, PushOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.NotKept) != tt.wantNotKept {
				t.Errorf("not kept = %v, want %d", res.NotKept, tt.wantNotKept)
			}
		})
	}
}
