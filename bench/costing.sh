#!/usr/bin/env bash
# The costing-run benchmark (issue 3: 500 000 ledger lines, 300 services, 40 activities of which 20 support, goal < 2 s)
# on SQLite and on a throwaway PostgreSQL 15 cluster; results go to bench/results/.
# Usage: bench/costing.sh [lines] [services]
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_DURABLE=1 # fsync on, as the floors in the issue were measured
source scripts/postgres.sh
pg_start
dotnet build bench/Servicenav.Bench -c Release -nologo -v quiet
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- costing sqlite "${1:-500000}" "${2:-300}"
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- costing postgres "${1:-500000}" "${2:-300}"
