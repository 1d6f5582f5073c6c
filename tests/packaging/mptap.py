# mptap.py: a tiny TAP writer shared by the packaging checks.
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

import sys
import traceback


class Skip(Exception):
    """Raised by a check that cannot run here; the reason is printed."""


class Tap:
    """Runs named checks and prints one TAP line each.

    A check is a callable that returns None when it passes, or raises
    AssertionError (failure, with the reason) or Skip (with the reason).
    """

    def __init__(self):
        self.count = 0
        self.failed = 0

    def check(self, name, func, *args):
        self.count += 1
        try:
            func(*args)
        except Skip as skip:
            print('ok %d - %s # SKIP %s' % (self.count, name, skip))
        except AssertionError as error:
            self._fail(name, str(error))
        except Exception:  # a crashing check is a failing check
            self._fail(name, traceback.format_exc())
        else:
            print('ok %d - %s' % (self.count, name))
        sys.stdout.flush()

    def _fail(self, name, reason):
        self.failed += 1
        print('not ok %d - %s' % (self.count, name))
        for line in reason.splitlines() or ['(no reason given)']:
            print('# ' + line)

    def finish(self):
        print('1..%d' % self.count)
        return 1 if self.failed else 0
