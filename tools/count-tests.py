#!/usr/bin/python3
# Counts passed and failed tests from meson's testlog.json, counting TAP
# subtests one by one, and prints "N passed, N failed".
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import sys

TAP = re.compile(r'^(not ok|ok)\b(.*)$')

def main(path):
    passed = failed = 0
    failures = []
    with open(path, encoding='utf-8') as log:
        for line in log:
            entry = json.loads(line)
            result = entry.get('result', '')
            subtests = 0
            for out in (entry.get('stdout') or '').splitlines():
                match = TAP.match(out)
                if not match:
                    continue
                rest = match.group(2)
                if '# SKIP' in rest or '# skip' in rest:
                    continue
                subtests += 1
                if match.group(1) == 'ok':
                    passed += 1
                else:
                    failed += 1
                    failures.append(entry['name'] + ':' + rest)
            if result in ('OK', 'EXPECTEDFAIL'):
                if subtests == 0:
                    passed += 1
            elif result == 'SKIP':
                pass
            else:
                # A crash or a non-zero exit counts even when its subtests passed.
                failed += 1
                failures.append('%s (%s)' % (entry['name'], result))
    for name in failures:
        print('FAILED: ' + name)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed or passed == 0 else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'build/meson-logs/testlog.json'))
