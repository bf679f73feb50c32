// Package proof holds agentdeck's reliability and speed evidence, as tests
// and benchmarks that run the real binary: crash safety under SIGKILL,
// provider faults, two pushes at once, start-up time to the first frame
// through a pseudo-terminal, bytes per keystroke and memory. It has no code
// of its own; see README.md ("Proof") and scripts/proof.sh.
package proof
