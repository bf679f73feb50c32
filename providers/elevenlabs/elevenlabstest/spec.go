// Package elevenlabstest is an in-process fake of ElevenLabs' Agents API for
// tests, and a small JSON Schema checker that holds request bodies to the
// official OpenAPI document (../shared/reference/elevenlabs-openapi.json).
package elevenlabstest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// SpecEnv names an environment variable that points at the OpenAPI file,
// for checkouts where it is not found by walking up.
const SpecEnv = "AGENTDECK_ELEVENLABS_OPENAPI"

// specRel is where the file sits relative to some parent of the repository.
var specRel = filepath.Join("shared", "reference", "elevenlabs-openapi.json")

// ErrNoSpec is returned when the OpenAPI file is not on this machine.
var ErrNoSpec = errors.New("the ElevenLabs OpenAPI file was not found: it is looked for as shared/reference/elevenlabs-openapi.json in every folder above the working directory, or at $" + SpecEnv)

// FindSpec returns the path of the OpenAPI file: $AGENTDECK_ELEVENLABS_OPENAPI,
// or shared/reference/elevenlabs-openapi.json in the nearest folder above the
// working directory that has one (the repository's ../shared).
func FindSpec() (string, error) {
	if p := os.Getenv(SpecEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("$%s: %w", SpecEnv, err)
		}
		return p, nil
	}
	// A gzipped copy of the 2026-08 document ships with the tests, so a clean
	// clone checks bodies against the schema without ../shared.
	if _, self, _, ok := runtime.Caller(0); ok {
		p := filepath.Join(filepath.Dir(self), "testdata", "elevenlabs-openapi.json.gz")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, specRel)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoSpec
		}
		dir = parent
	}
}

// LoadSpec reads the OpenAPI file at path.
func LoadSpec(path string) (*Spec, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	var doc struct {
		Components struct {
			Schemas map[string]any `json:"schemas"`
		} `json:"components"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s is not an OpenAPI document: %w", path, err)
	}
	if len(doc.Components.Schemas) == 0 {
		return nil, fmt.Errorf("%s has no components.schemas", path)
	}
	return &Spec{schemas: doc.Components.Schemas}, nil
}

// FindAndLoadSpec finds and reads the OpenAPI file; the error is ErrNoSpec
// when the file is not on this machine.
func FindAndLoadSpec() (*Spec, error) {
	p, err := FindSpec()
	if err != nil {
		return nil, err
	}
	return LoadSpec(p)
}
