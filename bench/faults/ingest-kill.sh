#!/usr/bin/env bash
# SIGKILL `ingest CORPUS` at a random moment mid-ingest, N rounds (default 5); check integrity, FTS,
# complete articles, then finish the ingest and check the counts.
# usage: bench/faults/ingest-kill.sh CORPUS [--rounds 5] [--seed N] [--expect 2127,10139,98]
source "$(dirname "$0")/lib.sh"
[ $# -ge 1 ] || { echo "usage: $0 CORPUS [--rounds N] [--seed N] [--expect ARTICLES,PARAGRAPHS,DUPLICATES]" >&2; exit 2; }
corpus=$1
shift
faults_prepare
faultbench ingest-kill "$@" "$corpus"
