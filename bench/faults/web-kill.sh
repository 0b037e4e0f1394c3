#!/usr/bin/env bash
# SIGKILL the web app under concurrent annotation writes; every acknowledged 201 must survive.
# usage: bench/faults/web-kill.sh [--rounds 4] [--writers 8] [--seed N]
source "$(dirname "$0")/lib.sh"
faults_prepare
faultbench web-kill --seeds "$REPO_ROOT/seeds" "$@"
