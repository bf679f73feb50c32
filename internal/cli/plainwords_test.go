package cli

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
)

// Plain words everywhere a person reads (issue 16, point 5): every field's
// help, each provider's notes, and every problem agentdeck can produce,
// with the label of the field it names, are free of wire paths
// (prompt_template, a.b, x[1]), of a trailing "…" and of doubled sentences.

var (
	// wirePath is a dotted, indexed or snake_case identifier.
	wirePath = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b|\w\[\d+\]`)
	// notWire are the parts of a text that look like paths and are not:
	// web addresses, example hosts, {{variables}}, quoted names people
	// typed, and abbreviations.
	notWire = regexp.MustCompile(`https?://\S*|\{\{[^}]*\}\}|“[^”]*”|"[^"]*"|\b[\w-]+\.example(\.\w+)?(:\d+)?\b|\b(e\.g|i\.e)\.|\b\d+(\.\d+)+\b|\bv\d+(\.\d+)*\b|\b[\w-]+\.(com|ai|io|net|org)\b`)
	// typedExamples are example values people type (a tool or variable
	// name, a model id), shown after "like" in help: values, not paths.
	typedExamples = map[string]bool{
		"lookup_order": true, "order_number": true, "streamable_http": true, "business_name": true,
		"appointment_time": true, "customer_name": true, "pt-br": true,
	}
	sentenceEnd = regexp.MustCompile(`[.!?]\s+`)
)

// plainProblems lists what is wrong with text as people read it.
func plainProblems(text string) []string {
	var out []string
	rest := notWire.ReplaceAllString(text, " ")
	for _, m := range wirePath.FindAllString(rest, -1) {
		if !typedExamples[m] {
			out = append(out, fmt.Sprintf("wire name %q", m))
		}
	}
	if strings.HasSuffix(strings.TrimSpace(text), "…") {
		out = append(out, "ends in …")
	}
	seen := map[string]bool{}
	for _, s := range sentenceEnd.Split(text, -1) {
		s = strings.ToLower(strings.Trim(s, " .!?"))
		if s != "" && seen[s] {
			out = append(out, fmt.Sprintf("sentence said twice: %q", s))
		}
		seen[s] = true
	}
	return out
}

func checkPlain(t *testing.T, where, text string) {
	t.Helper()
	for _, p := range plainProblems(text) {
		t.Errorf("%s: %s in %q", where, p, text)
	}
}

func TestPlainWordsCheckerCatchesWireWords(t *testing.T) {
	for _, bad := range []string{"set prompt_template first", "see settings.speed", "params[1] is empty", "Read the rest…", "Use a number. Use a number."} {
		if len(plainProblems(bad)) == 0 {
			t.Errorf("%q passed the check", bad)
		}
	}
	for _, good := range []string{"Tool “lookup_order” › Name", "The web address, like https://api.example.com/v1/x.", "Use {{customer_name}} in the prompt."} {
		if ps := plainProblems(good); len(ps) > 0 {
			t.Errorf("%q: %v", good, ps)
		}
	}
}

func TestEveryHelpTextIsPlain(t *testing.T) {
	t.Parallel()
	for _, f := range append(append([]agent.FieldInfo(nil), agent.Fields...), agent.SubFields...) {
		checkPlain(t, "help of "+f.Path, f.Label+": "+f.Help)
	}
	eachOfflineProvider(t, func(d agent.Descriptor, p agent.Provider) {
		for path, spec := range p.Capabilities().Fields {
			help := ""
			if info, ok := agent.FieldInfoOf(path); ok {
				help = info.Help
			} else if info, ok := agent.FieldByPath(path); ok && info.Path == path {
				help = info.Help
			}
			full := agent.HelpWithNote(help, spec.Note)
			checkPlain(t, d.ID()+" help of "+path, full)
			if n := len(sentenceEnd.Split(strings.ReplaceAll(strings.TrimSpace(full), "e.g.", "eg"), -1)); n > 2 {
				t.Errorf("%s help of %s: %d sentences, want one or two: %q", d.ID(), path, n, full)
			}
			for _, c := range spec.Choices {
				if c.Label != "" {
					checkPlain(t, d.ID()+" choice of "+path, c.Label)
				}
			}
		}
	})
}

// badAgents are agents with something wrong in every section, each kind of
// mistake once.
func badAgents() []agent.Agent {
	n, big, neg := 7.5, 99999.0, -3
	zero := 0
	base := agent.Templates[3].New("")
	a := base
	a.Identity.Language, a.Identity.Timezone = "english please", "Mars/Olympus"
	a.LLM.Temperature, a.Voice.Speed, a.Turn.Timeout = &n, &n, &big
	a.LLM.MaxTokens = &neg
	a.Greeting.Who = "nobody"
	a.Schedule = agent.Schedule{Timezone: "Local", Wed: []agent.Window{{Start: "13:00", End: "12:00"}, {Start: "25:00", End: "x"}, {Start: "11:00", End: "12:30"}}}
	a.Callbacks = agent.Callbacks{Enabled: true, MaxAttempts: &zero, Gaps: []agent.Gap{{Days: 40, Hours: 30}}}
	a.Tools = append(a.Tools, agent.Tool{
		Name: "9 bad name", URL: "ftp://x", Method: "FETCH", TimeoutSeconds: &zero, Retries: &neg,
		Headers: []agent.Header{{Name: ""}},
		Params:  []agent.Param{{Name: "1x", Type: "date", In: "cookie"}, {Name: "ok"}, {Name: "ok"}},
	}, agent.Tool{Name: "lookup_order", URL: "http://plain.example"})
	a.Builtins = []agent.BuiltinTool{{Kind: agent.BuiltinVoicemailDetection}, {Kind: agent.BuiltinLanguageDetection}, {Kind: agent.BuiltinKeypad}, {Kind: agent.BuiltinEndCall}, {Kind: agent.BuiltinEndCall}}
	a.Variables = []agent.Variable{{Name: "has space"}, {Name: "x"}, {Name: "x"}}
	a.MCP = []agent.MCPServer{{Name: "", URL: "nope", Transport: "pigeon", Headers: []agent.Header{{}}}, {Name: "s", URL: "https://m.example", APIKey: agent.SecretRef("ref:x")}, {Name: "s", URL: "https://m.example"}}
	a.Webhooks.PreCall = agent.Webhook{Method: "POST"}
	a.Webhooks.PostCall = agent.Webhook{URL: "notaurl", Method: "BREW", TimeoutSeconds: &zero}
	a.Voice.Vendor, a.Voice.BackgroundSound, a.Voice.Stability = "Cartesia", "jungle", &n
	a.Telephony.OutboundSIP = &agent.OutboundSIP{}
	b := agent.Templates[0].New("Plain")
	b.Identity.Language = "de"
	b.Voice.Vendor = "Lmnt"
	b.Voice.Speed = &n
	c := agent.Templates[2].New("Reminder")
	c.Schedule.Timezone = ""
	c.Schedule.Mon[0].End = "24:00"
	return []agent.Agent{a, b, c, base}
}

func TestEveryProblemTextIsPlain(t *testing.T) {
	t.Parallel()
	eachOfflineProvider(t, func(d agent.Descriptor, p agent.Provider) {
		for i, a := range badAgents() {
			for _, pr := range p.Validate(&a) {
				where := fmt.Sprintf("%s agent %d %s", d.ID(), i, pr.Path)
				checkPlain(t, where+" message", pr.Message)
				checkPlain(t, where+" label", agent.Label(pr.Path))
				checkPlain(t, where+" label", agent.LabelIn(&a, pr.Path))
				checkPlain(t, where+" screen sentence", errtext.Sentence(agent.Problems{pr}, d.Info.Name))
			}
		}
	})
}

func TestEveryErrorSentenceIsPlain(t *testing.T) {
	t.Parallel()
	kinds := []error{
		agent.ErrUnauthorized, agent.ErrNotFound, agent.ErrRateLimited, agent.ErrUnavailable,
		agent.ErrUnreadable, agent.ErrRedirected, agent.ErrMalformedKey, agent.ErrConflict, agent.ErrInvalid,
	}
	for _, k := range kinds {
		for _, style := range []errtext.Audience{errtext.Line, errtext.Screen} {
			checkPlain(t, fmt.Sprintf("kind %v", k), errtext.Kind(k, "Dasha", style))
		}
		pe := &agent.ProviderError{Provider: "dasha", Kind: k, Message: "the agent name is taken"}
		checkPlain(t, fmt.Sprintf("sentence %v", k), errtext.Sentence(pe, "Dasha"))
		checkPlain(t, fmt.Sprintf("sentence %v", k), errtext.Sentence(fmt.Errorf("push: %w", errors.Join(k)), "Dasha"))
	}
}
