# Sourced by .ci/run: starts Debian's PostgreSQL and exports what the data tests need to run on it too.
# Safe to run again: an existing cluster and role are reused.
pg_version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$pg_version main"; then
    pg_createcluster "$pg_version" main >/dev/null
fi
pg_ctlcluster "$pg_version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
done
# one random password per machine, kept owner-only, so that concurrent test runs agree on it
password_file="/var/lib/postgresql/district_test.password"
if [ ! -s "$password_file" ]; then
    (umask 077 && od -An -N12 -tx1 /dev/urandom | tr -d ' \n' > "$password_file")
fi
test_password="$(cat "$password_file")"
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'district_test') THEN
    CREATE ROLE district_test LOGIN CREATEDB;
  END IF;
END \$\$;
ALTER ROLE district_test PASSWORD '$test_password';
SQL
export DISTRICT_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
export DISTRICT_TEST_POSTGRES_USER="district_test"
export DISTRICT_TEST_POSTGRES_PASSWORD="$test_password"
export DISTRICT_TEST_POSTGRES_REQUIRED=true
