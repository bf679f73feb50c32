// Command agentdeck creates, edits and submits voice-AI agents for Nova,
// Trillet, ElevenLabs Agents and Dasha BlackBox, keeping them as local drafts.
// The command line and its wiring are internal/cli.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/agentdeck/agentdeck/internal/cli"
)

// version is set when building a release: -ldflags "-X main.version=1.2.0".
// It is the one package-level variable, because the linker can set only
// those; nothing changes it at run time.
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, version, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
