#!/bin/sh
# Screenshots of every slide of the built-in lesson, as a class sees them:
# the app under Xvfb at a projector's size, presented with F5 and stepped
# with Page Down (xdotool), in the normal and the high-contrast style.
# Writes data/screenshots/presentation/WIDTHxHEIGHT-{light,contrast}-NN.png.
# Not a test: run it after visible changes to the slides, look at them,
# and commit them.
#
# Copyright 2026 The Middle Powers authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."
build=${BUILD:-build}
out=${OUT:-data/screenshots/presentation}
mkdir -p "$out"
rm -f "$out"/*.png

shots () {
  size=$1 style=$2
  config=$(mktemp -d)
  mkdir -p "$config/glib-2.0/settings"
  contrast=false
  [ "$style" = contrast ] && contrast=true
  # Without a window manager under Xvfb, fullscreen does nothing: the
  # window is given the screen's size instead.
  printf '[io/github/middlepowers/MiddlePowers]\nhigh-contrast=%s\nwindow-size=(%s, %s)\n' \
    "$contrast" "${size%x*}" "${size#*x}" > "$config/glib-2.0/settings/keyfile"
  XDG_CONFIG_HOME="$config" GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$build/data" \
  MP_LOCALEDIR="$build/po" GSK_RENDERER=cairo LANGUAGE=en LC_ALL=C.UTF-8 NO_AT_BRIDGE=1 \
  APP="$build/app/middle-powers" PREFIX="$out/$size-$style" \
  xvfb-run -a -s "-screen 0 ${size}x24" dbus-run-session -- sh -c '
    "$APP" &
    pid=$!
    wid=$(xdotool search --sync --onlyvisible --name "Middle Powers" | head -n 1)
    xdotool windowfocus --sync "$wid"
    xdotool key F5
    sleep 1
    for n in 01 02 03 04 05 06 07 08; do
      import -window root "$PREFIX-$n.png"
      xdotool key Page_Down
      sleep 0.6
    done
    kill "$pid"' 2>/dev/null
  rm -rf "$config"
}

for size in 1024x768 1920x1080; do
  for style in light contrast; do
    shots "$size" "$style"
  done
done
ls "$out"
