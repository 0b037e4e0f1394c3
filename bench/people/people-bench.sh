#!/usr/bin/env bash
# People across articles (issue 13): ingest a corpus into a fresh database with the app's own `ingest`
# command, accept every pending suggestion at or above a confidence in corpus order through the app's
# review code (NewsReader.ScaleBench accept), then report whether any of the 50 most-mentioned people
# exists twice (top-people.sql). Needs sqlite3 (apt-get install -y sqlite3).
# Usage: bench/people/people-bench.sh CORPUS [MIN_CONFIDENCE]   e.g. bench/people/people-bench.sh ../shared/corpus/bbc 0.8
set -euo pipefail
corpus=${1:?usage: people-bench.sh CORPUS [MIN_CONFIDENCE]}
floor=${2:-0.8}
[[ -d $corpus ]] || { echo "people-bench: no folder $corpus" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "people-bench: needs sqlite3 (apt-get install -y sqlite3)" >&2; exit 2; }
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus=$(cd "$corpus" && pwd)
work=$(mktemp -d -t newsreader-people-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/no-seeds"
dotnet publish "$repo/src/NewsReader.Web" -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build "$repo/bench/NewsReader.ScaleBench" -c Release -o "$work/scalebench" -v q -nologo >/dev/null
(cd "$work/app" && env DOTNET_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$work/people.db" \
    DataProtection__KeysPath="$work/keys" Seed__Path="$work/no-seeds" LogFile__Path="$work/logs/ingest-.json" \
    dotnet NewsReader.Web.dll ingest "$corpus" | tail -2)
(cd "$work/scalebench" && dotnet NewsReader.ScaleBench.dll accept --db "$work/people.db" --people 1000000 --annotations 100000000 --topics 0 --min-confidence "$floor" | tail -1)
echo "measured $(date -u +%Y-%m-%d) at $(git -C "$repo" rev-parse --short HEAD)"
sqlite3 "$work/people.db" <"$repo/bench/people/top-people.sql"
