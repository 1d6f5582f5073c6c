#!/usr/bin/env python3
# check-po.py: checks of the translations (the "data" test suite).
#
# Copyright 2026 The Middle Powers authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-po.py po LANG                  msgfmt --check, header, 100 % translated, no fuzzy
#   check-po.py up-to-date -- XGETTEXT_ARGS…
#                                        every po file translates every string in the sources
#   check-po.py potfiles                 po/POTFILES.in lists every file with strings, sorted
#   check-po.py desktop DESKTOP METAINFO the built desktop file and metainfo carry every language
#
# Uses MP_SOURCE_ROOT (set by tests/meson.build).  Prints TAP.

import os
import re
import subprocess
import sys
import tempfile

SRC = os.environ['MP_SOURCE_ROOT']
PO_DIR = os.path.join(SRC, 'po')

tests = []


def ok(passed, name, detail=''):
    tests.append((passed, name, detail))


def finish():
    print(f'1..{len(tests)}')
    for i, (passed, name, detail) in enumerate(tests, 1):
        print(f'{"ok" if passed else "not ok"} {i} {name}')
        if not passed and detail:
            for line in detail.rstrip().split('\n'):
                print(f'# {line}')
    sys.exit(0 if all(t[0] for t in tests) else 1)


def languages():
    with open(os.path.join(PO_DIR, 'LINGUAS'), encoding='utf-8') as f:
        return [w for line in f for w in line.split('#')[0].split()]


def statistics(path):
    """Returns (translated, fuzzy, untranslated, stderr) from msgfmt --statistics."""
    r = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, path],
                       capture_output=True, text=True, env=dict(os.environ, LC_ALL='C', LANGUAGE=''))
    counts = {}
    for kind in ('translated', 'fuzzy', 'untranslated'):
        m = re.search(r'(\d+) ' + kind + r' (message|translation)', r.stderr)
        counts[kind] = int(m.group(1)) if m else 0
    return r.returncode, counts, r.stderr


def listed(path, flag):
    r = subprocess.run(['msgattrib', '--no-wrap', '--no-location', '--no-obsolete', flag, path],
                       capture_output=True, text=True, check=True)
    return [m for m in re.findall(r'^msgid "(.*)"$', r.stdout, re.M) if m]


def check_po(lang):
    path = os.path.join(PO_DIR, lang + '.po')
    rc, counts, err = statistics(path)
    ok(rc == 0, f'{lang}.po passes msgfmt --check', err)
    ok(counts['fuzzy'] == 0, f'{lang}.po has no fuzzy entries',
       '\n'.join(listed(path, '--only-fuzzy')))
    ok(counts['untranslated'] == 0, f'{lang}.po has no untranslated entries',
       '\n'.join(listed(path, '--untranslated')))
    ok(counts['translated'] > 0, f'{lang}.po translates {counts["translated"]} messages')

    with open(path, encoding='utf-8') as f:
        text = f.read()
    header = re.search(r'msgid ""\nmsgstr ""\n((?:".*"\n)+)', text)
    header = header.group(1).replace('"\n"', '') if header else ''
    ok(f'Language: {lang}\\n' in header, f'{lang}.po names its language')
    ok('charset=UTF-8' in header, f'{lang}.po is UTF-8')
    plural = re.search(r'Plural-Forms: nplurals=(\d+);', header)
    forms = max((int(n) for n in re.findall(r'^msgstr\[(\d+)\]', text, re.M)), default=-1) + 1
    ok(plural is not None and int(plural.group(1)) == forms,
       f'{lang}.po has a Plural-Forms header matching its msgstr[] forms',
       f'header: {plural.group(0) if plural else None}, forms used: {forms}')
    credits = re.search(r'msgid "translator-credits"\nmsgstr "(.*)"', text)
    ok(credits is not None and credits.group(1) not in ('', 'translator-credits'),
       f'{lang}.po credits its translators')


def check_up_to_date(xgettext_args):
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'middle-powers.pot')
        r = subprocess.run(['xgettext', '--package-name=middle-powers', '-f', os.path.join(PO_DIR, 'POTFILES.in'),
                            '-D', SRC, '-k_', '-o', pot] + xgettext_args,
                           capture_output=True, text=True)
        warnings = [line for line in r.stderr.split('\n') if 'warning' in line]
        ok(r.returncode == 0, 'xgettext extracts the template from po/POTFILES.in', r.stderr)
        ok(not warnings, 'xgettext has no warnings about the sources', '\n'.join(warnings))
        if r.returncode != 0:
            return
        for lang in languages():
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '-o', merged, os.path.join(PO_DIR, lang + '.po'), pot],
                           check=True)
            rc, counts, err = statistics(merged)
            missing = listed(merged, '--untranslated') + listed(merged, '--only-fuzzy')
            ok(rc == 0 and counts['fuzzy'] == 0 and counts['untranslated'] == 0,
               f'{lang}.po translates every string in the sources',
               'Run meson compile -C BUILD middle-powers-pot middle-powers-update-po and translate:\n'
               + '\n'.join(missing))


def check_potfiles():
    path = os.path.join(PO_DIR, 'POTFILES.in')
    with open(path, encoding='utf-8') as f:
        entries = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    ok(entries == sorted(entries), 'POTFILES.in is sorted',
       '\n'.join(f'{a} before {b}' for a, b in zip(entries, entries[1:]) if a > b))
    ok(len(entries) == len(set(entries)), 'POTFILES.in lists each file once')
    missing_files = [e for e in entries if not os.path.exists(os.path.join(SRC, e))]
    ok(not missing_files, 'every file in POTFILES.in exists', '\n'.join(missing_files))

    marked = re.compile(r'\b(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2?)\s*\(')
    wanted = []
    for root, dirs, files in os.walk(os.path.join(SRC, 'app')):
        for name in files:
            if name.endswith('.c'):
                full = os.path.join(root, name)
                with open(full, encoding='utf-8') as f:
                    if marked.search(f.read()):
                        wanted.append(os.path.relpath(full, SRC))
    for directory, pattern in (('ui', r'\.ui$'), ('data', r'\.(desktop\.in|metainfo\.xml\.in|gschema\.xml)$')):
        for name in os.listdir(os.path.join(SRC, directory)):
            if re.search(pattern, name):
                wanted.append(f'{directory}/{name}')
    absent = sorted(set(wanted) - set(entries))
    ok(not absent, 'POTFILES.in lists every file with translatable strings', '\n'.join(absent))


def check_desktop(desktop, metainfo):
    with open(desktop, encoding='utf-8') as f:
        desktop_text = f.read()
    with open(metainfo, encoding='utf-8') as f:
        metainfo_text = f.read()
    hint = (' (meson does not rebuild merge_file outputs when only po files change, '
            'mesonbuild/meson#2621: delete the file and rebuild)')
    for lang in languages():
        for key in ('Name', 'GenericName', 'Comment', 'Keywords'):
            ok(re.search(rf'^{key}\[{lang}\]=.+$', desktop_text, re.M) is not None,
               f'the desktop file has {key}[{lang}]', 'missing' + hint)
        for element in ('name', 'summary', 'p', 'li', 'caption'):
            ok(re.search(rf'<{element} xml:lang="{lang}">[^<]+</{element}>', metainfo_text) is not None,
               f'the metainfo has <{element} xml:lang="{lang}">', 'missing' + hint)
        # Every description paragraph and list item is translated.
        untranslated = len(re.findall(r'<(p|li)>', metainfo_text))
        translated = len(re.findall(rf'<(p|li) xml:lang="{lang}">', metainfo_text))
        ok(translated == untranslated, f'the metainfo translates all {untranslated} paragraphs into {lang}',
           f'{translated} of {untranslated}')


def main():
    mode = sys.argv[1]
    if mode == 'po':
        check_po(sys.argv[2])
    elif mode == 'up-to-date':
        check_up_to_date(sys.argv[sys.argv.index('--') + 1:])
    elif mode == 'potfiles':
        check_potfiles()
    elif mode == 'desktop':
        check_desktop(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(f'unknown mode {mode}')
    finish()


main()
