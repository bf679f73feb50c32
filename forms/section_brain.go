package forms

// brainPages: which model answers, its instructions, and how it answers.
// The prompt is a page of its own; the model knobs follow it.
func brainPages() []page {
	return []page{
		{paths: []string{"llm.vendor", "llm.model"}},
		{paths: []string{"llm.prompt"}},
		{title: "How the model answers", paths: []string{
			"llm.temperature", "llm.max_tokens", "llm.top_p", "llm.reasoning_effort", "llm.thinking_budget",
		}},
		{title: "Your own model server", paths: []string{"llm.endpoint", "llm.api_key"}},
	}
}
