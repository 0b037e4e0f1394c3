# Scale mode of read-bench.sh (issue 12), sourced by it after the floor and the app are published: every
# reading page over a generated archive-sized database, warm, over HTTP at concurrency 8, beside the
# bare floor from the same run. Not meant to be run by itself; see bench/README.md.
#
# Uses from read-bench.sh: repo, work, app_dir, pids, log, free_port, wait_healthy, peak_mib, cpu_ticks,
# machine_ticks, clock_ticks, sum, and the options scale, count, corpus, data_dir, seed, people, accept,
# runs, duration, timeout, prepare_only, fresh.

started_at=$(date +%s)
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

log "building (Release): NewsReader.ScaleBench"
dotnet build "$repo/bench/NewsReader.ScaleBench" -c Release -o "$work/scalebench" --nologo -v quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
scalebench="$work/scalebench/NewsReader.ScaleBench.dll"

# --- prepared data: generated articles, then the database (ingest timed, accepting untimed) ------------
# Kept in --data DIR when given, one folder per set of arguments so a quick 5,000-article set and the
# full one live side by side: articles-N-sS/ (with .scalebench-manifest), and prepared-N-sS-pP-aA/ with
# prepared.db and prepared.env, the last written only when everything before it succeeded, so a
# half-prepared folder is never reused.
data_dir=${data_dir:-$work/scale-data}
articles_dir="$data_dir/articles-$count-s$seed"
prepared_dir="$data_dir/prepared-$count-s$seed-p$people-a$accept"
mkdir -p "$prepared_dir"
prepared_db="$prepared_dir/prepared.db"
prepared_env="$prepared_dir/prepared.env"
want="count=$count seed=$seed people=$people accept=$accept"

declare -A P=() # what prepared.env says: timings, counts, the pages to measure
read_prepared() {
    P=()
    local key value
    while IFS='=' read -r key value; do [[ -n $key ]] && P[$key]=$value; done <"$prepared_env"
}

if [[ -z $fresh && -f $prepared_env && -f $prepared_db ]] && [[ $(sed -n 's/^prepared_for=//p' "$prepared_env") == "$want" ]]; then
    log "reusing the prepared data in $prepared_dir"
else
    rm -f "$prepared_env" "$prepared_db" "$prepared_dir"/ingest.db*
    [[ -n $corpus ]] || { log "--scale needs --corpus DIR to generate the articles (or --data DIR holding prepared data for $want)"; exit 2; }
    setup_started=$(now)

    if [[ -z $fresh ]] && grep -qs "^generator=1 count=$count seed=$seed " "$articles_dir/.scalebench-manifest"; then
        log "reusing the $count generated articles in $articles_dir"
        generate_seconds=0 generated="reused"
    else
        log "generating $count articles from $corpus (seed $seed)"
        rm -rf "$articles_dir"
        t=$(now)
        generated=$(dotnet "$scalebench" generate --corpus "$corpus" --count "$count" --seed "$seed" "$articles_dir")
        generate_seconds=$(seconds_since "$t")
        log "$generated"
    fi

    # The app's own ingest command, as an operator would run it: the published dll, suggestions on (the
    # default), a fresh database. Timed from process start to exit.
    log "ingesting with the published app's ingest command (timed; about 5 minutes for 100,000 articles)"
    ingest_load_before=$(loadavg)
    t=$(now)
    ingest_rc=0
    ingest_out=$(cd "$app_dir" && DOTNET_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$prepared_dir/ingest.db" DataProtection__KeysPath="$work/keys" \
        LogFile__Path="$work/logs/ingest-.json" dotnet NewsReader.Web.dll ingest "$articles_dir" 2>"$work/ingest.err") || ingest_rc=$?
    ingest_seconds=$(seconds_since "$t")
    ingest_load_after=$(loadavg)
    ((ingest_rc <= 1)) || { log "ingest failed (exit code $ingest_rc):"; tail -20 "$work/ingest.err" >&2; exit 1; }
    ingest_line=$(grep '^Ingested' <<<"$ingest_out" | tail -1)
    suggest_line=$(grep '^Suggestions:' <<<"$ingest_out" | tail -1)
    log "ingest: $ingest_seconds s: $ingest_line"
    log "$suggest_line"

    log "accepting suggestions as $accept annotations over $people people (untimed; synchronous=OFF)"
    t=$(now)
    accepted=$(dotnet "$scalebench" accept --db "$prepared_dir/ingest.db" --people "$people" --annotations "$accept")
    accept_seconds=$(seconds_since "$t")
    printf '%s\n' "$accepted" >&2
    stats=$(dotnet "$scalebench" stats --db "$prepared_dir/ingest.db")

    {
        echo "prepared_for=$want"
        echo "prepared_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "prepared_commit=$(git -C "$repo" log -1 --format=%h -- src 2>/dev/null || echo unknown)"
        echo "generated=$generated"
        echo "generate_seconds=$generate_seconds"
        echo "ingest_seconds=$ingest_seconds"
        echo "ingest_exit_code=$ingest_rc"
        echo "ingest_line=$ingest_line"
        echo "suggest_line=$suggest_line"
        echo "ingest_load=$ingest_load_before -> $ingest_load_after"
        echo "accept_seconds=$accept_seconds"
        sed 's/^- /accept_line=/' <<<"$accepted" | grep '^accept_line='
        echo "setup_seconds=$(seconds_since "$setup_started")"
        echo "$stats"
    } >"$prepared_dir/prepared.env.new"
    mv "$prepared_dir/ingest.db" "$prepared_db"
    rm -f "$prepared_dir"/ingest.db-wal "$prepared_dir"/ingest.db-shm # empty after the checkpoint and close
    mv "$prepared_dir/prepared.env.new" "$prepared_env"
fi
read_prepared

fmt() { sed -E ':a;s/([0-9])([0-9]{3})($|[^0-9])/\1,\2\3/;ta' <<<"$1"; } # 1234567 -> 1,234,567

describe_prepared() {
    echo "- data: $(fmt "${P[articles]}") articles generated from the corpus's sections (seed $seed; prepared ${P[prepared_at]} by the app as of ${P[prepared_commit]}); database $(awk -v b="${P[database_bytes]}" 'BEGIN { printf "%.0f MB", b / 1e6 }')"
    echo "- ingest (the published app's \`ingest\` command, suggestions on, fresh database): **${P[ingest_seconds]} s** wall clock, load average ${P[ingest_load]}; it printed: ${P[ingest_line]}; ${P[suggest_line]}"
    grep '^accept_line=' "$prepared_env" | sed 's/^accept_line=/- setup, untimed: /'
    fmt "- stored: ${P[annotations]} annotations (${P[quote_annotations]} quotes, ${P[person_annotations]} person mentions, ${P[topic_annotations]} topics) on ${P[people_tagged]} of ${P[people]} people and ${P[topics]} topics; ${P[suggestions_pending]} pending suggestions (${P[suggestions_in_queue]} in the review queue) of ${P[suggestions]} made by the ingest"
}

if [[ -n $prepare_only ]]; then
    echo "# Prepared data for the read benchmark at scale"
    echo
    describe_prepared
    exit 0
fi

# --- the app on a copy of the prepared database --------------------------------------------------------
# A copy, so measuring never changes the prepared data (the bench user, sign-ins); the copy also leaves
# the file in the OS cache, and the measurements are meant warm.
data="$work/data"
mkdir -p "$data/no-seeds"
log "copying the prepared database ($(du -h "$prepared_db" | cut -f1))"
cp "$prepared_db" "$data/db.sqlite"
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Default="Data Source=$data/db.sqlite"
provider_line="- database: SQLite (the default)"
if [[ -n ${postgres:-} ]]; then
    # As an operator moves: the app's copy-db command from the SQLite file into a new, empty database.
    pg_database=$(dotnet "$scalebench" reset-postgres --server "$postgres" --database newsreader_bench) || { log "reset-postgres failed"; exit 1; }
    log "moving the database to PostgreSQL with copy-db (timed)"
    t=$(now)
    (cd "$app_dir" && LogFile__Path= DataProtection__KeysPath="$data/keys" dotnet NewsReader.Web.dll copy-db --to-postgres "$pg_database") >"$data/copy-db.out" 2>&1 \
        || { log "copy-db failed:"; cat "$data/copy-db.out" >&2; exit 1; }
    copy_seconds=$(seconds_since "$t")
    log "$(grep '^Copied' "$data/copy-db.out")"
    export Database__Provider=Postgres ConnectionStrings__Default="$pg_database"
    provider_line="- database: PostgreSQL $(psql --version 2>/dev/null | awk '{ print $3 }') on this machine, filled from the prepared SQLite database by \`copy-db\` in $copy_seconds s (then ANALYZE); the app on \`Database__Provider=Postgres\`"
fi
export DataProtection__KeysPath="$data/keys"
export Seed__Path="$data/no-seeds" # an empty folder: the database holds the generated articles only
export Security__SignInAttemptsPerMinute=100000
export LogFile__Path="$data/logs/commands-.json"

start_app() { # NAME PORT: the published app as deployed (Production, from its folder); sets started_pid
    local name=$1 port=$2
    (cd "$app_dir" && exec env LogFile__Path="$data/logs/$name-.json" dotnet NewsReader.Web.dll --urls "http://127.0.0.1:$port" >"$data/$name.out" 2>&1) &
    started_pid=$!
    pids+=("$started_pid")
    wait_healthy "http://127.0.0.1:$port/healthz" "$started_pid" "$data/$name.out"
}

app_port=$(free_port)
start_app app "$app_port"
app_pid=$started_pid
app="http://127.0.0.1:$app_port"

floor_port=$(free_port)
(cd "$work/floor" && exec dotnet FloorApp.dll --urls "http://127.0.0.1:$floor_port" >"$data/floor.out" 2>&1) &
floor_pid=$!
pids+=("$floor_pid")
wait_healthy "http://127.0.0.1:$floor_port/" "$floor_pid" "$data/floor.out"

# A reader account made with the app's own command, signed in through the login form like a browser.
# Production cookies are Secure: the requests say they came through a TLS proxy (X-Forwarded-Proto from
# loopback, which the app trusts), as they would in a deployment behind one.
email=reader-bench@example.org password='a long passphrase'
(cd "$app_dir" && echo "$password" | dotnet NewsReader.Web.dll users add "$email" >"$data/users.out" 2>&1) || { log "users add failed:"; cat "$data/users.out" >&2; exit 1; }
set_cookies() { sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\);.*/\1/p' "$1" | tr -d '\r' | grep -v '=$' | paste -sd';' | sed 's/;/; /g'; }
curl -fs -D "$work/login.headers" -o "$work/login.html" -H 'X-Forwarded-Proto: https' "$app/account/login" || { log "GET /account/login failed"; exit 1; }
antiforgery=$(set_cookies "$work/login.headers")
form_token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -1)
status=$(curl -s -D "$work/signin.headers" -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' -H "Cookie: $antiforgery" \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$form_token" "$app/account/login")
auth=$(set_cookies "$work/signin.headers")
[[ $status == 302 && $auth == *newsreader.auth=* ]] || { log "signing in failed (status $status)"; exit 1; }
cookie="$antiforgery; $auth" # the antiforgery cookie too, as a browser sends it back

# --- targets -----------------------------------------------------------------------------------------
names=() urls=() owners=() signed=() scripts=()
target() { names+=("$1"); urls+=("$2"); owners+=("$3"); signed+=("${4:-}"); scripts+=("${5:-}"); }
name_word=${P[search_name]:-blair}
target "floor \`/\` (bare ASP.NET Core)" "http://127.0.0.1:$floor_port/" "$floor_pid"
target "\`/people/${P[many_slug]}\` (most quotes: ${P[many_quotes]}, ${P[many_mentions]} mentions)" "$app/people/${P[many_slug]}" "$app_pid"
target "\`/people/${P[few_slug]}\` (${P[few_quotes]} quotes, ${P[few_mentions]} mentions)" "$app/people/${P[few_slug]}" "$app_pid"
target "\`/search?q=$name_word\` (a name)" "$app/search?q=$name_word" "$app_pid"
target "\`/search?q=government\` (a common word)" "$app/search?q=government" "$app_pid"
target "\`/search?q=\"prime minister\"\` (a phrase)" "$app/search?q=%22prime+minister%22" "$app_pid"
target "\`/api/people?q=${P[typeahead]:-bla}\` (type-ahead)" "$app/api/people?q=${P[typeahead]:-bla}" "$app_pid"
target "\`/articles/{slug}\` anonymous (${P[article_annotations]} annotations, ${P[article_pending]} pending suggestions)" "$app/articles/${P[article_slug]}" "$app_pid"
target "\`/articles/{slug}\` signed in (the same article)" "$app/articles/${P[article_slug]}" "$app_pid" yes
target "\`/\` anonymous" "$app/" "$app_pid"
target "\`/people\` anonymous" "$app/people" "$app_pid"
target "\`/review\` signed in" "$app/review" "$app_pid" yes
# Signed in, nothing comes from the output cache, and rotating over many URLs, little from the app's own
# caches either (search results are kept per query, 500 at most): what a page costs to make. Every
# person's page, and a search for every person's surname, in a fixed shuffled order, each wrk thread
# starting elsewhere in it.
for ((page = 1; page <= 100; page++)); do
    found=$(curl -fs "$app/people?sort=name&page=$page" | grep -o 'href="/people/[a-z0-9-]*"' | sed 's/^href="//; s/"$//' || true)
    [[ -z $found ]] && break
    echo "$found"
done | grep -v '^/people/$' | sort -u | awk 'BEGIN { srand(12) } { print rand() "\t" $0 }' | sort -k1,1 | cut -f2 >"$work/people-paths.txt"
sed 's|^/people/||; s|.*-||' "$work/people-paths.txt" | awk 'length($0) > 2 && !seen[$0]++ { print "/search?q=" $0 }' >"$work/search-paths.txt"
rotation() { # PATHS-FILE LUA-FILE: a wrk script that requests the paths in turn, then prints the percentiles
    {
        echo 'local paths = {'
        sed 's/.*/  "&",/' "$1"
        echo '}'
        echo 'local start = 0'
        echo 'setup = function(thread) thread:set("start", start); start = start + math.floor(#paths / 2) end'
        echo 'init = function(args) n = start end'
        echo 'request = function() n = n + 1; return wrk.format("GET", paths[(n % #paths) + 1]) end'
        cat "$work/percentiles.lua"
    } >"$2"
}
people_rotating=$(wc -l <"$work/people-paths.txt") searches_rotating=$(wc -l <"$work/search-paths.txt")
target "\`/people/${P[many_slug]}\` signed in (not from the output cache)" "$app/people/${P[many_slug]}" "$app_pid" yes
target "\`/people/{each of $people_rotating}\` signed in, in turn" "$app$(head -1 "$work/people-paths.txt")" "$app_pid" yes "$work/rotate-people.lua"
target "\`/search?q={each of $searches_rotating surnames}\` signed in, in turn" "$app$(head -1 "$work/search-paths.txt")" "$app_pid" yes "$work/rotate-search.lua"
target "\`/search?q=government\` signed in" "$app/search?q=government" "$app_pid" yes
# Indexes the goals refer to.
t_floor=0 t_many=1 t_few=2 t_search=(3 4 5) t_typeahead=6 t_article=7 t_article_signed=8
t_uncached=(12 13 14 15)

headers_for() { # INDEX: curl/wrk header arguments of a target
    if [[ -n ${signed[$1]} ]]; then printf '%s\n' -H "Cookie: $cookie" -H "X-Forwarded-Proto: https"; fi
}

# wrk --latency prints 50/75/90/99 only; this prints the 95th too (and all in microseconds, one line).
cat >"$work/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("read-bench: requests=%.0f p50=%.0f p95=%.0f p99=%.0f max=%.0f status=%.0f timeout=%.0f connect=%.0f read=%.0f write=%.0f\n",
        summary.requests, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
        e.status, e.timeout, e.connect, e.read, e.write))
end
LUA
rotation "$work/people-paths.txt" "$work/rotate-people.lua"
rotation "$work/search-paths.txt" "$work/rotate-search.lua"

# Waits (at most 60 s) until the process has used under 10% of a CPU for half a second: a slow page
# may still be rendering responses wrk gave up on, which would otherwise land on the next target.
settle() {
    local i a b
    for ((i = 0; i < 120; i++)); do
        a=$(cpu_ticks "$1"); sleep 0.5; b=$(cpu_ticks "$1")
        (((b - a) * 20 < clock_ticks)) && return 0
    done
}

# Peak memory per target: writing 5 to clear_refs (Linux 4.0+) resets VmHWM to the current RSS, so the
# peak read after a run is the most the app held while serving that target. Where it cannot be reset,
# every reading is the peak since the app started.
reset_peak() { echo 5 2>/dev/null >"/proc/$1/clear_refs"; }

measure_scale() { # INDEX RUN: one wrk run; appends a tab-separated row to results.tsv
    local i=$1 run=$2 out="$work/wrk-$1-$2.txt" before after machine_before machine_after wrk_seconds other line
    local -a headers
    mapfile -t headers < <(headers_for "$i")
    reset_peak "${owners[$i]}" || true
    machine_before=$(machine_ticks)
    before=$(cpu_ticks "${owners[$i]}")
    wrk_seconds=$( { TIMEFORMAT='%U %S'; time wrk -t2 -c8 -d"${duration}s" --timeout "${timeout}s" --latency -s "${scripts[$i]:-$work/percentiles.lua}" "${headers[@]}" "${urls[$i]}" >"$out" 2>&1; } 2>&1 | awk '{ print $1 + $2 }')
    after=$(cpu_ticks "${owners[$i]}")
    machine_after=$(machine_ticks)
    other=$(awk -v b="$machine_before" -v a="$machine_after" -v app=$((after - before)) -v w="$wrk_seconds" -v hz="$clock_ticks" 'BEGIN {
        split(b, x, " "); split(a, y, " "); busy = y[1] - x[1]; total = y[2] - x[2]
        v = total > 0 ? 100 * (busy - app - w * hz) / total : 0; printf "%.0f", (v < 0 ? 0 : v) }')
    line=$(grep '^read-bench:' "$out" || true)
    field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$line"; }
    local rps requests p50 p95 p99 status timeouts sockets cpu
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    requests=$(field requests)
    p50=$(awk -v v="$(field p50)" 'BEGIN { printf "%.2f", v / 1000 }')
    p95=$(awk -v v="$(field p95)" 'BEGIN { printf "%.2f", v / 1000 }')
    p99=$(awk -v v="$(field p99)" 'BEGIN { printf "%.2f", v / 1000 }')
    status=$(field status) timeouts=$(field timeout)
    sockets=$(( $(field connect) + $(field read) + $(field write) ))
    cpu=$(awk -v t=$((after - before)) -v hz="$clock_ticks" -v n="${requests:-0}" 'BEGIN { printf "%.2f", (n > 0 ? 1000 * t / hz / n : 0) }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$run" "${rps:-0}" "${requests:-0}" "$p50" "$p95" "$p99" \
        "${status:-0}" "${timeouts:-0}" "$sockets" "$cpu" "$other" "$(peak_mib "${owners[$i]}")" >>"$work/results.tsv"
    log "run $run ${names[$i]}: ${rps:-?} requests/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, ${requests:-0} responses, status errors ${status:-0}, timeouts ${timeouts:-0}, app CPU $cpu ms/request, other processes ${other}%"
    settle "${owners[$i]}"
}

# --- measure -----------------------------------------------------------------------------------------
measure_started=$(now)
load_before=$(loadavg)
log "warming up each target for 3 s (wrk -c8), then one request each by curl"
for i in "${!urls[@]}"; do
    mapfile -t headers < <(headers_for "$i")
    if [[ -n ${scripts[$i]} ]]; then
        wrk -t2 -c8 -d3s --timeout "${timeout}s" -s "${scripts[$i]}" "${headers[@]}" "${urls[$i]}" >/dev/null 2>&1
    else
        wrk -t2 -c8 -d3s --timeout "${timeout}s" "${headers[@]}" "${urls[$i]}" >/dev/null 2>&1
    fi
    settle "${owners[$i]}"
done

# One request each, warm: its status, time and size. A signed-in page must show the sign-out form and an
# anonymous one must not, so a lost cookie or a redirect to the login page cannot pass as a fast page.
declare -a one_ms one_kb one_ok
for i in "${!urls[@]}"; do
    mapfile -t headers < <(headers_for "$i")
    read -r code seconds bytes < <(curl -s -o "$work/page-$i.out" -w '%{http_code} %{time_total} %{size_download}\n' --max-time "$timeout" "${headers[@]}" "${urls[$i]}" || echo "000 0 0")
    one_ms[i]=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')
    one_kb[i]=$(awk -v b="$bytes" 'BEGIN { if (b >= 1e6) printf "%.1f MB", b / 1e6; else if (b >= 1e3) printf "%.0f KB", b / 1e3; else printf "%d B", b }')
    if [[ $code != 200 ]]; then
        one_ok[i]="status $code"
    elif [[ -n ${signed[$i]} ]] && ! grep -q 'Sign out' "$work/page-$i.out"; then
        one_ok[i]="not signed in"
    elif [[ -z ${signed[$i]} && $i != "$t_floor" ]] && grep -q 'Sign out' "$work/page-$i.out"; then
        one_ok[i]="signed in"
    else
        one_ok[i]=ok
    fi
    log "one request ${names[$i]}: status $code, ${one_ms[i]} ms, ${one_kb[i]} (${one_ok[i]})"
    settle "${owners[$i]}"
done

# The peak so far (start-up, signing in, the warm-up of every page) before the per-target resets.
startup_peak=$(peak_mib "$app_pid")
peak_resets=yes
reset_peak "$app_pid" || peak_resets=no
: >"$work/results.tsv"
for ((run = 1; run <= runs; run++)); do
    for i in "${!urls[@]}"; do measure_scale "$i" "$run"; done
done
load_after=$(loadavg)
peak=$( { echo "$startup_peak"; awk -F'\t' -v f="$t_floor" '$1 != f { print $13 }' "$work/results.tsv"; } | sort -g | tail -1)
measure_seconds=$(seconds_since "$measure_started")

# --- report ------------------------------------------------------------------------------------------
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$work/results.tsv"; } # INDEX COLUMN
errors_of() { # INDEX: "N" or "N (status S, timeouts T, socket K)", summed over the runs
    awk -F'\t' -v n="$1" '$1 == n { s += $8; t += $9; k += $10 } END {
        e = s + t + k; if (e == 0) print 0; else printf "**%d** (status %d, timeouts %d, socket %d)", e, s, t, k }' "$work/results.tsv"
}
error_count() { awk -F'\t' -v n="$1" '$1 == n { e += $8 + $9 + $10 } END { print e + 0 }' "$work/results.tsv"; }
floor_rps=$(col "$t_floor" 3 | median)

echo "# Reading at scale: wrk -t2 -c8 -d${duration}s --timeout ${timeout}s --latency, medians of $runs runs"
echo
echo "- measured $(date -u +%Y-%m-%d) at $(git -C "$repo" log -1 --format=%h 2>/dev/null || echo unknown) ($(git -C "$repo" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?'); the app's source, src/, last changed in $(git -C "$repo" log -1 --format=%h -- src 2>/dev/null || echo unknown)$(git -C "$repo" diff --quiet HEAD -- src 2>/dev/null || echo ', with uncommitted changes')); machine: $(nproc) CPUs ($(uname -sr)), $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print "ASP.NET Core " v }'); load average $load_before before measuring, $load_after after"
echo "- NewsReader: published Release, Production, run from its publish folder (\`dotnet NewsReader.Web.dll\`), on a copy of the prepared database; signed-in requests carry the login form's cookies and \`X-Forwarded-Proto: https\` (a TLS proxy on loopback)"
describe_prepared
echo "$provider_line"
echo
echo "| target | one request | req/s (runs) | median req/s | share of floor | p50 ms | p95 ms | p99 ms | errors | CPU ms/request | peak MiB | other CPU % (runs) |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for i in "${!names[@]}"; do
    rps=$(col "$i" 3 | median)
    share=$(awk -v a="$rps" -v f="$floor_rps" 'BEGIN { printf "%.3f", (f > 0 ? a / f : 0) }')
    one="${one_ms[i]} ms, ${one_kb[i]}"
    [[ ${one_ok[i]} == ok ]] || one="**${one_ok[i]}**, $one"
    hwm=$(col "$i" 13 | sort -g | tail -1)
    [[ $i == "$t_floor" ]] && hwm="$hwm (floor)"
    echo "| ${names[$i]} | $one | $(col "$i" 3 | paste -sd' ') | $rps | $share | $(col "$i" 5 | median) | $(col "$i" 6 | median) | $(col "$i" 7 | median) | $(errors_of "$i") | $(col "$i" 11 | median) | $hwm | $(col "$i" 12 | paste -sd' ') |"
done
echo
echo "Errors are non-2xx/3xx responses, timeouts (no answer within ${timeout} s) and socket errors, summed over the runs; a target"
echo "with errors fails its goal whatever its latency. Other CPU %: the share of all CPUs that neither the target process nor wrk used"
echo "during each run (other work on the machine); where it is high, requests/s and latencies are disturbed, CPU ms/request much less."
echo "For pages slower than about a second, CPU ms/request also counts the work on requests still in flight when wrk stops, so it overstates."
echo "Peak MiB: the app's (or the floor's) VmHWM during the target's runs, $( [[ $peak_resets == yes ]] && echo "reset before each run (/proc/PID/clear_refs)" || echo "since it started (it could not be reset here)" ). App peak memory over the whole run: **$peak MiB** ($(awk -v m="$peak" 'BEGIN { printf "%.0f", m * 1048576 / 1e6 }') MB; $startup_peak MiB by the end of start-up, sign-in and the warm-up of every page). Measuring took $(awk -v s="$measure_seconds" 'BEGIN { printf "%.1f", s / 60 }') minutes$( [[ -n ${setup_started:-} ]] && echo "; setup (generate, ingest, accept) $(awk -v s="${P[setup_seconds]}" 'BEGIN { printf "%.1f", s / 60 }') minutes" ); the whole script $(awk -v s="$(( $(date +%s) - started_at ))" 'BEGIN { printf "%.1f", s / 60 }') minutes."
echo

# --- goals (issue 12, at 100,000 articles) -------------------------------------------------------------
verdict() { [[ $1 == 1 ]] && echo PASS || echo FAIL; }
goal_p95() { # INDEX LIMIT_MS LABEL
    local p95 errs ok
    p95=$(col "$1" 6 | median) errs=$(error_count "$1")
    ok=$(awk -v p="$p95" -v l="$2" -v e="$errs" -v r="$(col "$1" 4 | sum)" -v c="${one_ok[$1]}" 'BEGIN { print (p < l && e == 0 && r > 0 && c == "ok") ? 1 : 0 }')
    echo "- $3 p95 < $2 ms: $p95 ms$( ((errs > 0)) && echo ", $errs errors" )$( [[ ${one_ok[$1]} != ok ]] && echo ", ${one_ok[$1]}" ): **$(verdict "$ok")**"
}
echo "## Goals (issue 12)"
echo
goal_p95 "$t_many" 50 "person page, many quotes"
goal_p95 "$t_few" 50 "person page, few quotes"
for i in "${t_search[@]}"; do goal_p95 "$i" 50 "search ${names[$i]%% (*}"; done
for i in "${t_uncached[@]}"; do goal_p95 "$i" 50 "${names[$i]}"; done
goal_p95 "$t_typeahead" 15 "type-ahead"
goal_p95 "$t_article_signed" 30 "signed-in article page"
article_rps=$(col "$t_article" 3 | median)
ok=$(awk -v a="$article_rps" -v f="$floor_rps" -v e="$(error_count "$t_article")" -v c="${one_ok[$t_article]}" 'BEGIN { print (f > 0 && a / f >= 0.25 && e == 0 && c == "ok") ? 1 : 0 }')
echo "- anonymous article page >= 0.25 of the floor's requests/s: $article_rps / $floor_rps = $(awk -v a="$article_rps" -v f="$floor_rps" 'BEGIN { printf "%.3f", (f > 0 ? a / f : 0) }'): **$(verdict "$ok")**"
echo "- peak memory < 400 MB: $peak MiB = $(awk -v m="$peak" 'BEGIN { printf "%.0f", m * 1048576 / 1e6 }') MB: **$(verdict "$(awk -v m="$peak" 'BEGIN { print (m * 1048576 / 1e6 < 400) ? 1 : 0 }')")**"
ok=$(awk -v s="${P[ingest_seconds]}" -v rc="${P[ingest_exit_code]}" 'BEGIN { print (s < 300 && rc == 0) ? 1 : 0 }')
echo "- ingest of $(fmt "${P[articles]}") articles with suggestions < 5 minutes: ${P[ingest_seconds]} s (at ${P[prepared_commit]}, load average ${P[ingest_load]}$( [[ ${P[ingest_exit_code]} != 0 ]] && echo ", exit code ${P[ingest_exit_code]}" )): **$(verdict "$ok")**$( ((count != 100000)) && echo " (the goal is for 100,000 articles; this run has $(fmt "$count"))" )"
