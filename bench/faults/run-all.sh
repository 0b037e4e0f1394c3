#!/usr/bin/env bash
# Every fault scenario, one publish; exit code 1 when any failed.
# usage: bench/faults/run-all.sh CORPUS [--expect ARTICLES,PARAGRAPHS,DUPLICATES]   (--expect goes to ingest-kill)
source "$(dirname "$0")/lib.sh"
[ $# -ge 1 ] || { echo "usage: $0 CORPUS [--expect ARTICLES,PARAGRAPHS,DUPLICATES]" >&2; exit 2; }
corpus=$1
shift
faults_prepare
status=0
results=()
run() {
    local name=$1
    shift
    echo
    echo "=== $name"
    local start=$SECONDS
    if faultbench "$@"; then results+=("$name: PASS ($((SECONDS - start)) s)"); else status=1; results+=("$name: FAIL ($((SECONDS - start)) s)"); fi
}
run ingest-kill ingest-kill "$@" "$corpus"
run startup-kill startup-kill "$corpus"
run web-kill web-kill --seeds "$REPO_ROOT/seeds"
if [ "$(id -u)" = 0 ]; then
    run storage storage --seeds "$REPO_ROOT/seeds"
else
    results+=("storage: SKIPPED (needs root)")
fi
echo
printf '%s\n' "${results[@]}"
exit $status
