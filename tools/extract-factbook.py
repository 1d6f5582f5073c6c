#!/usr/bin/python3
# extract-factbook.py — the CIA World Factbook's "Independence" entry of each
# country of the dataset, from a git snapshot of github.com/factbook/factbook.json.
#
# Writes data/raw/factbook/independence.csv (one row per country of
# data/raw/iso-codes/iso_3166-1.json, in the dataset's order), source.json
# (which snapshot, which commit last changed the profiles' content) and
# LICENSE.md (the repository's CC0 dedication), all from the pinned commit.
# The text is copied exactly as the profile gives it (Government >
# Independence > text), never edited; tools/build-dataset.py decides what
# it makes of it.
#
# Factbook profiles are named by GEC codes (aj.json is Azerbaijan, au.json
# Austria), not ISO codes, and carry no ISO code.  The key used here is the
# profile's own "Internet country code" (Communications), which is the ISO
# 3166-1 alpha-2 code for every country of the dataset except two, listed in
# GEC_TO_ISO: the United Kingdom (".uk") and France (whose entry lists the
# codes of its overseas departments as well).  A country that no profile, or
# two profiles, would match stops the script; the CSV keeps the profile's own
# name beside the ISO code so that the match can be checked by eye.
#
# Usage: tools/extract-factbook.py [--factbook GIT_DIR]
#
# Standard library only.  Running it twice gives identical files.

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, "data", "raw")
OUT_DIR = os.path.join(RAW, "factbook")

REPOSITORY = "https://github.com/factbook/factbook.json"
# The snapshot read (HEAD of the stored copy, 2026-05-17).
FACTBOOK_COMMIT = "8662a8b17a784841ab4528631b04090eb2f183eb"
# The last commit that changed the content of the profiles (the repository's
# weekly fetch from cia.gov, 2026-01-22); the later commits only move
# aj.json, am.json and gg.json between region folders and edit the README.
# The script checks that every profile it reads is unchanged since.
CONTENT_COMMIT = "783ed27f7a1116663c10e7b39d162d0c4500505d"

# Profiles whose "Internet country code" is not the ISO code.
GEC_TO_ISO = {
    "uk": "GB",   # ".uk"
    "fr": "FR",   # "metropolitan France - .fr; French Guiana - .gf; ..."
}


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo] + list(args), check=True,
                          capture_output=True).stdout


def profiles(repo, commit):
    """path -> blob id of every country profile (region/xx.json) at @commit."""
    out = {}
    for line in git(repo, "ls-tree", "-r", commit).decode("utf-8").splitlines():
        meta, path = line.split("\t", 1)
        if re.fullmatch(r"[a-z-]+/[a-z]{2}\.json", path) and not path.startswith("meta/"):
            out[path] = meta.split()[2]
    return out


def read_blobs(repo, blobs):
    """blob id -> bytes, with one git process."""
    proc = subprocess.run(["git", "--git-dir", repo, "cat-file", "--batch"], check=True, capture_output=True,
                          input="".join(b + "\n" for b in blobs).encode())
    out, data = {}, proc.stdout
    for b in blobs:
        header, data = data.split(b"\n", 1)
        size = int(header.split()[2])
        out[b] = data[:size]
        data = data[size + 1:]
    return out


def text_of(node, *keys):
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            return None
        node = node[k]
    return node.get("text") if isinstance(node, dict) else None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--factbook", default="/work/.mirror/factbook+factbook.json/repo",
                    help="a git clone (bare or not) of github.com/factbook/factbook.json holding the pinned commit")
    args = ap.parse_args()
    repo = args.factbook
    if os.path.isdir(os.path.join(repo, ".git")):
        repo = os.path.join(repo, ".git")

    with open(os.path.join(RAW, "iso-codes", "iso_3166-1.json"), encoding="utf-8") as f:
        countries = [e["alpha_2"] for e in json.load(f)["3166-1"]]

    content_blobs = {}
    for path, blob in profiles(repo, CONTENT_COMMIT).items():
        content_blobs.setdefault(os.path.basename(path), set()).add(blob)

    snapshot = profiles(repo, FACTBOOK_COMMIT)
    contents = read_blobs(repo, sorted(set(snapshot.values())))
    by_iso = {}
    for path, blob in sorted(snapshot.items()):
        gec = os.path.basename(path)[:-len(".json")]
        data = json.loads(contents[blob])
        tld = text_of(data, "Communications", "Internet country code") or ""
        iso = GEC_TO_ISO.get(gec)
        if iso is None and re.fullmatch(r"\.[a-z]{2}", tld):
            iso = tld[1:].upper()
        if iso not in countries:
            continue
        if blob not in content_blobs.get(os.path.basename(path), ()):
            sys.exit("%s changed after %s: update CONTENT_COMMIT" % (path, CONTENT_COMMIT))
        name = (text_of(data, "Government", "Country name", "conventional short form") or "").strip()
        if name in ("", "none"):
            name = (text_of(data, "Government", "Country name", "conventional long form") or "").strip()
        independence = text_of(data, "Government", "Independence")
        by_iso.setdefault(iso, []).append((gec, path, name, blob, independence))

    rows = []
    for cc in countries:
        found = by_iso.get(cc)
        if not found:
            sys.exit("no Factbook profile for %s" % cc)
        texts = {p[4] for p in found}
        if len(found) > 1 and texts != {None}:
            # Two profiles (the Gaza Strip and the West Bank for PS) are
            # kept only while neither gives an independence entry.
            sys.exit("%s matches %d profiles with independence entries" % (cc, len(found)))
        rows.append([cc, ";".join(p[0] for p in found), ";".join(p[1] for p in found),
                     ";".join(p[2] for p in found), ";".join(p[3] for p in found),
                     found[0][4] if len(found) == 1 and found[0][4] is not None else ""])

    os.makedirs(OUT_DIR, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["iso2", "gec", "path", "factbook_name", "blob", "independence"])
    w.writerows(rows)
    with open(os.path.join(OUT_DIR, "independence.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    def commit_date(c):
        return git(repo, "show", "-s", "--format=%cI", c).decode().strip()

    meta = {
        "repository": REPOSITORY,
        "commit": FACTBOOK_COMMIT,
        "commit_date": commit_date(FACTBOOK_COMMIT),
        "content_commit": CONTENT_COMMIT,
        "content_date": commit_date(CONTENT_COMMIT),
        "field": "Government > Independence > text",
        "key": "Communications > Internet country code, except %s" % ", ".join(
            "%s.json -> %s" % kv for kv in sorted(GEC_TO_ISO.items())),
        "licence": "CC0-1.0 (LICENSE.md); the README: 'offers free country profiles in the public domain'",
        "original": "https://www.cia.gov/the-world-factbook/ (discontinued by the CIA in February 2026)",
    }
    with open(os.path.join(OUT_DIR, "source.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    with open(os.path.join(OUT_DIR, "LICENSE.md"), "wb") as f:
        f.write(git(repo, "show", "%s:LICENSE.md" % FACTBOOK_COMMIT))


if __name__ == "__main__":
    main()
