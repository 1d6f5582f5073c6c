#!/bin/sh
# The set-up both of the README's commands share: installs the Debian
# packages that are missing (tools/install-deps.sh), configures the build
# directory once and builds.  BUILD names the directory (default: build),
# MESON_ARGS adds options to its first configuration; arguments name the
# targets to build (default: all).
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."
build=${BUILD:-build}

./tools/install-deps.sh
if [ ! -f "$build/build.ninja" ]; then
  # shellcheck disable=SC2086 # MESON_ARGS is a list of options
  meson setup "$build" ${MESON_ARGS:-} >/dev/null
fi
# Only ninja's last line on success; all of it, and the failure, if not.
log=$(mktemp)
if ! ninja -C "$build" "$@" >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
tail -n 1 "$log"
rm -f "$log"
