#!/usr/bin/env bash
# Runs the benchmarks on SQLite and on a throwaway PostgreSQL 15 cluster; results go to bench/results/.
# Usage: bench/run.sh [customers] [services]   (default 300 × 200 = 60 000 usage cells)
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_DURABLE=1 # fsync on, as the floors in the issue were measured
source scripts/postgres.sh
pg_start
dotnet build bench/Servicenav.Bench -c Release -nologo -v quiet
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- sqlite "${1:-300}" "${2:-200}"
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- postgres "${1:-300}" "${2:-200}"
# Billing run vs the bare INSERT … SELECT … GROUP BY (1 M usage rows, 100 customers × 300 services): bench/billing.sh
