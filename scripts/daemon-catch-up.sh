#!/bin/bash
# Measures the daemon's catch-up over a large inbox of stored papers: peak RSS, and the
# time to the first and to the last paper handled. It logs at debug level, where each
# duplicate the catch-up finds has its line (at info level they are counted in one).
#
# usage: scripts/daemon-catch-up.sh FUNDSTELLE PAPERS STORE COPIES [STARTS]
#   FUNDSTELLE  a release build of fundstelle
#   PAPERS      a folder of papers (e.g. fundstelle-bench --dir D --keep: D/papers)
#   STORE       a store that already holds them (e.g. D/bench.sqlite); it is copied
#   COPIES      the inbox gets COPIES hard-linked copies of PAPERS (1,000,000 files for
#               50 copies of the 20,000-paper corpus); the links cost no disk space
#   STARTS      how many times the daemon is started over the same inbox and store
#               (default 1): the first start hashes every file, later ones know the files
#               it remembered by how they look to stat
set -euo pipefail
fundstelle=$1 papers=$2 store=$3 copies=$4 starts=${5:-1}
work=$(mktemp -d /tmp/fundstelle-catch-up.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/inbox"
for i in $(seq 1 "$copies"); do
  mkdir "$work/inbox/copy$i"
  cp -al "$papers/." "$work/inbox/copy$i/"
done
total=$(find "$work/inbox" -type f | wc -l)
cp "$store" "$work/store.sqlite"
echo "inbox: $total files ($copies × $papers), store: a copy of $store"

for run in $(seq 1 "$starts"); do
  start=$(date +%s.%N)
  "$fundstelle" watch "$work/inbox" --store "$work/store.sqlite" --quiet-time 200ms \
    --failed-dir "$work/failed" --log-level debug 2>"$work/watch.log" &
  pid=$!
  first=""
  while sleep 1; do
    handled=$(grep -c " file=" "$work/watch.log" || true)
    now=$(date +%s.%N)
    if [ -z "$first" ] && [ "$handled" -gt 0 ]; then first=$(echo "$now - $start" | bc); fi
    [ "$handled" -ge "$total" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "fundstelle watch ended early:"; tail "$work/watch.log"; exit 1; }
  done
  all=$(echo "$now - $start" | bc)
  peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"
  wait "$pid" || true
  printf 'start %d: handled %d files: the first within %.0f s, all within %.0f s (sampled each second)\n' \
    "$run" "$handled" "$first" "$all"
  echo "start $run: peak RSS (VmHWM): $((peak / 1024)) MB"
done
