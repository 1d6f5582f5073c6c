#!/bin/sh
# Rebuilds data/middle-powers.json from data/raw/ (tools/build-dataset.py)
# and its pre-parsed cache data/middle-powers.cache; test-dataset-cache
# fails when the two disagree.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."
build=${BUILD:-build}
./tools/build.sh
/usr/bin/python3 tools/build-dataset.py
"$build/tools/mp-dataset-cache" data/middle-powers.json data/middle-powers.cache
