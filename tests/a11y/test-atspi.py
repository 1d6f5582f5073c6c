#!/usr/bin/python3
# test-atspi.py: what a screen reader finds in the window, through AT-SPI.
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
"""Starts the app with the accessibility bridge on (the test environment
turns it off for the other tests), finds it on the AT-SPI registry of this
D-Bus session and walks its tree as Orca would:

- no accessible is named by a GTK class ("GtkImage", "MpChartPanel") or
  by a raw mnemonic label ("_Aid"), and every control has a name;
- the chart tabs are radio buttons, exactly one checked;
- a card's country list has named rows, the card's country selected;
- the table's rows are named by their cells;
- the memberships chart's description names the key organizations both
  countries are members of and those only one is (and the controls of the
  memberships and indicators charts have names too);
- the chart, focused with Tab, tells what its data cursor is on when Right
  is pressed (on GTK 4.8 its name changes, on 4.14 it announces): country,
  year, value and, for a figure that is not final, its status; once the
  focus leaves, its name is its title again.

usage: test-atspi.py APP_BINARY
Needs /usr/bin/python3 with pyatspi, xdotool, an X display and a session
bus (xvfb-run + dbus-run-session); skips when one is missing.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# The test environment makes warnings fatal (G_DEBUG).  They stay fatal
# for the app (Fixture.start), not for this client: its AT-SPI library
# warns when the app's objects come and go.
if 'fatal-warnings' in os.environ.get('G_DEBUG', ''):
    os.environ['G_DEBUG'] = 'gc-friendly'
    os.execv(sys.executable, [sys.executable] + sys.argv)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'packaging'))
from mptap import Skip, Tap  # noqa: E402

try:
    import pyatspi
    from gi.repository import GLib
except ImportError:  # pragma: no cover - reported as a skip below
    pyatspi = None

# How long to wait for the app to appear and for each event.  Not a
# timing check: generous limits so that a hung app fails rather than
# blocks.
WAIT = float(os.environ.get("MP_ATSPI_WAIT", "60"))

CONTROL_ROLES = {
    'push button', 'toggle button', 'radio button', 'check box', 'combo box',
    'menu item', 'text', 'entry', 'spin button', 'slider', 'scroll bar',
    'page tab', 'list item', 'table cell', 'link',
}
# What GTK 4.8 answers for an accessible without a name: its type name.
CLASS_NAME = re.compile(r'^(Gtk|Gdk|Mp|Adw)[A-Z][A-Za-z]*$')
# A mnemonic underscore before a letter: "_Aid", "C_ontributions".
MNEMONIC = re.compile(r'(^|[^_\w])_\w|\w_[a-z]')
# A toggle button is a "push button" to GTK 4.8 and a "toggle button"
# to GTK 4.18.
BUTTON_ROLES = ('push button', 'toggle button')
# GTK 4.8 keeps the name a drop-down is given; later GTK names it by its
# choice (the name it was given describes the choice there).
GTK_NAMES_DROP_DOWN_BY_CHOICE = subprocess.run(
    ['pkg-config', '--atleast-version=4.10', 'gtk4'], check=False).returncode == 0
# What the chart's data cursor is on, as told: the tooltip on one line.
ANNOUNCEMENT = re.compile(r'^(?P<country>[^,]+), (?P<year>\d{4}): '
                          r'(?P<value>US\$[\d.,]+( thousand| million| billion)?)(, total ODA)?'
                          r'( \((?P<status>[a-z ]+)\))?\. Source: .+$')


def pump(seconds=0.05):
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.01)


def wait_for(predicate, what):
    end = time.monotonic() + WAIT
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        pump()
    raise AssertionError('gave up waiting for ' + what)


class AppExited(AssertionError):
    pass


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == 'middle-powers' and app.childCount > 0:
            return app
    return None


def walk(node):
    yield node
    for child in node:
        if child is not None:
            yield from walk(child)


def has_state(node, state):
    return node.getState().contains(state)


class Fixture:
    def __init__(self, binary):
        self.binary = binary
        self.process = None
        self.app = None
        self.window = None

    def start(self):
        env = dict(os.environ)
        # The bridge on, for this app only.
        env.pop('NO_AT_BRIDGE', None)
        env.pop('GTK_A11Y', None)
        # The app's warnings are collected and fail 'no warnings' at the
        # end, with their text, rather than made fatal: GTK 4.24 on X11
        # logs one of its own when any popover opens (app_warnings ()).
        env['G_DEBUG'] = 'gc-friendly'
        # A display connection refused now and then on a loaded machine
        # (the app then exits at once): start it again, twice at most.
        for attempt in range(3):
            self.log = tempfile.TemporaryFile(mode='w+')
            self.process = subprocess.Popen([self.binary], env=env, stderr=self.log)

            def started():
                # An app that stopped will never show up: say so at once.
                if self.process.poll() is not None:
                    raise AppExited('the app exited with status %d before it was on the registry'
                                    % self.process.returncode)
                return find_app()
            try:
                self.app = wait_for(started, 'the app on the AT-SPI registry')
                break
            except AppExited as error:
                print('# %s (attempt %d)' % (error, attempt + 1), flush=True)
                if attempt == 2:
                    raise
                time.sleep(1)
            except AssertionError:
                names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
                print('# applications on the registry: %r' % names, flush=True)
                raise
        self.window = wait_for(lambda: next((w for w in self.app if w is not None and
                                             w.getRoleName() == 'frame'), None),
                               'the window')
        # The chart is there once its data is.
        wait_for(lambda: self.chart(), 'the chart')

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait()

    def nodes(self):
        return list(walk(self.window))

    def chart(self):
        for node in self.nodes():
            if node.getRoleName() == 'image' and node.description.startswith(node.name + ', ') \
               and 'to' in node.description:
                return node
        return None

    def tabs(self):
        return [n for n in self.nodes() if n.getRoleName() == 'radio button']


def check_names(fixture):
    problems = []
    for node in fixture.nodes():
        role = node.getRoleName()
        name = node.name or ''
        where = '%s %r (in %s %r)' % (role, name, node.parent.getRoleName() if node.parent else '', node.parent.name if node.parent else '')
        if CLASS_NAME.match(name):
            problems.append('named by its class: ' + where)
        if MNEMONIC.search(name):
            problems.append('a mnemonic in its name: ' + where)
        if role in CONTROL_ROLES and has_state(node, pyatspi.STATE_SHOWING) and not name.strip():
            problems.append('a control without a name: ' + where)
    assert not problems, '\n'.join(problems)


def check_tabs(fixture):
    tabs = fixture.tabs()
    names = [t.name for t in tabs]
    assert names == ['Aid', 'Contributions', 'Memberships', 'Indicators'], names
    checked = [t.name for t in tabs if has_state(t, pyatspi.STATE_CHECKED)]
    assert checked == ['Aid'], 'checked: %r' % checked
    group = tabs[0].parent
    assert group.name == 'Chart', group.name


def press(window_id, key):
    subprocess.run(['xdotool', 'key', '--window', window_id, key], check=True)


def check_cursor_announced(fixture):
    chart = fixture.chart()
    title = chart.name
    heard = []

    def on_event(event):
        if event.source != chart:
            return
        if event.type.startswith('object:announcement'):
            heard.append(str(event.any_data))
        elif event.type.startswith('object:property-change:accessible-name'):
            heard.append(chart.name)

    window_id = subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--name', 'Middle Powers'],
                               check=True, capture_output=True, text=True).stdout.split()[0]
    subprocess.run(['xdotool', 'windowfocus', '--sync', window_id], check=True)

    # Tab to the chart, as a keyboard user would.
    for _ in range(100):
        if has_state(chart, pyatspi.STATE_FOCUSED):
            break
        press(window_id, 'Tab')
        pump(0.1)
    assert has_state(chart, pyatspi.STATE_FOCUSED), 'Tab never reached the chart'
    assert chart.name == title, 'focus alone changed the name: %r' % chart.name

    pyatspi.Registry.registerEventListener(on_event, 'object:property-change:accessible-name',
                                           'object:announcement')
    try:
        statuses = set()
        for _ in range(60):
            before = len(heard)
            press(window_id, 'Right')
            wait_for(lambda: len(heard) > before, 'what the cursor is on after Right')
            said = heard[-1]
            if said.endswith(': no data'):
                continue
            match = ANNOUNCEMENT.match(said)
            assert match, 'not country, year, value, source: %r' % said
            assert 1990 <= int(match['year']) <= 2100, said
            if match['status']:
                statuses.add(match['status'])
                print('# heard: ' + said)
                break
        assert heard, 'nothing was told'
        assert statuses, 'no status told in %d points: %r' % (len(heard), heard[-3:])

        # Leaving the chart gives it its title back.
        press(window_id, 'shift+Tab')
        wait_for(lambda: not has_state(chart, pyatspi.STATE_FOCUSED), 'the focus to leave the chart')
        wait_for(lambda: chart.name == title, 'the title back after leaving (%r)' % chart.name)
    finally:
        pyatspi.Registry.deregisterEventListener(on_event, 'object:property-change:accessible-name',
                                                 'object:announcement')


def choose_tab(fixture, name):
    tab = next(t for t in fixture.tabs() if t.name == name)
    tab.queryAction().doAction(0)
    wait_for(lambda: has_state(tab, pyatspi.STATE_CHECKED), name + ' checked')


def check_other_charts(fixture):
    # The memberships chart: its description names the key organizations
    # both are members of and each one's own (the controls it brings, a
    # drop-down among them, have names too).
    choose_tab(fixture, 'Memberships')
    chart = wait_for(lambda: (lambda c: c if c and c.name.startswith('Memberships') else None)(fixture.chart()),
                     'the memberships chart')
    description = chart.description
    match = re.search(r'Key organizations all of them are members of: ([^.]+)\.', description)
    assert match, description
    assert re.search(r'Only Azerbaijan is a member of: [A-Z]', description), description
    assert re.search(r'Only Kazakhstan is a member of: [A-Z]', description), description
    check_names(fixture)
    checked = [t.name for t in fixture.tabs() if has_state(t, pyatspi.STATE_CHECKED)]
    assert checked == ['Memberships'], checked
    # Its drop-down says what it shows.
    combo = next(n for n in fixture.nodes() if n.getRoleName() == 'combo box')
    if GTK_NAMES_DROP_DOWN_BY_CHOICE:
        # GTK 4.10 and later name a drop-down by what it shows.
        assert combo.name == 'All', (combo.name, combo.description)
    else:
        assert (combo.name, combo.description) == ('Organizations', 'All'), (combo.name, combo.description)

    choose_tab(fixture, 'Indicators')
    check_names(fixture)


def check_table(fixture):
    # The Table toggle: the chart's numbers, with rows named by their
    # cells and columns by their titles.
    choose_tab(fixture, 'Aid')
    toggle = next(n for n in fixture.nodes() if n.getRoleName() in BUTTON_ROLES and n.name == 'Table')
    toggle.queryAction().doAction(0)
    try:
        rows = wait_for(lambda: [n for n in fixture.nodes()
                                 if n.getRoleName() == 'table row' and re.match(r'20\d\d, ', n.name)],
                        'the table rows')
        check_names(fixture)
        # Years by countries: the header names the columns, a row says
        # its year and each country's value, with its status.
        assert any(n.name == 'Year, Azerbaijan, Kazakhstan' for n in fixture.nodes()), \
            'no header row'
        assert any(re.match(r'20\d\d, [\d.]+ \(preliminary\)', r.name) for r in rows), \
            [r.name for r in rows[:3]]
    finally:
        toggle.queryAction().doAction(0)


def check_country_popover(fixture):
    # The card's country list: named rows, the card's own one selected.
    button = [n for n in fixture.nodes()
              if n.getRoleName() in BUTTON_ROLES and n.name == 'Country: Azerbaijan'][-1]
    button.queryAction().doAction(0)
    rows = wait_for(lambda: [n for n in fixture.nodes() if n.getRoleName() == 'list item'],
                    'the country list')
    try:
        check_names(fixture)

        # The list says which country the card shows, in sight or not.
        lists = [n for n in fixture.nodes() if n.getRoleName() == 'list' and n.name == 'Countries']
        assert lists and lists[0].description == 'Shown now: Azerbaijan', \
            [(n.name, n.description) for n in lists]
        # And where its row is built (GTK 4.8 builds every row), the row
        # is the selected one.
        built = [r.name for r in rows]
        if 'Azerbaijan' in built:
            selected = [r.name for r in rows if has_state(r, pyatspi.STATE_SELECTED)]
            assert selected == ['Azerbaijan'], selected
    finally:
        button.queryAction().doAction(0)


def check_presets_popover(fixture):
    # The Presets list: each row named by its group, its description the
    # line that explains it, how many countries and which; choosing one
    # (the row's action) shows them.
    # The toggle button inside the menu button, which has the action.
    button = [n for n in fixture.nodes()
              if n.getRoleName() in BUTTON_ROLES and n.name == 'Presets'][-1]
    button.queryAction().doAction(0)
    rows = wait_for(lambda: [n for n in fixture.nodes() if n.getRoleName() == 'list item'
                             and n.parent is not None and n.parent.name == 'Presets'],
                    'the presets list')
    check_names(fixture)
    by_name = {r.name: r.description for r in rows}
    assert by_name.get('Central Asia', '').startswith("The UN’s Central Asia sub-region (M49). 5 countries: "), \
        by_name
    assert 'Kyrgyzstan' in by_name['Central Asia'], by_name['Central Asia']
    assert by_name.get('South Caucasus', '').startswith('Armenia, Azerbaijan and Georgia: a common name'), \
        by_name
    for name, description in by_name.items():
        assert description.strip(), 'no description for %r' % name
    button.queryAction().doAction(0)


# GTK 4.24's X11 backend reports a frame as submitted twice when a popup
# surface maps: any GtkPopover logs this once per process, a plain
# GtkMenuButton's too (docs/platforms.md).  GTK's, not the app's, there only.
GTK_FRAME_TIMINGS_BUG = 'Gdk-WARNING **', 'gdk_frame_timings_submitted() called on submitted frame'


def gtk_has_frame_timings_bug():
    version = [int(v) for v in os.environ.get('MP_GTK_VERSION', '0.0').split('.')[:2]]
    return version >= [4, 24] and 'WAYLAND_DISPLAY' not in os.environ


def app_warnings(fixture):
    fixture.log.seek(0)
    found = []
    for line in fixture.log.read().splitlines():
        if '-WARNING **' not in line and '-CRITICAL **' not in line and 'runtime error:' not in line:
            continue
        if gtk_has_frame_timings_bug() and all(part in line for part in GTK_FRAME_TIMINGS_BUG):
            continue
        found.append(line)
    assert not found, found


def main():
    tap = Tap()
    if pyatspi is None or shutil.which('xdotool') is None or 'DISPLAY' not in os.environ \
       or 'DBUS_SESSION_BUS_ADDRESS' not in os.environ:
        tap.check('at-spi', lambda: (_ for _ in ()).throw(
            Skip('needs pyatspi, xdotool, a display and a session bus')))
        tap.finish()
        return 0

    fixture = Fixture(sys.argv[1])
    try:
        fixture.start()
        tap.check('names', check_names, fixture)
        tap.check('tabs are radios', check_tabs, fixture)
        tap.check('cursor announced', check_cursor_announced, fixture)
        tap.check('memberships and indicators', check_other_charts, fixture)
        tap.check('table', check_table, fixture)
        tap.check('country popover', check_country_popover, fixture)
        tap.check('presets popover', check_presets_popover, fixture)
        tap.check('no warnings', app_warnings, fixture)
    finally:
        fixture.stop()
    tap.finish()
    return 0


if __name__ == '__main__':
    sys.exit(main())
