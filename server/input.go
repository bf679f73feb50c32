package server

import (
	"context"
	"io"
	"sync"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
)

// A session's keys are read here rather than by Bubble Tea. When a program
// ends while half an escape sequence waits in its input reader (a lone esc
// typed just before leaving, or a connection dropped mid-sequence), Bubble
// Tea's reader tries to hand the leftover to an event loop that has already
// stopped, and blocks for good, keeping the whole program in memory. Here
// the channel is ours: once the program ends, what is left is drained and
// dropped, and the reader ends with the session.
//
// The program itself reads an input that never has anything to give (so
// its own reader never holds a leftover); it still counts as having input,
// so it sends its terminal queries, whose answers arrive through ours.

// forwardInput reads keys from in and hands them to p until stop is called;
// after that they are dropped until in ends.
func forwardInput(p *tea.Program, in io.Reader, term string) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	events := make(chan uv.Event)
	read := make(chan struct{})
	go func() {
		_ = uv.NewTerminalReader(in, term).StreamEvents(ctx, events)
		close(read)
	}()
	go func() {
		for {
			select {
			case ev := <-events:
				// Send returns at once when the program has ended.
				p.Send(ev)
			case <-read:
				return
			}
		}
	}()
	return cancel
}

// noInput is the program's own input: nothing, until closed.
type noInput struct {
	once sync.Once
	done chan struct{}
}

func newNoInput() *noInput { return &noInput{done: make(chan struct{})} }

func (n *noInput) Read([]byte) (int, error) {
	<-n.done
	return 0, io.EOF
}

func (n *noInput) Close() error {
	n.once.Do(func() { close(n.done) })
	return nil
}
