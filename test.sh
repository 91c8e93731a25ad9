#!/usr/bin/env bash
# Runs every test of Servicenav on a fresh machine: unit, integration on SQLite and PostgreSQL,
# API and browser tests. Starts (and stops) a throwaway PostgreSQL 15 cluster and installs Debian's
# Chromium when it is missing. Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests…"
  if [ "$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

source scripts/postgres.sh
pg_start

dotnet tool restore >/dev/null
dotnet build Servicenav.slnx -c Release -nologo -v quiet

results=$(mktemp -d /tmp/servicenav-results.XXXXXX)
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "── $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=minimal" || status=1
done

# Totals over all test projects, read from the TRX reports (a run that executed nothing cannot pass).
passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$((total + $(get total))); passed=$((passed + $(get passed))); failed=$((failed + $(get failed)))
done
for db in Sqlite Postgres; do
  n=$(cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*outcome="Passed"' | grep -c "$db" || true)
  echo "integration tests passed on $db: $n"
done
rm -rf "$results"
if [ "$total" -eq 0 ]; then echo "no tests ran"; status=1; fi
if [ "$failed" -gt 0 ] || [ $((passed + failed)) -lt "$total" ]; then status=1; fi
echo "$passed passed, $failed failed"
exit $status
