package storage

import (
	"testing"
	"time"
)

func TestParseTimeout(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"", 0, false},
		{"45", 45 * time.Second, false},
		{"45s", 45 * time.Second, false},
		{" 2m ", 2 * time.Minute, false},
		{"1500ms", 1500 * time.Millisecond, false},
		{"1s", time.Second, false},
		{"1h", time.Hour, false},
		{"300ms", 0, true},
		{"1ns", 0, true},
		{"1e400", 0, true},
		{"0", 0, true},
		{"-5s", 0, true},
		{"soon", 0, true},
		{"2h", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseTimeout(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseTimeout(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestProviderConfigTakesTheTimeoutFromTheEnvironment(t *testing.T) {
	t.Parallel()
	env := map[string]string{TimeoutEnv: "7s"}
	c := ProviderConfig(testProvider(ProviderDasha), func(k string) string { return env[k] }, Settings{}, nil)
	if c.Timeout != 7*time.Second {
		t.Errorf("timeout %v, want 7s", c.Timeout)
	}
}
