package proof

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// pullAndKill runs one pull and kills it with SIGKILL: at a random moment
// of the run, or — duringWrite, where the system can report it — a random
// moment of up to a few milliseconds after the draft's temp file appears,
// which is while the new version is being written, synced and renamed.
func (r *crashRig) pullAndKill(remoteID, draftID string, duringWrite bool, window time.Duration, rng *rand.Rand) {
	r.t.Helper()
	var watch *createWatch
	if duringWrite {
		if w, err := watchCreates(r.dir); err == nil {
			watch = w
			defer w.Close()
		}
	}
	cmd := r.pull(remoteID)
	kill := func() { _ = cmd.Process.Kill() }
	if watch == nil {
		timer := time.AfterFunc(time.Duration(rng.Int64N(int64(window))), kill)
		_ = cmd.Wait()
		timer.Stop()
		return
	}
	delay := time.Duration(rng.Int64N(int64(4 * time.Millisecond)))
	ended := make(chan struct{})
	watching := make(chan struct{})
	go func() {
		defer close(watching)
		for {
			select {
			case name := <-watch.Names:
				if strings.HasPrefix(name, "."+draftID+".yaml.") && strings.HasSuffix(name, ".tmp") {
					t := time.NewTimer(delay)
					select {
					case <-t.C:
						kill()
					case <-ended:
						t.Stop()
					}
					return
				}
			case <-ended:
				return
			}
		}
	}()
	_ = cmd.Wait()
	close(ended)
	<-watching
}

// tempFiles counts the temp files interrupted writes left in the folder.
func (r *crashRig) tempFiles() int {
	names, _ := filepath.Glob(filepath.Join(r.dir, ".*.tmp"))
	return len(names)
}

func (r *crashRig) removeTempFiles() {
	names, _ := filepath.Glob(filepath.Join(r.dir, ".*.tmp"))
	for _, n := range names {
		_ = os.Remove(n)
	}
}
