#!/usr/bin/python3
# check-metainfo.py: checks what appstreamcli and desktop-file-validate cannot:
# that the metainfo and desktop file agree with the project and with each
# other, and that every screenshot the metainfo names is in data/screenshots.
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
# Usage: check-metainfo.py --metainfo FILE --desktop FILE --screenshots DIR
#          --app-id ID --binary NAME --gettext-package NAME --version X.Y.Z
# Prints TAP.

import argparse
import configparser
import datetime
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mptap import Tap  # noqa: E402

SCREENSHOT_URL = ('https://raw.githubusercontent.com/middlepowers/MiddlePowers/main/'
                  'data/screenshots/')
PNG_SIGNATURE = b'\x89PNG\r\n\x1a\n'


def png_size(path):
    """Returns (width, height) of a PNG file, or raises AssertionError."""
    with open(path, 'rb') as f:
        head = f.read(24)
    assert head[:8] == PNG_SIGNATURE, '%s is not a PNG file' % path
    assert head[12:16] == b'IHDR', '%s has no IHDR chunk' % path
    return struct.unpack('>II', head[16:24])


def text(element, path):
    found = element.find(path)
    return found.text.strip() if found is not None and found.text else None


class Checks:
    def __init__(self, opts):
        self.opts = opts
        self.root = None
        self.desktop = None

    def parse_metainfo(self):
        self.root = ET.parse(self.opts.metainfo).getroot()
        assert self.root.tag == 'component', 'the root element is <%s>' % self.root.tag
        assert self.root.get('type') == 'desktop-application', \
            'component type is %r' % self.root.get('type')
        assert text(self.root, 'id') == self.opts.app_id, \
            'id is %r, expected %r' % (text(self.root, 'id'), self.opts.app_id)
        assert os.path.basename(self.opts.metainfo) == self.opts.app_id + '.metainfo.xml', \
            'the file name does not match the id'

    def parse_desktop(self):
        parser = configparser.RawConfigParser(interpolation=None, strict=True)
        parser.optionxform = str
        parser.read(self.opts.desktop, encoding='utf-8')
        assert parser.has_section('Desktop Entry'), 'no [Desktop Entry] group'
        self.desktop = parser['Desktop Entry']
        assert os.path.basename(self.opts.desktop) == self.opts.app_id + '.desktop', \
            'the desktop file name does not match the app id'

    def need(self, what):
        assert getattr(self, what) is not None, 'the file did not parse'

    def identity(self):
        self.need('root')
        launchable = self.root.find("launchable[@type='desktop-id']")
        assert launchable is not None, 'no desktop-id launchable'
        assert launchable.text.strip() == self.opts.app_id + '.desktop', \
            'launchable %r does not name the desktop file' % launchable.text
        binaries = [b.text.strip() for b in self.root.findall('provides/binary')]
        assert binaries == [self.opts.binary], \
            'provided binaries %s, expected [%r]' % (binaries, self.opts.binary)
        domain = self.root.find("translation[@type='gettext']")
        assert domain is not None, 'no gettext translation domain'
        assert domain.text.strip() == self.opts.gettext_package, \
            'translation domain %r, expected %r' % (domain.text, self.opts.gettext_package)

    def developer(self):
        self.need('root')
        developer = self.root.find('developer')
        if developer is not None:
            assert developer.get('id'), '<developer> has no id'
            assert text(developer, 'name'), '<developer> has no name'
        else:
            assert text(self.root, 'developer_name'), 'neither <developer> nor <developer_name>'

    def descriptions(self):
        self.need('root')
        summary = text(self.root, 'summary')
        assert summary and not summary.endswith('.'), 'summary %r' % summary
        paragraphs = self.root.findall('description/p')
        assert len(paragraphs) >= 2, 'the description has %d paragraphs' % len(paragraphs)

    def releases(self):
        self.need('root')
        releases = self.root.findall('releases/release')
        assert releases, 'no releases'
        versions = [r.get('version') for r in releases]
        assert versions[0] == self.opts.version, \
            'the newest release is %r but the project version is %r' % (versions[0],
                                                                        self.opts.version)
        dates = []
        for release in releases:
            date = release.get('date') or ''
            assert re.fullmatch(r'\d{4}-\d{2}-\d{2}', date), \
                'release %s has date %r' % (release.get('version'), date)
            dates.append(datetime.date.fromisoformat(date))
            assert release.find('description/p') is not None, \
                'release %s has no description' % release.get('version')
        assert dates == sorted(dates, reverse=True), 'releases are not newest first'
        assert len(set(versions)) == len(versions), 'a release version is repeated'

    def ratings_urls_branding(self):
        self.need('root')
        assert self.root.find("content_rating[@type='oars-1.1']") is not None, \
            'no oars-1.1 content rating'
        urls = {u.get('type') for u in self.root.findall('url')}
        missing = {'homepage', 'bugtracker', 'vcs-browser', 'translate'} - urls
        assert not missing, 'missing URLs: %s' % ' '.join(sorted(missing))
        schemes = {}
        for color in self.root.findall("branding/color[@type='primary']"):
            assert re.fullmatch(r'#[0-9a-fA-F]{6}', color.text.strip()), \
                'branding colour %r' % color.text
            schemes[color.get('scheme_preference')] = color.text.strip()
        assert set(schemes) == {'light', 'dark'}, \
            'branding needs a light and a dark primary colour, has %s' % sorted(schemes)

    def screenshots(self):
        self.need('root')
        shots = self.root.findall('screenshots/screenshot')
        assert shots, 'no screenshots'
        defaults = [s for s in shots if s.get('type') == 'default']
        assert len(defaults) == 1, '%d default screenshots, expected one' % len(defaults)
        problems = []
        for shot in shots:
            url = text(shot, 'image') or ''
            if not text(shot, 'caption'):
                problems.append('%s has no caption' % url)
            if not url.startswith(SCREENSHOT_URL):
                problems.append('%s is not under %s' % (url, SCREENSHOT_URL))
                continue
            name = url[len(SCREENSHOT_URL):]
            path = os.path.join(self.opts.screenshots, name)
            if '/' in name or not name.endswith('.png'):
                problems.append('%s: expected a PNG directly in data/screenshots' % url)
            elif not os.path.isfile(path):
                problems.append('data/screenshots/%s is missing' % name)
            else:
                try:
                    width, height = png_size(path)
                except AssertionError as error:
                    problems.append(str(error))
                    continue
                # AppStream asks for screenshots that are at least 620 px
                # wide and software centres show them at 16:9-ish shapes.
                if width < 620 or height < 300:
                    problems.append('%s is only %dx%d' % (name, width, height))
        assert not problems, '\n'.join(problems)

    def desktop_entry(self):
        self.need('desktop')
        entry = self.desktop
        assert entry.get('Icon') == self.opts.app_id, 'Icon=%r' % entry.get('Icon')
        exec_words = (entry.get('Exec') or '').split()
        assert exec_words and exec_words[0] == self.opts.binary, 'Exec=%r' % entry.get('Exec')
        categories = [c for c in (entry.get('Categories') or '').split(';') if c]
        assert 'Education' in categories, 'Categories=%r' % entry.get('Categories')
        keywords = [k for k in (entry.get('Keywords') or '').split(';') if k]
        assert len(keywords) >= 5, 'only %d keywords' % len(keywords)
        if self.root is not None:
            assert entry.get('Name') == text(self.root, 'name'), \
                'desktop Name %r differs from the metainfo name %r' % (
                    entry.get('Name'), text(self.root, 'name'))


def main():
    parser = argparse.ArgumentParser()
    for option in ('--metainfo', '--desktop', '--screenshots', '--app-id', '--binary',
                   '--gettext-package', '--version'):
        parser.add_argument(option, required=True)
    opts = parser.parse_args()

    checks = Checks(opts)
    tap = Tap()
    tap.check('metainfo parses, id and file name match the app id', checks.parse_metainfo)
    tap.check('desktop file parses and is named after the app id', checks.parse_desktop)
    tap.check('launchable, binary and gettext domain match the project', checks.identity)
    tap.check('developer is named', checks.developer)
    tap.check('summary and description', checks.descriptions)
    tap.check('releases: newest is the project version, dated, newest first', checks.releases)
    tap.check('content rating, URLs and branding colours', checks.ratings_urls_branding)
    tap.check('every screenshot named exists in data/screenshots', checks.screenshots)
    tap.check('desktop file: icon, binary, Education category, keywords', checks.desktop_entry)
    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
