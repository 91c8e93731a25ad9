#!/usr/bin/env bash
# The billing run beside its floor (bare INSERT … SELECT … GROUP BY), on SQLite and a throwaway PostgreSQL 15.
# Usage: bench/billing.sh [rows] [customers] [services]   (default 1 000 000 rows, 100 × 300); results in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_DURABLE=1 # fsync on, as the floors in the issue were measured
source scripts/postgres.sh
pg_start
dotnet build bench/Servicenav.Bench -c Release -nologo -v quiet
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- billing sqlite "${1:-1000000}" "${2:-100}" "${3:-300}"
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- billing postgres "${1:-1000000}" "${2:-100}" "${3:-300}"
