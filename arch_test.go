package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// modulePath is this module's import path.
const modulePath = "github.com/agentdeck/agentdeck"

// importRule says whether package pkg (a path inside the module, "" for the
// root) may import imp. imp is a path inside the module when internal is
// set, else an outside import path; std marks the standard library. The
// rules are DESIGN.md §2 and STYLE.md §1.
func importRule(pkg, imp string, internal, std bool) (ok bool, known bool) {
	under := func(p, prefix string) bool { return p == prefix || strings.HasPrefix(p, prefix+"/") }
	charm := !internal && (strings.HasPrefix(imp, "charm.land/") || strings.HasPrefix(imp, "github.com/charmbracelet/"))
	own := func(names ...string) bool {
		for _, n := range names {
			if internal && under(imp, n) {
				return true
			}
		}
		return false
	}
	if internal && under(imp, "ui/uitest") && !under(pkg, "ui/uitest") {
		// test support for the UI: only tests import it (test files are
		// not listed here, so any import seen is from production code)
		return false, true
	}
	if internal && under(imp, "agent/problemtest") && !under(pkg, "agent/problemtest") {
		// test support for validation tables: only tests import it
		return false, true
	}
	if internal && under(imp, "ui/accessible") && !under(pkg, "ui/accessible") && !under(pkg, "internal/cli") {
		// the accessible front end is chosen by the composition root only;
		// ui itself knows nothing of it
		return false, true
	}
	if internal && providerTestKit(imp) && under(pkg, "providers") && !providerTestKit(pkg) {
		// the fake servers and test kits serve tests only: a production
		// provider that linked one would ship a fake API in the binary
		return false, true
	}
	switch {
	case pkg == "": // main: a few lines that hand the process to the command line
		return std || own("internal/cli"), true
	case under(pkg, "internal/cli"):
		// the command line and the composition root: the only place that
		// names concrete providers and the storage location
		return true, true
	case under(pkg, "internal/clitest"): // test support shared by internal/cli's tests and proof/journeys
		return std || own("agent", "storage"), true
	case under(pkg, "agent"):
		return std || own("agent"), true
	case under(pkg, "internal/jsondoc"): // the one size and depth limit for JSON documents
		return std, true
	case under(pkg, "internal/termsafe"): // outside text never reaches a terminal raw
		return std, true
	case under(pkg, "internal/draftschema"): // the draft file's JSON Schema, from the Go types
		return std || own("agent") || imp == "github.com/invopop/jsonschema", true
	case under(pkg, "internal/baseurl"): // the one base URL rule, for the clients and the settings screen
		return std, true
	case under(pkg, "storage"):
		return std || own("agent", "storage", "internal/jsondoc") || imp == "go.yaml.in/yaml/v3", true
	case under(pkg, "providers/internal/httpx"):
		return std || own("agent", "providers/internal/httpx", "internal/jsondoc", "internal/baseurl"), true
	case under(pkg, "providers/internal/fakeapi"), under(pkg, "providers/internal/providertest"):
		// test support: what the providers' fake servers and tests share
		return std || own("agent", "providers/internal", "internal/jsondoc"), true
	case under(pkg, "providers"):
		name := strings.SplitN(strings.TrimPrefix(pkg, "providers/"), "/", 2)[0]
		return std || own("agent", "providers/internal", "providers/"+name, "internal/jsondoc"), true
	case under(pkg, "forms"):
		return std || own("agent", "forms") || charm, true
	case under(pkg, "ui/accessible"): // the plain, line-by-line front end
		return std || own("agent", "forms", "ui", "internal/termsafe") || charm, true
	case under(pkg, "ui/uitest"): // a probe and keys for tests of the UI
		return std || charm, true
	case under(pkg, "ui/theme"):
		return std || own("ui/theme") || charm, true
	case under(pkg, "ui"):
		return std || own("agent", "forms", "ui", "internal/jsondoc", "internal/termsafe") || charm, true
	case under(pkg, "proof"): // tests and benchmarks of the real binary; no code of its own
		return std, true
	case under(pkg, "server"):
		// SSH serving: wish and the charm libraries, x/crypto/ssh for keys;
		// drafts, settings and providers reach it only through main's factory.
		return std || own("agent", "server") || charm || under(imp, "golang.org/x/crypto/ssh"), true
	case under(pkg, "internal/screen"):
		return std || imp == "github.com/charmbracelet/x/ansi", true
	case under(pkg, "internal/ptyharness"): // a harness for tests
		return std || own("internal/screen", "internal/sshtest") || imp == "github.com/creack/pty", true
	case under(pkg, "scripts"):
		// tools run by hand (the README's pictures): the binary is built
		// and driven from outside, so only fake servers and the ANSI kit
		return std || (internal && providerTestKit(imp)) || imp == "github.com/charmbracelet/x/ansi", true
	case under(pkg, "internal/sshtest"): // helpers for tests
		return std || own("internal/screen") || imp == "github.com/charmbracelet/x/ansi" ||
			under(imp, "golang.org/x/crypto/ssh"), true
	}
	return false, false
}

// providerTestKit reports whether p (a path inside the module) is test
// support for the providers: the shared fake server (fakeapi), the shared
// contract tests (providertest), the fuzz kit (fuzzcheck), or a provider's
// own fake server, providers/<name>/<name>test.
func providerTestKit(p string) bool {
	parts := strings.Split(p, "/")
	if len(parts) < 3 || parts[0] != "providers" {
		return false
	}
	if parts[1] == "internal" {
		switch parts[2] {
		case "fakeapi", "providertest", "fuzzcheck":
			return true
		}
		return false
	}
	return strings.HasSuffix(parts[2], "test")
}

// watchSources reads every folder and stats every Go file of the module.
// go test caches a passing result until a file the test touched through os
// changes; go list runs in another process, so without this a new import in
// another package would not rerun the test.
func watchSources(t *testing.T) {
	t.Helper()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

type listedPackage struct {
	std     bool
	imports []string
}

// modulePackages lists every package of the module and the standard
// library's packages among their dependencies, with their imports (test
// files left out: a test may use helpers its package may not).
func modulePackages(t *testing.T) map[string]listedPackage {
	t.Helper()
	out, err := exec.CommandContext(t.Context(), "go", "list", "-deps", "-f", "{{.ImportPath}}\t{{.Standard}}\t{{join .Imports \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]listedPackage{}
	for _, line := range strings.Split(string(out), "\n") {
		if line == "" {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("unexpected go list line %q", line)
		}
		pkgs[parts[0]] = listedPackage{std: parts[1] == "true", imports: strings.Fields(parts[2])}
	}
	return pkgs
}

func TestImportRules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	watchSources(t)
	pkgs := modulePackages(t)
	var problems []string
	checked := 0
	for path, p := range pkgs {
		if path != modulePath && !strings.HasPrefix(path, modulePath+"/") {
			continue
		}
		checked++
		pkg := strings.TrimPrefix(strings.TrimPrefix(path, modulePath), "/")
		if _, known := importRule(pkg, "fmt", false, true); !known {
			problems = append(problems, "package "+pkg+" has no import rule; add one to arch_test.go (and DESIGN.md §2)")
			continue
		}
		for _, imp := range p.imports {
			internal := imp == modulePath || strings.HasPrefix(imp, modulePath+"/")
			rel := imp
			if internal {
				rel = strings.TrimPrefix(strings.TrimPrefix(imp, modulePath), "/")
			}
			if ok, _ := importRule(pkg, rel, internal, pkgs[imp].std || imp == "C"); !ok {
				problems = append(problems, "package "+pkg+" must not import "+imp)
			}
		}
	}
	if checked < 3 {
		t.Fatalf("only %d packages of the module were found; is go list working?", checked)
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

// TestImportRuleCases shows the rules catch what they are for.
func TestImportRuleCases(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pkg, imp      string
		internal, std bool
		want          bool
	}{
		{"agent", "encoding/json", false, true, true},
		{"agent", "go.yaml.in/yaml/v3", false, false, false},
		{"agent", "storage", true, false, false},
		{"agent/errtext", "agent", true, false, true}, // the words for errors, shared by the CLI and ui
		{"agent/errtext", "charm.land/lipgloss/v2", false, false, false},
		{"ui", "agent/errtext", true, false, true},
		{"storage", "agent", true, false, true},
		{"storage", "go.yaml.in/yaml/v3", false, false, true},
		{"storage", "providers/nova", true, false, false},
		{"storage", "github.com/spf13/cobra", false, false, false},
		{"providers/nova", "agent", true, false, true},
		{"providers/nova", "providers/internal/httpx", true, false, true},
		{"providers/nova", "providers/dasha", true, false, false},
		{"providers/nova", "storage", true, false, false},
		{"providers/internal/httpx", "providers/nova", true, false, false},
		{"providers/internal/httpx", "providers/internal/fakeapi", true, false, false},
		{"internal/jsondoc", "agent", true, false, false}, // the document kit is generic over the model
		{"providers/dasha", "providers/internal/paging", true, false, true},
		{"providers/internal/secretdoc", "providers/elevenlabs", true, false, false},
		{"providers/nova/novatest", "providers/internal/fakeapi", true, false, true},
		{"providers/internal/fakeapi", "providers/nova", true, false, false},
		{"providers/internal/providertest", "providers/internal/httpx", true, false, true},
		{"providers/internal/providertest", "storage", true, false, false},
		{"providers/nova", "ui", true, false, false},
		// a production provider never links a fake server or a test kit
		{"providers/nova", "providers/nova/novatest", true, false, false},
		{"providers/dasha", "providers/dasha/dashatest", true, false, false},
		{"providers/elevenlabs", "providers/internal/fakeapi", true, false, false},
		{"providers/trillet", "providers/internal/providertest", true, false, false},
		{"providers/nova", "providers/internal/fuzzcheck", true, false, false},
		{"providers/nova/novatest", "providers/nova", true, false, true},
		{"providers/elevenlabs/elevenlabstest", "providers/internal/fakeapi", true, false, true},
		{"providers/internal/providertest", "providers/internal/fakeapi", true, false, true},
		{"providers/internal/secretdoc", "providers/internal/fakeapi", true, false, false},
		{"providers/internal/paging", "providers/internal/providertest", true, false, false},
		{"forms", "charm.land/huh/v2", false, false, true},
		{"forms", "ui/theme", true, false, false},
		{"ui", "forms", true, false, true},
		{"ui", "ui/theme", true, false, true},
		{"ui", "charm.land/bubbletea/v2", false, false, true},
		{"ui", "storage", true, false, false},
		{"ui", "providers/elevenlabs", true, false, false},
		{"ui/theme", "charm.land/lipgloss/v2", false, false, true},
		{"ui/theme", "ui", true, false, false},
		{"ui/uitest", "charm.land/bubbletea/v2", false, false, true},
		{"ui/accessible", "ui", true, false, true},
		{"ui/accessible", "charm.land/huh/v2", false, false, true},
		{"ui/accessible", "storage", true, false, false},
		{"ui", "ui/accessible", true, false, false},
		{"", "ui/accessible", true, false, false},
		{"internal/cli", "ui/accessible", true, false, true},
		{"ui/uitest", "ui", true, false, false},
		{"ui", "ui/uitest", true, false, false},
		{"providers/elevenlabs", "agent/problemtest", true, false, false},
		{"agent", "agent/problemtest", true, false, false},
		{"", "ui/uitest", true, false, false},
		{"agent", "ui", true, false, false},
		{"internal/cli", "ui", true, false, true},
		{"internal/cli", "providers/dasha", true, false, true},
		{"internal/cli", "storage", true, false, true},
		{"", "internal/cli", true, false, true},
		{"", "providers/dasha", true, false, false},
		{"", "storage", true, false, false},
		{"ui", "internal/cli", true, false, false},
		{"server", "internal/cli", true, false, false},
		{"internal/clitest", "storage", true, false, true},
		{"internal/clitest", "providers/nova", true, false, false},
		{"proof/journeys", "internal/cli", true, false, false},
		// the pictures script drives the built binary; it links fake servers, never the app
		{"scripts/pictures", "providers/nova/novatest", true, false, true},
		{"scripts/pictures", "providers/nova", true, false, false},
		{"scripts/pictures", "ui", true, false, false},
		{"internal/baseurl", "agent", true, false, false},
		{"providers/internal/httpx", "internal/baseurl", true, false, true},
		{"internal/cli", "internal/baseurl", true, false, true},
		{"storage", "internal/baseurl", true, false, false},
		{"server", "charm.land/wish/v2", false, false, true},
		{"server", "golang.org/x/crypto/ssh", false, false, true},
		{"server", "storage", true, false, false},
		{"server", "ui", true, false, false},
		{"server", "providers/nova", true, false, false},
	}
	for _, tt := range tests {
		if got, known := importRule(tt.pkg, tt.imp, tt.internal, tt.std); got != tt.want || !known {
			t.Errorf("%q importing %q: allowed %v (known %v), want %v", tt.pkg, tt.imp, got, known, tt.want)
		}
	}
	if _, known := importRule("plugins", "agent", true, false); known {
		t.Error("a package with no rule was treated as known")
	}
}
