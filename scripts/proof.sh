#!/usr/bin/env bash
# proof.sh runs all of agentdeck's reliability and speed evidence (README,
# "Proof"): the tests with the race detector (fuzz seed corpora, the short
# crash loop, every fault for every provider, two pushes at once, damaged
# files), the long crash loop, every fuzz target for a while, and the
# benchmarks, and writes what it measured to proof-results.txt.
#
#   scripts/proof.sh                 everything (about 40 minutes on 2 cores)
#   PROOF_FUZZTIME=30s scripts/proof.sh   shorter fuzzing
#   PROOF_FUZZTIME=0 scripts/proof.sh     no fuzzing
#   PROOF_KILLS=1000 scripts/proof.sh     a longer crash loop (default 400)
#
# Fuzzing adds what it finds to Go's cache; to keep it as seeds, copy
# $(go env GOCACHE)/fuzz/github.com/agentdeck/agentdeck/<pkg>/<Fuzz…>/* into
# <pkg>/testdata/fuzz/<Fuzz…>/. A failing input is written there by go test
# itself, and the run stops.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime="${PROOF_FUZZTIME:-3m}"
kills="${PROOF_KILLS:-400}"
out="proof-results.txt"

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)" | tee -a "$out"; }

{
  echo "agentdeck proof run, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo 2>/dev/null)"
  echo "$(go version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
} | tee "$out"

step "tests with -race: fuzz seeds, short crash loop, faults, concurrent pushes, damaged files"
go test -race -count=1 ./... 2>&1 | tee -a "$out"

step "long crash loop: $kills kills"
AGENTDECK_LONG=1 AGENTDECK_CRASH_KILLS="$kills" go test -count=1 -timeout 60m -v \
  -run 'TestCrashWhileRefreshingDrafts' ./proof 2>&1 | grep -E 'kills|refresh takes|^(ok|FAIL|---)' | tee -a "$out"

if [ "$fuzztime" != "0" ]; then
  for target in \
    storage:FuzzDecodeDraft storage:FuzzTextRoundTrip \
    providers/elevenlabs:FuzzDecode providers/elevenlabs:FuzzAnswer \
    providers/dasha:FuzzDecode providers/dasha:FuzzAnswer \
    providers/nova:FuzzDecode providers/nova:FuzzAnswer \
    providers/trillet:FuzzDecode providers/trillet:FuzzAnswer; do
    pkg="${target%%:*}" fn="${target##*:}"
    step "fuzz $pkg $fn for $fuzztime"
    # One worker: the machine is shared, and one core is left for the rest.
    log="$(mktemp)"
    if ! go test -run '^$' -fuzz "^${fn}\$" -fuzztime "$fuzztime" -parallel 1 "./$pkg" >"$log" 2>&1; then
      grep -v '^fuzz: elapsed' "$log" | tee -a "$out"
      rm -f "$log"
      echo "proof: fuzzing $pkg $fn failed; the input is in $pkg/testdata/fuzz/$fn/ (see above)" >&2
      exit 1
    fi
    tail -3 "$log" | tee -a "$out"
    rm -f "$log"
  done
fi

step "benchmarks"
go test -run '^$' -bench . -benchmem -count 1 ./storage ./forms ./ui 2>&1 | grep -E '^(Benchmark|ok|FAIL)' | tee -a "$out"
go test -run '^$' -bench 'BenchmarkEncode' -benchmem ./proof 2>&1 | grep -E '^(Benchmark|ok|FAIL)' | tee -a "$out"
go test -run '^$' -bench 'BenchmarkStartup' -benchtime 20x ./internal/cli 2>&1 | grep -E '^(Benchmark|ok|FAIL)' | tee -a "$out"
go test -run '^$' -bench 'BenchmarkStartup|BenchmarkListCommand' -benchtime 30x ./proof 2>&1 | grep -E '^(Benchmark|ok|FAIL)' | tee -a "$out"

step "bytes per keystroke through a pty"
go test -count=1 -v -run 'TestRealBinary/typing' ./proof/journeys 2>&1 | grep -E 'bytes per|^(ok|FAIL)' | tee -a "$out" || true

echo | tee -a "$out"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)" | tee -a "$out"
echo "proof: all steps passed; results in $out"
