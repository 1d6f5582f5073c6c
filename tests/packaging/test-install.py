#!/usr/bin/python3
# test-install.py: installs the build tree into a temporary DESTDIR, the way
# flatpak-builder and Debian packaging do, and checks that the result is a
# working app: every file in place, the installed binary runs.
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
# Usage: test-install.py --meson MESON --build-root DIR --source-root DIR
#          --app-id ID --binary NAME --gettext-package NAME --pkgdatadir DIR
#          --version X.Y.Z [--keep]
# Prints TAP.  --keep leaves the DESTDIR in place and prints its path.

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mptap import Skip, Tap  # noqa: E402

MO_MAGIC = (b'\xde\x12\x04\x95', b'\x95\x04\x12\xde')


def run(argv, env=None, cwd=None):
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, env=env, cwd=cwd, check=False)


def linguas(source_root):
    langs = []
    with open(os.path.join(source_root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0]
            langs.extend(line.split())
    return langs


class Install:
    def __init__(self, opts):
        self.opts = opts
        self.destdir = tempfile.mkdtemp(prefix='mp-install-')
        self.dirs = None
        self.installed = None

    def under(self, key, *parts):
        """A path under the installed directory option KEY, inside DESTDIR."""
        value = self.dirs[key]
        if not os.path.isabs(value):
            value = os.path.join(self.dirs['prefix'], value)
        return os.path.join(self.destdir, value.lstrip('/'), *parts)

    def binary(self):
        return self.under('bindir', self.opts.binary)

    def dataset(self):
        """The bundled dataset, installed in PKGDATADIR."""
        return os.path.join(self.destdir, self.opts.pkgdatadir.lstrip('/'), 'middle-powers.json')

    def app_env(self):
        env = dict(os.environ)
        for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'GSETTINGS_SCHEMA_DIR', 'G_TEST_SRCDIR',
                    'G_TEST_BUILDDIR'):
            env.pop(var, None)
        env['GSETTINGS_SCHEMA_DIR'] = os.path.join(self.destdir, 'compiled-schemas')
        env['GSETTINGS_BACKEND'] = 'memory'
        env['XDG_DATA_DIRS'] = self.under('datadir')
        return env

    # -- checks -------------------------------------------------------------

    def meson_install(self):
        result = run([self.opts.meson, 'introspect', '--buildoptions', self.opts.build_root])
        assert result.returncode == 0, 'meson introspect failed:\n' + result.stderr
        options = {o['name']: o['value'] for o in json.loads(result.stdout)}
        self.dirs = {k: options[k] for k in ('prefix', 'bindir', 'datadir', 'localedir')}

        result = run([self.opts.meson, 'install', '-C', self.opts.build_root, '--no-rebuild',
                      '--destdir', self.destdir])
        assert result.returncode == 0, 'meson install failed:\n' + result.stdout + result.stderr
        print('# installed prefix %s into %s' % (self.dirs['prefix'], self.destdir))

    def every_planned_file(self):
        assert self.dirs, 'not installed'
        result = run([self.opts.meson, 'introspect', '--installed', self.opts.build_root])
        assert result.returncode == 0, 'meson introspect failed:\n' + result.stderr
        self.installed = sorted(set(json.loads(result.stdout).values()))
        assert self.installed, 'meson plans to install nothing'
        missing = [p for p in self.installed
                   if not os.path.lexists(os.path.join(self.destdir, p.lstrip('/')))]
        assert not missing, 'planned but not installed:\n' + '\n'.join(missing)

    def expect(self, *paths):
        missing = [p for p in paths if not os.path.isfile(p)]
        assert not missing, 'missing:\n' + '\n'.join(os.path.relpath(p, self.destdir)
                                                    for p in missing)

    def files_in_place(self):
        assert self.dirs, 'not installed'
        app_id = self.opts.app_id
        binary = self.binary()
        self.expect(binary,
                    self.under('datadir', 'applications', app_id + '.desktop'),
                    self.under('datadir', 'metainfo', app_id + '.metainfo.xml'),
                    self.under('datadir', 'glib-2.0', 'schemas', app_id + '.gschema.xml'),
                    self.dataset())
        assert os.access(binary, os.X_OK), '%s is not executable' % binary

    def icons(self):
        assert self.dirs, 'not installed'
        hicolor = self.under('datadir', 'icons', 'hicolor')
        scalable = os.path.join(hicolor, 'scalable', 'apps', self.opts.app_id + '.svg')
        symbolic = os.path.join(hicolor, 'symbolic', 'apps', self.opts.app_id + '-symbolic.svg')
        self.expect(scalable, symbolic)
        for path, size in ((scalable, 128), (symbolic, 16)):
            svg = ET.parse(path).getroot()
            assert svg.tag.endswith('svg'), '%s is not an SVG' % path
            box = [float(v) for v in (svg.get('viewBox') or '').split()]
            assert box == [0, 0, size, size], \
                '%s: viewBox %s, expected a %d px square' % (os.path.basename(path),
                                                             svg.get('viewBox'), size)

    def desktop_and_metainfo_agree(self):
        assert self.dirs, 'not installed'
        desktop = self.under('datadir', 'applications', self.opts.app_id + '.desktop')
        with open(desktop, encoding='utf-8') as f:
            lines = dict(line.rstrip('\n').split('=', 1) for line in f if '=' in line)
        exec_name = lines.get('Exec', '').split()[0]
        assert os.path.isfile(self.under('bindir', exec_name)), \
            'the desktop file runs %r, which is not installed in bindir' % exec_name
        icon = lines.get('Icon')
        assert os.path.isfile(self.under('datadir', 'icons', 'hicolor', 'scalable', 'apps',
                                         '%s.svg' % icon)), \
            'the desktop file names icon %r, which is not installed' % icon
        metainfo = ET.parse(self.under('datadir', 'metainfo',
                                       self.opts.app_id + '.metainfo.xml')).getroot()
        launchable = metainfo.find("launchable[@type='desktop-id']").text.strip()
        assert os.path.isfile(self.under('datadir', 'applications', launchable)), \
            'the metainfo launches %r, which is not installed' % launchable

    def schema_compiles(self):
        assert self.dirs, 'not installed'
        target = os.path.join(self.destdir, 'compiled-schemas')
        os.makedirs(target, exist_ok=True)
        result = run(['glib-compile-schemas', '--strict', '--targetdir=' + target,
                      self.under('datadir', 'glib-2.0', 'schemas')])
        assert result.returncode == 0, 'the installed schema does not compile:\n' + result.stderr

    def translations(self):
        assert self.dirs, 'not installed'
        langs = linguas(self.opts.source_root)
        if not langs:
            raise Skip('po/LINGUAS lists no languages yet')
        problems = []
        for lang in langs:
            mo = self.under('localedir', lang, 'LC_MESSAGES', self.opts.gettext_package + '.mo')
            if not os.path.isfile(mo):
                problems.append('%s: no %s' % (lang, os.path.relpath(mo, self.destdir)))
                continue
            with open(mo, 'rb') as f:
                if f.read(4) not in MO_MAGIC:
                    problems.append('%s is not a compiled message catalogue' % mo)
        assert not problems, '\n'.join(problems)

    def version(self):
        assert self.dirs, 'not installed'
        # Run from outside the build tree so nothing there can be picked up.
        result = run([self.binary(), '--version'], env=self.app_env(), cwd=self.destdir)
        assert result.returncode == 0, \
            'exit status %d:\n%s%s' % (result.returncode, result.stdout, result.stderr)
        assert self.opts.version in result.stdout.split(), \
            '--version printed %r, expected version %s' % (result.stdout, self.opts.version)
        assert not result.stderr.strip(), 'unexpected messages:\n' + result.stderr

    def validate_dataset(self):
        assert self.dirs, 'not installed'
        env = self.app_env()
        result = run([self.binary(), '--help'], env=env, cwd=self.destdir)
        assert result.returncode == 0, '--help failed:\n' + result.stderr
        if '--validate' not in result.stdout:
            raise Skip('the installed binary has no --validate option yet (not in --help)')
        dataset = self.dataset()
        result = run([self.binary(), '--validate', dataset], env=env, cwd=self.destdir)
        assert result.returncode == 0, \
            '--validate on the installed dataset failed (%d):\n%s%s' % (
                result.returncode, result.stdout, result.stderr)

    def cleanup(self):
        if self.opts.keep:
            print('# kept %s' % self.destdir)
        else:
            shutil.rmtree(self.destdir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    for option in ('--meson', '--build-root', '--source-root', '--app-id', '--binary',
                   '--gettext-package', '--pkgdatadir', '--version'):
        parser.add_argument(option, required=True)
    parser.add_argument('--keep', action='store_true')
    opts = parser.parse_args()

    install = Install(opts)
    tap = Tap()
    try:
        tap.check('meson install --destdir succeeds', install.meson_install)
        tap.check('every file meson plans to install is there', install.every_planned_file)
        tap.check('binary, desktop file, metainfo, schema, dataset installed',
                  install.files_in_place)
        tap.check('scalable and symbolic icons installed', install.icons)
        tap.check('desktop file and metainfo point at installed files',
                  install.desktop_and_metainfo_agree)
        tap.check('installed schema compiles with --strict', install.schema_compiles)
        tap.check('a message catalogue for each language in po/LINGUAS', install.translations)
        tap.check('installed binary runs: --version', install.version)
        tap.check('installed binary validates the installed dataset', install.validate_dataset)
    finally:
        install.cleanup()
    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
