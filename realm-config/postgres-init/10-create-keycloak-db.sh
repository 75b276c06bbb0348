#!/bin/bash
# Run once by the postgres image's entrypoint on an empty data volume (docker-compose.yml mounts
# this folder at /docker-entrypoint-initdb.d): Keycloak gets its own database "keycloak",
# owned by the same role as the application database.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
SELECT 'CREATE DATABASE keycloak OWNER "$POSTGRES_USER"'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'keycloak')\gexec
SQL
