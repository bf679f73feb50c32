package providertest

import (
	"reflect"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// ErrorBody is one case of RunErrorBodies: an error answer's body and what
// the provider's decoder must read from it.
type ErrorBody struct {
	Name, Body           string
	Msg, Code, RequestID string
	// Fields, when set, is every field the decoder must read, in order.
	// Otherwise Field is the first field's path in the model ("" when the
	// answer names none) and Loc, when set, its place in the document.
	Fields     []agent.FieldError
	Field, Loc string
}

// RunErrorBodies runs decode (a provider's error decoder) on each case's
// body and checks the message, code, request id and fields it reads.
func RunErrorBodies(t *testing.T, decode func(e *agent.ProviderError, body []byte), cases []ErrorBody) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			t.Parallel()
			e := &agent.ProviderError{}
			decode(e, []byte(tt.Body))
			if e.Message != tt.Msg || e.Code != tt.Code || e.RequestID != tt.RequestID {
				t.Errorf("message, code, request id = %q, %q, %q; want %q, %q, %q", e.Message, e.Code, e.RequestID, tt.Msg, tt.Code, tt.RequestID)
			}
			switch {
			case tt.Fields != nil:
				if !reflect.DeepEqual(e.Fields, tt.Fields) {
					t.Errorf("fields = %+v\nwant %+v", e.Fields, tt.Fields)
				}
			case tt.Field == "" && len(e.Fields) > 0:
				t.Errorf("unexpected fields %+v", e.Fields)
			case tt.Field != "" && (len(e.Fields) == 0 || e.Fields[0].Path != tt.Field || (tt.Loc != "" && e.Fields[0].Loc != tt.Loc)):
				t.Errorf("fields = %+v, want %s at %q", e.Fields, tt.Field, tt.Loc)
			}
		})
	}
}
