#!/usr/bin/python3
# extract-raw.py — copy and trim the raw source files that build-dataset.py reads.
#
# Reads the shared source snapshot (default: ../shared/sources next to the
# repository, see its README.md) and writes small, diffable extracts into
# data/raw/.  The country files keep every World Bank economy that has an
# ISO 3166-1 code (the 13 featured countries first); the military file keeps
# the 13 (the snapshot has no more); only the columns the build uses.  The
# Correlates of War state-year file comes whole from a git snapshot of the
# igoR R package (--igor), read from its .rda with tools/rdata.py, for every
# COW state that is one of the dataset's countries.  Values are copied as
# text, never recomputed.  Flags are copied unchanged into resources/flags/:
# the 13 from the snapshot, the others from a checkout of the same flag-icons
# release (--flag-icons).  The data/raw/transcribed/ *-2026-12.csv files were
# typed from pages read on 2026-12-06, not extracted: this script does not
# write them.
#
# Usage: tools/extract-raw.py [--sources DIR] [--flag-icons GIT_DIR] [--igor GIT_DIR]
#
# Standard library only.  Running it twice gives identical files.

import argparse
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

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

# The Correlates of War IGO data v3 as the igoR R package distributes it
# (github.com/dieghernan/igoR, package 1.0.3): the state-year file whole, as
# an R data file, and COW's state system membership list (states2016), whose
# entry and exit dates say when each state existed as COW sees it.  Checked
# against these SHA-256 sums.
IGOR_COMMIT = "c9936cac3f0fc117520e89f9a232e62dde1ce3e9"
IGOR_FILES = {
    "data/state_year_format3.rda": "dc39e159f7153c71cf3168e0733da0d079fead8ccf5df20fe4dde019544d7e7e",
    "data-raw/states2016.csv": "21822fe1ef67aedf2e64ebe9746e2b875c6175c8ce599750bc0e77e4ce393167",
}

# COW states and the dataset's countries.  A COW state is a country of the
# dataset when its name (COW-country-codes.csv) is one of that country's
# names in the country files (iso-codes, i18n-iso-countries,
# world-countries), with these exceptions.  ccode -> (ISO alpha-2, first
# year, why); first year None: all of COW's years.
COW_TO_ISO = {
    # "Congo" is also a name of the Democratic Republic (COW 490).
    "484": ("CG", None, "COW's 'Congo' (CON) is the Republic of the Congo (Brazzaville); COW codes the "
                        "Democratic Republic of the Congo as 490."),
    # COW gives the Federal Republic of Germany its own code (1955-1990) and
    # Germany 255 before 1945 and from 3 October 1990; the Federal Republic
    # is the Germany of today (the GDR, 265, acceded to it).
    "260": ("DE", None, "German Federal Republic (1955-1990): the Federal Republic of Germany, which "
                        "the German Democratic Republic joined on 3 October 1990."),
    # COW codes Yugoslavia (from 1878/1944), the Federal Republic of
    # Yugoslavia (1992), Serbia and Montenegro (2003) and Serbia (2006) as
    # one state; the years of the Socialist Federal Republic, which
    # dissolved in 1991-1992, are not Serbia's.  The build starts Serbia's
    # records on the FRY's founding day (facts-2026-12.csv, country:RS).
    "345": ("RS", 1992, "COW's Yugoslavia: from 1992 the Federal Republic of Yugoslavia, Serbia and "
                        "Montenegro and Serbia; earlier years are the Socialist Federal Republic's."),
}
# COW states that are no country of the dataset (for the README's list):
# predecessors and states that ended (Czechoslovakia 315, the GDR 265, the
# Yemen Arab Republic 678 and People's Republic 680, the Republic of
# Vietnam 817, Zanzibar 511, Korea to 1905 730, the German and Italian
# states before unification, Austria-Hungary 300) and states the World
# Bank files do not list (Taiwan 713, Kosovo 347).

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


def igor_file(igor, path):
    """A file of the igoR snapshot at IGOR_COMMIT (a git clone or bare
    mirror), checked against its SHA-256 sum."""
    data = subprocess.run(["git", "-C", igor, "show", "%s:%s" % (IGOR_COMMIT, path)],
                          check=True, capture_output=True).stdout
    digest = hashlib.sha256(data).hexdigest()
    if digest != IGOR_FILES[path]:
        sys.exit("igoR %s: SHA-256 %s, expected %s" % (path, digest, IGOR_FILES[path]))
    return data


def name_key(name):
    """'St. Kitts & Nevis' -> 'saint kitts and nevis': names compared
    without accents, case, punctuation or abbreviations."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ").replace("st.", "saint").replace("st ", "saint ")
    return re.sub(r"[^a-z]+", " ", s).strip()


def cow_iso_map(cow_codes, iso_json, names_json, wc_json):
    """COW state -> dataset country: rows (iso2, iso3, ccode, stateabb,
    statenme, first_year, basis).  A state maps when its COW name is one
    of exactly one country's names in the country extracts; COW_TO_ISO
    settles the others."""
    with open(iso_json, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(names_json, encoding="utf-8") as f:
        en = json.load(f)["en"]["countries"]
    with open(wc_json, encoding="utf-8") as f:
        wc = {e["cca2"]: e for e in json.load(f)}
    by_name = {}
    iso3 = {}
    for e in iso:
        a2 = e["alpha_2"]
        iso3[a2] = e["alpha_3"]
        names = [e["name"], e.get("official_name"), e.get("common_name")]
        v = en.get(a2)
        names += v if isinstance(v, list) else [v]
        w = wc.get(a2)
        if w:
            names += [w["name"]["common"], w["name"]["official"]] + w.get("altSpellings", [])
        for n in names:
            if n:
                by_name.setdefault(name_key(n), set()).add(a2)
    out = []
    seen = set()
    for abb, ccode, name in cow_codes:
        if ccode in seen:
            continue          # COW-country-codes.csv repeats states with two periods
        seen.add(ccode)
        if ccode in COW_TO_ISO:
            a2, first, why = COW_TO_ISO[ccode]
            basis = "exception: " + why
        else:
            match = by_name.get(name_key(name), set())
            if len(match) != 1:
                continue
            a2, first, basis = match.pop(), None, "name"
        out.append([a2, iso3[a2], ccode, abb, name, "" if first is None else str(first), basis])
    out.sort(key=lambda r: (ALL_ISO2.index(r[0]), int(r[2])))
    for a2, _a3, ccode in COUNTRIES:
        if [r[2] for r in out if r[0] == a2] != [str(ccode)]:
            sys.exit("featured country %s is not COW state %d alone" % (a2, ccode))
    return out


def cow(src_dir, igor, igo_codes_out, state_out, igo_out, ccodes_out, map_out, states_out):
    """The state-year file of every COW state that is a country of the
    dataset, with the IGO columns the dataset uses.

    The IGO columns kept are every IGO named in tools/build-dataset.py's
    organisation table (COW_ORGS).  Rows (state-years) in which none of the
    kept IGOs is coded 1, 2, 3 or -9 are dropped: they hold no membership, so
    the build treats a missing row exactly like a row of zeros.
    """
    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import rdata

    copy(os.path.join(src_dir, "COW-country-codes.csv"), ccodes_out)
    _, cow_codes = read_csv(ccodes_out)
    mapping = cow_iso_map(cow_codes, os.path.join(RAW, "iso-codes", "iso_3166-1.json"),
                          os.path.join(RAW, "i18n-iso-countries", "names.json"),
                          os.path.join(RAW, "world-countries", "countries.json"))
    write_csv(map_out, ["iso2", "iso3", "ccode", "stateabb", "statenme", "first_year", "basis"], mapping)
    to_iso = {r[2]: (r[0], int(r[5]) if r[5] else 0) for r in mapping}

    objects = rdata.loads(igor_file(igor, "data/state_year_format3.rda"))
    header, cols = rdata.data_frame(objects["state_year_format3"])
    rows = rdata.rows(header, cols)
    codes = igo_codes_out
    for c in codes:
        if c not in header:
            sys.exit("COW state-year file has no column %r" % c)
    idx = [header.index(c) for c in ["ccode", "year", "state"] + codes]
    keep = []
    for r in rows:
        if r[0] not in to_iso or int(r[1]) < to_iso[r[0]][1]:
            continue
        vals = [r[i] for i in idx[3:]]
        if all(v in ("0", "-1") for v in vals):
            continue
        keep.append([r[i] for i in idx])
    keep.sort(key=lambda r: (ALL_ISO2.index(to_iso[r[0]][0]), int(r[1]), int(r[0])))
    write_csv(state_out, [header[i] for i in idx], keep)

    text = igor_file(igor, "data-raw/states2016.csv").decode("utf-8")
    r = csv.reader(io.StringIO(text))
    header = next(r)
    periods = [row for row in r if row[1] in to_iso]
    periods.sort(key=lambda row: (ALL_ISO2.index(to_iso[row[1]][0]), int(row[3]), int(row[1])))
    write_csv(states_out, header, periods)

    header, rows = read_csv(os.path.join(src_dir, "igo_year_format3_2014.csv"))
    states = sorted({r[2] for r in keep})
    cols = IGO_META_COLUMNS + states
    idx = [header.index(c) for c in cols]
    out = [[r[i] for i in idx] for r in rows if r[0].lower() in codes]
    out.sort(key=lambda r: r[0].lower())
    write_csv(igo_out, cols, out)


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
    ap.add_argument("--igor", default="/work/.mirror/dieghernan+igoR/repo",
                    help="a git clone (or bare mirror) of github.com/dieghernan/igoR holding commit " + IGOR_COMMIT)
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

    cow(os.path.join(S, "cow-igo-v3"), args.igor, cow_codes_from_build(),
        os.path.join(RAW, "cow-igo-v3", "state_year_format3_trimmed.csv"),
        os.path.join(RAW, "cow-igo-v3", "igo_year_format3_2014_trimmed.csv"),
        os.path.join(RAW, "cow-igo-v3", "COW-country-codes.csv"),
        os.path.join(RAW, "cow-igo-v3", "cow-iso.csv"),
        os.path.join(RAW, "cow-igo-v3", "states2016_trimmed.csv"))

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
