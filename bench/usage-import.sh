#!/usr/bin/env bash
# Usage import of 1 000 000 CSV rows through the validated path, beside the raw floor, on SQLite and PostgreSQL.
# Usage: bench/usage-import.sh [rows]   — results appended to bench/results/<date>-usage-import.md
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_DURABLE=1 # fsync on, as the floors in the issue were measured
source scripts/postgres.sh
pg_start
dotnet build bench/Servicenav.Bench -c Release -nologo -v quiet
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- usage-import sqlite "${1:-1000000}"
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- usage-import postgres "${1:-1000000}"
