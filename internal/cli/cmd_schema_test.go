package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// compileSchema compiles what `agentdeck schema` prints.
func compileSchema(t *testing.T, c *cli) *jsonschema.Schema {
	t.Helper()
	code, out, stderr := c.run("schema")
	if code != exitOK {
		t.Fatalf("schema: exit %d: %s", code, stderr)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	comp := jsonschema.NewCompiler()
	if err := comp.AddResource("draft.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := comp.Compile("draft.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return s
}

// yamlAsJSON reads a draft file as the JSON value an editor checks.
func yamlAsJSON(t *testing.T, raw []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(v) // timestamps become strings, as an editor sees them
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEveryTemplateDraftMatchesTheSchema(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	schema := compileSchema(t, c)
	for _, p := range []string{"nova", "trillet", "elevenlabs", "dasha"} {
		for _, tmpl := range []string{"blank", "receptionist", "reminder", "support"} {
			if code, _, stderr := c.run("new", p+" "+tmpl, "--provider", p, "--template", tmpl); code != exitOK {
				t.Fatalf("new: %s", stderr)
			}
		}
	}
	drafts := 0
	err := filepath.WalkDir(c.env["AGENTDECK_HOME"], func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") || !strings.Contains(path, "drafts") {
			return err
		}
		raw, err := os.ReadFile(path) //nolint:gosec // G122: a test's own temporary folder
		if err != nil {
			return err
		}
		drafts++
		if err := schema.Validate(yamlAsJSON(t, raw)); err != nil {
			t.Errorf("%s does not match the schema: %v", filepath.Base(path), err)
		}
		return nil
	})
	if err != nil || drafts != 16 {
		t.Fatalf("checked %d drafts (%v), want 16", drafts, err)
	}
}

func TestSchemaRefusesWhatAgentdeckWouldRefuse(t *testing.T) {
	t.Parallel()
	schema := compileSchema(t, newCLI(t))
	for name, doc := range map[string]string{
		"a word for a number":                  "schema_version: 2\nname: x\nprovider: nova\nagent:\n  identity: {name: x}\n  llm:\n    temperature: hot\n",
		"a misspelt field":                     "schema_version: 2\nname: x\nprovider: nova\nagent:\n  identity: {name: x}\n  voice:\n    sped: 1.1\n",
		"no provider":                          "schema_version: 2\nname: x\n",
		"a setting the provider does not have": "schema_version: 2\nname: x\nprovider: nova\nagent:\n  identity: {name: x}\n  settings:\n    nova: {unknown_setting_that_does_not_exist: 1}\n",
	} {
		err := schema.Validate(yamlAsJSON(t, []byte(doc)))
		if err == nil {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}

// The drafts the previous format's binary wrote (storage/testdata) match
// the schema too: an editor must not flag a file agentdeck reads.
func TestFixtureDraftsMatchTheSchema(t *testing.T) {
	t.Parallel()
	schema := compileSchema(t, newCLI(t))
	files, err := filepath.Glob(filepath.Join("..", "..", "storage", "testdata", "format2", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures found (%v)", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(yamlAsJSON(t, raw)); err != nil {
			t.Errorf("%s does not match the schema: %v", filepath.Base(f), err)
		}
	}
}
