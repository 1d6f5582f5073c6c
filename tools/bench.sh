#!/bin/sh
# Builds Middle Powers in release mode and runs every benchmark, with the
# peers, under a virtual display (as in README.md → Performance), then
# prints a table of the targets.  The start-up comparison runs with each of
# GTK's renderers in BENCH_RENDERERS (default "cairo default": cairo, then
# GTK's own choice, the GL renderer on llvmpipe here, as most users get it
# on their GPU); the rest with cairo.
#
#   tools/bench.sh [BUILDDIR]        default: build-bench
#   tools/debian-root.sh trixie tools/bench.sh     the same on Debian 13
#
# Environment: RUNS (runs per program, default 9), STARTUP_RUNS (runs per
# program of the start-up comparison, default 31: its times spread by a
# tenth or more from run to run on a shared machine), CHART_FRAMES (frames
# per chart, default 101), BENCH_NO_INSTALL=1 (do not apt-get the peers:
# gtk-4-examples gnome-calculator gnuplot-nox python3-matplotlib valgrind,
# which are for benchmarks only).  Each program runs RUNS times, interleaved,
# 0.3 s apart, after one warm-up round; figures are medians.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-bench}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
runs=${RUNS:-9}
renderers=${BENCH_RENDERERS:-cairo default}
startup_runs=${STARTUP_RUNS:-31}
frames=${CHART_FRAMES:-101}
out="$build/bench"

if [ -z "${MP_BENCH_INNER:-}" ]; then
  # Peers and reference tools (benchmarks only, never needed by CI).
  if [ "${BENCH_NO_INSTALL:-0}" != 1 ]; then
    missing=""
    for pkg in gtk-4-examples gnome-calculator gnuplot-nox python3-matplotlib valgrind xvfb xauth dbus-daemon libgl1-mesa-dri; do
      case $(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true) in
        ii*) ;;
        *) missing="$missing $pkg" ;;
      esac
    done
    if [ -n "$missing" ]; then
      sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
      echo "Installing (benchmarks only):$missing"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
  fi

  if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" "$src" --buildtype=release -Dbenchmarks=true >/dev/null
  else
    meson configure "$build" --buildtype=release -Dbenchmarks=true >/dev/null
  fi
  ninja -C "$build" >/dev/null

  rm -rf "$out"
  mkdir -p "$out"

  # The rest runs on its own X server and session bus.
  exec env MP_BENCH_INNER=1 xvfb-run -a -s '-screen 0 1920x1080x24 -noreset' \
    dbus-run-session -- sh "$0" "$build"
fi

export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build/data"
export GSK_RENDERER=cairo
export NO_AT_BRIDGE=1
export GTK_A11Y=none
export LANGUAGE=en LC_ALL=C.UTF-8
unset MP_BENCH_INNER

app="$build/app/middle-powers"
bench="$build/tests/bench"

section () {
  printf '\n== %s\n\n' "$1"
}

section "Machine"
gtk=$(pkg-config --modversion gtk4)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
os=$(sed -n 's/^PRETTY_NAME="\(.*\)"$/\1/p' /etc/os-release)
printf '%s, nproc %s, %s, GTK %s, cairo %s, under Xvfb, %s build\n' \
  "$os" "$(nproc)" "$cpu" "$gtk" "$(pkg-config --modversion cairo)" release | tee "$out/machine.txt"

section "Dataset load (tests/model/bench-dataset)"
"$build/tests/model/bench-dataset" | tee "$out/dataset.txt"
section "Dataset memory (tests/model/bench-dataset memory)"
"$build/tests/model/bench-dataset" memory | tee "$out/memory.txt"

section "Chart render (tests/charts/bench-charts $frames)"
"$build/tests/charts/bench-charts" "$frames" | tee "$out/charts.txt"

for renderer in $renderers; do
  section "Start-up to the first painted frame (cards and chart shown), peak memory: $renderer renderer"
  # The window with a header bar is a reference: what any GNOME window
  # pays for drawing its own title bar (on X11 the minimal window has none).
  set -- --self "minimal GTK4 window=$bench/bench-minimal-window" \
         --self "middle-powers=$app --benchmark-startup" \
         --self "window with a header bar=$bench/bench-minimal-window --header-bar"
  command -v gtk4-demo >/dev/null && set -- "$@" --outside "gtk4-demo=gtk4-demo"
  command -v gnome-calculator >/dev/null && set -- "$@" --outside "gnome-calculator=gnome-calculator"
  if [ "$renderer" = default ]; then
    env -u GSK_RENDERER "$bench/bench-startup" --runs "$startup_runs" \
      --preload "$bench/libbench-first-frame.so" --tsv "$out/startup-$renderer.tsv" "$@"
  else
    GSK_RENDERER=$renderer "$bench/bench-startup" --runs "$startup_runs" \
      --preload "$bench/libbench-first-frame.so" --tsv "$out/startup-$renderer.tsv" "$@"
  fi | tee "$out/startup-$renderer.txt"
done

section "Start-up, main-thread instructions to the first frame (callgrind)"
# Instruction counts do not vary from run to run like times do on a shared
# machine: the steadier guide when comparing two versions (HACKING.md).
main_thread_ir () {
  log="$out/callgrind.$1"
  shift
  valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$log" "$@" >/dev/null 2>&1 || true
  callgrind_annotate "$log-01" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }' || true
}
if command -v valgrind >/dev/null && command -v callgrind_annotate >/dev/null; then
  min_ir=$(main_thread_ir minimal "$bench/bench-minimal-window")
  app_ir=$(main_thread_ir app "$app" --benchmark-startup)
  awk -v a="$app_ir" -v m="$min_ir" 'BEGIN {
    printf "minimal GTK4 window  %7.1f M instructions\nmiddle-powers        %7.1f M instructions  %.2fx\n",
           m / 1e6, a / 1e6, (m > 0) ? a / m : 0 }' | tee "$out/instructions.txt"
else
  echo "valgrind is not installed: skipped" | tee "$out/instructions.txt"
fi

section "Export, whole process (1600x900, aid chart, AZ and KZ)"
# The numbers of the chart, for gnuplot and matplotlib: year, then US$
# million per country ("-" for no data), from the app's own CSV export.
"$app" --export "$out/aid.csv" --chart aid --countries AZ,KZ
awk '
  function field(line, n,   i, c, f, q, k) {
    f = ""; q = 0; k = 1
    for (i = 1; i <= length(line); i++) {
      c = substr(line, i, 1)
      if (c == "\"") { q = !q; continue }
      if (c == "," && !q) { if (k == n) return f; k++; f = ""; continue }
      f = f c
    }
    return k == n ? f : ""
  }
  NR > 1 {
    y = field($0, 1) + 0; c = field($0, 2); v[y, c] = field($0, 3) / 1e6
    if (!(c in seen)) { seen[c] = 1; names[++n] = c }
    if (min == "" || y < min) min = y
    if (max == "" || y > max) max = y
  }
  END {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (names[j] < names[i]) { t = names[i]; names[i] = names[j]; names[j] = t }
    printf "year"; for (i = 1; i <= n; i++) printf " %s", names[i]; printf "\n"
    for (y = min; y <= max; y++) {
      printf "%d", y
      for (i = 1; i <= n; i++) printf " %s", ((y, names[i]) in v) ? sprintf("%g", v[y, names[i]]) : "-"
      printf "\n"
    }
  }' "$out/aid.csv" > "$out/aid.dat"

export_args="--chart aid --countries AZ,KZ --size 1600x900"
set -- --plain "middle-powers PNG=$app --export $out/aid.png $export_args"
if command -v gnuplot >/dev/null; then
  set -- "$@" --plain "gnuplot PNG=gnuplot -e \"data='$out/aid.dat'; out='$out/aid-gnuplot.png'\" $src/tests/bench/aid-chart.gp"
fi
if /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
  set -- "$@" --plain "matplotlib PNG=/usr/bin/python3 $src/tests/bench/aid-chart.py $out/aid.dat $out/aid-matplotlib.png"
fi
set -- "$@" --plain "middle-powers SVG=$app --export $out/aid.svg $export_args" \
            --plain "middle-powers PDF=$app --export $out/aid.pdf $export_args" \
            --plain "middle-powers CSV=$app --export $out/aid.csv --chart aid --countries AZ,KZ"
"$bench/bench-startup" --runs "$runs" --tsv "$out/export.tsv" "$@" | tee "$out/export.txt"

section "Targets"
# tsv columns: label runs failures frame_ms frame_min frame_max wall_ms cpu_ms rss_mib
row () {
  awk -F '\t' -v l="$2" -v c="$3" '$1 == l { print $c }' "$1"
}
ratio () {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'
}
verdict () {
  awk -v v="$1" -v t="$2" 'BEGIN { if (v == "-" || v == "") print "n/a"; else print (v + 0 <= t + 0) ? "met" : "MISSED" }'
}

png=$(row "$out/export.tsv" "middle-powers PNG" 7)
gnuplot_png=$(row "$out/export.tsv" "gnuplot PNG" 7)
matplotlib_png=$(row "$out/export.tsv" "matplotlib PNG" 7)
# bench-dataset ends with "target: bundled … (N ms)" and "target: large … (N x)".
bundled=$(sed -n 's/^target: bundled.*(\([0-9.]*\) ms)$/\1/p' "$out/dataset.txt")
large=$(sed -n 's/^target: large.*(\([0-9.]*\) x)$/\1/p' "$out/dataset.txt")
large_mb=$(awk '$1 == "large" { print $2 }' "$out/dataset.txt")
# The window redraws a chart over the background GTK has painted
# ("widget" rows); an export paints its own full-size background first.
chart_max () {
  awk -v kind="$1" '/1920x1080/ && $2 == kind { for (i = 1; i < NF; i++) if ($i == "frame") { v = $(i + 1) + 0; if (v > m) m = v } } END { print m }' "$out/charts.txt"
}
chart_redraw=$(chart_max widget)
chart_export=$(chart_max export)

png_ratio=$(ratio "$png" "$gnuplot_png")

{
  printf '| measure | figure | target | |\n|---|---|---|---|\n'
  for renderer in $renderers; do
    tsv="$out/startup-$renderer.tsv"
    [ -f "$tsv" ] || continue
    min_frame=$(row "$tsv" "minimal GTK4 window" 4)
    app_frame=$(row "$tsv" "middle-powers" 4)
    min_rss=$(row "$tsv" "minimal GTK4 window" 9)
    app_rss=$(row "$tsv" "middle-powers" 9)
    min_cpu=$(row "$tsv" "minimal GTK4 window" 8)
    app_cpu=$(row "$tsv" "middle-powers" 8)
    hb_frame=$(row "$tsv" "window with a header bar" 4)
    frame_ratio=$(ratio "$app_frame" "$min_frame")
    rss_ratio=$(ratio "$app_rss" "$min_rss")
    printf '| first frame with cards and chart, %s renderer | %s ms (minimal GTK4 window %s ms): %sx | at most 1.3x | %s |\n' \
      "$renderer" "$app_frame" "$min_frame" "$frame_ratio" "$(verdict "$frame_ratio" 1.3)"
    printf '| of which an empty header bar, %s renderer | %s ms: %sx the minimal window (the app %sx this window) | | |\n' \
      "$renderer" "$hb_frame" "$(ratio "$hb_frame" "$min_frame")" "$(ratio "$app_frame" "$hb_frame")"
    printf '| CPU time to that frame, %s renderer | %s ms (minimal %s ms): %sx | | |\n' \
      "$renderer" "$app_cpu" "$min_cpu" "$(ratio "$app_cpu" "$min_cpu")"
    printf '| peak RSS, %s renderer | %s MiB (minimal %s MiB): %sx | at most 1.25x | %s |\n' \
      "$renderer" "$app_rss" "$min_rss" "$rss_ratio" "$(verdict "$rss_ratio" 1.25)"
  done
  if [ -n "${app_ir:-}" ] && [ -n "${min_ir:-}" ]; then
    printf '| main-thread instructions to that frame, cairo renderer | %s M (minimal %s M): %sx | | |\n' \
      "$((app_ir / 1000000))" "$((min_ir / 1000000))" "$(ratio "$app_ir" "$min_ir")"
  fi
  printf '| bundled dataset load | %s ms | under 10 ms | %s |\n' "$bundled" "$(verdict "$bundled" 9.999)"
  printf '| %s MB dataset load vs json-glib bare parse | %sx | at most 1.3x | %s |\n' \
    "$large_mb" "$large" "$(verdict "$large" 1.3)"
  # bench-dataset memory: "file MB before peak after peak/file after/file" rows.
  awk '$1 ~ /^[0-9.]+$/ && NF == 6 { printf "| %s MB dataset: RSS at the peak of its load, and after | %s, %s the file | at most 8x, 3x | %s |\n", $1, $5, $6, (($5 + 0 <= 8 && $6 + 0 <= 3) ? "met" : "MISSED") }' "$out/memory.txt"
  printf '| slowest chart redraw in the window at 1920x1080 | %s ms | under 4 ms | %s |\n' "$chart_redraw" "$(verdict "$chart_redraw" 3.999)"
  printf '| slowest chart frame of an export at 1920x1080 (background painted too) | %s ms | | |\n' "$chart_export"
  printf '| PNG export, whole process | %s ms (gnuplot %s ms, matplotlib %s ms): %sx gnuplot | at most 1x gnuplot | %s |\n' \
    "$png" "${gnuplot_png:--}" "${matplotlib_png:--}" "$png_ratio" "$(verdict "$png_ratio" 1.0)"
} | tee "$out/targets.md"

printf '\nAll output is in %s\n' "$out"
