package cli

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/storage"
)

// moduleRoot is the module's folder, from this package's.
const moduleRoot = "../.."

// TestEachDefaultHostIsWrittenOnce: each provider's default host appears in
// the string literals of exactly one non-test Go file of the module (its
// own package's), so the registry, storage and the settings screen cannot
// drift apart on it. Comments may cite the provider's documentation.
func TestEachDefaultHostIsWrittenOnce(t *testing.T) {
	t.Parallel()
	sources := map[string]string{}
	err := filepath.WalkDir(moduleRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != moduleRoot && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		var lits strings.Builder
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				lits.WriteString(lit.Value + "\n")
			}
			return true
		})
		sources[path] = lits.String()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) < 50 {
		t.Fatalf("only %d Go files found under %s", len(sources), moduleRoot)
	}
	for _, d := range newRegistry().All() {
		u, err := url.Parse(d.DefaultBaseURL)
		if err != nil || u.Host == "" {
			t.Errorf("%s: the default base URL %q is not an address", d.ID(), d.DefaultBaseURL)
			continue
		}
		var in []string
		for path, text := range sources {
			if strings.Contains(text, u.Host) {
				in = append(in, path)
			}
		}
		if len(in) != 1 {
			t.Errorf("%s: the default host %s is written in %d non-test Go files, want 1: %v", d.ID(), u.Host, len(in), in)
		}
	}
}

// TestRegistryDescribesWhatItBuilds: every descriptor builds offline a
// client that names itself as the descriptor does, its ids are the ones
// storage's environment variables and the settings file use, and its first
// auth style is the one a connection gets by default.
func TestRegistryDescribesWhatItBuilds(t *testing.T) {
	t.Parallel()
	reg := newRegistry()
	if got := reg.List(); got != "nova, trillet, elevenlabs, dasha" {
		t.Errorf("providers %s", got)
	}
	for _, d := range reg.All() {
		conn := storage.ProviderConfig(d, func(string) string { return "" }, storage.Settings{}, nil)
		if conn.BaseURL != d.DefaultBaseURL || len(d.AuthStyles) == 0 || conn.AuthStyle != d.AuthStyles[0] {
			t.Errorf("%s: offline connection %v; want the default base URL and auth style", d.ID(), conn)
		}
		p, err := d.New(conn)
		if err != nil {
			t.Errorf("%s: %v", d.ID(), err)
			continue
		}
		if p.Info() != d.Info {
			t.Errorf("%s: the client says %+v, the descriptor %+v", d.ID(), p.Info(), d.Info)
		}
		if err := reg.Check(d.ID()); err != nil {
			t.Error(err)
		}
	}
	if err := reg.Check("vapi"); err == nil || !strings.Contains(err.Error(), `there is no provider "vapi"; use one of nova, trillet`) {
		t.Errorf("an unknown provider: %v", err)
	}
}

// Each provider names itself in its capabilities: its own settings' paths
// (settings.<provider>.<key>) and `fields`, `schema` and the forms rely on it.
func TestEveryProviderNamesItselfInItsCapabilities(t *testing.T) {
	t.Parallel()
	a := &app{providers: newRegistry()}
	for _, id := range a.providers.IDs() {
		caps, err := a.offlineCapabilities(id)
		if err != nil || caps.Provider != id {
			t.Errorf("%s: capabilities name %q (%v)", id, caps.Provider, err)
		}
	}
	if _, err := a.offlineCapabilities("no-such"); err == nil {
		t.Error("an unknown provider id gave capabilities")
	}
}
