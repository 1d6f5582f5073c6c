#!/usr/bin/python3
# check-manifest.py: checks the Flatpak manifest without the GNOME runtime.
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
# Usage: check-manifest.py [--self-test] MANIFEST --app-id ID --command BIN
#                          --source-root DIR
#
# Prints TAP.  Without --self-test, each rule below is one test case.  With
# --self-test, the real manifest is first checked to pass, then broken in one
# way at a time (an extra permission, an unpinned runtime, ...) and each broken
# copy must be rejected: this proves the rules can fail.

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mptap import Skip, Tap  # noqa: E402

# The only sandbox holes the app needs: a display (Wayland, X11 fallback),
# shared memory for X11, and the GPU.  Files come through the portal.
ALLOWED_FINISH_ARGS = [
    '--share=ipc',
    '--socket=fallback-x11',
    '--socket=wayland',
    '--device=dri',
]

# Development files that must not end up in the app.
REQUIRED_CLEANUP = ['/include', '/lib/pkgconfig', '/share/pkgconfig', '*.a', '*.la']

# Suites that run without a display; the gtk suite needs one and the
# flatpak-builder sandbox has none.
HEADLESS_SUITES = {'unit', 'data'}

# Libraries the GNOME runtime already ships: building them again would only
# duplicate (and pin) them.
RUNTIME_LIBRARIES = ('json-glib', 'gtk', 'glib')


def app_module(manifest):
    modules = manifest.get('modules')
    assert isinstance(modules, list) and modules, 'the manifest has no modules'
    module = modules[-1]
    assert isinstance(module, dict), 'the last module is not an object'
    return module


def all_modules(modules):
    for module in modules or []:
        if isinstance(module, dict):
            yield module
            yield from all_modules(module.get('modules'))


def check_ids(manifest, opts):
    assert manifest.get('id') == opts.app_id, \
        'id is %r, expected %r' % (manifest.get('id'), opts.app_id)
    assert manifest.get('command') == opts.command, \
        'command is %r, expected %r' % (manifest.get('command'), opts.command)


def check_runtime(manifest, opts):
    assert manifest.get('runtime') == 'org.gnome.Platform', \
        'runtime is %r, expected org.gnome.Platform' % manifest.get('runtime')
    assert manifest.get('sdk') == 'org.gnome.Sdk', \
        'sdk is %r, expected org.gnome.Sdk' % manifest.get('sdk')
    version = manifest.get('runtime-version')
    assert isinstance(version, str) and re.fullmatch(r'[0-9]+(\.[0-9]+)?', version), \
        'runtime-version %r is not a numbered release (not master or nightly)' % (version,)


def check_finish_args(manifest, opts):
    args = manifest.get('finish-args')
    assert isinstance(args, list), 'finish-args is missing or not a list'
    extra = [a for a in args if a not in ALLOWED_FINISH_ARGS]
    assert not extra, 'permissions not allowed: %s' % ' '.join(map(str, extra))
    duplicates = sorted({a for a in args if args.count(a) > 1})
    assert not duplicates, 'repeated permissions: %s' % ' '.join(duplicates)
    missing = [a for a in ALLOWED_FINISH_ARGS if a not in args]
    assert not missing, 'missing permissions: %s' % ' '.join(missing)


def check_no_network(manifest, opts):
    """Builds and tests run offline: no module may open the network."""
    found = []
    options = [('manifest', manifest.get('build-options') or {})]
    for module in all_modules(manifest.get('modules')):
        options.append((module.get('name'), module.get('build-options') or {}))
    for owner, opt in options:
        for key in ('build-args', 'test-args'):
            for arg in opt.get(key) or []:
                if arg.startswith('--share=network') or arg.startswith('--filesystem'):
                    found.append('%s: %s %s' % (owner, key, arg))
    assert not found, 'sandbox holes during the build:\n' + '\n'.join(found)


def check_cleanup(manifest, opts):
    cleanup = manifest.get('cleanup')
    assert isinstance(cleanup, list), 'cleanup is missing'
    missing = [c for c in REQUIRED_CLEANUP if c not in cleanup]
    assert not missing, 'cleanup does not remove: %s' % ' '.join(missing)


def check_app_module(manifest, opts):
    module = app_module(manifest)
    assert module.get('buildsystem') == 'meson', \
        'the app module is built with %r, not meson' % module.get('buildsystem')
    assert module.get('builddir') is True, 'the app module does not set builddir: true'
    sources = module.get('sources') or []
    dirs = [s for s in sources if isinstance(s, dict) and s.get('type') == 'dir']
    assert len(dirs) == 1 and len(sources) == 1, \
        'the app module must have exactly one source, of type dir'
    base = os.path.dirname(os.path.abspath(opts.manifest))
    path = os.path.realpath(os.path.join(base, dirs[0].get('path', '')))
    assert path == os.path.realpath(opts.source_root), \
        'the dir source %r is %s, not the source tree %s' % (dirs[0].get('path'), path,
                                                              opts.source_root)
    with open(os.path.join(path, 'meson.build'), encoding='utf-8') as f:
        assert re.search(r"project\(\s*'middle-powers'", f.read()), \
            'the dir source does not hold the middle-powers meson project'


def check_tests(manifest, opts):
    module = app_module(manifest)
    assert module.get('run-tests') is True, 'the app module does not set run-tests: true'
    # flatpak-builder runs "ninja <test-rule>" (default "test": every suite,
    # including gtk, which needs a display) and then each test-command.
    rule = module.get('test-rule', 'test')
    assert rule == '', \
        'test-rule is %r: ninja would run every suite, the gtk one needs a display' % rule
    commands = module.get('test-commands') or []
    assert commands, 'run-tests is set but there are no test-commands'
    suites = set()
    for command in commands:
        words = command.split()
        assert words[:2] == ['meson', 'test'], 'unexpected test command %r' % command
        for i, word in enumerate(words):
            if word == '--suite' and i + 1 < len(words):
                suites.add(words[i + 1])
            elif word.startswith('--suite='):
                suites.add(word.split('=', 1)[1])
        assert '--suite' in command, 'test command %r runs every suite' % command
    assert suites == HEADLESS_SUITES, \
        'tests run the suites %s, expected exactly %s' % (sorted(suites), sorted(HEADLESS_SUITES))


def check_no_deprecated_api(manifest, opts):
    """The runtime's GTK is the newest the app is built with: a deprecated
    call there fails the build instead of passing unseen."""
    opts_ = app_module(manifest).get('config-opts') or []
    flags = [o for o in opts_ if isinstance(o, str) and o.startswith('-Dc_args=')]
    assert any('-Werror=deprecated-declarations' in f.split('=', 1)[1].split() for f in flags), \
        'config-opts do not pass -Dc_args=-Werror=deprecated-declarations'


def check_readme_runtime(manifest, opts):
    """The README tells users and packagers the runtime the manifest pins."""
    version = manifest.get('runtime-version')
    with open(os.path.join(opts.source_root, 'README.md'), encoding='utf-8') as f:
        readme = f.read()
    named = set(re.findall(r'GNOME (?:runtime )?([0-9]+)\b', readme)) | \
        set(re.findall(r'org\.gnome\.(?:Platform|Sdk)//([0-9]+)', readme))
    assert named == {version}, \
        'the README names GNOME runtime %s, the manifest pins %s' % (
            ', '.join(sorted(named)) or 'none', version)


def check_runtime_libraries(manifest, opts):
    names = [m.get('name', '') for m in all_modules(manifest.get('modules'))]
    bundled = [n for n in names if n.startswith(RUNTIME_LIBRARIES)]
    assert not bundled, 'modules the runtime already provides: %s' % ' '.join(bundled)


RULES = [
    ('id and command', check_ids),
    ('runtime and sdk pinned to a numbered GNOME release', check_runtime),
    ('finish-args are exactly ipc, wayland, fallback-x11, dri', check_finish_args),
    ('no network or filesystem access while building', check_no_network),
    ('cleanup removes development files', check_cleanup),
    ('app module: meson, builddir, local checkout', check_app_module),
    ('tests run at build time, headless suites only', check_tests),
    ('json-glib and GTK come from the runtime', check_runtime_libraries),
    ('deprecated GTK API fails the build', check_no_deprecated_api),
    ('the README names the pinned runtime', check_readme_runtime),
]


def show_manifest():
    """flatpak-builder's own parser: warns on unknown keys and wrong types."""
    builder = shutil.which('flatpak-builder')
    if builder is None:
        raise Skip('flatpak-builder is not installed')
    result = subprocess.run([builder, '--show-manifest', OPTS.manifest],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            universal_newlines=True, check=False)
    assert result.returncode == 0, 'flatpak-builder --show-manifest failed:\n' + result.stderr
    warnings = [line for line in result.stderr.splitlines() if 'WARNING' in line]
    assert not warnings, '\n'.join(warnings)


def load(path):
    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)
    assert isinstance(manifest, dict), 'the manifest is not a JSON object'
    return manifest


def failing_rules(manifest, opts):
    """Returns {rule function: reason} for each rule the manifest breaks."""
    failures = {}
    for name, rule in RULES:
        try:
            rule(manifest, opts)
        except AssertionError as error:
            failures[rule] = '%s: %s' % (name, error)
    return failures


def mutations(manifest):
    """Yields (description, the rule that must catch it, broken copy)."""
    def mutate(description, rule, change):
        broken = copy.deepcopy(manifest)
        change(broken)
        return description, rule, broken

    def module(m):
        return m['modules'][-1]

    yield mutate('extra --filesystem=home', check_finish_args,
                 lambda m: m['finish-args'].append('--filesystem=home'))
    yield mutate('extra --share=network', check_finish_args,
                 lambda m: m['finish-args'].append('--share=network'))
    yield mutate('session bus access', check_finish_args,
                 lambda m: m['finish-args'].append('--socket=session-bus'))
    yield mutate('missing wayland socket', check_finish_args,
                 lambda m: m['finish-args'].remove('--socket=wayland'))
    yield mutate('repeated permission', check_finish_args,
                 lambda m: m['finish-args'].append('--share=ipc'))
    yield mutate('runtime-version master', check_runtime,
                 lambda m: m.__setitem__('runtime-version', 'master'))
    yield mutate('runtime-version missing', check_runtime, lambda m: m.pop('runtime-version'))
    yield mutate('freedesktop runtime', check_runtime,
                 lambda m: m.__setitem__('runtime', 'org.freedesktop.Platform'))
    yield mutate('wrong app id', check_ids,
                 lambda m: m.__setitem__('id', 'org.example.MiddlePowers'))
    yield mutate('wrong command', check_ids, lambda m: m.__setitem__('command', 'middlepowers'))
    yield mutate('network while building', check_no_network,
                 lambda m: module(m).setdefault('build-options', {})
                 .setdefault('build-args', []).append('--share=network'))
    yield mutate('cleanup keeps headers', check_cleanup,
                 lambda m: m['cleanup'].remove('/include'))
    yield mutate('run-tests off', check_tests, lambda m: module(m).__setitem__('run-tests', False))
    yield mutate('default test rule runs the gtk suite', check_tests,
                 lambda m: module(m).pop('test-rule'))
    yield mutate('test command without suites', check_tests,
                 lambda m: module(m).__setitem__('test-commands', ['meson test']))
    yield mutate('test command with the gtk suite', check_tests,
                 lambda m: module(m)['test-commands'].append('meson test --suite gtk'))
    yield mutate('builddir off', check_app_module,
                 lambda m: module(m).__setitem__('builddir', False))
    yield mutate('source from elsewhere', check_app_module,
                 lambda m: module(m)['sources'][0].__setitem__('path', '../..'))
    yield mutate('deprecations only warned about', check_no_deprecated_api,
                 lambda m: module(m).__setitem__('config-opts', [
                     o for o in module(m)['config-opts'] if not o.startswith('-Dc_args=')]))
    yield mutate('a runtime the README does not name', check_readme_runtime,
                 lambda m: m.__setitem__('runtime-version', '1' + m['runtime-version']))
    yield mutate('bundled json-glib', check_runtime_libraries,
                 lambda m: m['modules'].insert(0, {'name': 'json-glib',
                                                   'buildsystem': 'meson'}))


def self_test(tap, opts):
    manifest = load(opts.manifest)

    def passes():
        failures = failing_rules(manifest, opts)
        assert not failures, '\n'.join(failures.values())

    tap.check('the real manifest passes every rule', passes)

    for description, rule, broken in mutations(manifest):
        def rejects(rule=rule, broken=broken):
            failures = failing_rules(broken, opts)
            assert rule in failures, '%s accepted it (other failures: %s)' % (
                rule.__name__, '; '.join(failures.values()) or 'none')

        tap.check('rejects: ' + description, rejects)

    def rejects_invalid_json():
        with tempfile.NamedTemporaryFile('w', suffix='.json') as f:
            f.write('{"id": "x",}')
            f.flush()
            try:
                load(f.name)
            except ValueError:
                return
        raise AssertionError('invalid JSON was accepted')

    tap.check('rejects: invalid JSON', rejects_invalid_json)


def main():
    global OPTS
    parser = argparse.ArgumentParser()
    parser.add_argument('--self-test', action='store_true')
    parser.add_argument('--app-id', required=True)
    parser.add_argument('--command', required=True)
    parser.add_argument('--source-root', required=True)
    parser.add_argument('manifest')
    OPTS = opts = parser.parse_args()

    tap = Tap()
    if opts.self_test:
        self_test(tap, opts)
        return tap.finish()

    state = {}

    def parses():
        state['manifest'] = load(opts.manifest)

    tap.check('manifest parses as a JSON object', parses)
    for name, rule in RULES:
        def run(rule=rule):
            if 'manifest' not in state:
                raise AssertionError('the manifest did not parse')
            rule(state['manifest'], opts)

        tap.check(name, run)
    tap.check('flatpak-builder reads the manifest without warnings', show_manifest)
    return tap.finish()


OPTS = None

if __name__ == '__main__':
    sys.exit(main())
