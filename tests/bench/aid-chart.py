#!/usr/bin/python3
# aid-chart.py
#
# Copyright 2026 The Middle Powers authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <http://www.gnu.org/licenses/>.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#

"""The aid bar chart of the benchmark, drawn by matplotlib from the same
numbers as `middle-powers --export aid.png --chart aid` (tools/bench.sh
writes them to a table: year, then US$ million per country, "-" for no
data).

    /usr/bin/python3 tests/bench/aid-chart.py aid.dat aid.png
"""

import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402


def main():
    data, out = sys.argv[1], sys.argv[2]
    with open(data, encoding="utf-8") as f:
        rows = [line.split() for line in f if line.strip()]
    names = rows[0][1:]
    years = [int(r[0]) for r in rows[1:]]
    colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"]

    fig, ax = plt.subplots(figsize=(16, 9), dpi=100)
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        xs, ys = [], []
        for j, r in enumerate(rows[1:]):
            if r[i + 1] != "-":
                xs.append(j + (i - (len(names) - 1) / 2) * width)
                ys.append(float(r[i + 1]))
        bars = ax.bar(xs, ys, width, label=name, color=colours[i % len(colours)])
        ax.bar_label(bars, fmt="%g", fontsize=9)
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    ax.set_title("Aid contributions\nTotal official development assistance, US$ million", loc="left")
    ax.legend(loc="upper left", ncols=len(names), frameon=False)
    ax.grid(axis="y", color="#dddddd")
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    fig.savefig(out)


if __name__ == "__main__":
    main()
