#!/usr/bin/env bash
# bin/crash restart (see there): RestartSurvivalCrash on an H2 file, then on PostgreSQL.
# Each run copies the provisioned server into deploy/target/crash/restart-<database>[-clean]/
# (server, data, console.log, report.txt) and runs it as a process of its own.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
OFFSET=700
SMTP_PORT=3725
DATABASE=anslag_restart
stop=kill
maven_args=()
for arg in "$@"; do
    case "$arg" in
        --clean) stop=clean ;;
        *) maven_args+=("$arg") ;;
    esac
done
log() { printf '[bin/crash restart] %s\n' "$*" >&2; }

cd "$ROOT"
for port in $((8080 + OFFSET)) $((9990 + OFFSET)) $SMTP_PORT; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        log "Port $port is in use; a server of an earlier run? (its pid: deploy/target/crash/*/server.pid)"
        exit 1
    fi
done

if [ ! -x deploy/target/server/bin/standalone.sh ] || [ ! -f deploy/target/anslag.ear ]; then
    log "Building (mvn -B -DskipTests install)"
    mvn -B -q -DskipTests install ${maven_args[@]+"${maven_args[@]}"}
fi

# PostgreSQL as bin/test expects it (127.0.0.1:5432, the postgres superuser through su); the role
# anslag and a fresh database of this test's own
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    for version in $(ls /etc/postgresql 2>/dev/null); do
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && break; sleep 1; done
fi
log "Recreating database $DATABASE"
(cd / && su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -d postgres") >/dev/null <<SQL
SET client_min_messages = warning;
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'anslag') THEN
        CREATE ROLE anslag WITH LOGIN PASSWORD 'anslag';
    END IF;
END
\$\$;
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DATABASE' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS $DATABASE;
CREATE DATABASE $DATABASE OWNER anslag ENCODING 'UTF8' TEMPLATE template0;
SQL

log "RestartSurvivalCrash ($stop) on H2, then on PostgreSQL (a few minutes each)"
status=0
mvn -B -pl deploy ${maven_args[@]+"${maven_args[@]}"} test-compile \
    failsafe:integration-test@it-h2 failsafe:integration-test@it-postgresql \
    failsafe:verify@verify-h2 failsafe:verify@verify-postgresql \
    -Dit.test=RestartSurvivalCrash -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dit.postgresql.url="jdbc:postgresql://127.0.0.1:5432/$DATABASE" \
    -Dcrash.port.offset=$OFFSET -Dit.smtp.port=$SMTP_PORT -Dcrash.stop=$stop || status=$?

suffix=$([ "$stop" = clean ] && echo -clean || true)
for database in h2 postgresql; do
    cat "deploy/target/crash/restart-$database$suffix/report.txt" 2>/dev/null || log "no report from $database"
done
exit $status
