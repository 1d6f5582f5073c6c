#!/bin/sh
# Installs the Debian 12 packages Middle Powers needs to build, run and test,
# when any is missing.  Uses sudo when not run as root.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

PACKAGES="build-essential pkg-config meson ninja-build gettext libgtk-4-dev
libjson-glib-dev libglib2.0-bin xvfb xauth appstream desktop-file-utils
dbus-daemon dbus-x11 at-spi2-core fonts-dejavu-core fonts-noto-core adwaita-icon-theme
libgtk-4-bin librsvg2-common poppler-utils libxml2-utils python3 python3-pyatspi locales xdotool"

missing=""
for pkg in $PACKAGES; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  case "$status" in
    ii*) ;;
    *) missing="$missing $pkg" ;;
  esac
done

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
else
  SUDO="sudo"
fi

if [ -n "$missing" ]; then
  echo "Installing:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# The locales of the translations, for the tests in tests/i18n that run
# the app in a real locale, and en_US for screenshots with grouped digits
# (a few seconds each, once).
for loc in en_US az_AZ kk_KZ ru_RU tr_TR; do
  if ! locale -a 2>/dev/null | grep -qix "$loc.utf-\{0,1\}8"; then
    echo "Generating $loc.UTF-8"
    $SUDO localedef -i "$loc" -f UTF-8 "$loc.UTF-8"
  fi
done
