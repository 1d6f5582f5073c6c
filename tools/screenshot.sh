#!/bin/sh
# Takes a screenshot of the app under Xvfb.
# usage: tools/screenshot.sh OUT.png [WIDTHxHEIGHT] [extra env assignments...]
# e.g.   tools/screenshot.sh shot.png 1400x900 LANGUAGE=ru GTK_THEME=Adwaita:dark
#        ARGS="my.json" tools/screenshot.sh shot.png   (files to open)
set -eu
out=$1; size=${2:-1400x900}; shift; [ $# -gt 0 ] && shift
build=${BUILD:-build}
disp=:$((90 + $$ % 9))
Xvfb $disp -screen 0 ${size}x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 0.5
w=${size%x*}; h=${size#*x}
settings=${SETTINGS:-$(mktemp -d)}
env DISPLAY=$disp GSK_RENDERER=cairo GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME=$settings \
    GSETTINGS_SCHEMA_DIR=$build/data MP_LOCALEDIR=$build/po NO_AT_BRIDGE=1 "$@" \
    dbus-run-session -- sh -c "gsettings set io.github.middlepowers.MiddlePowers window-size '($w, $h)'; \
      $build/app/middle-powers ${ARGS:-} & pid=\$!; sleep ${WAIT:-3}; import -display $disp -window root '$out'; kill \$pid" 2>/dev/null
rm -rf "$settings"
