#!/bin/sh
# Runs the README's commands in a fresh Debian root of another release, as a
# new user on that release would: `debootstrap --variant=minbase SUITE` plus
# git and nothing else, a clone of this checkout, then ./check (or CMD).
#
#   tools/debian-root.sh SUITE [CMD...]     e.g. trixie, sid, bookworm
#
# The bare root is made once and kept as a tarball in $MP_ROOT_CACHE
# (default ~/.cache/middle-powers); each run unpacks a new copy, so every run
# starts from a machine that has only git.  Packages go into the root, never
# onto this machine.  Downloaded .debs are kept beside the tarball, so a
# second run does not fetch them again.
#
#   MP_ROOT_KEEP=1     reuse the unpacked root of the last run (its packages
#                      and build directory): for a quick edit-and-test loop
#   MP_ROOT_REFRESH=1  make the bare root anew (sid changes daily)
#
# The clone is of the working tree as it is, uncommitted edits to tracked
# files included (`git stash create`), so what is tested is what you see.
# Needs root (debootstrap, chroot, bind mounts).
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

if [ $# -lt 1 ]; then
  echo "usage: $0 SUITE [CMD...]" >&2
  exit 2
fi
suite=$1
shift
if [ $# -eq 0 ]; then
  set -- ./check
fi

if [ "$(id -u)" -ne 0 ]; then
  exec sudo -E "$0" "$suite" "$@"
fi

top=$(cd "$(dirname "$0")/.." && pwd)
cache=${MP_ROOT_CACHE:-${HOME:-/root}/.cache/middle-powers}
tarball=$cache/$suite-minbase.tar
aptcache=$cache/$suite-apt
root=$cache/$suite-root
mkdir -p "$cache" "$aptcache/partial"

if ! command -v debootstrap >/dev/null; then
  echo "Installing debootstrap (on this machine: it is the tool that makes the root)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

# Debian 12's debootstrap has no script for releases after it; they are made
# like sid.
if [ ! -e "/usr/share/debootstrap/scripts/$suite" ]; then
  script=/usr/share/debootstrap/scripts/sid
else
  script=
fi

unmount_root() {
  for m in dev/pts dev/shm dev proc sys var/cache/apt/archives; do
    if mountpoint -q "$root/$m" 2>/dev/null; then
      umount -l "$root/$m"
    fi
  done
}

if [ ! -s "$tarball" ] || [ "${MP_ROOT_REFRESH:-0}" = 1 ]; then
  echo "Making a bare Debian $suite root (once; kept in $tarball)"
  tmp=$cache/$suite-bootstrap
  rm -rf "$tmp"
  debootstrap --variant=minbase --include=git,ca-certificates "$suite" "$tmp" \
    http://deb.debian.org/debian $script >"$cache/$suite-debootstrap.log" 2>&1 || {
    tail -n 20 "$cache/$suite-debootstrap.log" >&2
    echo "debootstrap $suite failed (log: $cache/$suite-debootstrap.log)" >&2
    exit 1
  }
  rm -rf "$tmp"/var/cache/apt/archives/*.deb
  tar -C "$tmp" -cf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$tmp"
fi

trap unmount_root EXIT INT TERM
unmount_root
if [ "${MP_ROOT_KEEP:-0}" != 1 ] || [ ! -d "$root/etc" ]; then
  rm -rf "$root"
  mkdir -p "$root"
  tar -C "$root" -xf "$tarball"
fi

mount --bind /proc "$root/proc"
mount --bind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mkdir -p "$root/dev/shm"
mount -t tmpfs shm "$root/dev/shm"
mount --bind "$aptcache" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# apt's own clean-up would empty the shared .deb cache.
echo 'APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/01keep-debs"
# sid's Release file is valid for a week only; a mirror that lags behind
# (as the one these machines reach) would refuse it.
echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/01mirror-lag"

# The clone: the working tree's tracked files as they are now.
rev=$(git -C "$top" stash create 2>/dev/null || true)
rev=${rev:-HEAD}
src=$root/root/middle-powers
if [ "${MP_ROOT_KEEP:-0}" = 1 ] && [ -d "$src/.git" ]; then
  git -C "$src" fetch -q "$top" "$rev"
  git -C "$src" checkout -q -f FETCH_HEAD
else
  rm -rf "$src"
  git clone -q --no-hardlinks "$top" "$src"
  git -C "$src" fetch -q "$top" "$rev"
  git -C "$src" checkout -q -f FETCH_HEAD
fi

echo "Running '$*' in a Debian $suite root ($(cat "$root/etc/debian_version"))"
status=0
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  ${CI:+CI=$CI} \
  sh -c 'cd /root/middle-powers && exec "$@"' sh "$@" || status=$?
exit $status
