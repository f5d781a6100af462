#!/usr/bin/env bash
# Starts (or stops) the private, real Docker Engine that dockhand's integration and e2e tests use.
#   bash test/support/dockerd.sh start   install packages if missing, start dockerd, import the image
#   bash test/support/dockerd.sh stop    kill test containers, stop dockerd and its containerd
#   bash test/support/dockerd.sh import  import the test image into the engine on DOCKHAND_TEST_SOCK
# The daemon never touches the host network (no bridge, no iptables) and has no registry, so the
# test image is a busybox rootfs made with `docker import`.
# Env: DOCKHAND_TEST_SOCK (default /run/dockhand-test/docker.sock),
#      DOCKHAND_TEST_STATE (default /var/lib/dockhand-test), DOCKHAND_TEST_STORAGE (overlay2|vfs),
#      DOCKHAND_TEST_DOCKERD_ARGS (extra dockerd flags, e.g. a --tlsverify TCP listener; word-split),
#      DOCKHAND_TEST_IMPORT=0 (no test image: a daemon only for connection tests).
set -euo pipefail

SOCK=${DOCKHAND_TEST_SOCK:-/run/dockhand-test/docker.sock}
STATE=${DOCKHAND_TEST_STATE:-/var/lib/dockhand-test}
DRIVER=${DOCKHAND_TEST_STORAGE:-overlay2}
IMAGE=${DOCKHAND_TEST_IMAGE:-dockhand-test/busybox:1}
read -r -a EXTRA <<<"${DOCKHAND_TEST_DOCKERD_ARGS:-}"
EXEC=$STATE/x            # containerd's sockets live below: keep the path short
PIDFILE=$STATE/dockerd.pid
LOG=$STATE/dockerd.log

. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/script-lib.sh"
wait_gone() { local i; for ((i = 0; i < $2 * 10; i++)); do alive "$1" || return 0; sleep 0.1; done; return 1; }
our_pid() {
  [ -s "$PIDFILE" ] || return 1
  local p; p=$(cat "$PIDFILE")
  case "$(cmd_of "$p")" in *dockerd*"unix://$SOCK "*) echo "$p";; *) return 1;; esac
}

install_packages() {
  local need=()
  command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
  command -v containerd >/dev/null 2>&1 || need+=(containerd)
  command -v runc >/dev/null 2>&1 || need+=(runc)
  dpkg -s busybox-static >/dev/null 2>&1 || need+=(busybox-static)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  command -v tmux >/dev/null 2>&1 || need+=(tmux)
  command -v socat >/dev/null 2>&1 || need+=(socat)
  command -v openssl >/dev/null 2>&1 || need+=(openssl)   # TLS tests make their certificates at test time
  [ -x /usr/sbin/sshd ] || need+=(openssh-server)          # ssh:// tests run a private sshd (test/support/sshd.sh)
  [ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
}

api() { curl -s --max-time 20 --unix-socket "$SOCK" "$@"; }

import_image() {
  if [ "$(api -o /dev/null -w '%{http_code}' "http://d/images/$IMAGE/json")" = 200 ]; then return 0; fi
  local t0 rf; t0=$(now_ms); rf=$STATE/rootfs
  rm -rf "$rf"; mkdir -p "$rf/bin" "$rf/etc" "$rf/tmp" "$rf/proc" "$rf/sys" "$rf/dev" "$rf/root"
  chmod 1777 "$rf/tmp"
  cp /bin/busybox "$rf/bin/busybox"
  # one process instead of ~270 forks of ln (perl-base is Essential in Debian)
  perl -e 'my $d = shift; for (@ARGV) { next if $_ eq "busybox"; symlink("busybox", "$d/$_") or die "$_: $!" }' \
    "$rf/bin" $("$rf/bin/busybox" --list)
  echo 'root:x:0:0:root:/root:/bin/sh' >"$rf/etc/passwd"
  echo 'root:x:0:' >"$rf/etc/group"
  local repo=${IMAGE%:*} tag=${IMAGE##*:}
  # POST /images/create?fromSrc=- is `docker import` through the API (no CLI needed)
  local code
  code=$(tar --numeric-owner -C "$rf" -c . | curl -s --max-time 120 --unix-socket "$SOCK" -o "$STATE/import.out" -w '%{http_code}' \
    -X POST -H 'Content-Type: application/x-tar' --data-binary @- \
    "http://d/images/create?fromSrc=-&repo=$repo&tag=$tag&changes=CMD%20%5B%22%2Fbin%2Fsh%22%5D&changes=ENV%20PATH%3D%2Fbin")
  rm -rf "$rf"
  [ "$code" = 200 ] || die "image import answered HTTP $code: $(cat "$STATE/import.out")"
  say "imported $IMAGE in $(($(now_ms) - t0)) ms"
}

start() {
  [ ${#SOCK} -le 100 ] || die "socket path too long: $SOCK"
  install_packages
  if our_pid >/dev/null && ping_ok; then
    say "already running (pid $(our_pid)) on $SOCK"
  else
    [ "$(id -u)" = 0 ] || die "dockerd needs root"
    if p=$(our_pid); then die "dockerd $p holds $SOCK but does not answer; run: $0 stop"; fi
    ping_ok && die "something else answers on $SOCK"
    rm -f "$PIDFILE" "$SOCK"
    # A stale containerd pidfile (dockerd killed hard) makes the next dockerd time out waiting for it.
    local cpf=$EXEC/containerd/containerd.pid
    if [ -s "$cpf" ]; then
      local cp; cp=$(cat "$cpf")
      if alive "$cp" && cmd_of "$cp" | grep -qF -- "$EXEC/containerd/"; then kill -KILL "$cp" || true; wait_gone "$cp" 5 || true; fi
      rm -f "$cpf"
    fi
    mkdir -p "$STATE/data" "$EXEC" "$(dirname "$SOCK")"
    echo '{}' >"$STATE/daemon.json"
    : >"$LOG"
    local t0 bg deadline; t0=$(now_ms)
    setsid nohup /usr/sbin/dockerd -H "unix://$SOCK" --config-file "$STATE/daemon.json" \
      --data-root "$STATE/data" --exec-root "$EXEC" --pidfile "$PIDFILE" --storage-driver "$DRIVER" \
      --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
      --shutdown-timeout 3 --log-level warn ${EXTRA[@]+"${EXTRA[@]}"} >>"$LOG" 2>&1 </dev/null &
    bg=$!
    deadline=$(($(date +%s) + 60))
    until ping_ok; do
      alive "$bg" || { tail -n 30 "$LOG" >&2; die "dockerd exited during startup (try DOCKHAND_TEST_STORAGE=vfs)"; }
      [ "$(date +%s)" -lt "$deadline" ] || { tail -n 30 "$LOG" >&2; die "no /_ping answer within 60 s"; }
      sleep 0.1
    done
    say "dockerd pid $bg answered /_ping after $(($(now_ms) - t0)) ms"
  fi
  [ "${DOCKHAND_TEST_IMPORT:-1}" = 0 ] || import_image
  echo "unix://$SOCK" >"$STATE/docker-host"
  echo "DOCKER_HOST=unix://$SOCK"
}

stop() {
  local pid cpid
  if pid=$(our_pid); then
    # Kill containers first, or shutdown waits each one's stop timeout (a PID-1 sh ignores SIGTERM).
    for id in $(api 'http://d/containers/json' | grep -o '"Id":"[0-9a-f]*"' | cut -d'"' -f4); do
      api -o /dev/null -X POST "http://d/containers/$id/kill" || true
    done
    cpid=$(cat "$EXEC/containerd/containerd.pid" 2>/dev/null || true)
    kill -TERM "$pid"
    wait_gone "$pid" 30 || { say "dockerd ignored TERM, killing"; kill -KILL "$pid"; wait_gone "$pid" 5 || true; }
    if [ -n "$cpid" ] && case "$(cmd_of "$cpid")" in *containerd*"$EXEC/containerd/"*) true;; *) false;; esac; then
      kill -TERM "$cpid"; wait_gone "$cpid" 10 || kill -KILL "$cpid"
    fi
    say "stopped dockerd $pid"
  else
    say "no dockerd of ours on $SOCK"
  fi
  for d in /proc/[0-9]*; do
    case "$(cmd_of "${d#/proc/}")" in *containerd-shim*"$EXEC/containerd/containerd.sock"*) kill -KILL "${d#/proc/}" || true;; esac
  done
  rm -f "$PIDFILE" "$SOCK"
}

case "${1:-}" in
  start) start;;
  stop) stop;;
  import) import_image;;   # test/support/podman.sh imports the same image into Podman
  *) echo "usage: $0 start|stop|import" >&2; exit 2;;
esac
