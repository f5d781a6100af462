#!/usr/bin/env bash
# A private OpenSSH server for the ssh:// tests, on 127.0.0.1 only, as root, keys only.
#   bash test/support/sshd.sh start DIR PORT   install openssh-server if missing, make keys, start sshd
#   bash test/support/sshd.sh stop DIR         stop the sshd started for DIR
# DIR gets: host and client keys, authorized_keys, sshd_config, and client set-ups, each a folder
# with an `ssh` that runs /usr/bin/ssh -F <its config> "$@" (ssh finds ~/.ssh/config through the
# passwd entry, not $HOME, so a PATH entry is how tests choose a config without touching ~/.ssh):
#   DIR/good/ssh        right key, the host key in known_hosts, strict checking
#   DIR/wrong-key/ssh   a key the server does not know
#   DIR/unknown-host/ssh  empty known_hosts, strict checking
#   DIR/multiplexed/ssh as good, with ControlMaster auto (control sockets DIR/cm-*)
set -euo pipefail

. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/script-lib.sh"

install_sshd() {
  [ -x /usr/sbin/sshd ] && command -v ssh >/dev/null 2>&1 && return 0
  apt_install openssh-server openssh-client
}

client() { # name key known_hosts [extra config line...]
  mkdir -p "$DIR/$1"
  { printf '%s\n' "${@:4}"; cat <<CFG
Host *
  User root
  IdentityFile $2
  IdentitiesOnly yes
  IdentityAgent none
  UserKnownHostsFile $3
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  PasswordAuthentication no
  KbdInteractiveAuthentication no
  LogLevel ERROR
CFG
  } >"$DIR/$1/config"
  chmod 600 "$DIR/$1/config"
  printf '#!/bin/sh\nexec /usr/bin/ssh -F %s "$@"\n' "$DIR/$1/config" >"$DIR/$1/ssh"
  chmod +x "$DIR/$1/ssh"
}

start() {
  [ -n "${DIR:-}" ] && [ -n "${PORT:-}" ] || die "usage: $0 start DIR PORT"
  install_sshd
  [ "$(id -u)" = 0 ] || die "sshd needs root"
  mkdir -p "$DIR" /run/sshd
  chmod 700 "$DIR"
  [ -f "$DIR/host_key" ] || ssh-keygen -q -t ed25519 -N '' -C dockhand-test-host -f "$DIR/host_key"
  [ -f "$DIR/client_key" ] || ssh-keygen -q -t ed25519 -N '' -C dockhand-test-client -f "$DIR/client_key"
  [ -f "$DIR/wrong_key" ] || ssh-keygen -q -t ed25519 -N '' -C dockhand-test-wrong -f "$DIR/wrong_key"
  cp "$DIR/client_key.pub" "$DIR/authorized_keys"
  echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$DIR/host_key.pub")" >"$DIR/known_hosts"
  : >"$DIR/known_hosts.empty"
  cat >"$DIR/sshd_config" <<CFG
Port $PORT
ListenAddress 127.0.0.1
HostKey $DIR/host_key
PidFile $DIR/sshd.pid
AuthorizedKeysFile $DIR/authorized_keys
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxStartups 100:30:200
MaxSessions 100
LogLevel VERBOSE
CFG
  client good "$DIR/client_key" "$DIR/known_hosts"
  client wrong-key "$DIR/wrong_key" "$DIR/known_hosts"
  client unknown-host "$DIR/client_key" "$DIR/known_hosts.empty"
  client multiplexed "$DIR/client_key" "$DIR/known_hosts" 'ControlMaster auto' "ControlPath $DIR/cm-%C" 'ControlPersist no'
  stop_quiet
  /usr/sbin/sshd -t -f "$DIR/sshd_config" || die "sshd rejects its config"
  # sshd daemonizes itself and writes its pid file once it listens
  /usr/sbin/sshd -f "$DIR/sshd_config" -E "$DIR/sshd.log"
  local i
  for ((i = 0; i < 100; i++)); do
    if "$DIR/good/ssh" -p "$PORT" -o ConnectTimeout=5 -T 127.0.0.1 true 2>/dev/null; then
      say "sshd pid $(cat "$DIR/sshd.pid") on 127.0.0.1:$PORT"
      return 0
    fi
    sleep 0.1
  done
  tail -n 20 "$DIR/sshd.log" >&2 || true
  die "sshd did not accept a login within 10 s"
}

stop_quiet() {
  [ -s "$DIR/sshd.pid" ] || return 0
  local pid; pid=$(cat "$DIR/sshd.pid")
  # only the sshd started with this folder's config
  if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$DIR/sshd_config"; then kill -TERM "$pid" || true; fi
  rm -f "$DIR/sshd.pid"
}

DIR=${2:-}
PORT=${3:-}
case "${1:-}" in
  start) start;;
  stop) [ -n "$DIR" ] || die "usage: $0 stop DIR"; stop_quiet;;
  install) install_sshd;;
  *) echo "usage: $0 start DIR PORT | stop DIR | install" >&2; exit 2;;
esac
