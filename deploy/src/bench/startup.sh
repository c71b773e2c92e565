#!/usr/bin/env bash
# bin/bench startup (see there): time to ready and resident memory of the provisioned server.
# Options: the number of restarts to time after the first start (default 3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
OFFSET=500
restarts="${1:-3}"
log() { printf '[bin/bench startup] %s\n' "$*" >&2; }

cd "$ROOT"
if [ ! -x deploy/target/server/bin/standalone.sh ] || [ ! -f ear/target/anslag.ear ]; then
    log "Building (mvn -B -DskipTests install)"
    mvn -B -q -DskipTests install
fi
reference=""
dir="$ROOT"
while [ "$dir" != / ]; do
    dir="$(dirname "$dir")"
    if [ -f "$dir/shared/data/se-municipalities.csv" ]; then reference="$dir/shared/data"; break; fi
done

SERVER="$ROOT/deploy/target/startup-server"
DATA="$ROOT/deploy/target/startup-data"
pkill -f "$SERVER/" 2>/dev/null || true
rm -rf "$SERVER" "$DATA"
cp -r deploy/target/server "$SERVER"
cp ear/target/anslag.ear "$SERVER/standalone/deployments/"
mkdir -p "$DATA"

stop_server() { pkill -f "$SERVER/" 2>/dev/null || true; sleep 2; pkill -9 -f "$SERVER/" 2>/dev/null || true; }
trap stop_server EXIT

# resident memory of the server's JVM in MB (the java process, not the standalone.sh wrapper)
resident() {
    local pid
    pid="$(pgrep -f "java.*$SERVER/jboss-modules.jar" | head -1)"
    awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"
}

# starts the server and prints the seconds until it is ready and serves a page
start() {
    local started; started=$(date +%s%N)
    ANSLAG_DEMO=true ANSLAG_SECURE_COOKIES=false ANSLAG_DATA_DIR="$DATA" ANSLAG_REFERENCE_DATA_DIR="$reference" \
        "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET >>"$ROOT/deploy/target/startup-server.log" 2>&1 &
    for _ in $(seq 1 1800); do
        if curl -sf -m 2 "http://127.0.0.1:$((9990 + OFFSET))/health/ready" 2>/dev/null | grep -q '"status":"UP"' \
            && curl -sf -m 5 -o /dev/null "http://127.0.0.1:$((8080 + OFFSET))/anslag/public/calls.xhtml"; then
            awk -v from="$started" -v to="$(date +%s%N)" 'BEGIN {printf "%.1f\n", (to - from) / 1e9}'
            return 0
        fi
        sleep 0.1
    done
    log "the server did not become ready; see deploy/target/startup-server.log"
    return 1
}

: > "$ROOT/deploy/target/startup-server.log"
first="$(start)"
first_rss="$(resident)"
# Debian's python3 has python3-selenium (apt-get install -y python3-selenium); another python3 on the PATH may not
"$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3 )" "$ROOT/deploy/src/bench/startup-journey.py" "http://127.0.0.1:$((8080 + OFFSET))/anslag/" >&2
journey_rss="$(resident)"
stop_server
times=()
rss=()
for _ in $(seq 1 "$restarts"); do
    times+=("$(start)")
    rss+=("$(resident)")
    stop_server
done
sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
median="$(echo "$sorted" | sed -n "$(( (restarts + 1) / 2 ))p")"
cat <<REPORT
Start-up of the provisioned WildFly with anslag.ear on H2 ($(nproc) cores, JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-default of standalone.conf})
  first start (empty database, reference data imported, demo seeded): ${first} s to ready, resident ${first_rss} MB
  after the Chromium journey:                                          resident ${journey_rss} MB
  restarts on that data (${restarts}): $(printf '%s ' "${times[@]}")s (median ${median} s); resident $(printf '%s ' "${rss[@]}")MB
  target: ready <= 15 s: $(awk -v m="$median" 'BEGIN {print (m <= 15 ? "met" : "NOT met")}'); resident <= 600 MB after start: $( [ "${rss[0]}" -le 600 ] && echo met || echo "NOT met" )
REPORT
