package ui

// What the accessible front end shares with "Try it" and the test run.

// RunTimeout bounds one try or test run: a run at the provider can queue.
const RunTimeout = runTimeout
