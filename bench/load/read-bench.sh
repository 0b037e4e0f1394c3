#!/usr/bin/env bash
# Reading under load: wrk against a bare ASP.NET Core app (the floor) and against NewsReader's article
# page and search, in one script run, each measurement repeated and reported as a median. With --scale,
# every reading page over a generated 100,000-article database instead (issue 12; read-bench-scale.sh).
# See bench/README.md. Needs wrk (apt-get install -y wrk) and the .NET SDK; talks to 127.0.0.1 only.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/load/read-bench.sh [--corpus DIR] [--runs N] [--duration SECONDS] [--annotations N]
                                [--request-logging as-configured|warning|both] [--app-dir DIR]
       bench/load/read-bench.sh --scale [N] [--count N] --corpus DIR [--data DIR] [--seed S] [--people N]
                                [--accept N] [--runs N] [--duration SECONDS] [--timeout SECONDS]
                                [--prepare-only] [--fresh] [--app-dir DIR]

  --corpus DIR        ingest this folder of articles first (e.g. a copy of the BBC corpus), so search
                      runs over a corpus-sized database; without it the database holds the seeds only
  --runs N            measured rounds; each round measures every target once (default: 3)
  --duration SECONDS  length of each wrk measurement (default: 20)
  --annotations N     annotations put on the seed article before measuring (default: 30)
  --request-logging   as-configured (default): the app's own logging settings;
                      warning: request logging raised to Warning by environment variable;
                      both: a second app instance on the same database with Warning, for the article page
  --app-dir DIR       an already published NewsReader.Web (skips 'dotnet publish' of src/NewsReader.Web)

Set KEEP_WORK=1 to keep the temporary folder (app output, logs, wrk output) for inspection.
wrk runs with -t2 -c16 and --latency. Reported per target: requests/s, p99 latency, errors
(non-2xx/3xx responses and socket errors), and the app process's peak memory (VmHWM) at the end.

Scale mode (issue 12), wrk -t2 -c8, p50/p95/p99 of every reading page beside the floor:
  --scale [N]         generate N articles (default 100,000) from --corpus, ingest them with the app's
                      own ingest command (timed), accept suggestions as annotations, then measure
  --count N           the same as the number after --scale: e.g. --scale --count 5000 for a quick run
  --corpus DIR        the source corpus: one folder per section of *.txt articles (the BBC corpus)
  --data DIR          keep the generated articles and the prepared database here and reuse them when
                      they match --count, --seed, --people and --accept (default: a temporary folder)
  --seed S            generator seed (default: 12)
  --people N          people whose suggestions are accepted (default: N / 50, 2,000 for 100,000)
  --accept N          annotations made by accepting suggestions (default: N / 2, 50,000 for 100,000)
  --timeout SECONDS   wrk's timeout per request (default: 60; slower responses count as errors)
  --prepare-only      prepare (or find) the data and stop
  --fresh             prepare again even when --data holds matching data
  --postgres CS       with --scale: measure on PostgreSQL. CS is a server connection string
                      ("Host=localhost;Username=u;Password=p") for a role that may create databases; the
                      prepared SQLite database is moved into a new database newsreader_bench with the app's
                      own copy-db command (timed), and the app runs there (Database__Provider=Postgres)
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus="" runs=3 duration=20 annotations=30 logging=as-configured app_dir=""
scale="" count=100000 data_dir="" seed=12 people="" accept="" timeout=60 prepare_only="" fresh="" postgres="" classic_options=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --scale) scale=1
                 if [[ ${2:-} =~ ^[0-9]+$ ]]; then count=$2; shift; fi
                 shift ;;
        --count) count=${2:-}; shift 2 ;;
        --data) [[ -n ${2:-} ]] || { echo "read-bench: --data needs a folder" >&2; exit 2; }
                mkdir -p "$2" && data_dir=$(cd "$2" && pwd); shift 2 ;;
        --seed) seed=${2:-}; shift 2 ;;
        --people) people=${2:-}; shift 2 ;;
        --accept) accept=${2:-}; shift 2 ;;
        --timeout) timeout=${2:-}; shift 2 ;;
        --prepare-only) prepare_only=1; shift ;;
        --fresh) fresh=1; shift ;;
        --postgres) [[ -n ${2:-} ]] || { echo "read-bench: --postgres needs a connection string" >&2; exit 2; }
                    postgres=$2; shift 2 ;;
        --corpus) [[ -d ${2:-} ]] || { echo "read-bench: --corpus needs an existing folder" >&2; exit 2; }
                  corpus=$(cd "$2" && pwd); shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --annotations) annotations=$2; classic_options+=("$1"); shift 2 ;;
        --request-logging) logging=$2; classic_options+=("$1"); shift 2 ;;
        --app-dir) [[ -f ${2:-}/NewsReader.Web.dll ]] || { echo "read-bench: --app-dir needs a folder with NewsReader.Web.dll" >&2; exit 2; }
                   app_dir=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "read-bench: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]?$ && $duration =~ ^[1-9][0-9]{0,2}$ && $annotations =~ ^[0-9]{1,4}$ ]] \
    || { echo "read-bench: --runs 1-99, --duration 1-999 and --annotations 0-9999 must be whole numbers" >&2; exit 2; }
[[ $logging =~ ^(as-configured|warning|both)$ ]] || { echo "read-bench: --request-logging must be as-configured, warning or both" >&2; exit 2; }
if [[ -n $scale ]]; then
    [[ ${#classic_options[@]} -eq 0 ]] || { echo "read-bench: ${classic_options[0]} does not apply with --scale" >&2; exit 2; }
    [[ $count =~ ^[1-9][0-9]{0,6}$ && $seed =~ ^[0-9]{1,9}$ && $timeout =~ ^[1-9][0-9]{0,3}$ ]] \
        || { echo "read-bench: --count 1-9999999, --seed 0-999999999 and --timeout 1-9999 must be whole numbers" >&2; exit 2; }
    people=${people:-$(( count / 50 > 0 ? count / 50 : 1 ))}
    accept=${accept:-$(( count / 2 ))}
    [[ $people =~ ^[1-9][0-9]{0,6}$ && $accept =~ ^[0-9]{1,8}$ ]] || { echo "read-bench: --people and --accept must be whole numbers" >&2; exit 2; }
fi
[[ -n $scale || -z $postgres ]] || { echo "read-bench: --postgres applies with --scale" >&2; exit 2; }
command -v wrk >/dev/null || { echo "read-bench: wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "read-bench: curl is missing: apt-get install -y curl" >&2; exit 2; }

work=$(mktemp -d -t newsreader-readbench-XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    [[ -n ${KEEP_WORK:-} ]] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

log() { echo "read-bench: $*" >&2; }

# A free TCP port on loopback, chosen by the kernel (the helper binds port 0 and prints what it got).
free_port() { dotnet "$loadbench" free-port; }
sum() { awk '{ s += $1 } END { print s + 0 }'; }

wait_healthy() { # URL PID LOGFILE: at most 90 s
    local i
    for ((i = 0; i < 450; i++)); do
        if curl -fs -o /dev/null "$1"; then return 0; fi
        if ! kill -0 "$2" 2>/dev/null; then log "the process exited while starting; its output:"; tail -20 "$3" >&2; exit 1; fi
        sleep 0.2
    done
    log "$1 did not answer within 90 s"; exit 1
}

peak_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

# CPU time the process has used (user + system, in clock ticks): per request it is a figure that other
# load on the machine disturbs far less than requests/s.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
clock_ticks=$(getconf CLK_TCK)
# All CPUs together, from /proc/stat: "process time (user, nice, system, steal) and total" ticks, to tell
# roughly how much other processes used meanwhile (interrupt time, loopback networking, is left out).
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

# --- build -------------------------------------------------------------------------------------------
log "building (Release): the floor app, the annotation helper$([[ -z $app_dir ]] && echo ", and publishing NewsReader.Web")"
dotnet publish "$repo/bench/FloorApp" -c Release -o "$work/floor" --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build "$repo/bench/NewsReader.LoadBench" -c Release -o "$work/loadbench" --nologo -v quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
loadbench="$work/loadbench/NewsReader.LoadBench.dll"
if [[ -z $app_dir ]]; then
    app_dir="$work/app"
    dotnet publish "$repo/src/NewsReader.Web" -c Release -o "$app_dir" --nologo -v quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi

if [[ -n $scale ]]; then
    # Every reading page at archive size: its own data preparation, targets and report.
    source "$repo/bench/load/read-bench-scale.sh"
    exit 0
fi

# --- the app's data: seeds, a user, annotations, then the corpus ----------------------------------------
# Production as deployed: run from the publish folder (its content root, so appsettings.json applies).
data="$work/data"
mkdir -p "$data"
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Default="Data Source=$data/db.sqlite"
export DataProtection__KeysPath="$data/keys"
export Seed__Path="$repo/seeds"
export Security__SignInAttemptsPerMinute=100000
export LogFile__Path="$data/logs/commands-.json"
warning_override="Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning"

start_app() { # NAME PORT [ENV=VALUE...]: starts the app in the background, sets started_pid
    local name=$1 port=$2; shift 2
    (cd "$app_dir" && exec env LogFile__Path="$data/logs/$name-.json" "$@" dotnet NewsReader.Web.dll --urls "http://127.0.0.1:$port" >"$data/$name.out" 2>&1) &
    started_pid=$!
    pids+=("$started_pid")
    wait_healthy "http://127.0.0.1:$port/healthz" "$started_pid" "$data/$name.out"
}

extra_env=()
[[ $logging == warning ]] && extra_env=("$warning_override")
app_port=$(free_port)
start_app app "$app_port" "${extra_env[@]}"
app_pid=$started_pid

token=$(cd "$app_dir" && echo 'a long passphrase' | dotnet NewsReader.Web.dll users add reader-bench@example.org --token | sed -n 's/^API token: //p')
[[ -n $token ]] || { log "users add printed no API token"; exit 1; }
if ((annotations > 0)); then
    dotnet "$loadbench" annotate "http://127.0.0.1:$app_port" "$token" "$annotations" >&2
fi
if [[ -n $corpus ]]; then
    log "ingesting $corpus"
    (cd "$app_dir" && dotnet NewsReader.Web.dll ingest "$corpus") | tail -1 >&2 || true
fi
articles=$(curl -fs "http://127.0.0.1:$app_port/api/articles?pageSize=1" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')

floor_port=$(free_port)
(cd "$work/floor" && exec dotnet FloorApp.dll --urls "http://127.0.0.1:$floor_port" >"$data/floor.out" 2>&1) &
floor_pid=$!
pids+=("$floor_pid")
wait_healthy "http://127.0.0.1:$floor_port/" "$floor_pid" "$data/floor.out"

slug=mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern
names=("floor" "article" "search")
urls=("http://127.0.0.1:$floor_port/" "http://127.0.0.1:$app_port/articles/$slug" "http://127.0.0.1:$app_port/search?q=huawei")
owners=("$floor_pid" "$app_pid" "$app_pid")
if [[ $logging == both ]]; then
    warn_port=$(free_port)
    start_app app-warning "$warn_port" "$warning_override"
    names+=("article (request log Warning)")
    urls+=("http://127.0.0.1:$warn_port/articles/$slug")
    owners+=("$started_pid")
fi

# --- measure -----------------------------------------------------------------------------------------
# wrk prints latencies with a unit; convert to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    printf "%.2f", u == "us" ? n / 1000 : u == "s" ? n * 1000 : u == "m" ? n * 60000 : n }'; }

measure() { # INDEX RUN: one wrk run, appends "name run rps p99ms errors cpu-ms/request other-cpu-%" (tab-separated) to results
    local out="$work/wrk-$1-$2.txt" before after machine_before machine_after wrk_seconds other
    machine_before=$(machine_ticks)
    before=$(cpu_ticks "${owners[$1]}")
    wrk_seconds=$( { TIMEFORMAT='%U %S'; time wrk -t2 -c16 -d"${duration}s" --latency "${urls[$1]}" >"$out" 2>&1; } 2>&1 | awk '{ print $1 + $2 }')
    after=$(cpu_ticks "${owners[$1]}")
    machine_after=$(machine_ticks)
    # Share of all CPUs used by neither the target nor wrk: other developers' builds and tests, say.
    other=$(awk -v b="$machine_before" -v a="$machine_after" -v app=$((after - before)) -v w="$wrk_seconds" -v hz="$clock_ticks" 'BEGIN {
        split(b, x, " "); split(a, y, " "); busy = y[1] - x[1]; total = y[2] - x[2]
        v = total > 0 ? 100 * (busy - app - w * hz) / total : 0; printf "%.0f", (v < 0 ? 0 : v) }')
    local rps p99 non2xx sockets requests cpu
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    requests=$(awk '/requests in/ { print $1 }' "$out")
    cpu=$(awk -v t=$((after - before)) -v hz="$clock_ticks" -v n="${requests:-0}" 'BEGIN { printf "%.4f", (n > 0 ? 1000 * t / hz / n : 0) }')
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
    sockets=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${names[$1]}" "$2" "${rps:-0}" "$p99" "$(( ${non2xx:-0} + ${sockets:-0} ))" "$cpu" "$other" >>"$work/results.tsv"
    log "run $2 ${names[$1]}: ${rps:-?} requests/s, p99 $p99 ms, errors $(( ${non2xx:-0} + ${sockets:-0} )), app CPU $cpu ms/request, other processes ${other}% of the CPUs"
}

log "warming up each target for 3 s"
for i in "${!urls[@]}"; do wrk -t2 -c16 -d3s "${urls[$i]}" >/dev/null 2>&1; done
: >"$work/results.tsv"
for ((run = 1; run <= runs; run++)); do
    for i in "${!urls[@]}"; do measure "$i" "$run"; done
done

# --- report ------------------------------------------------------------------------------------------
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
column_of() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$work/results.tsv"; }

echo "# Reading under load: wrk -t2 -c16 -d${duration}s --latency, medians of $runs runs"
echo
echo "- machine: $(nproc) CPUs ($(uname -sr)), $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print "ASP.NET Core " v }')"
echo "- NewsReader: published Release, Production, request logging: $logging; database: ${articles:-?} articles$([[ -n $corpus ]] && echo " (seeds + $(basename "$corpus") corpus)"); seed article with $annotations annotations"
echo
echo "| target | requests/s (runs) | median requests/s | median p99 ms | errors | peak MiB | share of floor | CPU ms/request | share of floor by CPU |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
floor_rps=$(column_of floor 3 | median)
floor_cpu=$(column_of floor 6 | median)
for i in "${!names[@]}"; do
    name=${names[$i]}
    rps=$(column_of "$name" 3 | median)
    p99=$(column_of "$name" 4 | median)
    errors=$(column_of "$name" 5 | sum)
    all=$(column_of "$name" 3 | paste -sd' ')
    share=$(awk -v a="$rps" -v f="$floor_rps" 'BEGIN { printf "%.1f%%", 100 * a / f }')
    cpu=$(column_of "$name" 6 | median)
    cpu_share=$(awk -v a="$cpu" -v f="$floor_cpu" 'BEGIN { printf "%.1f%%", (a > 0 ? 100 * f / a : 0) }')
    echo "| $name | $all | $rps | $p99 | $errors | $(peak_mib "${owners[$i]}") | $share | $cpu | $cpu_share |"
done
echo
article_share=$(awk -v a="$(column_of article 3 | median)" -v f="$floor_rps" 'BEGIN { printf "%.1f", 100 * a / f }')
article_p99=$(column_of article 4 | median)
total_errors=$(cut -f5 "$work/results.tsv" | sum)
verdict=$(awk -v s="$article_share" -v p="$article_p99" -v e="$total_errors" 'BEGIN { print (s >= 25 && p < 100 && e == 0) ? "PASS" : "FAIL" }')
echo "Other processes used $(cut -f7 "$work/results.tsv" | sort -g | awk '{ a[NR] = $1 } END { print a[1] "% to " a[NR] "%" }') of the $(nproc) CPUs during the measurements$(cut -f7 "$work/results.tsv" | awk '$1 > 10 { busy++ } END { if (busy) print " (over 10% in " busy " of " NR "): requests/s are disturbed, CPU ms/request less so" }')."
echo "Article page: ${article_share}% of the floor's throughput (goal >= 25%), p99 ${article_p99} ms (goal < 100 ms), errors ${total_errors} (goal 0): $verdict"
