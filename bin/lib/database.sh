# Sourced by bin/backup and bin/restore: which database the server's environment names and how to
# reach it. The variables are the server's own (deploy/src/main/cli/configure-server.cli):
#   DB_URL, DB_USER, DB_PASSWORD  default: the embedded H2 file in ANSLAG_DATA_DIR, user sa/sa
#   ANSLAG_DATA_DIR               default ~/.anslag; the H2 file and attachments/ live there
#   H2_JAR                        the H2 jar; default: the one in the provisioned server

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA_DIR="${ANSLAG_DATA_DIR:-$HOME/.anslag}"
DB_URL="${DB_URL:-jdbc:h2:file:$DATA_DIR/anslag;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE}"
DB_USER="${DB_USER:-sa}"
DB_PASSWORD="${DB_PASSWORD:-sa}"

die() { local code="$1"; shift; printf '[%s] %s\n' "$SCRIPT" "$*" >&2; exit "$code"; }
log() { printf '[%s] %s\n' "$SCRIPT" "$*" >&2; }

db_kind() {
    case "$DB_URL" in
        jdbc:h2:*) echo h2 ;;
        jdbc:postgresql:*) echo postgresql ;;
        *) die 1 "DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, not: $DB_URL" ;;
    esac
}

# libpq's variables from jdbc:postgresql://host[:port]/database[?…] (parameters are not passed on)
pg_env() {
    local rest="${DB_URL#jdbc:postgresql:}" hostport
    rest="${rest%%\?*}"
    if [[ "$rest" == //* ]]; then
        rest="${rest#//}"
        hostport="${rest%%/*}"
        export PGDATABASE="${rest#*/}"
        export PGHOST="${hostport%%:*}"
        [[ "$hostport" == *:* ]] && export PGPORT="${hostport##*:}"
    else
        export PGDATABASE="$rest"
    fi
    export PGUSER="$DB_USER" PGPASSWORD="$DB_PASSWORD"
}

# The path of an H2 file database without .mv.db, from jdbc:h2:[file:]path;…
h2_path() {
    local path="${DB_URL#jdbc:h2:}"
    path="${path%%;*}"
    path="${path#file:}"
    case "$path" in
        mem:*|tcp:*|ssl:*) die 1 "only an H2 file database can be backed up or restored, not $DB_URL" ;;
        "~"/*) path="$HOME/${path#"~/"}" ;;
    esac
    echo "$path"
}

# The server opens H2 with AUTO_SERVER=TRUE, so another process reaches the open file over its TCP
# port. H2 refuses AUTO_SERVER together with DB_CLOSE_ON_EXIT=FALSE, so that is left out.
h2_url() {
    local url="${DB_URL//;DB_CLOSE_ON_EXIT=FALSE/}"
    [[ "$url" == *AUTO_SERVER=* ]] || url="$url;AUTO_SERVER=TRUE"
    echo "$url"
}

h2_jar() {
    local jar="${H2_JAR:-}"
    if [ -z "$jar" ]; then
        jar="$(ls "$ROOT"/deploy/target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -1)"
    fi
    [ -f "$jar" ] || die 1 "no H2 jar: build the server (mvn install) or set H2_JAR"
    echo "$jar"
}

sql_text() { printf "'%s'" "${1//\'/\'\'}"; }

# Runs the SQL script $2 against the H2 URL $1.
h2_script() {
    java -cp "$(h2_jar)" org.h2.tools.RunScript -url "$1" -user "$DB_USER" -password "$DB_PASSWORD" -script "$2"
}

# What a backup is checked by, read from an H2 database at URL $1 into the folder $2:
# referenced (the attachments' checksums) and counts (applications, attachment rows, running
# process instances, Flyway version), one "name value" a line.
h2_facts() {
    local url="$1" out="$2"
    cat >"$out/facts.sql" <<SQL
CALL CSVWRITE($(sql_text "$out/referenced"), 'select distinct sha256 from attachment order by 1', 'writeColumnHeader=false fieldDelimiter=');
CALL CSVWRITE($(sql_text "$out/counts"), 'select ''applications '' || (select count(*) from grant_application)
 union all select ''attachment-rows '' || (select count(*) from attachment)
 union all select ''process-instances '' || (select count(*) from act_ru_execution where id_ = proc_inst_id_)
 union all select ''flyway-version '' || (select "version" from "flyway_schema_history" where "success" and "version" is not null order by "installed_rank" desc limit 1)',
 'writeColumnHeader=false fieldDelimiter=');
CALL CSVWRITE($(sql_text "$out/applications"), 'select coalesce(application_number, ''-'') || '' '' || status from grant_application order by 1', 'writeColumnHeader=false fieldDelimiter=');
SQL
    h2_script "$url" "$out/facts.sql" >/dev/null
    sorted "$out"
}

# The same facts from the PostgreSQL database libpq's variables name.
pg_facts() {
    local out="$1"
    psql -X -q -At -v ON_ERROR_STOP=1 -c "select distinct sha256 from attachment order by 1" >"$out/referenced"
    psql -X -q -At -v ON_ERROR_STOP=1 >"$out/counts" <<'SQL'
select 'applications ' || (select count(*) from grant_application)
union all select 'attachment-rows ' || (select count(*) from attachment)
union all select 'process-instances ' || (select count(*) from act_ru_execution where id_ = proc_inst_id_)
union all select 'flyway-version ' || (select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1);
SQL
    psql -X -q -At -v ON_ERROR_STOP=1 -c "select coalesce(application_number, '-') || ' ' || status from grant_application order by 1" >"$out/applications"
    sorted "$out"
}

# one byte order for both databases, so lists from a dump and from a restored database compare
sorted() {
    local list
    for list in referenced applications; do
        LC_ALL=C sort -u "$1/$list" -o "$1/$list"
    done
}

# The same facts from a pg_dump custom-format file $1 (the dump's own snapshot), read with pg_restore.
pg_dump_facts() {
    local dump="$1" out="$2"
    pg_restore --data-only -t attachment -t grant_application -t act_ru_execution -t flyway_schema_history -f - "$dump" |
        awk -v out="$out" '
            /^COPY / { table = $2; sub(/^.*\./, "", table); line = $0; sub(/^[^(]*\(/, "", line); sub(/\).*$/, "", line)
                       n = split(line, names, ", "); delete col; for (i = 1; i <= n; i++) col[names[i]] = i; copying = 1; next }
            copying && $0 == "\\." { copying = 0; next }
            !copying { next }
            { split($0, f, "\t") }
            table == "attachment" { rows["attachment-rows"]++; print f[col["sha256"]] > (out "/referenced.unsorted") }
            table == "grant_application" { rows["applications"]++; print (f[col["application_number"]] == "\\N" ? "-" : f[col["application_number"]]) " " f[col["status"]] > (out "/applications.unsorted") }
            table == "act_ru_execution" && f[col["id_"]] == f[col["proc_inst_id_"]] { rows["process-instances"]++ }
            table == "flyway_schema_history" && f[col["success"]] == "t" && f[col["version"]] != "\\N" \
                && f[col["installed_rank"]] + 0 > rank { rank = f[col["installed_rank"]] + 0; version = f[col["version"]] }
            END { printf "applications %d\nattachment-rows %d\nprocess-instances %d\nflyway-version %s\n",
                      rows["applications"], rows["attachment-rows"], rows["process-instances"], version > (out "/counts") }'
    touch "$out/referenced.unsorted" "$out/applications.unsorted"
    mv "$out/referenced.unsorted" "$out/referenced"
    mv "$out/applications.unsorted" "$out/applications"
    sorted "$out"
}

fact() { awk -v key="$1" '$1 == key { print $2 }' "$2/counts"; }
