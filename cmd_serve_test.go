package main

import (
	"strings"
	"testing"
)

func TestServeRefusesBadFlagsAsUsage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no sessions allowed", []string{"serve", "--max-sessions", "0"}, "--max-sessions must be 1 or more"},
		{"an unknown theme", []string{"serve", "--theme", "blue"}, `there is no theme "blue"`},
		{"an address without a port", []string{"serve", "--listen", "localhost"}, "--listen wants HOST:PORT"},
		{"a negative idle timeout", []string{"serve", "--idle-timeout", "-1s"}, "--idle-timeout cannot be negative"},
		{"an argument", []string{"serve", "now"}, "serve takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := newCLI(t).run(tt.args...)
			if code != exitUsage || stdout != "" || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and …%s…", code, stdout, stderr, exitUsage, tt.want)
			}
		})
	}
}

func TestServeWithoutAuthorizedKeysSaysHowToAddOne(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	code, stdout, stderr := c.run("serve", "--listen", "127.0.0.1:0")
	if code != exitFailure || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	for _, want := range []string{"Could not start the SSH server.", "authorized_keys", "cat ~/.ssh/id_ed25519.pub >>"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}
