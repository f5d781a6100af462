# Helpers shared by the test/support scripts that start real servers (dockerd, Podman, sshd, the swarm).
# Sourced, not run: the sourcing script names itself in its messages.
SCRIPT_NAME=$(basename "$0")

say() { echo "$SCRIPT_NAME: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
now_ms() { date +%s%3N; }
# A zombie still passes kill -0 and PID 1 here reaps late: read the state letter instead.
alive() { local st; st=$({ cut -d')' -f2 <"/proc/$1/stat"; } 2>/dev/null | awk '{print $1}'); [ -n "$st" ] && [ "$st" != Z ]; }
cmd_of() { { tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null; }
# The engine on $SOCK answers its ping.
ping_ok() { [ "$(curl -s --max-time 2 --unix-socket "$SOCK" http://d/_ping 2>/dev/null)" = OK ]; }

# Installs Debian packages as root, without letting their init scripts start system services
# (docker.io would start a second, default dockerd; openssh-server the system's sshd). Tries without
# `apt-get update` first (fast when the lists are fresh), then with it.
apt_install() {
  [ "$(id -u)" = 0 ] || die "missing packages ($*) and not root"
  local t0 made=0 log=/tmp/dockhand-apt.$$.log apt=(apt-get -o DPkg::Lock::Timeout=600)
  t0=$(now_ms)
  say "installing $*"
  export DEBIAN_FRONTEND=noninteractive
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made=1; fi
  local ok=0
  "${apt[@]}" install -y -qq --no-install-recommends "$@" >"$log" 2>&1 \
    || { "${apt[@]}" update -qq >>"$log" 2>&1 && "${apt[@]}" install -y -qq --no-install-recommends "$@" >>"$log" 2>&1; } \
    || ok=1
  [ $made = 1 ] && rm -f /usr/sbin/policy-rc.d
  [ $ok = 0 ] || { tail -20 "$log" >&2; rm -f "$log"; die "apt-get install failed"; }
  rm -f "$log"
  say "installed in $(($(now_ms) - t0)) ms"
}
