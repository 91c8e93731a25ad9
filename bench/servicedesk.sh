#!/usr/bin/env bash
# Issue 4's bar on N generated cases (default 1 000 000), on SQLite then a throwaway PostgreSQL 15: POST /api/cases
# through the real web host (child process, Production settings) for 60 s at 8 and 32 concurrent clients, full-text
# search, queue pages and case lists (server time through the use cases), SLA recompute of the ~10 % open cases.
# Usage: bench/servicedesk.sh [cases] [loadSeconds] [concurrency,…]   — results in bench/results/<date>-servicedesk-<provider>-<cases>.md
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_DURABLE=1 # fsync on, as the floors in the issue were measured
source scripts/postgres.sh
pg_start
dotnet build src/Servicenav.Web -c Release -nologo -v quiet
dotnet build bench/Servicenav.Bench -c Release -nologo -v quiet
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- servicedesk sqlite "${1:-1000000}" "${2:-60}" "${3:-8,32}"
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- servicedesk postgres "${1:-1000000}" "${2:-60}" "${3:-8,32}"
