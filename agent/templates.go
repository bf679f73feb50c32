package agent

// Template is a starting point for a new draft.
type Template struct {
	ID      string
	Title   string
	Summary string
	build   func(a *Agent, c carry)
}

// carry says which fields the provider a template is filled for can carry;
// the zero carry (no provider yet) carries everything.
type carry struct{ caps *Capabilities }

func (c carry) can(path string) bool { return c.caps == nil || c.caps.Supports(path) }

// canChoose reports whether the provider offers value for path: a field
// whose built-in list leaves value out (Dasha's built-in tools have no
// voicemail detection) cannot carry it.
func (c carry) canChoose(path, value string) bool {
	if c.caps == nil {
		return true
	}
	spec, ok := c.caps.Spec(path)
	return ok && (len(spec.Choices) == 0 || hasChoice(spec.Choices, value))
}

// New returns a fresh agent from the template, named name, with every
// setting the template has, whatever the provider.
func (t Template) New(name string) Agent { return t.fill(name, carry{}) }

// For returns a fresh agent from the template for provider p: the template
// fills only what p can carry, in p's own words (Fit), so the new draft
// validates with no problems and no warnings. What p cannot carry as a
// setting is put where p can hear it, where there is such a place (Dasha's
// greeting goes into the prompt).
func (t Template) For(name string, p Provider) Agent {
	caps := p.Capabilities()
	a := t.fill(name, carry{&caps})
	Fit(&a, caps, p.Validate)
	if s, ok := p.(Starter); ok {
		s.StartAgent(&a)
	}
	return a
}

// Starter is a provider with settings of its own for new agents (ElevenLabs
// keeps new drafts' tools in the workspace), which pulled agents do not get.
type Starter interface {
	StartAgent(a *Agent)
}

func (t Template) fill(name string, c carry) Agent {
	a := Agent{Identity: Identity{Name: name, Language: "en-US", Timezone: "UTC"}}
	a.Greeting.Who = "agent"
	if t.build != nil {
		t.build(&a, c)
	}
	if a.Greeting.Text != "" && !c.can("greeting.text") && c.can("llm.prompt") && a.LLM.Prompt != "" {
		// The provider's agent words its own greeting from the prompt.
		a.LLM.Prompt += "\nOpen the call with: \"" + a.Greeting.Text + "\""
		a.Greeting.Text = ""
	}
	return a
}

// Templates lists the starting points the wizard and `new --template` offer.
var Templates = []Template{
	{"blank", "Blank agent", "Start from nothing but sensible defaults.", func(a *Agent, _ carry) {
		a.LLM.Prompt = "You are a helpful voice assistant. Keep answers short and friendly."
		a.Greeting.Text = "Hello! How can I help you today?"
	}},
	{"receptionist", "Receptionist", "Answers the phone, takes messages and passes calls on.", func(a *Agent, _ carry) {
		a.Identity.Description = "Answers incoming calls for the front desk."
		a.LLM.Prompt = "You are the receptionist of a small business.\n" +
			"Greet callers warmly, find out who they want to reach and why,\n" +
			"take a message with their name and phone number, and confirm it back.\n" +
			"Never make up opening hours or prices you were not given."
		a.Greeting.Text = "Good day, thank you for calling. How can I help?"
		a.Goodbye.Message = "Thank you for calling. Goodbye!"
		// No transfer: it needs a destination, which drafts cannot
		// hold yet (BuiltinNeedsDestination).
		a.Builtins = []BuiltinTool{{Kind: BuiltinEndCall}}
		a.Variables = []Variable{{Name: "business_name", Value: "Our office"}}
		a.Schedule = weekdays("09:00", "17:00")
	}},
	{"reminder", "Appointment reminder", "Calls people to confirm or move their appointment.", func(a *Agent, c carry) {
		a.Identity.Description = "Calls customers the day before their appointment."
		a.LLM.Prompt = "You call customers to remind them of their appointment on {{appointment_time}}.\n" +
			"Ask them to confirm. If they cannot come, offer to pass on a request to reschedule.\n" +
			"Be brief and polite; if you reach voicemail, leave a short message."
		a.Greeting.Text = "Hello, this is a reminder call about your appointment."
		a.Greeting.VoicemailMessage = "Hello, this is a reminder of your appointment tomorrow. Please call us back if you need to change it."
		a.Builtins = []BuiltinTool{{Kind: BuiltinEndCall}, {Kind: BuiltinVoicemailDetection}}
		if !c.canChoose("builtins.kind", BuiltinVoicemailDetection) && c.can("telephony.machine_detection") {
			// The same job, done by the provider's call handling instead.
			on := true
			a.Builtins, a.Telephony.MachineDetection = a.Builtins[:1], &on
		}
		a.Variables = []Variable{{Name: "appointment_time", Value: "tomorrow at 10:00"}, {Name: "customer_name", Value: "there"}}
		a.Schedule = weekdays("10:00", "18:00")
		attempts := 2
		a.Callbacks = Callbacks{Enabled: true, MaxAttempts: &attempts, Gaps: []Gap{{Days: 0, Hours: 3}, {Days: 1, Hours: 0}}}
	}},
	{"support", "Support agent", "Helps customers with questions and looks up their orders.", func(a *Agent, _ carry) {
		a.Identity.Description = "First-line customer support."
		a.LLM.Prompt = "You are a patient customer support agent.\n" +
			"Listen to the problem, ask one question at a time, and use the order lookup tool\n" +
			"when the caller gives an order number. If you cannot help, take their name and number so a person can call back."
		a.Greeting.Text = "Hi, you're through to support. What can I help you with?"
		// No transfer: it needs a destination, which drafts cannot
		// hold yet (BuiltinNeedsDestination).
		a.Builtins = []BuiltinTool{{Kind: BuiltinEndCall}}
		a.Tools = []Tool{{
			Name:        "lookup_order",
			Description: "Looks up an order by its number and returns its status.",
			URL:         "https://example.com/api/orders",
			Method:      "GET",
			Params:      []Param{{Name: "order_number", Type: "string", Description: "The order number the caller gives", Required: true, In: "query"}},
		}}
	}},
}

// TemplateByID finds a template.
func TemplateByID(id string) (Template, bool) {
	for _, t := range Templates {
		if t.ID == id {
			return t, true
		}
	}
	return Template{}, false
}

func weekdays(start, end string) Schedule {
	// Each day gets its own slice, so editing Monday never changes Tuesday.
	day := func() []Window { return []Window{{Start: start, End: end}} }
	return Schedule{Timezone: "UTC", Mon: day(), Tue: day(), Wed: day(), Thu: day(), Fri: day()}
}
