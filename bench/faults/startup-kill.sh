#!/usr/bin/env bash
# SIGKILL `ingest` while EF Core's migration lock row is held (during start-up), then check that the
# next ingest and the next web start still finish.
# usage: bench/faults/startup-kill.sh CORPUS [--rounds 2] [--wait 30]
source "$(dirname "$0")/lib.sh"
[ $# -ge 1 ] || { echo "usage: $0 CORPUS [--rounds N] [--wait SECONDS]" >&2; exit 2; }
corpus=$1
shift
faults_prepare
faultbench startup-kill "$@" "$corpus"
