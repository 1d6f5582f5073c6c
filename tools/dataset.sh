#!/bin/sh
# Rebuilds data/middle-powers.json and data/example.json from data/raw/
# (tools/build-dataset.py), has the app's own validator check them, and
# writes the pre-parsed cache data/middle-powers.cache; test-dataset-cache
# fails when the JSON and the cache disagree.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."
build=${BUILD:-build}
# The validator and the cache tool only: the whole build checks that the
# committed cache is the JSON's, which it is not until the end of this.
./tools/build.sh app/middle-powers tools/mp-dataset-cache
/usr/bin/python3 tools/build-dataset.py

# The builder does not check what it writes: the loader decides what a
# valid dataset is.  Each file on its own, and a warning (printed on
# standard output, where an error is too) fails as an error does.
for json in data/middle-powers.json data/example.json; do
  if ! problems=$("$build/app/middle-powers" --validate --no-bundled "$json") ||
     [ -n "$problems" ]; then
    printf '%s\n' "$problems" >&2
    echo "dataset.sh: middle-powers --validate finds problems in $json (above); the cache is not rebuilt" >&2
    exit 1
  fi
done

"$build/tools/mp-dataset-cache" data/middle-powers.json data/middle-powers.cache
./tools/build.sh
