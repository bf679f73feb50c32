package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostKeyIsCreatedPrivateAndReused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config", "ssh_host_ed25519")
	first, created, err := loadHostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created=%v, %v", created, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", info.Mode().Perm())
	}
	if folder, _ := os.Stat(filepath.Dir(path)); folder.Mode().Perm() != 0o700 {
		t.Errorf("new folder mode %04o, want 0700", folder.Mode().Perm())
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only the key", len(entries))
	}
	second, created, err := loadHostKey(path)
	if err != nil || created {
		t.Fatalf("second start: created=%v, %v", created, err)
	}
	if string(first.PublicKey().Marshal()) != string(second.PublicKey().Marshal()) {
		t.Error("the second start made a new key")
	}
}

func TestHostKeyInAnExistingFolderLeavesTheFolderAlone(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil { //nolint:gosec // G302: the test needs a folder others can read
		t.Fatal(err)
	}
	if _, _, err := loadHostKey(filepath.Join(dir, "hostkey")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o755 {
		t.Errorf("the folder's mode changed to %04o", info.Mode().Perm())
	}
}

func TestHostKeyOthersCanReadIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hostkey")
	if _, _, err := loadHostKey(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil { //nolint:gosec // G302: the test needs a key file others can read, to see it refused
		t.Fatal(err)
	}
	_, _, err := loadHostKey(path)
	if err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("error %v, want advice to chmod 600", err)
	}
}

func TestHostKeyThatIsNotAKeyIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hostkey")
	if err := os.WriteFile(path, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := loadHostKey(path); err == nil || !strings.Contains(err.Error(), "not a usable private key") {
		t.Errorf("error %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "hello" {
		t.Error("the file was overwritten")
	}
}

func TestServerWithoutAuthorizedKeysFileSaysHowToMakeOne(t *testing.T) {
	dir := t.TempDir()
	_, err := New(Config{
		HostKeyPath:        filepath.Join(dir, "hostkey"),
		AuthorizedKeysPath: filepath.Join(dir, "authorized_keys"),
		SpacesDir:          filepath.Join(dir, "spaces"),
		Factory:            spaceModelFactory,
	})
	if err == nil || !strings.Contains(err.Error(), "cat ~/.ssh/id_ed25519.pub >>") {
		t.Errorf("error %v", err)
	}
}
