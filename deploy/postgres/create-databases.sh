#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised: one database per service, each owned by
# a role of the same name whose password is <NAME>_DB_PASSWORD (e.g. CATALOG_DB_PASSWORD). No service
# can read another's tables. The catalog creates the pg_trgm and unaccent extensions itself: both are
# trusted, so a database owner may.
set -eu

for name in $SP0T1FY_DATABASES; do
  password_variable="$(echo "$name" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="$(printenv "$password_variable" || true)"
  if [ -z "$password" ]; then
    echo "create-databases: $password_variable is not set" >&2
    exit 1
  fi
  # psql variables (:"name", :'password') quote the identifier and the literal.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
  echo "create-databases: created database and role $name"
done
