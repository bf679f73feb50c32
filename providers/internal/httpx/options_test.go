package httpx

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestOptionsRefuseBadArguments(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		set  func(o *Options) error
		want string
	}{
		"plain http to a remote host": {func(o *Options) error { return o.SetBaseURL("http://api.example.com") }, "https://"},
		"not an address":              {func(o *Options) error { return o.SetBaseURL("api") }, "full web address"},
		"no HTTP client":              {func(o *Options) error { return o.SetHTTPClient(nil) }, "HTTP client"},
		"zero timeout":                {func(o *Options) error { return o.SetTimeout(0) }, "more than zero"},
		"negative retries":            {func(o *Options) error { return o.SetMaxRetries(-1) }, "0 to 10"},
		"too many retries":            {func(o *Options) error { return o.SetMaxRetries(11) }, "0 to 10"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var o Options
			err := tt.set(&o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tt.want)
			}
			if o.BaseURL != "" || o.HTTPClient != nil || o.Timeout != 0 || o.MaxRetries != 0 {
				t.Errorf("a refused argument was kept: %+v", o)
			}
		})
	}
}

func TestOptionsApplyKeepsTheProvidersOwnConfig(t *testing.T) {
	t.Parallel()
	var o Options
	hc := &http.Client{}
	for _, err := range []error{
		o.SetBaseURL("http://127.0.0.1:1/api"), o.SetHTTPClient(hc),
		o.SetTimeout(time.Second), o.SetMaxRetries(3),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	cfg := o.Apply(Config{Provider: "fake", UserAgent: "ua", MaxRetries: 9})
	if cfg.Provider != "fake" || cfg.UserAgent != "ua" {
		t.Errorf("Apply dropped the provider's own settings: %+v", cfg)
	}
	if cfg.BaseURL != "http://127.0.0.1:1/api" || cfg.HTTPClient != hc || cfg.Timeout != time.Second || cfg.MaxRetries != 3 {
		t.Errorf("Apply did not carry the options: %+v", cfg)
	}
}

func TestOptionsMaxRetriesZeroMeansNever(t *testing.T) {
	t.Parallel()
	var o Options
	if o.Apply(Config{}).MaxRetries != 0 {
		t.Error("untouched options must leave the default retries (0) to New")
	}
	if err := o.SetMaxRetries(0); err != nil {
		t.Fatal(err)
	}
	if got := o.Apply(Config{}).MaxRetries; got >= 0 {
		t.Errorf("WithMaxRetries(0) gave Config.MaxRetries %d, want a negative number (none)", got)
	}
}

func TestPickAuthStyle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		style, want, wantErr string
	}{
		{"", "a", ""},
		{"a", "a", ""},
		{"b", "b", ""},
		{"c", "", `the Fake auth style "c" is unknown; choose a or b`},
	}
	for _, tt := range tests {
		got, err := PickAuthStyle("Fake", tt.style, "a", "b")
		if got != tt.want || (err == nil) != (tt.wantErr == "") || (err != nil && err.Error() != tt.wantErr) {
			t.Errorf("PickAuthStyle(%q) = %q, %v; want %q, %q", tt.style, got, err, tt.want, tt.wantErr)
		}
	}
}
