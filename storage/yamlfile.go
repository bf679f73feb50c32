package storage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"go.yaml.in/yaml/v3"
)

// readYAMLFile decodes the file at path into v, refusing settings it does
// not know. A missing or empty file is no error and leaves v as it is. what
// names the file in errors ("the settings file"); explain turns a parse
// error into words safe to show, since the parser's own may quote the file.
func readYAMLFile(path, what string, v any, explain func(error) string) error {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s %s cannot be read: %w", what, path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	// io.EOF is an empty file: the same as none.
	if err := dec.Decode(v); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s %s cannot be read (%s); fix or remove it", what, path, explain(err))
	}
	return nil
}
