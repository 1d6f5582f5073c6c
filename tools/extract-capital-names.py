#!/usr/bin/python3
# extract-capital-names.py — the capitals' names in Russian, Azerbaijani,
# Kazakh and Turkish from two redistributable sources, for build-dataset.py.
#
# Reads the English capitals of data/raw/world-countries/countries.json and
# writes data/raw/capital-names/:
#
#   cldr.csv           from Unicode CLDR 41 (Debian package unicode-cldr-core
#                      41-0.1, /usr/share/unicode/cldr/common): the exemplar
#                      city of a time zone of the country whose English name
#                      is the capital's (ru, az, kk, tr), and, for the few
#                      capitals that are a first-level subdivision of their
#                      own (CITY_SUBDIVISIONS), that subdivision's name.
#   natural-earth.csv  from Natural Earth 5.0.0, ne_50m_populated_places
#                      (public domain): NAME_RU and NAME_TR of the populated
#                      place of the country with the capital's name.
#
# Values are copied as the sources write them, never edited; which one the
# dataset takes, and our own translations where neither has one or where one
# is wrong, are build-dataset.py's and data/raw/capital-names/translated.csv's
# business (see data/raw/README.md).
#
# Usage: tools/extract-capital-names.py --natural-earth FILE [--cldr DIR]
#   FILE: ne_50m_populated_places.zip (or its .dbf) of Natural Earth 5.0.0
#   DIR:  CLDR's common/ folder (default /usr/share/unicode/cldr/common)
#
# Standard library only.  Running it twice gives identical files.

import argparse
import csv
import io
import json
import os
import struct
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, "data", "raw")
OUT = os.path.join(RAW, "capital-names")
LANGS = ("ru", "az", "kk", "tr")

# Time zones CLDR names after the same city under another English spelling.
ZONE_ALIASES = {
    ("AL", "Tirana"): "Europe/Tirane",
    ("ER", "Asmara"): "Africa/Asmera",
    ("NP", "Kathmandu"): "Asia/Katmandu",
    ("MN", "Ulan Bator"): "Asia/Ulaanbaatar",
}
# Capitals that are a first-level subdivision (ISO 3166-2) of their own:
# the subdivision is the city, so CLDR's name for it is the city's.
CITY_SUBDIVISIONS = {
    ("CN", "Beijing"): "cnbj",          # Beijing municipality
    ("KZ", "Astana"): "kzast",          # city of republican significance
    ("MT", "Valletta"): "mt60",         # local council of Valletta
    ("QA", "Doha"): "qada",             # Ad Dawhah municipality
    ("US", "Washington D.C."): "usdc",  # District of Columbia
    ("VN", "Hanoi"): "vnhn",            # Hanoi municipality
}
# Natural Earth's English name of the same city.
NE_ALIASES = {
    ("MN", "Ulan Bator"): "Ulaanbaatar",
    ("SM", "City of San Marino"): "San Marino",
    ("US", "Washington D.C."): "Washington, D.C.",
}
NE_CAPITAL_CLASSES = ("Admin-0 capital", "Admin-0 capital alt", "Admin-0 region capital")


def norm(name):
    """Compares names without accents, case or punctuation."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    for ch in ".,'’":
        s = s.replace(ch, "")
    return " ".join(s.replace("-", " ").split())


def capitals():
    """(iso2, English capital) for each capital of each country, in the
    order of the world-countries extract."""
    with open(os.path.join(RAW, "world-countries", "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    return [(c["cca2"], name) for c in countries for name in c["capital"]]


def read_cldr(cldr):
    with open(os.path.join(cldr, "dtd", "ldml.dtd"), encoding="utf-8") as f:
        if '<!ATTLIST version cldrVersion CDATA #FIXED "41" >' not in f.read():
            sys.exit("extract-capital-names: %s is not CLDR 41" % cldr)
    zone_territories = {}
    for mz in ET.parse(os.path.join(cldr, "supplemental", "windowsZones.xml")).iter("mapZone"):
        if mz.get("territory") != "001":
            for zone in mz.get("type").split():
                zone_territories.setdefault(zone, set()).add(mz.get("territory"))
    exemplar = {}
    subdivision = {}
    for lang in ("en",) + LANGS:
        root = ET.parse(os.path.join(cldr, "main", lang + ".xml")).getroot()
        exemplar[lang] = {}
        for zone in root.iter("zone"):
            city = zone.find("exemplarCity")
            if city is not None and city.get("alt") is None:
                exemplar[lang][zone.get("type")] = city.text
        subdivision[lang] = {}
        path = os.path.join(cldr, "subdivisions", lang + ".xml")
        if os.path.exists(path):
            for sd in ET.parse(path).getroot().iter("subdivision"):
                if sd.get("alt") is None:
                    subdivision[lang][sd.get("type")] = sd.text
    return zone_territories, exemplar, subdivision


def cldr_rows(caps, cldr):
    zone_territories, exemplar, subdivision = read_cldr(cldr)

    def english(zone):
        return exemplar["en"].get(zone) or zone.split("/")[-1].replace("_", " ")

    rows = []
    for cc, capital in caps:
        zones = sorted(z for z, t in zone_territories.items()
                       if cc in t and (norm(english(z)) == norm(capital) or ZONE_ALIASES.get((cc, capital)) == z))
        if len(zones) > 1:
            sys.exit("extract-capital-names: %s %s matches the zones %s" % (cc, capital, zones))
        for zone in zones:
            for lang in LANGS:
                if zone in exemplar[lang]:
                    rows.append([cc, capital, lang, exemplar[lang][zone], "zone " + zone])
        code = CITY_SUBDIVISIONS.get((cc, capital))
        if code:
            if code not in subdivision["en"] or norm(subdivision["en"][code]).split()[0] != norm(capital).split()[0]:
                sys.exit("extract-capital-names: subdivision %s is not %s" % (code, capital))
            for lang in LANGS:
                if code in subdivision[lang]:
                    rows.append([cc, capital, lang, subdivision[lang][code], "subdivision " + code])
    return rows


def read_dbf(data):
    """The records of a dBase III file (Natural Earth's attribute table)."""
    n_records, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields = []
    off = 32
    while data[off] != 0x0D:
        fields.append((data[off:off + 11].split(b"\0")[0].decode("ascii"), data[off + 16]))
        off += 32
    records = []
    for i in range(n_records):
        rec = data[header_len + i * record_len:header_len + (i + 1) * record_len]
        if rec[:1] == b"*":
            continue
        pos = 1
        row = {}
        for name, length in fields:
            row[name] = rec[pos:pos + length].decode("utf-8").strip()
            pos += length
        records.append(row)
    return records


def natural_earth_rows(caps, path):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            version = z.read("ne_50m_populated_places.VERSION.txt").decode().strip()
            data = z.read("ne_50m_populated_places.dbf")
    else:
        with open(path, "rb") as f:
            data = f.read()
        version_file = path[:-len(".dbf")] + ".VERSION.txt"
        with open(version_file, encoding="utf-8") as f:
            version = f.read().strip()
    if version != "5.0.0":
        sys.exit("extract-capital-names: Natural Earth %s, not 5.0.0" % version)
    places = read_dbf(data)
    rows = []
    for cc, capital in caps:
        want = norm(NE_ALIASES.get((cc, capital), capital))
        found = [p for p in places if p["ISO_A2"] == cc and
                 want in (norm(p["NAME"]), norm(p["NAME_EN"]), norm(p["NAMEASCII"]))]
        if len(found) > 1:
            found = [p for p in found if p["FEATURECLA"] in NE_CAPITAL_CLASSES]
        if len(found) > 1:
            sys.exit("extract-capital-names: Natural Earth has %d places for %s %s" % (len(found), cc, capital))
        for p in found:
            for lang in ("ru", "tr"):
                if p["NAME_" + lang.upper()]:
                    rows.append([cc, capital, lang, p["NAME_" + lang.upper()], "wikidata " + p["WIKIDATAID"]])
    return rows


def write_csv(name, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "capital", "lang", "name", "key"])
    w.writerows(rows)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    ap = argparse.ArgumentParser(description="Extract the capitals' names in ru, az, kk and tr into data/raw/capital-names/.")
    ap.add_argument("--cldr", default="/usr/share/unicode/cldr/common",
                    help="CLDR's common/ folder (Debian package unicode-cldr-core 41-0.1)")
    ap.add_argument("--natural-earth", required=True,
                    help="Natural Earth 5.0.0 ne_50m_populated_places.zip or .dbf")
    args = ap.parse_args()
    caps = capitals()
    write_csv("cldr.csv", cldr_rows(caps, args.cldr))
    write_csv("natural-earth.csv", natural_earth_rows(caps, args.natural_earth))
    return 0


if __name__ == "__main__":
    sys.exit(main())
