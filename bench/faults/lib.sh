# Shared by the fault scripts: publish the app once to a temporary folder and build the fault bench.
# Source it; it sets APP_DLL and BENCH_DLL and removes the published app on exit.
# FAULTS_APP_DIR=/path/to/published/app skips the publish (the folder must hold NewsReader.Web.dll).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# faults_retry LOG COMMAND...: up to 3 tries 20 s apart (the working tree may be mid-edit), output to LOG, shown on failure.
faults_retry() {
    local log=$1
    shift
    local try
    for try in 1 2 3; do
        if "$@" >"$log" 2>&1; then
            return 0
        fi
        echo "  failed (try $try of 3): $(grep -m1 -E 'error' "$log" || tail -n1 "$log")"
        [ "$try" = 3 ] || sleep 20
    done
    cat "$log"
    exit 2
}

faults_prepare() {
    if [ -n "${FAULTS_APP_DIR:-}" ]; then
        APP_DLL="$FAULTS_APP_DIR/NewsReader.Web.dll"
    else
        FAULTS_TMP=$(mktemp -d -t newsreader-faults-app-XXXXXX)
        trap 'rm -rf "$FAULTS_TMP"' EXIT
        echo "publishing the app to $FAULTS_TMP/app ..."
        faults_retry "$FAULTS_TMP/publish.log" dotnet publish "$REPO_ROOT/src/NewsReader.Web/NewsReader.Web.csproj" -c Release -o "$FAULTS_TMP/app" --nologo
        # World-readable: the storage test runs the app as nobody too.
        chmod 755 "$FAULTS_TMP"
        chmod -R a+rX "$FAULTS_TMP/app"
        APP_DLL="$FAULTS_TMP/app/NewsReader.Web.dll"
    fi
    test -f "$APP_DLL" || { echo "no $APP_DLL" >&2; exit 2; }

    echo "building the fault bench ..."
    local log
    log=$(mktemp)
    faults_retry "$log" dotnet build "$REPO_ROOT/bench/NewsReader.FaultBench/NewsReader.FaultBench.csproj" -c Release --nologo
    rm -f "$log"
    BENCH_DLL="$REPO_ROOT/bench/NewsReader.FaultBench/bin/Release/net10.0/NewsReader.FaultBench.dll"
}

# faultbench COMMAND [ARGS...]: runs one scenario against the published app; its exit code is the scenario's.
faultbench() {
    local command=$1
    shift
    dotnet "$BENCH_DLL" "$command" --app "$APP_DLL" "$@"
}
