#!/bin/sh
# Listens to the app with a real screen reader: Orca (with espeak-ng
# through speech-dispatcher, its audio written to a file) while
# tools/orca-drive.py moves through the window with the keyboard.  Prints
# what Orca said.  Needs orca, espeak-ng, xdotool, python3-pyatspi, Xvfb
# (on this dev machine only: `apt-get install orca espeak-ng`).
# usage: tools/orca-listen.sh [DISPLAY_NUMBER]   (from the source root, build/ built)
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
disp=${1:-99}
root=$(pwd)
work=$(mktemp -d)
mkdir -p "$work/home" "$work/config/speech-dispatcher" "$work/run"
chmod 700 "$work/run"
# No sound card: espeak-ng's audio goes into a file through ALSA.
cat > "$work/home/.asoundrc" <<EOT
pcm.!default { type file; slave.pcm "null"; file "$work/speech.raw"; format "raw" }
EOT
cat > "$work/config/speech-dispatcher/speechd.conf" <<EOT
LogLevel 3
LogDir "default"
DefaultVolume 100
SymbolsPreproc "char"
SymbolsPreprocFile "symbols.dic"
SymbolsPreprocFile "orca.dic"
SymbolsPreprocFile "orca-chars.dic"
AudioOutputMethod "alsa"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
EOT
# Orca's debug log, line-buffered, so that it is complete when Orca stops.
cat > "$work/run-orca.py" <<'EOT'
import builtins, sys
_open = builtins.open
def _open_line_buffered(file, mode='r', *args, **kwargs):
    if file == sys.argv[-1].split('=', 1)[-1] and 'w' in mode:
        return _open(file, mode, buffering=1)
    return _open(file, mode, *args, **kwargs)
builtins.open = _open_line_buffered
sys.argv[0] = '/usr/bin/orca'
exec(compile(_open('/usr/bin/orca').read(), '/usr/bin/orca', 'exec'), {'__name__': '__main__'})
EOT
xvfb-run -n "$disp" -s '-screen 0 1366x768x24' dbus-run-session -- env \
    HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run" \
    GSK_RENDERER=cairo GSETTINGS_SCHEMA_DIR="$root/build/data" sh -c "
  /usr/bin/python3 '$work/run-orca.py' --replace --debug-file='$work/orca.out' >'$work/orca.log' 2>&1 & orca=\$!
  sleep 4
  GSETTINGS_BACKEND=memory '$root/build/app/middle-powers' 2>/dev/null & app=\$!
  sleep 4
  /usr/bin/python3 '$root/tools/orca-drive.py'
  sleep 2; kill \$app; sleep 2; kill -INT \$orca; sleep 3
  kill -9 \$orca 2>/dev/null || true
  kill \$(cat '$work/run/speech-dispatcher/pid/speech-dispatcher.pid' 2>/dev/null) 2>/dev/null || true
" >/dev/null 2>&1 || true
grep 'SPEECH OUTPUT' "$work/orca.out" | sed "s/^[0-9:.]* - SPEECH OUTPUT: //; s/{'established': False}//"
echo "(espeak-ng wrote $(stat -c %s "$work/speech.raw" 2>/dev/null || echo 0) bytes of audio; files in $work)" >&2
