#!/usr/bin/env bash
# The image runs as the chart runs it (issue 12, item 2): builds the OCI image with Jib on a base
# made from Debian packages (no registry), loads it into podman, starts a real PostgreSQL with a
# non-superuser role, runs the container as uid 1000 on a read-only root filesystem with /tmp as a
# tmpfs and a memory limit, waits for readiness and makes one authenticated API call.
#
# Needs root and the Debian packages podman, runc, debootstrap, postgresql and curl (.ci/run
# installs them). Cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d /tmp/virkning-smoke.XXXXXX)"
chmod 755 "$work"
container="virkning-smoke-$$"
podman=(podman --runtime /usr/sbin/runc --cgroup-manager=cgroupfs)
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

cleanup() {
  local status=$?
  if ((status != 0)) && "${podman[@]}" container exists "$container" 2>/dev/null; then
    echo "the image test failed; the container's log:" >&2
    "${podman[@]}" logs "$container" >"$work/failed.log" 2>&1 || true
    grep -E '"level":"(ERROR|WARN)"|^[A-Za-z.]*(Exception|Error)' "$work/failed.log" | tail -n 20 >&2 || true
    tail -n 20 "$work/failed.log" >&2
  fi
  "${podman[@]}" rm -f "$container" >/dev/null 2>&1 || true
  if [[ -f "$work/pg/data/postmaster.pid" ]]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# A port nothing listens on (bash's /dev/tcp: a refused connection means free).
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
}

# Podman 4.3 on these machines: runc instead of crun, and no default ulimits (crun fails here).
conf=/etc/containers/containers.conf
if ! grep -qs '^default_ulimits' "$conf"; then
  mkdir -p /etc/containers
  if grep -qs '^\[containers\]' "$conf"; then
    sed -i 's/^\[containers\]/[containers]\ndefault_ulimits = []/' "$conf"
  else
    printf '[containers]\ndefault_ulimits = []\n' >>"$conf"
  fi
fi

image_tar="${VIRKNING_IMAGE_TAR:-}"   # an image built before, to rerun only the container test
if [[ -z "$image_tar" ]]; then
  echo "== base image from Debian packages"
  base="$PWD/platform/target/debian-jre17-base.tar"
  platform/src/image/debian-base.sh "$base"
  echo "== platform image with Jib (no daemon)"
  ./mvnw -B -q -Pimage -pl platform -am package -DskipTests "-Dimage.base=tar://$base"
  image_tar=platform/target/jib-image.tar
fi
"${podman[@]}" load -q -i "$image_tar"
image=localhost/virkning-platform:0.1.0

echo "== PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') with a non-superuser role"
pgport="$(free_port)"
mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=peer --auth-host=scram-sha-256 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
  -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
psql() { runuser -u postgres -- "$pgbin/psql" -h "$work/pg" -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -c "CREATE ROLE virkning_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB PASSWORD 'smoke-db-password'"
psql -c "CREATE DATABASE virkning OWNER virkning_app ENCODING 'UTF8'"
[[ "$(psql -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'virkning_app'")" == f ]]

echo "== container: uid 1000, read-only root, /tmp tmpfs, 1 GiB memory"
port="$(free_port)"
mport="$(free_port)"
# Plugin code runs in bubblewrap inside the container, as the chart runs it: a seccomp profile that
# allows its namespaces and an unmasked /proc (Kubernetes: procMount Unmasked, hostUsers false).
"${podman[@]}" run -d --name "$container" --network host --user 1000:1000 --read-only \
  --tmpfs /tmp:rw,size=256m,mode=1777 --memory 1g \
  --security-opt seccomp=unconfined --security-opt unmask=ALL \
  -e VIRKNING_PLUGINS_HOST_SANDBOX=BWRAP -e VIRKNING_PLUGINS_HOST_ALLOWUNSANDBOXED=false \
  -e SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pgport/virkning" \
  -e SPRING_DATASOURCE_USERNAME=virkning_app -e SPRING_DATASOURCE_PASSWORD=smoke-db-password \
  -e VIRKNING_PSEUDONYM_SECRET=smoke-test-pseudonym-secret \
  -e SERVER_PORT="$port" -e MANAGEMENT_SERVER_PORT="$mport" \
  -e LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
  -e VIRKNING_AUTH_EMBEDDED_ENABLED=true \
  -e VIRKNING_AUTH_EMBEDDED_KEY_ENCRYPTION_KEY=smoke-test-key-encryption-key \
  -e VIRKNING_AUTH_CLIENTS_0_ID=smoke-operator \
  -e 'VIRKNING_AUTH_CLIENTS_0_SECRET={noop}smoke-client-secret' \
  -e VIRKNING_AUTH_CLIENTS_0_ROLES_0=PLATFORM_OPERATOR \
  "$image" >/dev/null

ready=""
for _ in $(seq 1 180); do
  if [[ "$("${podman[@]}" inspect -f '{{.State.Running}}' "$container")" != true ]]; then break; fi
  if curl -fsS "http://127.0.0.1:$mport/actuator/health/readiness" >/dev/null 2>&1; then ready=yes; break; fi
  sleep 1
done
if [[ -z "$ready" ]]; then
  echo "the container did not become ready; its log:" >&2
  "${podman[@]}" logs "$container" 2>&1 | tail -n 60 >&2
  exit 1
fi

[[ "$("${podman[@]}" exec "$container" id -u)" == 1000 ]]
if "${podman[@]}" exec "$container" sh -c 'touch /app/x' 2>/dev/null; then
  echo "the root filesystem is writable" >&2; exit 1
fi
"${podman[@]}" exec "$container" sh -c 'touch /tmp/x && rm /tmp/x'
if "${podman[@]}" exec "$container" sh -c 'ls /app/libs | grep -q embedded-postgres'; then
  echo "the image carries the embedded PostgreSQL" >&2; exit 1
fi
# (Into files first: with pipefail, grep -q closing the pipe early would fail the writer.)
"${podman[@]}" logs "$container" >"$work/container.log" 2>&1
grep -q '^{"@timestamp":' "$work/container.log" || { echo "logs are not structured JSON" >&2; exit 1; }
grep -q 'Plugin hosts run in the bubblewrap sandbox' "$work/container.log" \
  || { echo "the plugin hosts do not run in the sandbox" >&2; exit 1; }

echo "== one authenticated API call"
curl -fsS -o "$work/token.json" -u 'smoke-operator:smoke-client-secret' -d grant_type=client_credentials \
  "http://127.0.0.1:$port/oauth2/token"
token="$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' "$work/token.json")"
[[ -n "$token" ]]
status="$(curl -sS -o "$work/municipalities.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/api/v1/municipalities")"
[[ "$status" == 200 ]] || { echo "GET /api/v1/municipalities answered $status" >&2; exit 1; }
grep -q '"items"' "$work/municipalities.json"
# The image's four plugins were read through sandboxed plugin hosts at start.
curl -fsS -o "$work/plugins.json" -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/plugins"
plugins="$(grep -o '"id":"[a-z0-9-]*"' "$work/plugins.json" | sort -u | wc -l)"
[[ "$plugins" -ge 4 ]] || { echo "only $plugins plugins installed: $(cat "$work/plugins.json")" >&2; exit 1; }
unauthenticated="$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/municipalities")"
[[ "$unauthenticated" == 401 ]]
curl -fsS "http://127.0.0.1:$mport/actuator/prometheus" >"$work/metrics.txt"
grep -q '^virkning_auth_failures_total' "$work/metrics.txt"
heap="$("${podman[@]}" exec "$container" sh -c 'java -XX:MaxRAMPercentage=75 -XX:+PrintFlagsFinal -version 2>/dev/null | grep " MaxHeapSize"' | awk '{print $4}')"
echo "max heap in a 1 GiB container: $((heap / 1024 / 1024)) MiB"
(( heap < 1024 * 1024 * 1024 ))
echo "IMAGE SMOKE TEST OK: image $(du -m "$image_tar" | cut -f1) MiB, ready and answering as uid 1000 on a read-only root, $plugins plugins in sandboxed hosts"
