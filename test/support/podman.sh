#!/usr/bin/env bash
# Starts (or stops) Podman's Docker-compatible REST API on a Unix socket, for the integration and
# e2e tests that run against both engines (Debian podman 4.3.1).
#   bash test/support/podman.sh start   install packages if missing, start the service, import the image
#   bash test/support/podman.sh stop    stop its containers and the service
# Runs as root with runc (crun 1.8.1 refuses this cgroup v1/v2 hybrid host) and container ulimits
# capped to this process's hard limits (podman's default nofile=1048576 needs CAP_SYS_RESOURCE).
# All state lives under $DOCKHAND_TEST_PODMAN_STATE; the socket is $DOCKHAND_TEST_PODMAN_SOCK.
# Prints DOCKHAND_TEST_PODMAN_HOST=unix://SOCK when ready (~12–30 s from nothing).
set -euo pipefail

D=${DOCKHAND_TEST_PODMAN_STATE:-/var/lib/dockhand-podman}
SOCK=${DOCKHAND_TEST_PODMAN_SOCK:-/run/dockhand-podman/podman.sock}
PIDFILE=$D/podman.pid
LOG=$D/service.log
export CONTAINERS_CONF=$D/containers.conf CONTAINERS_STORAGE_CONF=$D/storage.conf

. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/script-lib.sh"
our_pid() {
  [ -s "$PIDFILE" ] || return 1
  local p; p=$(cat "$PIDFILE")
  alive "$p" && grep -qaF "unix://$SOCK" "/proc/$p/cmdline" 2>/dev/null && echo "$p"
}
pm() { podman --root "$D/storage" --runroot "$D/run" "$@"; }

install_packages() {
  local need=() p
  for p in podman conmon runc busybox-static curl; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
  done
  [ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
}

write_config() {
  local hn hu; hn=$(ulimit -Hn); hu=$(ulimit -Hu)
  [ "$hn" = unlimited ] && hn=1048576
  { [ "$hu" = unlimited ] || [ "$hu" -gt 32768 ]; } && hu=32768
  printf '[storage]\ndriver = "overlay"\ngraphroot = "%s/storage"\nrunroot = "%s/run"\n' "$D" "$D" >"$D/storage.conf"
  cat >"$D/containers.conf" <<CONF
[containers]
log_driver = "k8s-file"
netns = "none"
default_ulimits = ["nofile=$hn:$hn", "nproc=$hu:$hu"]

[network]
network_backend = "cni"
network_config_dir = "$D/cni"

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$D/events.log"
tmp_dir = "$D/tmp"
runtime = "runc"
CONF
}

start() {
  [ ${#SOCK} -le 100 ] || die "socket path too long: $SOCK"
  mkdir -p "$D"/{storage,run,tmp,cni} "$(dirname "$SOCK")"
  install_packages
  command -v podman >/dev/null || die "podman not on PATH after install"
  write_config
  if our_pid >/dev/null && ping_ok; then
    say "already running (pid $(our_pid)) on $SOCK"
  else
    [ "$(id -u)" = 0 ] || die "the podman service runs as root here"
    if p=$(our_pid); then die "podman $p holds $SOCK but does not answer; run: $0 stop"; fi
    ping_ok && die "something else answers on $SOCK"
    rm -f "$SOCK" "$PIDFILE"
    local t0 deadline; t0=$(now_ms)
    # sh -c 'echo $$; exec': the PID file names the service itself, in its own session
    setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$PIDFILE" \
      podman --root "$D/storage" --runroot "$D/run" --cgroup-manager=cgroupfs --events-backend=file \
        system service --time=0 "unix://$SOCK" </dev/null >"$LOG" 2>&1 &
    deadline=$(($(date +%s) + 60))
    until ping_ok; do
      if [ -s "$PIDFILE" ] && ! alive "$(cat "$PIDFILE")"; then tail -n 20 "$LOG" >&2; die "podman service exited during startup"; fi
      [ "$(date +%s)" -lt "$deadline" ] || { tail -n 20 "$LOG" >&2; die "no /_ping answer within 60 s"; }
      sleep 0.1
    done
    say "podman service pid $(cat "$PIDFILE") answered /_ping after $(($(now_ms) - t0)) ms"
  fi
  # the same busybox rootfs and the same /images/create?fromSrc=- import as for dockerd
  DOCKHAND_TEST_SOCK=$SOCK DOCKHAND_TEST_STATE=$D bash "$(dirname "$0")/dockerd.sh" import
  # Podman 4.3 ignores the import's tag (it names the image :latest): tag it as the tests expect
  local api="http://d/v1.41/images"
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --unix-socket "$SOCK" "$api/dockhand-test/busybox:1/json")" != 200 ]; then
    curl -sf -o /dev/null -X POST --unix-socket "$SOCK" "$api/dockhand-test/busybox:latest/tag?repo=dockhand-test/busybox&tag=1" || die "tagging the imported image failed"
  fi
  echo "DOCKHAND_TEST_PODMAN_HOST=unix://$SOCK"
}

stop() {
  local pid
  if pid=$(our_pid); then
    pm stop --all --time 2 >/dev/null 2>&1 || true
    kill -TERM "$pid"
    local i; for ((i = 0; i < 100; i++)); do alive "$pid" || break; sleep 0.1; done
    alive "$pid" && { say "podman ignored TERM, killing"; kill -KILL "$pid"; }
    say "stopped podman service $pid"
  else
    say "no podman service of ours on $SOCK"
  fi
  # conmon monitors of this storage linger after exec sessions: end only ours
  for p in $(pgrep -x conmon || true); do
    grep -qaF "$D/storage" "/proc/$p/cmdline" 2>/dev/null && kill -TERM "$p" 2>/dev/null || true
  done
  rm -f "$PIDFILE" "$SOCK"
}

case "${1:-}" in
  start) start;;
  stop) stop;;
  *) echo "usage: $0 start|stop" >&2; exit 2;;
esac
