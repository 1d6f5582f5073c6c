#!/usr/bin/python3
# extract-raw.py — copy and trim the raw source files that build-dataset.py reads.
#
# Reads the shared source snapshot (default: ../shared/sources next to the
# repository, see its README.md) and writes small, diffable extracts into
# data/raw/.  The country files keep every World Bank economy that has an
# ISO 3166-1 code (the 13 featured countries first); the COW and military
# files keep the 13 (the snapshot has no more); only the columns the build
# uses.  Values are copied as text, never recomputed.  Flags are copied
# unchanged into resources/flags/: the 13 from the snapshot, the others
# from a checkout of the same flag-icons release (--flag-icons).  The data/raw/transcribed/
# *-2026-12.csv files were typed from pages read on 2026-12-06, not extracted:
# this script does not write them.
#
# Usage: tools/extract-raw.py [--sources DIR] [--flag-icons GIT_DIR]
#
# Standard library only.  Running it twice gives identical files.

import argparse
import csv
import io
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, "data", "raw")

# ISO alpha-2, ISO alpha-3 and Correlates of War state code of each country.
COUNTRIES = [
    ("AZ", "AZE", 373), ("KZ", "KAZ", 705), ("TR", "TUR", 640),
    ("ID", "IDN", 850), ("UZ", "UZB", 704), ("KR", "KOR", 732),
    ("BR", "BRA", 140), ("ZA", "ZAF", 560), ("SA", "SAU", 670),
    ("QA", "QAT", 694), ("AE", "ARE", 696), ("MX", "MEX", 70),
    ("AU", "AUS", 900),
]
ISO2 = [c[0] for c in COUNTRIES]
ISO3 = [c[1] for c in COUNTRIES]
# Every country: set by main() from the World Bank and ISO files.
ALL_ISO2 = []
ALL_ISO3 = []
# flag-icons 7.5.0, the release the snapshot's 13 flags come from.
FLAG_ICONS_COMMIT = "35070a38abfd12b88202bce897f1abc2d6a5e5c9"
COW_CCODES = [str(c[2]) for c in COUNTRIES]

WDI_COLUMNS = [
    "average_value_Military expenditure (current USD)",
    "average_value_Military expenditure (% of GDP)",
]

IGO_META_COLUMNS = ["ioname", "orgname", "year", "sdate", "deaddate",
                    "longorgname", "ionum", "igocode", "version",
                    "political", "social", "economic"]


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    write_text(path, buf.getvalue())


def write_json(path, obj):
    write_text(path, json.dumps(obj, ensure_ascii=False, indent=1,
                                sort_keys=True) + "\n")


def copy(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(src, dst)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        return header, list(r)


def long_csv(src, dst):
    """World Bank long format: keep the countries (not the aggregates), all years."""
    header, rows = read_csv(src)
    assert header == ["Country Name", "Country Code", "Year", "Value"], header
    keep = [r for r in rows if r[1] in ALL_ISO3]
    keep.sort(key=lambda r: (ALL_ISO3.index(r[1]), int(r[2])))
    write_csv(dst, header, keep)


def all_countries(population_csv, iso_json):
    """The featured 13, then every other World Bank economy with an ISO
    3166-1 code (the aggregates and Kosovo, XKX, have none), by code."""
    _, rows = read_csv(population_csv)
    economies = {r[1] for r in rows}
    with open(iso_json, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e["alpha_2"] for e in json.load(f)["3166-1"]}
    rest = sorted((iso[c], c) for c in economies if c in iso and c not in ISO3)
    ALL_ISO2[:] = ISO2 + [a2 for a2, _ in rest]
    ALL_ISO3[:] = ISO3 + [a3 for _, a3 in rest]


def wdi(src, dst):
    header, rows = read_csv(src)
    idx = [header.index(c) for c in ["Country Name", "Country Code", "Year"] + WDI_COLUMNS]
    keep = [[r[i] for i in idx] for r in rows if r[1] in ISO3]
    keep.sort(key=lambda r: (ISO3.index(r[1]), int(r[2])))
    write_csv(dst, [header[i] for i in idx], keep)


def world_countries(src, dst):
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    out = []
    for e in data:
        if e["cca2"] not in ALL_ISO2:
            continue
        out.append({
            "cca2": e["cca2"],
            "cca3": e["cca3"],
            "name": e["name"],
            "capital": e["capital"],
            "area": e["area"],
            "altSpellings": e.get("altSpellings", []),
            "translations": {k: e["translations"][k]
                             for k in ("rus", "tur") if k in e["translations"]},
        })
    out.sort(key=lambda e: ALL_ISO2.index(e["cca2"]))
    write_json(dst, out)


M49_COLUMNS = ["ISO3166-1-Alpha-2", "M49", "Region Name", "Sub-region Code", "Sub-region Name"]


def m49_regions(src, dst):
    """The UN M49 region and sub-region of every country (datasets/country-codes)."""
    header, rows = read_csv(src)
    idx = [header.index(c) for c in M49_COLUMNS]
    by_code = {r[idx[0]]: [r[i] for i in idx] for r in rows}
    missing = [c for c in ALL_ISO2 if c not in by_code]
    if missing:
        sys.exit("no M49 region for %s" % ", ".join(missing))
    write_csv(dst, M49_COLUMNS, [by_code[c] for c in ALL_ISO2])


def i18n_countries(src_dir, dst):
    out = {}
    for lang in ("en", "ru", "az", "kk", "tr"):
        with open(os.path.join(src_dir, "langs", lang + ".json"), encoding="utf-8") as f:
            data = json.load(f)
        out[lang] = {"locale": data["locale"],
                     "countries": {c: data["countries"][c] for c in ALL_ISO2}}
    write_json(dst, out)


def iso_codes(src, dst):
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    entries = [e for e in data["3166-1"] if e["alpha_2"] in ALL_ISO2]
    entries.sort(key=lambda e: ALL_ISO2.index(e["alpha_2"]))
    write_json(dst, {"3166-1": entries})


def iso_codes_translations(entries_json, locale_dir, dst):
    """Names and official names in ru, az, kk and tr from the iso-codes
    package's own translations (iso_3166-1.mo), for the kept entries."""
    import gettext
    with open(entries_json, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    out = {}
    for lang in ("ru", "az", "kk", "tr"):
        path = os.path.join(locale_dir, lang, "LC_MESSAGES", "iso_3166-1.mo")
        with open(path, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        names = {}
        for e in entries:
            for key in ("name", "official_name", "common_name"):
                msgid = e.get(key)
                if msgid and catalog.get(msgid) and catalog[msgid] != msgid:
                    names.setdefault(e["alpha_2"], {})[key] = catalog[msgid]
        out[lang] = names
    write_json(dst, out)


def flag_from_git(repo, code, dst):
    """flags/4x3/<code>.svg of the flag-icons release, unchanged."""
    import subprocess
    data = subprocess.run(["git", "-C", repo, "show", "%s:flags/4x3/%s.svg" % (FLAG_ICONS_COMMIT, code)],
                          check=True, capture_output=True).stdout
    with open(dst, "wb") as f:
        f.write(data)


def flags_gresource(codes, dst):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- Written by tools/extract-raw.py: one flag per country of the dataset. -->",
             "<gresources>",
             '  <gresource prefix="/io/github/middlepowers/MiddlePowers/flags">']
    lines += ["    <file>%s.svg</file>" % c.lower() for c in codes]
    lines += ["  </gresource>", "</gresources>", ""]
    write_text(dst, "\n".join(lines))


def cow(src_dir, igo_codes_out, state_out, igo_out, ccodes_out):
    """Keep the 13 states and the IGO columns the dataset uses.

    The IGO columns kept are every IGO named in tools/build-dataset.py's
    organisation table (COW_ORGS).  Rows (state-years) in which none of the
    kept IGOs is coded 1, 2, 3 or -9 are dropped: they hold no membership, so
    the build treats a missing row exactly like a row of zeros.
    """
    header, rows = read_csv(os.path.join(src_dir, "state_year_format3_middlepowers.csv"))
    codes = igo_codes_out
    for c in codes:
        if c not in header:
            sys.exit("COW state-year file has no column %r" % c)
    idx = [header.index(c) for c in ["ccode", "year", "state"] + codes]
    keep = []
    for r in rows:
        if r[0] not in COW_CCODES:
            continue
        vals = [r[header.index(c)] for c in codes]
        if all(v in ("0", "-1") for v in vals):
            continue
        keep.append([r[i] for i in idx])
    keep.sort(key=lambda r: (COW_CCODES.index(r[0]), int(r[1])))
    write_csv(state_out, [header[i] for i in idx], keep)

    header, rows = read_csv(os.path.join(src_dir, "igo_year_format3_2014.csv"))
    states = sorted({r[2] for r in keep})
    cols = IGO_META_COLUMNS + states
    idx = [header.index(c) for c in cols]
    out = [[r[i] for i in idx] for r in rows if r[0].lower() in codes]
    out.sort(key=lambda r: r[0].lower())
    write_csv(igo_out, cols, out)

    header, rows = read_csv(os.path.join(src_dir, "COW-country-codes.csv"))
    out = [r for r in rows if r[1] in COW_CCODES]
    out.sort(key=lambda r: COW_CCODES.index(r[1]))
    write_csv(ccodes_out, header, out)


def cow_codes_from_build():
    """The IGO codes named in build-dataset.py (one place to edit)."""
    import importlib.util
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location(
        "build_dataset", os.path.join(ROOT, "tools", "build-dataset.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return sorted(mod.COW_ORGS)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sources", default=os.path.join(os.path.dirname(ROOT), "shared", "sources"),
                    help="the shared sources folder (default: ../shared/sources)")
    ap.add_argument("--flag-icons", default="/work/.mirror/lipis+flag-icons/repo",
                    help="a git clone of github.com/lipis/flag-icons holding release 7.5.0")
    ap.add_argument("--locale-dir", default="/usr/share/locale",
                    help="where the iso-codes package's translations are installed")
    args = ap.parse_args()
    S = args.sources
    if not os.path.isdir(S):
        sys.exit("no sources folder at %s" % S)
    all_countries(os.path.join(S, "datasets-population", "population.csv"),
                  os.path.join(S, "debian-iso-codes", "iso_3166-1.json"))

    long_csv(os.path.join(S, "datasets-population", "population.csv"),
             os.path.join(RAW, "worldbank", "population.csv"))
    copy(os.path.join(S, "datasets-population", "datapackage.json"),
         os.path.join(RAW, "worldbank", "population-datapackage.json"))
    long_csv(os.path.join(S, "datasets-gdp", "gdp.csv"),
             os.path.join(RAW, "worldbank", "gdp.csv"))
    copy(os.path.join(S, "datasets-gdp", "datapackage.json"),
         os.path.join(RAW, "worldbank", "gdp-datapackage.json"))
    wdi(os.path.join(S, "wb-wdi-2021-light-and-salt", "public-sector_middlepowers.csv"),
        os.path.join(RAW, "worldbank", "wdi-2021-military.csv"))

    world_countries(os.path.join(S, "world-countries", "countries.json"),
                    os.path.join(RAW, "world-countries", "countries.json"))
    copy(os.path.join(S, "world-countries", "LICENSE.txt"),
         os.path.join(RAW, "world-countries", "LICENSE.txt"))

    m49_regions(os.path.join(S, "datasets-country-codes", "country-codes.csv"),
                os.path.join(RAW, "country-codes", "m49-regions.csv"))
    copy(os.path.join(S, "datasets-country-codes", "datapackage.yml"),
         os.path.join(RAW, "country-codes", "datapackage.yml"))

    i18n_countries(os.path.join(S, "i18n-iso-countries"),
                   os.path.join(RAW, "i18n-iso-countries", "names.json"))
    copy(os.path.join(S, "i18n-iso-countries", "LICENSE.txt"),
         os.path.join(RAW, "i18n-iso-countries", "LICENSE.txt"))

    iso_codes(os.path.join(S, "debian-iso-codes", "iso_3166-1.json"),
              os.path.join(RAW, "iso-codes", "iso_3166-1.json"))
    copy(os.path.join(S, "debian-iso-codes", "copyright.txt"),
         os.path.join(RAW, "iso-codes", "copyright.txt"))
    iso_codes_translations(os.path.join(RAW, "iso-codes", "iso_3166-1.json"), args.locale_dir,
                           os.path.join(RAW, "iso-codes", "translations.json"))

    cow(os.path.join(S, "cow-igo-v3"), cow_codes_from_build(),
        os.path.join(RAW, "cow-igo-v3", "state_year_format3_trimmed.csv"),
        os.path.join(RAW, "cow-igo-v3", "igo_year_format3_2014_trimmed.csv"),
        os.path.join(RAW, "cow-igo-v3", "COW-country-codes_trimmed.csv"))

    for name in ("memberships-aze-kaz.csv", "aid-aze-kaz.csv"):
        copy(os.path.join(S, "transcribed", name),
             os.path.join(RAW, "transcribed", name))

    flags = os.path.join(ROOT, "resources", "flags")
    for c in ALL_ISO2:
        if c in ISO2:
            copy(os.path.join(S, "flag-icons", "4x3", c.lower() + ".svg"),
                 os.path.join(flags, c.lower() + ".svg"))
        else:
            flag_from_git(args.flag_icons, c.lower(), os.path.join(flags, c.lower() + ".svg"))
    copy(os.path.join(S, "flag-icons", "LICENSE.txt"), os.path.join(flags, "LICENSE"))
    flags_gresource(ALL_ISO2, os.path.join(flags, "flags.gresource.xml"))


if __name__ == "__main__":
    main()
