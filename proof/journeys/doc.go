// Package journeys holds the tests that drive the real agentdeck binary as
// people do: through a pty, in tmux and GNU screen, and over SSH with
// `agentdeck serve` (the OpenSSH client among them). It has no code of its
// own; the rest of the proof is its parent, proof.
package journeys
