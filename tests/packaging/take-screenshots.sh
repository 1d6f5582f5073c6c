#!/bin/sh
# take-screenshots.sh: makes the AppStream screenshots in data/screenshots by
# running the built app under a virtual X display (TOOLCHAIN.md's recipe).
#
# Copyright 2026 The Middle Powers authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/packaging/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
#   BUILD_DIR  a configured and built tree (default: build)
#   OUT_DIR    where the PNGs go (default: data/screenshots)
# Needs: xvfb-run, dbus-run-session, xdotool, ImageMagick's import.
# Not a test: run it by hand after visible changes and commit the PNGs.
set -eu

build=${1:-build}
out=${2:-data/screenshots}
app="$build/app/middle-powers"
[ -x "$app" ] || { echo "no $app: build first" >&2; exit 1; }
mkdir -p "$out"

# One shot: NAME SCHEME (light or dark) WIDTH HEIGHT CHART.  Settings come from a
# throw-away keyfile, so the user's own settings are neither read nor changed.
shot () {
  name=$1 scheme=$2 width=$3 height=$4 chart=$5
  config=$(mktemp -d)
  mkdir -p "$config/glib-2.0/settings"
  cat > "$config/glib-2.0/settings/keyfile" <<EOF
[io/github/middlepowers/MiddlePowers]
color-scheme='$scheme'
window-size=($width, $height)
window-maximized=false
chart='$chart'
EOF
  XDG_CONFIG_HOME="$config" GSETTINGS_BACKEND=keyfile \
  GSETTINGS_SCHEMA_DIR="$build/data" GSK_RENDERER=cairo GDK_DEBUG=no-portals \
  LANGUAGE=en LC_ALL=en_US.UTF-8 \
  OUT="$out/$name.png" APP="$app" \
  xvfb-run -a -s '-screen 0 1600x1000x24' dbus-run-session -- sh -c '
    "$APP" &
    pid=$!
    wid=$(timeout 20 xdotool search --sync --onlyvisible --name "Middle Powers" | head -n 1)
    sleep 2   # let the dataset load and the first frames settle
    import -window "$wid" "$OUT"
    kill "$pid"
    wait "$pid" || true
  ' 2>"$config/log" || { cat "$config/log" >&2; exit 1; }
  rm -rf "$config"
  echo "$out/$name.png"
}

shot comparison light 1280 900 aid
shot charts-dark dark 1280 900 memberships
