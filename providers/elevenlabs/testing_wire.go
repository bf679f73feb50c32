package elevenlabs

// Wire shapes of ElevenLabs' agent-testing API (elevenlabs-openapi.json):
// CreateResponseUnitTestRequest, CreateToolCallUnitTestRequest and
// CreateSimulationTestRequest (the same shapes for PUT, as Update…Request),
// RunAgentTestsRequestModel, GetTestSuiteInvocationResponseModel and
// GetTestsPageResponseModel.

// testBody is a create or update body of any of the three kinds of test.
type testBody struct {
	Name        string        `json:"name"`
	Type        string        `json:"type"`
	ChatHistory []historyItem `json:"chat_history"`
	// "llm": a response test.
	SuccessCondition string    `json:"success_condition,omitempty"`
	SuccessExamples  []example `json:"success_examples,omitempty"`
	FailureExamples  []example `json:"failure_examples,omitempty"`
	// "tool": a tool-call test.
	ToolCallParameters *toolEval `json:"tool_call_parameters,omitempty"`
	// "simulation".
	SuccessConditions  []string `json:"success_conditions,omitempty"`
	SimulationScenario string   `json:"simulation_scenario,omitempty"`
	SimulationMaxTurns int      `json:"simulation_max_turns,omitempty"`
}

// historyItem is ConversationHistoryTranscriptCommonModel-Input, the parts
// agentdeck sends.
type historyItem struct {
	Role           string `json:"role"`
	Message        string `json:"message"`
	TimeInCallSecs int    `json:"time_in_call_secs"`
}

// example is AgentSuccessfulResponseExample or AgentFailureResponseExample.
type example struct {
	Response string `json:"response"`
	Type     string `json:"type"`
}

// toolEval is UnitTestToolCallEvaluationModel-Input.
type toolEval struct {
	Parameters     []toolParam `json:"parameters"`
	ReferencedTool toolRef     `json:"referenced_tool"`
}

type toolRef struct {
	ID   string `json:"id"`
	Type string `json:"type"`
}

// toolParam is UnitTestToolCallParameter with the exact strategy.
type toolParam struct {
	Path string    `json:"path"`
	Eval exactEval `json:"eval"`
}

type exactEval struct {
	Type          string `json:"type"`
	ExpectedValue string `json:"expected_value"`
}

type createdTest struct {
	ID string `json:"id"`
}

type runTestsBody struct {
	Tests []testRef `json:"tests"`
}

type testRef struct {
	TestID string `json:"test_id"`
}

type testsPage struct {
	Tests []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"tests"`
	NextCursor *string `json:"next_cursor"`
	HasMore    bool    `json:"has_more"`
}

// invocation is GetTestSuiteInvocationResponseModel.
type invocation struct {
	ID       string    `json:"id"`
	TestRuns []testRun `json:"test_runs"`
}

// testRun is UnitTestRunResponseModel.
type testRun struct {
	TestID          string         `json:"test_id"`
	TestName        string         `json:"test_name"`
	Status          string         `json:"status"` // pending, passed, failed
	AgentResponses  []transcriptIn `json:"agent_responses"`
	ConditionResult *struct {
		Result    string `json:"result"`
		Rationale *struct {
			Messages []string `json:"messages"`
			Summary  string   `json:"summary"`
		} `json:"rationale"`
	} `json:"condition_result"`
}

// transcriptIn is ConversationHistoryTranscriptCommonModel-Output, the
// parts agentdeck shows.
type transcriptIn struct {
	Role      string  `json:"role"`
	Message   *string `json:"message"`
	ToolCalls []struct {
		ToolName     string `json:"tool_name"`
		ParamsAsJSON string `json:"params_as_json"`
	} `json:"tool_calls"`
}
