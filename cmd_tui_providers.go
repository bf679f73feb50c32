//go:build !tuitest

package main

// providerBuilders lists the providers the terminal UI offers, in the order
// the new-draft wizard shows them. Each provider package adds its builder
// here when it lands (issues 3–5); a draft for a provider not listed opens
// with a plain message saying this build cannot talk to it yet.
func providerBuilders() []providerBuilder {
	return nil
}
