#!/usr/bin/env bash
# A real full disk (tmpfs), a real read-only database (chattr +i), and a database the app's
# unprivileged user cannot write, under the running web app. Needs root (mount, chattr, setpriv).
# usage: bench/faults/storage.sh
source "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || { echo "storage.sh needs root (mount, chattr, setpriv)" >&2; exit 2; }
faults_prepare
faultbench storage --seeds "$REPO_ROOT/seeds" "$@"
