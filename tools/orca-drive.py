#!/usr/bin/python3
# orca-drive.py: moves through the app as a keyboard user would, for
# tools/orca-listen.sh (Orca listens meanwhile): the header bar, the cards,
# the chart tabs, the aid chart's data cursor, then the memberships chart.
# SPDX-License-Identifier: GPL-3.0-or-later

import importlib.util
import os
import subprocess

import pyatspi

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('atspi_test', os.path.join(here, '..', 'tests', 'a11y', 'test-atspi.py'))
t = importlib.util.module_from_spec(spec)
spec.loader.exec_module(t)

app = t.wait_for(t.find_app, 'the app')
fixture = t.Fixture(None)
fixture.app = app
fixture.window = next(w for w in app if w.getRoleName() == 'frame')
chart = t.wait_for(fixture.chart, 'the chart')
window_id = subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--name', 'Middle Powers'],
                           check=True, capture_output=True, text=True).stdout.split()[0]
subprocess.run(['xdotool', 'windowfocus', '--sync', window_id], check=True)
t.pump(2)


def key(name, pause=2.0):
    subprocess.run(['xdotool', 'key', '--window', window_id, name], check=True)
    t.pump(pause)


for _ in range(3):
    key('shift+Tab', 1.5)
for _ in range(3):
    key('Tab', 0.5)
for _ in range(100):
    if t.has_state(chart, pyatspi.STATE_FOCUSED):
        break
    key('Tab', 0.6)
t.pump(3)
for _ in range(14):
    key('Right')
key('Escape')
tabs = fixture.tabs()
for _ in range(12):
    if any(t.has_state(tab, pyatspi.STATE_FOCUSED) for tab in tabs):
        break
    key('shift+Tab', 1.0)
key('alt+m', 4)
for _ in range(10):
    if t.has_state(chart, pyatspi.STATE_FOCUSED):
        break
    key('Tab')
t.pump(8)
