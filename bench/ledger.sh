#!/usr/bin/env bash
# Ledger import benchmark on SQLite and a throwaway PostgreSQL 15; appends to bench/results/<date>-ledger-import.md.
# Usage: bench/ledger.sh [costLines]   (default 300 000)
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_DURABLE=1 # fsync on, as the floors in the issue were measured
source scripts/postgres.sh
pg_start
dotnet build bench/Servicenav.Bench -c Release -nologo -v quiet
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- ledger-import sqlite "${1:-300000}"
dotnet run --project bench/Servicenav.Bench -c Release --no-build -- ledger-import postgres "${1:-300000}"
