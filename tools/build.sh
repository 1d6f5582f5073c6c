#!/bin/sh
# The set-up both of the README's commands share: installs the Debian
# packages that are missing (tools/install-deps.sh), configures the build
# directory once and builds.  BUILD names the directory (default: build),
# MESON_ARGS adds options to its first configuration.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."
build=${BUILD:-build}

./tools/install-deps.sh
if [ ! -f "$build/build.ninja" ]; then
  # shellcheck disable=SC2086 # MESON_ARGS is a list of options
  meson setup "$build" ${MESON_ARGS:-} >/dev/null
fi
ninja -C "$build" | tail -n 1
