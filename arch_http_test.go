package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ownHTTPClientAllowed names the non-test files that may make an
// http.Client: the one constructor, and the fuzz kit's in-memory client,
// which only ever reaches a provider through WithHTTPClient and so through
// that constructor.
var ownHTTPClientAllowed = map[string]bool{
	"providers/internal/httpx/redirect.go":      true,
	"providers/internal/fuzzcheck/fuzzcheck.go": true,
}

// TestProviderCallsUseOneHTTPClient fails when a non-test Go file anywhere
// in the module makes its own http.Client (a literal, new, a zero-value
// variable) or uses http.DefaultClient, http.Get, http.Head, http.Post or
// http.PostForm: every request to a provider must go through
// httpx.NewHTTPClient. Naming the type (a *http.Client parameter) is fine.
func TestProviderCallsUseOneHTTPClient(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files++
		if ownHTTPClientAllowed[filepath.ToSlash(path)] {
			return nil
		}
		for _, where := range ownHTTPClients(fset, f) {
			t.Errorf("%s: makes or uses its own HTTP client; send provider requests through httpx (httpx.NewHTTPClient)", where)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("only %d Go files were read; is the walk working?", files)
	}
}

// ownHTTPClients lists where f makes or uses an HTTP client of its own:
// http.Client, http.DefaultClient, http.Get, Head, Post and PostForm. A
// provider call through one of them would skip the redirect rule of
// httpx.NewHTTPClient (keys and bodies only to the address the person set).
func ownHTTPClients(fset *token.FileSet, f *ast.File) []string {
	httpName := ""
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == "net/http" {
			httpName = "http"
			if imp.Name != nil {
				httpName = imp.Name.Name
			}
		}
	}
	if httpName == "" || httpName == "_" {
		return nil
	}
	isHTTP := func(e ast.Expr, names ...string) bool {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		x, ok := sel.X.(*ast.Ident)
		if !ok || (x.Name != httpName && httpName != ".") {
			return false
		}
		for _, n := range names {
			if sel.Sel.Name == n {
				return true
			}
		}
		return false
	}
	var found []string
	add := func(n ast.Node) { found = append(found, fset.Position(n.Pos()).String()) }
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if isHTTP(n.Type, "Client") {
				add(n)
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "new" && len(n.Args) == 1 && isHTTP(n.Args[0], "Client") {
				add(n)
			}
			if isHTTP(n.Fun, "Get", "Head", "Post", "PostForm") {
				add(n)
			}
		case *ast.ValueSpec:
			if n.Type != nil && isHTTP(n.Type, "Client") {
				add(n)
			}
		case *ast.SelectorExpr:
			if isHTTP(n, "DefaultClient") {
				add(n)
			}
		}
		return true
	})
	return found
}

// TestOwnHTTPClientsAreFound shows the scan catches each way of making a
// client of one's own, and lets a *http.Client parameter through.
func TestOwnHTTPClientsAreFound(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	for _, line := range []string{
		"var zero http.Client", "_ = &http.Client{}", "_ = new(http.Client)", "_ = http.DefaultClient",
		`http.Get("https://x")`, `http.Post("https://x", "", nil)`, `http.PostForm("https://x", nil)`, `http.Head("https://x")`,
	} {
		for _, name := range []string{"http", "web"} {
			code := "package p\nimport " + name + ` "net/http"` + "\nfunc With(c *" + name + ".Client) {}\nfunc f() {\n" +
				strings.ReplaceAll(line, "http.", name+".") + "\n}\n"
			if strings.HasPrefix(line, "var ") {
				code = "package p\nimport " + name + ` "net/http"` + "\n" + strings.ReplaceAll(line, "http.", name+".") + "\n"
			}
			f, err := parser.ParseFile(fset, "q.go", code, 0)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			if n := len(ownHTTPClients(fset, f)); n != 1 {
				t.Errorf("%q with net/http as %s: found %d, want 1", line, name, n)
			}
		}
	}
}
