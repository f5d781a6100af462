#!/usr/bin/env bash
# Starts (or stops) the real 3-node Docker Swarm that dockhand's Swarm tests use.
#   bash test/support/swarm.sh start   start the node daemons, init node 1 (manager), join 2..N
#   bash test/support/swarm.sh stop    every node leaves (workers first), then its dockerd stops
#   bash test/support/swarm.sh hosts   print the hosts of a running cluster (fails if not ready)
# Node k is a private dockerd (test/support/dockerd.sh, with the test image imported on each node:
# there is no registry) on /run/dockerd-swarmK/docker.sock, state /var/lib/dockerd-swarmK,
# advertising 127.0.0.K. Idempotent: nodes already in the swarm are left as they are.
# Prints: MANAGER_HOST=unix://... and NODEk_HOST=unix://... (one per node); also written to
# /run/dockerd-swarm1/hosts.env for tests. Env: DOCKHAND_SWARM_NODES (default 3).
# Uses only the Engine API (curl), like dockerd.sh.
set -euo pipefail

N=${DOCKHAND_SWARM_NODES:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
HOSTS_FILE=/run/dockerd-swarm1/hosts.env

. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/script-lib.sh"
sock() { echo "/run/dockerd-swarm$1/docker.sock"; }
node_env() { DOCKHAND_TEST_SOCK=$(sock "$1") DOCKHAND_TEST_STATE=/var/lib/dockerd-swarm$1 "${@:2}"; }
api() { local k=$1; shift; curl -s --max-time 30 --unix-socket "$(sock "$k")" "$@"; }
# Swarm.LocalNodeState of node k: inactive, pending, active, error, locked (empty when unreachable)
state_of() { api "$1" http://d/info 2>/dev/null | grep -o '"LocalNodeState":"[a-z]*"' | cut -d'"' -f4 || true; }
ready_count() { api 1 http://d/nodes 2>/dev/null | grep -o '"State":"ready"' | wc -l || echo 0; }

print_hosts() {
  { echo "MANAGER_HOST=unix://$(sock 1)"; for k in $(seq 1 "$N"); do echo "NODE${k}_HOST=unix://$(sock "$k")"; done; } | tee "$HOSTS_FILE"
}

start() {
  local k code
  for k in $(seq 1 "$N"); do node_env "$k" bash "$HERE/dockerd.sh" start >/dev/null; done
  if [ "$(state_of 1)" != active ]; then
    code=$(api 1 -o /tmp/swarm-init.out -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d '{"ListenAddr":"127.0.0.1:2377","AdvertiseAddr":"127.0.0.1"}' http://d/swarm/init)
    [ "$code" = 200 ] || die "swarm init answered HTTP $code: $(cat /tmp/swarm-init.out)"
    say "node 1 is the manager"
  fi
  local token
  token=$(api 1 http://d/swarm | grep -o '"Worker":"[^"]*"' | cut -d'"' -f4)
  [ -n "$token" ] || die "no worker join token from the manager"
  for k in $(seq 2 "$N"); do
    [ "$(state_of "$k")" = active ] && continue
    code=$(api "$k" -o /tmp/swarm-join.out -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d "{\"ListenAddr\":\"127.0.0.$k:2377\",\"AdvertiseAddr\":\"127.0.0.$k\",\"DataPathAddr\":\"127.0.0.$k\",\"RemoteAddrs\":[\"127.0.0.1:2377\"],\"JoinToken\":\"$token\"}" \
      http://d/swarm/join)
    [ "$code" = 200 ] || die "node $k join answered HTTP $code: $(cat /tmp/swarm-join.out)"
    say "node $k joined"
  done
  local ready=0 i
  for i in $(seq 120); do
    ready=$(ready_count)
    [ "$ready" -ge "$N" ] && break
    sleep 0.5
  done
  [ "$ready" -ge "$N" ] || die "only $ready of $N nodes ready"
  say "$N nodes ready"
  print_hosts
}

stop() {
  local k
  for k in $(seq "$N" -1 1); do
    [ -S "$(sock "$k")" ] && api "$k" -o /dev/null -X POST 'http://d/swarm/leave?force=1' || true
    node_env "$k" bash "$HERE/dockerd.sh" stop || true
  done
  rm -f "$HOSTS_FILE"
}

hosts() {
  [ "$(state_of 1)" = active ] && [ "$(ready_count)" -ge "$N" ] || die "no ready $N-node swarm on $(sock 1)"
  print_hosts
}

case "${1:-}" in
  start) start;;
  stop) stop;;
  hosts) hosts;;
  *) echo "usage: $0 start|stop|hosts" >&2; exit 2;;
esac
