# aid-chart.gp — the aid bar chart of the benchmark, drawn by gnuplot from
# the same numbers as `middle-powers --export aid.png --chart aid`
# (tools/bench.sh writes them to a table: year, then US$ million per
# country, "-" for no data).  Two countries: clusters of two bars, each
# bar 1/3 of a year wide, so the value labels sit at year ± 1/6.
#
#   gnuplot -e "data='aid.dat'; out='aid.png'" tests/bench/aid-chart.gp
#
# SPDX-License-Identifier: GPL-3.0-or-later

set terminal pngcairo size 1600,900 font "Sans,11" noenhanced
set output out
set datafile missing "-"
set title "Aid contributions\nTotal official development assistance, US$ million"
set key top left horizontal autotitle columnheader
set style data histograms
set style histogram clustered gap 1
set style fill solid 1.0 border -1
set boxwidth 0.9
set yrange [0:*]
set grid ytics lc rgb "#dddddd"
set border 3
set xtics nomirror scale 0
set ytics nomirror
plot data using 2:xtic(1) title columnheader(2) lc rgb "#0072B2", \
     ''   using 3 title columnheader(3) lc rgb "#E69F00", \
     ''   using ($0 - 1.0 / 6):2:(sprintf("%g", $2)) with labels offset 0,0.8 notitle, \
     ''   using ($0 + 1.0 / 6):3:(sprintf("%g", $3)) with labels offset 0,0.8 notitle
