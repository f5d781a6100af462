#!/usr/bin/env bash
# Saves PNG screenshots of real dockhand runs into media/: the built binary runs in tmux against a
# daemon (default: the test daemon) with a few demo containers; each screen is captured with
# colours (capture-pane -e), turned into HTML (scripts/ansi-to-html.mjs) and photographed by
# headless Chromium (Debian: apt-get install chromium fonts-dejavu-core).
# Usage: npm run screenshots     Env: DOCKER_HOST (default unix:///run/dockhand-test/docker.sock)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HOST=${DOCKER_HOST:-unix:///run/dockhand-test/docker.sock}
SOCK=${HOST#unix://}
IMAGE=${DOCKHAND_TEST_IMAGE:-dockhand-test/busybox:1}
NODE=${NODE:-$(command -v node)}
CHROME=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROME" ] || { echo "screenshots.sh: chromium is missing (apt-get install chromium fonts-dejavu-core)" >&2; exit 1; }
[ -f "$ROOT/dist/cli.js" ] || { echo "screenshots.sh: run npm run build first" >&2; exit 1; }

WORK=$(mktemp -d)
TMUX_SOCKET=dh-shots-$$
IDS=()
tm() { tmux -L "$TMUX_SOCKET" -f /dev/null "$@"; }
api() { curl -s --max-time 20 --unix-socket "$SOCK" -H 'Content-Type: application/json' "$@"; }

cleanup() {
  tm kill-server 2>/dev/null || true
  for id in "${IDS[@]}"; do api -o /dev/null -X DELETE "http://d/containers/$id?force=1" || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# name, compose project, compose service, command, start(1/0)
demo() {
  local name=$1 project=$2 service=$3 cmd=$4 start=$5 labels
  labels="\"dockhand.test\":\"1\""
  [ -n "$project" ] && labels="$labels,\"com.docker.compose.project\":\"$project\",\"com.docker.compose.service\":\"$service\""
  local id
  id=$(api -X POST "http://d/containers/create?name=$name" \
    -d "{\"Image\":\"$IMAGE\",\"Cmd\":[\"sh\",\"-c\",\"$cmd\"],\"Labels\":{$labels},\"HostConfig\":{\"NetworkMode\":\"none\"}}" | sed -n 's/.*"Id":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$id" ] || { echo "screenshots.sh: could not create $name" >&2; exit 1; }
  IDS+=("$id")
  LAST_ID=$id
  if [ "$start" = 1 ]; then api -o /dev/null -X POST "http://d/containers/$id/start"; fi
}

LOOP='trap exit TERM; i=0; while :; do i=$((i+1)); echo request $i served; sleep 2; done'
demo shop-web-1 shop web "$LOOP" 1
demo shop-web-2 shop web "$LOOP" 1
demo shop-db-1 shop db "$LOOP" 1
demo shop-worker-1 shop worker 'echo job failed; exit 3' 1
demo metrics-agent '' '' "$LOOP" 1
api -o /dev/null -X POST "http://d/containers/$LAST_ID/pause"
demo one-off-migration '' '' 'true' 0
sleep 2

wait_for() { # text, timeout seconds
  local i
  for ((i = 0; i < $2 * 20; i++)); do tm capture-pane -p -t shot | grep -qF -- "$1" && return 0; sleep 0.05; done
  echo "screenshots.sh: '$1' never appeared" >&2; tm capture-pane -p -t shot >&2; return 1
}

shot() { # name columns rows
  local name=$1 cols=$2 rows=$3
  tm capture-pane -e -p -t shot >"$WORK/$name.ans"
  "$NODE" "$ROOT/scripts/ansi-to-html.mjs" "$WORK/$name.ans" "$WORK/$name.html" "dockhand $name"
  local width=$((cols * 84 / 10 + 24)) height=$((rows * 17 + 22))
  "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$width,$height" --screenshot="$ROOT/media/$name.png" "file://$WORK/$name.html" >/dev/null 2>&1
  echo "media/$name.png"
}

SESSION_NO=0
start_app() { # columns rows; a fresh tmux server per app, so none races the previous one's exit
  tm kill-server 2>/dev/null || true
  SESSION_NO=$((SESSION_NO + 1))
  TMUX_SOCKET=dh-shots-$$-$SESSION_NO
  tm new-session -d -s shot -x "$1" -y "$2" "exec env TERM=xterm-256color COLORTERM=truecolor DOCKER_HOST=$HOST '$NODE' '$ROOT/dist/cli.js'"
  wait_for '● connected' 20
  wait_for 'shop-web-1' 10
}

keys() { for key in "$@"; do tm send-keys -t shot "$key"; sleep 0.15; done; }

mkdir -p "$ROOT/media"

start_app 200 50
keys / ; tm send-keys -t shot -l 'shop'; sleep 0.2; keys Enter j
sleep 2.5
shot containers 200 50
keys Escape ; keys 2 ; sleep 0.8
shot images 200 50
keys 1 '?'; sleep 0.5
shot help 200 50

start_app 80 24
keys j j
sleep 1.5
shot terminal-80x24 80 24

start_app 40 12
shot terminal-40x12 40 12
