package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// Issue 13, point 10: credentials beyond the fixed fields are recognised on
// every provider where the place exists — headers named like a credential
// (X-Hub-Signature, X-Custom-Auth), passwords in addresses, key-like query
// parameters, and ElevenLabs' custom_llm.api_key as a plain string. Each is
// kept out of the draft, masked in export, and sent as it was at push.
func TestSecretsInHeadersAddressesAndQueriesAreKeptOut(t *testing.T) {
	t.Parallel()
	tests := []struct {
		provider string
		doc      string
		secrets  []string
	}{
		{
			"nova", `{"name":"n","type":"voice","prompt_template":"hi",
			"precall_webhook":{"url":"https://bot:PW-SECRET-N1@hooks.example/pre?api_key=QK-SECRET-N2&lang=en",
			"headers":{"X-Hub-Signature":"SIG-SECRET-N3","Accept":"application/json"}}}`,
			[]string{"PW-SECRET-N1", "QK-SECRET-N2", "SIG-SECRET-N3"},
		},
		// Trillet documents no address of its own; one it sends but
		// agentdeck does not model is still searched.
		{
			"trillet", `{"name":"t","llmModel":{"prompt":"hi"},
			"webhookUrl":"https://hooks.example/t?access_token=AT-SECRET-T1&x=1"}`,
			[]string{"AT-SECRET-T1"},
		},
		{
			"elevenlabs", `{"name":"e","conversation_config":{"agent":{"prompt":{"prompt":"hi","llm":"custom-llm",
			"custom_llm":{"url":"https://llm:PW-SECRET-E1@llm.example/v1","api_key":"CL-SECRET-E2",
				"request_headers":{"X-Custom-Auth":"AU-SECRET-E3"}},
			"tools":[{"type":"webhook","name":"lookup","description":"d",
				"api_schema":{"url":"https://api.example/x?token=TK-SECRET-E4","method":"GET",
				"request_headers":{"X-Password":"PS-SECRET-E5","Accept":"json"}}}]}}}}`,
			[]string{"PW-SECRET-E1", "CL-SECRET-E2", "AU-SECRET-E3", "TK-SECRET-E4", "PS-SECRET-E5"},
		},
		{
			"dasha", `{"name":"d","config":{"primaryLanguage":"en-US",
			"llmConfig":{"model":"m","vendor":"openai","prompt":"hi"},
			"resultWebhook":{"url":"https://user:PW-SECRET-D1@hooks.example/r?sig=SG-SECRET-D2",
				"headers":{"X-Hub-Signature":"SIG-SECRET-D3","Accept":"json"},
				"customSettings":{"httpMethod":"POST","queryParams":{"client_credential":"CC-SECRET-D4"}}},
			"mcpConnections":[{"name":"m","serverUrl":"https://mcp.example/sse?apikey=MK-SECRET-D5","transport":"SSE",
				"customHeaders":{"X-Signature":"XS-SECRET-D6"}}]}}`,
			[]string{"PW-SECRET-D1", "SG-SECRET-D2", "SIG-SECRET-D3", "CC-SECRET-D4", "MK-SECRET-D5", "XS-SECRET-D6"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.provider, func(t *testing.T) {
			t.Parallel()
			p, err := newProvider(tt.provider, storage.Connection{BaseURL: "https://api.example.com"})
			if err != nil {
				t.Fatal(err)
			}
			dec, err := p.Decode([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			inDraft, _ := json.Marshal(dec.Agent)
			masked, err := p.Encode(&dec.Agent, dec.Native, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			sent, err := p.Encode(&dec.Agent, dec.Native, agent.SecretMap(dec.Secrets))
			if err != nil {
				t.Fatal(err)
			}
			kept := map[string]bool{}
			for _, v := range dec.Secrets {
				kept[v] = true
			}
			for _, s := range tt.secrets {
				if strings.Contains(string(dec.Native)+string(inDraft), s) {
					t.Errorf("%s is in the draft", s)
				}
				if !kept[s] {
					t.Errorf("%s was not kept as a secret value", s)
				}
				if strings.Contains(string(masked), s) {
					t.Errorf("%s is shown unmasked in export", s)
				}
				if !strings.Contains(string(sent), s) {
					t.Errorf("%s is not in the request a push sends", s)
				}
			}
			if !strings.Contains(string(masked), agent.Masked) {
				t.Errorf("the export shows no mask:\n%s", masked)
			}
			// Readable parts stay readable: hosts and harmless query values.
			if !strings.Contains(string(dec.Native), "hooks.example") && !strings.Contains(string(dec.Native), "api.example") {
				t.Errorf("the address lost its readable parts:\n%s", dec.Native)
			}
		})
	}
}

// Each header name that the rule must catch, and some it must leave alone.
func TestSecretHeaderNames(t *testing.T) {
	t.Parallel()
	for _, name := range []string{
		"Authorization", "X-Api-Key", "X-Hub-Signature-256", "X-Custom-Auth",
		"X-Password", "X-Credential", "Private-Token", "X-Client-Secret", "Cookie", "subscription-key",
	} {
		if !agent.IsSecretHeader(name) {
			t.Errorf("%s is not taken for a credential", name)
		}
	}
	for _, name := range []string{"Accept", "Content-Type", "X-Request-Id", "User-Agent"} {
		if agent.IsSecretHeader(name) {
			t.Errorf("%s is taken for a credential", name)
		}
	}
	for _, name := range []string{"key", "api_key", "apikey", "token", "access_token", "secret", "client_secret", "sig", "signature", "pwd", "auth"} {
		if !agent.IsSecretQueryParam(name) {
			t.Errorf("query parameter %s is not taken for a credential", name)
		}
	}
	for _, name := range []string{"lang", "page", "id", "format"} {
		if agent.IsSecretQueryParam(name) {
			t.Errorf("query parameter %s is taken for a credential", name)
		}
	}
}
