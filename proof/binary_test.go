package proof

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// agentdeckBin is the binary under test, built once by TestMain.
var agentdeckBin string

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "agentdeck-proof-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer func() { _ = os.RemoveAll(dir) }() // a temp folder left behind is harmless
	agentdeckBin = filepath.Join(dir, "agentdeck")
	if bin := os.Getenv("AGENTDECK_PROOF_BIN"); bin != "" {
		// Measure a binary built elsewhere (another commit, other flags).
		agentdeckBin = bin
		defer removePopulated()
		return m.Run()
	}
	// TestMain has no test context; go test -timeout bounds the build.
	build := exec.CommandContext(context.Background(), "go", "build", "-o", agentdeckBin, "github.com/agentdeck/agentdeck")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building agentdeck:", err)
		return 1
	}
	defer removePopulated()
	return m.Run()
}

// binaryEnv is a clean environment for the binary: its own home, no keys
// or addresses from the machine running the tests, plus extra (KEY=value).
func binaryEnv(home string, extra ...string) []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"AGENTDECK_HOME=" + filepath.Join(home, "agentdeck"),
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
	}
	return append(env, extra...)
}

// procStatusKB reads one "Name: N kB" line of /proc/PID/status; 0 when it
// cannot.
func procStatusKB(pid int, name string) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer func() { _ = f.Close() }() // opened to read
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, name) {
			continue
		}
		fields := strings.Fields(strings.TrimPrefix(line, name))
		if len(fields) == 0 {
			return 0
		}
		n, _ := strconv.ParseInt(fields[0], 10, 64)
		return n
	}
	return 0
}

// runBinary runs the binary to its end and returns its exit code, stdout
// and stderr.
func runBinary(t testing.TB, env []string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), agentdeckBin, args...)
	cmd.Env = env
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("run agentdeck %s: %v", strings.Join(args, " "), err)
		}
		code = ee.ExitCode()
	}
	return code, stdout.String(), stderr.String()
}

// schedTimes sums, over every thread of the process, the time spent on a
// CPU and the time spent ready but waiting for one (/proc/PID/task/*/
// schedstat, in nanoseconds). The wait is what other work on the machine
// cost the process; 0, 0 where /proc is missing.
func schedTimes(pid int) (onCPU, waiting time.Duration) {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	for _, f := range tasks {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		fields := strings.Fields(string(data))
		if len(fields) < 2 {
			continue
		}
		run, _ := strconv.ParseInt(fields[0], 10, 64)
		wait, _ := strconv.ParseInt(fields[1], 10, 64)
		onCPU += time.Duration(run)
		waiting += time.Duration(wait)
	}
	return onCPU, waiting
}
