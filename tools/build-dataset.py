#!/usr/bin/python3
# build-dataset.py — build data/middle-powers.json and data/example.json
#
# Reads only data/raw/ (extracted from the shared source snapshot by
# tools/extract-raw.py, plus the *-2026-12.csv files typed from stored pages
# read on 2026-12-06; see data/raw/README.md) and writes the bundled dataset
# in format version 1 (data/FORMAT.md).  Every value comes from a raw file; the
# tables below only say which source record stands for which file or page,
# how organisations are named and classified, and how each transcribed row is
# represented.  Nothing numeric is typed here.
#
# Usage:
#   tools/build-dataset.py            write data/middle-powers.json and data/example.json
#   tools/build-dataset.py --check    exit 1 if the committed files differ from the output
#   tools/build-dataset.py --stdout   print the dataset instead of writing it
#
# Standard library only (run with /usr/bin/python3).  The output is
# deterministic: running it twice gives identical bytes.
#
# What it writes is not checked here: the app's own loader is the judge of
# the format (data/FORMAT.md), and tools/dataset.sh runs
# `middle-powers --validate` on both files after this script.

import argparse
import calendar
import csv
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, "data", "raw")
OUT = os.path.join(ROOT, "data", "middle-powers.json")
EXAMPLE_OUT = os.path.join(ROOT, "data", "example.json")
FLAG_DIR = os.path.join(ROOT, "resources", "flags")
FLAG_RESOURCE = "/io/github/middlepowers/MiddlePowers/flags/%s.svg"

# Country order used everywhere (focus countries first).
# (ISO alpha-2, ISO alpha-3, Correlates of War state code)
COUNTRIES = [
    ("AZ", "AZE", "373"), ("KZ", "KAZ", "705"), ("TR", "TUR", "640"),
    ("ID", "IDN", "850"), ("UZ", "UZB", "704"), ("KR", "KOR", "732"),
    ("BR", "BRA", "140"), ("ZA", "ZAF", "560"), ("SA", "SAU", "670"),
    ("QA", "QAT", "694"), ("AE", "ARE", "696"), ("MX", "MEX", "70"),
    ("AU", "AUS", "900"),
]
ISO2 = [c[0] for c in COUNTRIES]
ISO3_TO_2 = {c[1]: c[0] for c in COUNTRIES}
FEATURED_ISO3 = {c[1] for c in COUNTRIES}
# Every country (the featured 13 first): tools/extract-raw.py keeps the World
# Bank economies that have an ISO 3166-1 code.  Set by read_all_countries().
ALL_ISO2 = []
# COW state code -> country, for every COW state that is a country of the
# dataset (data/raw/cow-igo-v3/cow-iso.csv, written by tools/extract-raw.py).
# Set by read_cow().
CCODE_TO_2 = {}
COW_STATE_NAMES = {}

# The shared source snapshot records no retrieval date for npm packages,
# Debian files, the COW files or the transcribed web pages.  The newest
# snapshot date its README states (datasets/country-codes commit) is used.
SNAPSHOT_DATE = "2026-05-15"
SNAPSHOT_NOTE = ("Retrieval date not recorded; %s, the newest snapshot date in the sources "
                 "README, is used instead." % SNAPSHOT_DATE)

COW_DATA_END = 2014

# The organisations that matter, with their rank within their kind: an
# editorial choice (the rule is in data/raw/README.md), not a transcription.
KEY_ORGANIZATIONS = "key-organizations.csv"

# The raw files typed from pages read on 2026-12-06 (data/raw/transcribed/*-2026-12.csv).
# pages-2026-12.csv describes each page (URL, title, publisher, retrieval date,
# licence); the other files give facts with the page's own words.
PAGES_2026_12 = "pages-2026-12.csv"

# ---------------------------------------------------------------------------
# Sources: files and packages

FILE_SOURCES = [
    {
        "id": "wb-population",
        "title": "Population figures for countries, regions and the world (World Bank SP.POP.TOTL), datasets/population",
        "publisher": "World Bank; packaged by DataHub (datasets/population)",
        "url": "https://github.com/datasets/population",
        "retrieved": "2026-03-06",
        "licence": "ODC-PDDL-1.0",
        "note": "Snapshot commit 425fc447a53a26c767a15a7de60c4cc2478a0595 (2026-03-06), data/population.csv. "
                "Underlying data: World Bank World Development Indicators, SP.POP.TOTL "
                "(http://data.worldbank.org/indicator/SP.POP.TOTL). Years 1960-2024.",
    },
    {
        "id": "wb-gdp",
        "title": "Country, regional and world GDP in current US dollars (World Bank NY.GDP.MKTP.CD), datasets/gdp",
        "publisher": "World Bank; packaged by DataHub (datasets/gdp)",
        "url": "https://github.com/datasets/gdp",
        "retrieved": "2026-03-20",
        "licence": "ODC-PDDL-1.0",
        "note": "Snapshot commit 822019c80142c162e4ca4eb1a63699ae36075078 (2026-03-20), data/gdp.csv. "
                "Underlying data: World Bank NY.GDP.MKTP.CD. The CSV was last changed 2024-10-21 and "
                "ends in 2023, although datapackage.json says last_updated 2026-02-24.",
    },
    {
        "id": "wdi-2021-public-sector",
        "title": "World Development Indicators, public-sector indicators (2021 download): military expenditure",
        "publisher": "World Bank (data from SIPRI); repackaged by light-and-salt/World-Bank-Data-by-Indicators",
        "url": "https://github.com/light-and-salt/World-Bank-Data-by-Indicators",
        "retrieved": "2021-10-18",
        "licence": "CC-BY-4.0",
        "note": "Commit f6bc0432af81a31164cbc090d939d2114170c9dc (2021-10-18), public-sector/public-sector.csv. "
                "The repository states no licence of its own; the World Bank publishes WDI under CC BY 4.0. "
                "WDI's military expenditure series come from the Stockholm International Peace Research "
                "Institute (SIPRI) Military Expenditure Database. Years up to 2020.",
    },
    {
        "id": "world-countries",
        "title": "world-countries 5.1.0 (mledoze/countries): country names, capitals, areas",
        "publisher": "mledoze/countries project",
        "url": "https://github.com/mledoze/countries",
        "retrieved": SNAPSHOT_DATE,
        "licence": "ODbL-1.0",
        "note": "npm package world-countries 5.1.0, dist/countries.json. ODbL is share-alike for the "
                "database: a derived database must be offered under ODbL with attribution. " + SNAPSHOT_NOTE,
    },
    {
        "id": "un-m49-country-codes",
        "title": "Country codes with UN M49 regions and sub-regions, datasets/country-codes",
        "publisher": "United Nations Statistics Division (M49); packaged by DataHub (datasets/country-codes)",
        "url": "https://github.com/datasets/country-codes",
        "retrieved": "2026-05-15",
        "licence": "ODC-PDDL-1.0",
        "note": "Snapshot commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88 (2026-05-15), data/country-codes.csv: "
                "the columns M49, Region Name, Sub-region Code and Sub-region Name, which follow the UN's "
                "Standard country or area codes for statistical use (M49, https://unstats.un.org/unsd/methodology/m49/). "
                "Used for each country's sub-region.",
    },
    {
        "id": "i18n-iso-countries",
        "title": "i18n-iso-countries 7.14.0: translated country names",
        "publisher": "widdix GmbH (i18n-iso-countries)",
        "url": "https://www.npmjs.com/package/i18n-iso-countries",
        "retrieved": SNAPSHOT_DATE,
        "licence": "MIT",
        "note": "langs/en, ru, az, kk and tr. " + SNAPSHOT_NOTE,
    },
    {
        "id": "iso-codes",
        "title": "iso-codes 4.15.0 (ISO 3166-1 JSON): official country names",
        "publisher": "Debian iso-codes team",
        "url": "https://salsa.debian.org/iso-codes-team/iso-codes",
        "retrieved": SNAPSHOT_DATE,
        "licence": "LGPL-2.1-or-later",
        "note": "Debian package iso-codes 4.15.0-1 (bookworm), iso_3166-1.json. " + SNAPSHOT_NOTE,
    },
    {
        "id": "flag-icons",
        "title": "flag-icons 7.5.0: SVG country flags (4x3)",
        "publisher": "Panayiotis Lipiridis (flag-icons)",
        "url": "https://www.npmjs.com/package/flag-icons",
        "retrieved": SNAPSHOT_DATE,
        "licence": "MIT",
        "note": "Flags are shipped unchanged in resources/flags with the MIT licence text. " + SNAPSHOT_NOTE,
    },
    {
        "id": "cow-igo-v3",
        "title": "Correlates of War Intergovernmental Organizations (IGO) data, version 3 (1816-2014)",
        "publisher": "Correlates of War Project; obtained via the igoR R package 1.0.3",
        "url": "https://github.com/dieghernan/igoR",
        "retrieved": SNAPSHOT_DATE,
        "licence": "GPL-3.0-or-later as distributed in the igoR R package (data © Correlates of War Project, "
                   "which states no licence of its own); cite Pevehouse et al. 2020",
        "note": "Cite: Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus and Anne Spencer Jamison, "
                "'Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets', "
                "Journal of Peace Research 57(3): 492-503 (2020), doi:10.1177/0022343319881175. "
                "Files state_year_format3 and igo_year_format3 from igoR commit "
                "c9936cac3f0fc117520e89f9a232e62dde1ce3e9, converted to CSV unchanged (state_year_format3 for "
                "every state, read from the package's data/state_year_format3.rda with tools/rdata.py); COW's "
                "state system membership list (states2016, data-raw/states2016.csv of the same commit) gives "
                "the day each state begins. Codes: 1 full member, "
                "2 associate member, 3 observer. The data end in 2014. igoR is published on CRAN with 'License: "
                "GPL (>= 3)' and 'Copyright: © 2000-2021 by the Correlates of War' "
                "(https://CRAN.R-project.org/package=igoR). " + SNAPSHOT_NOTE,
    },
]

# ---------------------------------------------------------------------------
# Sources: web pages cited by the transcribed CSVs (one record per page; the
# OECD profile URLs that were stored with several yearly editions get one
# record per edition, keyed by the CSV's source_title).
# Where the page title was not recorded, the title describes the page (in
# square brackets).

WEB_SOURCES = {
    # url: (id, publisher, title)      or  (url, source_title): (...)
    "https://un.mfa.gov.az/en/news/3154/the-republic-of-azerbaijan-celebrates-the-25th-year-since-its-admission-for-membership-in-the-united-nations":
        ("az-un-mission-3154", "Permanent Mission of the Republic of Azerbaijan to the United Nations",
         "The Republic of Azerbaijan celebrates the 25th year since its admission for membership in the United Nations"),
    "https://www.gov.kz/memleket/entities/mfa/press/news/details/335023?lang=en":
        ("kz-mfa-news-335023", "Ministry of Foreign Affairs of the Republic of Kazakhstan (gov.kz)",
         "[News item 335023 on Kazakhstan's membership of the United Nations]"),
    "https://www.osce.org/who/timeline/1990s/05":
        ("osce-timeline-1990s-05", "Organization for Security and Co-operation in Europe",
         "OSCE timeline: 1990s (entry 05, Prague Council of Ministers, January 1992)"),
    "https://en.inform.kz/news/kazakhstan-and-osce-mark-25-years-of-active-cooperation_a2994461/":
        ("kazinform-osce-25-years", "Kazinform (en.inform.kz)",
         "Kazakhstan and OSCE mark 25 years of active cooperation"),
    "https://azerbaijan.az/en/related-information/197":
        ("azerbaijan-az-197", "azerbaijan.az", "[Azerbaijan and the Commonwealth of Independent States]"),
    "https://azerbaijan.az/en/related-information/195":
        ("azerbaijan-az-195", "azerbaijan.az", "[Azerbaijan and the Organisation of Islamic Cooperation]"),
    "https://azerbaijan.az/en/related-information/202":
        ("azerbaijan-az-202", "azerbaijan.az", "[Azerbaijan and the Organization of the Black Sea Economic Cooperation]"),
    "https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol":
        ("encyclopedia-kz-alma-ata-protocol", "en.encyclopedia.kz", "Alma-Ata Protocol"),
    "https://turan.az/en/analytics/at-crossroads-csto-or-nato-2035707":
        ("turan-csto-or-nato", "Turan Information Agency (turan.az)", "At crossroads: CSTO or NATO"),
    "https://arka.am/en/news/politics/azerbaijan_cannot_get_leverages_of_influence_over_csto/?sphrase_id=12524238":
        ("arka-csto", "ARKA News Agency (arka.am)", "Azerbaijan cannot get leverages of influence over CSTO"),
    "http://english.china.org.cn/english/features/38183.htm":
        ("china-org-cn-38183", "China.org.cn", "[Feature on the Shanghai Cooperation Organization]"),
    "https://issi.org.pk/the-expanding-role-of-sco-strengthening-pakistans-regional-integration/":
        ("issi-sco", "Institute of Strategic Studies Islamabad (issi.org.pk)",
         "The expanding role of SCO: strengthening Pakistan's regional integration"),
    "http://www.eurasiancommission.org/en/nae/news/Pages/29-05-2014-1.aspx":
        ("eec-news-2014-05-29", "Eurasian Economic Commission",
         "[News, 29 May 2014: signing of the Treaty on the Eurasian Economic Union]"),
    "http://mfa.gov.kz/index.php/en/foreign-policy/international-organizations/oic":
        ("kz-mfa-oic", "Ministry of Foreign Affairs of the Republic of Kazakhstan",
         "[Foreign policy, international organizations: OIC]"),
    "https://www.mfa.tj/en/main/view/194/tajikistan-and-economic-cooperation-organization-eco":
        ("tj-mfa-eco", "Ministry of Foreign Affairs of the Republic of Tajikistan",
         "Tajikistan and Economic Cooperation Organization (ECO)"),
    "http://www.mfa.gov.md/about-guam-en/":
        ("md-mfa-guam", "Ministry of Foreign Affairs of the Republic of Moldova (mfa.gov.md)", "About GUAM"),
    "https://www.namazerbaijan.org/azerbaijan-in-the-nam":
        ("namazerbaijan-azerbaijan-in-the-nam", "namazerbaijan.org", "Azerbaijan in the NAM"),
    "https://president.az/en/pages/view/azerbaijan/qoshulmama":
        ("president-az-nam", "Official website of the President of the Republic of Azerbaijan",
         "[Azerbaijan and the Non-Aligned Movement]"),
    "http://www.mfa.gov.az/en/content/948":
        ("az-mfa-948", "Ministry of Foreign Affairs of the Republic of Azerbaijan",
         "[Organization of Turkic States (content 948)]"),
    "https://mfa.gov.az/index.php/en/category/international-organisations/relations-between-the-conference-on-interaction-and-confidence-building-measures-in-asia-cica-and-azerbaijan":
        ("az-mfa-cica", "Ministry of Foreign Affairs of the Republic of Azerbaijan",
         "Relations between the Conference on Interaction and Confidence Building Measures in Asia (CICA) and Azerbaijan"),
    "https://menafn.com/1107220507/CICA-Anticipates-New-States-Joining-As-Observers":
        ("menafn-cica-observers", "MENAFN (Trend News Agency)", "CICA anticipates new states joining as observers"),
    "https://www.wto.org/english/thewto_e/acc_e/a1_kazakhstan_e.htm":
        ("wto-accession-kazakhstan", "World Trade Organization", "Accessions: Kazakhstan"),
    "https://geneva.mfa.gov.az/en/content/75/world-trade-organization-wto":
        ("az-geneva-wto", "Permanent Mission of the Republic of Azerbaijan in Geneva (geneva.mfa.gov.az)",
         "World Trade Organization (WTO)"),
    "https://coe.mfa.gov.az/en/content/42/history-of-azerbaijans-membership-in-the-council-of-europe":
        ("az-coe-history", "Permanent Representation of the Republic of Azerbaijan to the Council of Europe (coe.mfa.gov.az)",
         "History of Azerbaijan's membership in the Council of Europe"),
    "https://www.azernews.az/business/200927.html":
        ("azernews-200927", "AzerNews", "[Article 200927 on Azerbaijan's membership of the IMF and the World Bank]"),
    "http://www.xebersaati.com/news/109654-adb-mission-due-in-azerbaijan/":
        ("xebersaati-adb", "xebersaati.com (Trend News Agency)", "ADB mission due in Azerbaijan"),
    "https://adilet.zan.kz/eng/docs/Z010000264_":
        ("adilet-z010000264", "Adilet legal information system of the Republic of Kazakhstan (adilet.zan.kz)",
         "[Law of the Republic of Kazakhstan No. 264 of 6 December 2001]"),
    "https://en.trend.az/business/energy/3680048.html":
        ("trend-3680048", "Trend News Agency", "[Anniversary of the OPEC+ Declaration of Cooperation]"),
    "https://aida.mfa.gov.az/en/news/269/":
        ("aida-news-269", "Azerbaijan International Development Agency (AIDA), Ministry of Foreign Affairs",
         "[News item 269: Azerbaijan declared a Participant in the OECD Development Assistance Committee]"),
    # aid
    ("https://www.oecd-ilibrary.org/sites/f112d1b2-en/index.html?itemId=/content/component/5e331623-en",
     "OECD Development Co-operation Profiles: Azerbaijan (2019 edition text)"):
        ("oecd-dcp-aze-2019", "OECD", None),
    ("https://www.oecd-ilibrary.org/sites/f112d1b2-en/index.html?itemId=/content/component/5e331623-en",
     "OECD Development Co-operation Profiles: Azerbaijan (2020 edition text)"):
        ("oecd-dcp-aze-2020", "OECD", None),
    ("https://www.oecd-ilibrary.org/sites/f112d1b2-en/index.html?itemId=/content/component/5e331623-en",
     "OECD Development Co-operation Profiles: Azerbaijan (2023 edition text)"):
        ("oecd-dcp-aze-2023", "OECD", None),
    "https://www.oecd-ilibrary.org/sites/2dcf1367-en/1/3/1/3/index.html?itemId=/content/publication/2dcf1367-en":
        ("oecd-dcp-aze-2021", "OECD", None),
    ("https://www.oecd-ilibrary.org/sites/7da178e1-en/index.html?itemId=/content/component/5e331623-en",
     "OECD Development Co-operation Profiles: Kazakhstan (2019 edition text)"):
        ("oecd-dcp-kaz-2019", "OECD", None),
    ("https://www.oecd-ilibrary.org/sites/7da178e1-en/index.html?itemId=/content/component/5e331623-en",
     "OECD Development Co-operation Profiles: Kazakhstan (2021 edition text)"):
        ("oecd-dcp-kaz-2021", "OECD", None),
    "https://oe.cd/il/dev-coop-kazakhstan":
        ("oecd-dcp-kaz-2022", "OECD", None),
    "https://www.oecd-ilibrary.org/sites/2dcf1367-en/1/3/2/26/index.html?itemId=/content/publication/2dcf1367-en":
        ("oecd-dcp-kaz-2023", "OECD", None),
    "https://en.trend.az/azerbaijan/politics/3344811.html":
        ("trend-3344811", "Trend News Agency", None),
    "https://news.az/news/azerbaijan-provides-5m-to-who-in-fight-against-covid-19":
        ("news-az-who-5m", "News.az", None),
    "https://report.az/en/health/azerbaijan-who-sign-donation-agreement/":
        ("report-az-who-agreement", "Report.az", None),
    "https://www.azernews.az/nation/165398.html":
        ("azernews-165398", "AzerNews", None),
    "https://news.az/news/azerbaijan-provides-humanitarian-aid-to-15-countries-fighting-covid-19":
        ("news-az-aid-15-countries", "News.az", None),
    "https://en.antaranews.com/news/274464/azerbaijan-pledges-us1-million-to-support-post-pandemic-recovery":
        ("antara-274464", "ANTARA News Agency", None),
    "https://president.az/en/articles/view/59194":
        ("president-az-59194", "Official website of the President of the Republic of Azerbaijan", None),
    "http://www.unocha.org/rocca/financing/humanitarian-financing":
        ("ocha-rocca-humanitarian-financing", "UN OCHA Regional Office for the Caucasus and Central Asia (ROCCA)", None),
    "https://en.trend.az/casia/kazakhstan/3877662.html":
        ("trend-3877662", "Trend News Agency", None),
    "http://euroasia-uclg.ru/en/news/novosti-partnerov-i-chlenov-ogmv/printsip-raboty-mezhdunarodnogo-agentstva-razvitiya-kazakhstana/":
        ("uclg-eurasia-kazaid", "United Cities and Local Governments Eurasia (UCLG Eurasia)", None),
}

WEB_NOTES = {
    "oecd-dcp-aze-2019": "The same URL was stored with the text of several yearly editions; this record stands for the 2019 edition text.",
    "oecd-dcp-aze-2020": "The same URL was stored with the text of several yearly editions; this record stands for the 2020 edition text.",
    "oecd-dcp-aze-2023": "The same URL was stored with the text of several yearly editions; this record stands for the 2023 edition text.",
    "oecd-dcp-kaz-2019": "The same URL was stored with the text of several yearly editions; this record stands for the 2019 edition text.",
    "oecd-dcp-kaz-2021": "The same URL was stored with the text of several yearly editions; this record stands for the 2021 edition text.",
    "president-az-59194": "Cited for a count of countries supported (more than 80), not for an amount; the stored URL had a trailing dot after the host name.",
    "adilet-z010000264": "States that Kazakhstan is a member of the IMF, IBRD, IFC, IDA, MIGA, ICSID, EBRD, ADB, IsDB and AIIB, without join dates.",
}

WEB_LICENCE = "Quoted for reference; © %s"

# Transcribed rows whose source is not a web page.
COW_PSEUDO_URL_PREFIX = "(COW IGO v3 dataset"

# ---------------------------------------------------------------------------
# Organisations

# COW IGO v3 column -> (id, acronym, English name, kind, founded policy)
# founded policy: "sdate" = COW's start year; None = leave out (COW's start
# year belongs to a predecessor body or to a different founding event);
# ("source", id, date) = a date given by that transcribed source;
# ("fact", subject) = the "founded" row of that subject in facts-2026-12.csv.
# The set is: every IGO coded for Azerbaijan or Kazakhstan that is still in
# COW's 2014 IGO file (except IACI, see below), plus a set of well-known IGOs
# relevant to the other eleven countries.  For every IGO in the set, every
# country's COW memberships are included (the 13 featured and, since issue
# #20, every other country that is a COW state), so comparisons are like
# for like.
COW_ORGS = {
    "afdb": ("AFDB", "AfDB", "African Development Bank", "financial", "sdate"),
    "anzus": ("ANZUS", "ANZUS", "ANZUS Council", "security", "sdate"),
    "apec": ("APEC", "APEC", "Asia-Pacific Economic Cooperation", "economic", "sdate"),
    "aralsea": ("IFAS", "IFAS", "International Fund for Saving the Aral Sea", "regional", "sdate"),
    "asdb": ("ADB", "ADB", "Asian Development Bank", "financial", "sdate"),
    "asean": ("ASEAN", "ASEAN", "Association of Southeast Asian Nations", "regional", "sdate"),
    "au": ("AU", "AU", "African Union", "regional", "sdate"),
    "bipm": ("BIPM", "BIPM", "International Bureau of Weights and Measures", "global", "sdate"),
    "bsec": ("BSEC", "BSEC", "Organization of the Black Sea Economic Cooperation", "economic", "sdate"),
    "cica": ("CICA", "CICA", "Conference on Interaction and Confidence Building Measures in Asia", "security", None),
    "cis": ("CIS", "CIS", "Commonwealth of Independent States", "regional", "sdate"),
    "coe": ("COE", "CoE", "Council of Europe", "regional", "sdate"),
    "comsec": ("COMMONWEALTH", "Commonwealth", "The Commonwealth (Commonwealth Secretariat)", "global", "sdate"),
    "csto": ("CSTO", "CSTO", "Collective Security Treaty Organization", "security", "sdate"),
    "d8": ("D8", "D-8", "Developing 8 Organization for Economic Cooperation", "economic", "sdate"),
    "eaec": ("EURASEC", "EurAsEC", "Eurasian Economic Community", "economic", "sdate"),
    # COW's start year (1994) is the Partnership for Peace year; the EAPC dates
    # from 1997 (facts-2026-12.csv).
    "eapc": ("EAPC", "EAPC", "Euro-Atlantic Partnership Council", "security", ("fact", "organization:EAPC")),
    "eapo": ("EAPO", "EAPO", "Eurasian Patent Organization", "economic", "sdate"),
    "ebrd": ("EBRD", "EBRD", "European Bank for Reconstruction and Development", "financial", "sdate"),
    "eco": ("ECO", "ECO", "Economic Cooperation Organization", "economic", "sdate"),
    "ecpta": ("CEPT", "CEPT", "European Conference of Postal and Telecommunications Administrations", "regional", "sdate"),
    "emppo": ("EPPO", "EPPO", "European and Mediterranean Plant Protection Organization", "regional", "sdate"),
    "fao": ("FAO", "FAO", "Food and Agriculture Organization of the United Nations", "global", "sdate"),
    "g15": ("G15", "G-15", "Group of Fifteen", "economic", "sdate"),
    "g24": ("G24", "G-24", "Intergovernmental Group of Twenty-Four on International Monetary Affairs and Development", "financial", "sdate"),
    "gcc": ("GCC", "GCC", "Gulf Cooperation Council", "regional", "sdate"),
    "gef": ("GEF", "GEF", "Global Environment Facility", "financial", "sdate"),
    "geo": ("GEO", "GEO", "Group on Earth Observations", "global", "sdate"),
    "hcpil": ("HCCH", "HCCH", "Hague Conference on Private International Law", "global", "sdate"),
    "iadb": ("IADB", "IDB", "Inter-American Development Bank", "financial", "sdate"),
    "iaea": ("IAEA", "IAEA", "International Atomic Energy Agency", "global", "sdate"),
    "ibrd": ("IBRD", "IBRD", "International Bank for Reconstruction and Development (World Bank)", "financial", "sdate"),
    "icac": ("ICAC", "ICAC", "International Cotton Advisory Committee", "economic", "sdate"),
    "icao": ("ICAO", "ICAO", "International Civil Aviation Organization", "global", None),
    "iccrom": ("ICCROM", "ICCROM", "International Centre for the Study of the Preservation and Restoration of Cultural Property", "cultural", "sdate"),
    "icivdo": ("ICDO", "ICDO", "International Civil Defence Organisation", "global", "sdate"),
    "iexb": ("BIE", "BIE", "International Exhibitions Bureau", "cultural", "sdate"),
    "ifad": ("IFAD", "IFAD", "International Fund for Agricultural Development", "global", "sdate"),
    "ifc": ("IFC", "IFC", "International Finance Corporation", "financial", "sdate"),
    "igc": ("IGC", "IGC", "International Grains Council", "economic", "sdate"),
    "ilo": ("ILO", "ILO", "International Labour Organization", "global", "sdate"),
    "imf": ("IMF", "IMF", "International Monetary Fund", "financial", "sdate"),
    "imo": ("IMO", "IMO", "International Maritime Organization", "global", "sdate"),
    "interpol": ("INTERPOL", "INTERPOL", "International Criminal Police Organization", "global", "sdate"),
    "iocc": ("IOC-UNESCO", "IOC", "Intergovernmental Oceanographic Commission", "global", "sdate"),
    "ioez": ("OIE", "OIE", "World Organisation for Animal Health (International Office of Epizootics)", "global", "sdate"),
    "iolm": ("OIML", "OIML", "International Organization of Legal Metrology", "global", "sdate"),
    "iomig": ("IOM", "IOM", "International Organization for Migration", "global", "sdate"),
    "iopcf": ("IOPC-FUNDS", "IOPC Funds", "International Oil Pollution Compensation Funds", "global", "sdate"),
    "iorarc": ("IORA", "IORA", "Indian Ocean Rim Association", "regional", "sdate"),
    "irena": ("IRENA", "IRENA", "International Renewable Energy Agency", "global", "sdate"),
    "isb": ("ISB", "ISB", "Inter-State Bank", "financial", "sdate"),
    "isdb": ("ISDB", "IsDB", "Islamic Development Bank", "financial", "sdate"),
    "itu": ("ITU", "ITU", "International Telecommunication Union", "global", "sdate"),
    "itvrc": ("ITRC-MIR", "ITRC MIR", "Intergovernmental TV and Radio Corporation MIR", "cultural", "sdate"),
    "iupip": ("PARIS-UNION", "Paris Union", "International Union for the Protection of Industrial Property (Paris Union)", "economic", "sdate"),
    "iuplaw": ("BERNE-UNION", "Berne Union", "International Union for the Protection of Literary and Artistic Works (Berne Union)", "cultural", "sdate"),
    "iupnvp": ("UPOV", "UPOV", "International Union for the Protection of New Varieties of Plants", "economic", "sdate"),
    "jinr": ("JINR", "JINR", "Joint Institute for Nuclear Research", "global", "sdate"),
    "loas": ("LAS", "LAS", "League of Arab States", "regional", "sdate"),
    "mercosur": ("MERCOSUR", "MERCOSUR", "Southern Common Market", "economic", "sdate"),
    "miga": ("MIGA", "MIGA", "Multilateral Investment Guarantee Agency", "financial", "sdate"),
    "montreal": ("MLF", "MLF", "Multilateral Fund for the Implementation of the Montreal Protocol", "financial", "sdate"),
    "nafta": ("NAFTA", "NAFTA", "North American Free Trade Agreement", "economic", "sdate"),
    "nam": ("NAM", "NAM", "Non-Aligned Movement", "global", "sdate"),
    "nato": ("NATO", "NATO", "North Atlantic Treaty Organization", "security", "sdate"),
    "oapec": ("OAPEC", "OAPEC", "Organization of Arab Petroleum Exporting Countries", "economic", "sdate"),
    "oas": ("OAS", "OAS", "Organization of American States", "regional", None),
    "ocr": ("OSJD", "OSJD", "Organization for Co-operation between Railways", "economic", "sdate"),
    "oecd": ("OECD", "OECD", "Organisation for Economic Co-operation and Development", "economic", "sdate"),
    "oic": ("OIC", "OIC", "Organisation of Islamic Cooperation", "cultural", "sdate"),
    "oiv": ("OIV", "OIV", "International Organisation of Vine and Wine", "economic", "sdate"),
    "opec": ("OPEC", "OPEC", "Organization of the Petroleum Exporting Countries", "economic", "sdate"),
    "osce": ("OSCE", "OSCE", "Organization for Security and Co-operation in Europe", "security", "sdate"),
    "piarc": ("PIARC", "PIARC", "World Road Association (PIARC)", "global", "sdate"),
    "pif": ("PIF", "PIF", "Pacific Islands Forum", "regional", "sdate"),
    "rcfc": ("RCC", "RCC", "Regional Commonwealth in the Field of Communications", "regional", "sdate"),
    "sacu": ("SACU", "SACU", "Southern African Customs Union", "economic", "sdate"),
    "sadc": ("SADC", "SADC", "Southern African Development Community", "regional", "sdate"),
    "sco": ("SCO", "SCO", "Shanghai Cooperation Organisation", "security", ("source", "china-org-cn-38183", "2001-06-15")),
    "turksoy": ("TURKSOY", "TURKSOY", "International Organization of Turkic Culture", "cultural", "sdate"),
    "un": ("UN", "UN", "United Nations", "global", "sdate"),
    "unesco": ("UNESCO", "UNESCO", "United Nations Educational, Scientific and Cultural Organization", "cultural", "sdate"),
    "unido": ("UNIDO", "UNIDO", "United Nations Industrial Development Organization", "global", "sdate"),
    "upu": ("UPU", "UPU", "Universal Postal Union", "global", "sdate"),
    "wco": ("WCO", "WCO", "World Customs Organization", "economic", "sdate"),
    "who": ("WHO", "WHO", "World Health Organization", "global", "sdate"),
    "wipo": ("WIPO", "WIPO", "World Intellectual Property Organization", "global", "sdate"),
    "wmo": ("WMO", "WMO", "World Meteorological Organization", "global", "sdate"),
    "wto": ("WTO", "WTO", "World Trade Organization", "economic", "sdate"),
    "wtouro": ("UNWTO", "UNWTO", "World Tourism Organization", "global", "sdate"),
}
# Left out on purpose: COW codes for AZ/KZ that are not in the 2014 IGO file
# (so COW gives no name): caecc, ceepn, intelsat; and iaci (Inter-American
# Children's Institute), whose codes are -9 (missing) for all 13 countries
# from 2011, which would make every membership look as if it ended in 2010.

# COW codes some IGOs together with a predecessor body (from COW's own
# long names); said in the note of every COW membership of these IGOs.
COW_LINEAGE = {
    "icao": "COW IGO v3 codes ICAO together with its predecessor, the International Commission for Air Navigation.",
    "oas": "COW IGO v3 codes the OAS together with its predecessor, the Pan American Union (from 1890).",
    "sco": "COW IGO v3 codes the SCO together with the 'Shanghai Five' (from 1996).",
    "iomig": "COW IGO v3 codes IOM together with its predecessor, the Intergovernmental Committee for European Migration.",
    "igc": "COW IGO v3 codes the IGC together with the International Wheat Advisory Committee / International Wheat Council.",
    "csto": "The Collective Security Treaty of 15 May 1992 is a separate record in this dataset (organisation CST).",
    "imo": "COW IGO v3 codes IMO together with its provisional predecessor body.",
    "wco": "COW IGO v3 codes the WCO together with the Customs Co-operation Council and the European Customs Union Study Group.",
    "interpol": "COW IGO v3 codes INTERPOL together with the International Criminal Police Commission.",
    "ioez": "COW IGO v3 codes the body as the International Office of Epizootics / World Organisation for Animal Health.",
}

# Organisations that COW does not cover: id -> (acronym, name, kind, source url, founded)
OTHER_ORGS = {
    # The Collective Security Treaty of 15 May 1992 is kept apart from the
    # organisation founded on it in 2002 (the CSTO, coded by COW).
    "CST": ("CST", "Collective Security Treaty", "security",
            "https://arka.am/en/news/politics/azerbaijan_cannot_get_leverages_of_influence_over_csto/?sphrase_id=12524238",
            "1992-05-15"),
    "S5": ("Shanghai Five", "Shanghai Five", "security",
           "https://issi.org.pk/the-expanding-role-of-sco-strengthening-pakistans-regional-integration/", "1996-04-26"),
    "EAEU": ("EAEU", "Eurasian Economic Union", "economic",
             "http://www.eurasiancommission.org/en/nae/news/Pages/29-05-2014-1.aspx", "2015-01-01"),
    "GUAM": ("GUAM", "GUAM Organization for Democracy and Economic Development", "regional",
             "http://www.mfa.gov.md/about-guam-en/", "1997-10-10"),
    "OTS": ("OTS", "Organization of Turkic States", "regional",
            "http://www.mfa.gov.az/en/content/948", "2009-10-03"),
    "OPEC-PLUS": ("OPEC+", "OPEC+ (Declaration of Cooperation)", "economic",
                  "https://en.trend.az/business/energy/3680048.html", "2016-12-10"),
    "OECD-DAC": ("DAC", "OECD Development Assistance Committee", "economic",
                 "https://aida.mfa.gov.az/en/news/269/", None),
}

# Organisations new in the ledger of pages read on 2026-12-06 (not in COW):
# id -> (acronym, name, kind, source id in pages-2026-12.csv, founded or None).
# "founded" is left out where no page read gives it (AIIB, BRICS: the pages
# disagree on 2006 and 2009, PfP).
LEDGER_ORGS = {
    "PFP": ("PfP", "NATO Partnership for Peace", "security", "nato-relations-kazakhstan", None),
    "AIIB": ("AIIB", "Asian Infrastructure Investment Bank", "financial", "aiib-2015-signing", None),
    "BRICS": ("BRICS", "BRICS", "economic", "independent-ug-brics-partners", None),
    "MIKTA": ("MIKTA", "MIKTA (Mexico, Indonesia, Korea, Türkiye, Australia)", "global", "mfa-tr-mikta", "2013-09-25"),
    "G20": ("G20", "Group of Twenty", "economic", "dfat-g20", "1999"),
}

# Home pages known from the cited sources' own sites.
ORG_URLS = {
    "OSCE": "https://www.osce.org/",
    "WTO": "https://www.wto.org/",
    # from the pages of the ledger (pages-2026-12.csv)
    "AIIB": "https://www.aiib.org/",
    "ASEAN": "https://asean.org/",
    "NATO": "https://www.nato.int/",
    "PFP": "https://www.nato.int/",
    "OECD": "https://www.oecd.org/",
}

# Transcribed membership abbreviation -> organisation id
ABBREV_TO_ORG = {
    "UN": "UN", "OSCE": "OSCE", "CIS": "CIS", "CST": "CST", "CSTO": "CSTO",
    "SCO": "SCO", "S5": "S5", "EAEU": "EAEU", "OIC": "OIC", "ECO": "ECO",
    "BSEC": "BSEC", "GUAM": "GUAM", "NAM": "NAM", "OTS": "OTS", "CICA": "CICA",
    "WTO": "WTO", "CoE": "COE", "IMF": "IMF", "WBG": "IBRD", "ADB": "ADB",
    "OPEC+": "OPEC-PLUS", "OECD-DAC": "OECD-DAC",
    # the ledger of pages read on 2026-12-06
    "PfP": "PFP", "AIIB": "AIIB", "D-8": "D8", "BRICS": "BRICS", "NATO": "NATO", "OECD": "OECD",
    "MIKTA": "MIKTA", "ASEAN": "ASEAN", "IsDB": "ISDB", "LAS": "LAS", "G20": "G20", "GCC": "GCC", "MERCOSUR": "MERCOSUR", "APEC": "APEC", "PIF": "PIF",
}

# Transcribed rows whose abbreviation names another body than the quote does:
# Kazakhstan's "CSTO" row quotes the signing of the Collective Security Treaty
# (15 May 1992), not the organisation of 2002.  (iso3, abbrev) -> organisation id
ROW_ORG = {
    ("KAZ", "CSTO"): "CST",
}

# Transcribed membership status -> format status
STATUS_MAP = {
    "member": "member",
    "participating state": "member",
    "founding member": "founding-member",
    "signatory (withdrew)": "signatory",
    "founding member (treaty signatory)": "founding-member",
    "chair": "chair",
    "observer": "observer",
    "initiator/member": "founding-member",
    "member (by 2002)": "member",
    "observer/acceding (working party)": "observer",
    "non-OPEC participant": "participant",
    "participant": "participant",
    "dialogue partner": "partner",
    "partner state": "partner",
    "signatory": "signatory",
}

MEMBERSHIP_NOTES = {
    "AZ:OSCE": "The source's term is 'participating State', the OSCE's name for its full members. Joined the CSCE, renamed OSCE on 1 January 1995.",
    "KZ:OSCE": "The source's term is 'participant' of the CSCE (renamed OSCE in 1995); 'participating State' is the OSCE's name for its full members.",
    "AZ:CIS": "Accession decided by the CIS Council of Heads of State on 24 September 1993. Azerbaijan is also among the states listed as agreeing to the Alma-Ata Protocols on 21 December 1991 (en.encyclopedia.kz, 'Alma-Ata Protocol').",
    "AZ:CST": "Collective Security Treaty (CST): Azerbaijan signed it on 24 September 1993 and did not join the protocol of 2 April 1999 extending it; 'to' is that year. Azerbaijan was never in the Collective Security Treaty Organization (CSTO), which dates from 2002 (COW IGO v3).",
    "KZ:CST": "Signing of the Collective Security Treaty on 15 May 1992. The Collective Security Treaty Organization (CSTO) dates from 2002 and is a separate record (KZ:CSTO).",
    "KZ:SCO": "The SCO was established on the basis of the 'Shanghai Five' (see KZ:S5).",
    "KZ:S5": "The 'Shanghai Five' grouping, formed in Shanghai on 26 April 1996, was succeeded by the SCO on 15 June 2001.",
    "KZ:EAEU": "Treaty on the Eurasian Economic Union signed in Astana on 29 May 2014; the Union started functioning on 1 January 2015.",
    "KZ:OIC": "Admitted at the 23rd session of the Council of Foreign Ministers, held 9-12 December 1995 in Conakry.",
    "AZ:ECO": "Joined in the 1992 expansion of ECO to seven new members; 28 November, the date of that expansion, is observed as ECO Day.",
    "KZ:ECO": "Joined in the 1992 expansion of ECO to seven new members; 28 November, the date of that expansion, is observed as ECO Day.",
    "AZ:BSEC": "The source calls Azerbaijan one of the founders of BSEC.",
    "AZ:NAM": "The source gives the month only ('in May 2011').",
    "AZ:NAM:chair": "Chairmanship for 2019-2022, begun at the Baku Summit of 25-26 October 2019 (president.az) and extended by one year by decision of the member states; handed over to Uganda at the 19th NAM summit in Kampala on 19 January 2024, as the Ministry of Foreign Affairs of Azerbaijan said (Trend).",
    "KZ:NAM": "Correlates of War IGO v3 codes Kazakhstan 3 (observer) from 1998 to 2014, when its data end; no page read gives the date the observer status began.",
    "AZ:OTS": "Cooperation Council of Turkic Speaking States until 2021; established by the Nakhchivan Agreement of 3 October 2009.",
    "KZ:OTS": "Cooperation Council of Turkic Speaking States until 2021; established by the Nakhchivan Agreement of 3 October 2009.",
    "TR:OTS": "Cooperation Council of Turkic Speaking States until 2021; the source names Turkey among the founding members (Nakhchivan Agreement, 3 October 2009).",
    "KZ:CICA": "Founding Declaration on the Principles Guiding Relations among the CICA Member States, signed by the foreign ministers of 15 member states in Almaty on 14 September 1999. Kazakhstan's President had proposed convening CICA at the UN General Assembly on 5 October 1992 (az-mfa-cica); the Almaty Act followed in 2002.",
    "AZ:CICA": "The CICA Secretariat calls Azerbaijan a founding member, one of 15 states at the first CICA Ministerial Meeting in Almaty in 1999, where the founding Declaration was signed; the day, 14 September 1999, is that of the signing (kazakhembus-cica).",
    "KZ:CICA:chair": "Chair 'since 2020' (s-cica-press-2030; the CICA Secretariat gives the year only); the chairmanship passed to Azerbaijan at the Seventh Ministerial Council on 17 December 2024.",
    "AZ:CICA:chair": "Chair for 2024-2026, elected by the CICA Ministerial Council (s-cica-press-2030); the chairmanship passed from Kazakhstan to Azerbaijan at the Seventh Ministerial Council, 17 December 2024.",
    "UZ:OTS": "Uzbekistan acceded to the Nakhchivan Agreement, the founding document of the Turkic Council (Cooperation Council of Turkic Speaking States, renamed OTS in 2021); the Turkish Foreign Ministry said it 'shall enter into force for Uzbekistan on Oct. 14, 2019'.",
    "AZ:WTO": "Not a WTO member: an acceding government (WTO observer). Applied in June 1997; the Working Party on its accession was established on 16 July 1997.",
    "KZ:WTO": "162nd member of the WTO.",
    "AZ:COE": "lib.aliyevheritage.org gives 17 January 2001 as the date Azerbaijan became a full member, with the official ceremony on 25 January 2001.",
    "AZ:IMF": None,
    "AZ:IBRD": "The source says 'Azerbaijan joined the WB in 1992' (World Bank).",
    "AZ:ADB": None,
    "AZ:OPEC-PLUS": "Non-OPEC country in the Declaration of Cooperation (OPEC+).",
    "KZ:OPEC-PLUS": "Non-OPEC country in the Declaration of Cooperation (OPEC+).",
    "MX:OPEC-PLUS": "Non-OPEC country in the Declaration of Cooperation (OPEC+); the source sentence names Mexico.",
    "AZ:OECD-DAC": "Participant in the OECD Development Assistance Committee (not a DAC member).",
    # The ledger of pages read on 2026-12-06 (memberships-2026-12.csv).
    "AZ:SCO": "SCO dialogue partner: granted by the Council of Heads of State on 10 July 2015 (Ufa); the memorandum "
              "giving the status was signed in Beijing on 14 March 2016, the date used here (Ministry of Economy of "
              "Azerbaijan). Not an SCO member.",
    "KZ:SCO:chair": "Chairmanship passed to Kazakhstan in the New Delhi Declaration of 4 July 2023 (trend-3768763) and "
                    "to China at the Astana summit of 4 July 2024, when Kazakhstan completed its one-year term.",
    "KZ:OSCE:chair": "OSCE Chairmanship for the year 2010, from 1 January 2010 (Embassy of Kazakhstan in Switzerland); "
                     "the page gives the year as its end.",
    "AZ:PFP": "Signature of NATO's Partnership for Peace Framework Document on 4 May 1994. A partnership programme, "
              "not NATO membership; the EAPC record is separate.",
    "KZ:PFP": "NATO gives the year only: 'practical cooperation began when Kazakhstan joined the Partnership for Peace "
              "(PfP) programme in 1995'. A partnership programme, not NATO membership.",
    "AZ:AIIB": "Membership ratified on 24 June 2016; Azerbaijan signed the AIIB Articles of Agreement on 29 June 2015 "
               "as one of 57 Prospective Founding Members (aiib-2015-signing).",
    "KZ:AIIB": "Signed the AIIB Articles of Agreement on 29 June 2015 as one of 57 Prospective Founding Members. The "
               "date on which membership took effect (ratification) was not found in a page read; Kazakhstan's Law "
               "No. 264 (adilet.zan.kz) lists the AIIB among the banks of which it is a member.",
    "AZ:D8": "Elected unanimously at the 11th D-8 Summit in Cairo, 19 December 2024: the first enlargement of the D-8 "
             "(statement of the Ministry of Foreign Affairs of Azerbaijan, reported by Trend).",
    "KZ:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "UZ:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "BR:BRICS": "TASS gives 2006 as the year Brazil, Russia, India and China founded the group; other reports give 2009, "
                "the year of the first summit.",
    "ZA:BRICS": "TASS gives 2011 as the year South Africa joined; other reports give 2010, when the BRIC foreign "
                "ministers agreed to include it.",
    "AE:BRICS": "Full member from 1 January 2024 (TASS). Saudi Arabia, named in the same sentence, is not recorded: "
                "a Saudi official source said the Kingdom had not yet responded to the invitation.",
    "ID:BRICS": "Admitted as a full member on 6 January 2025, as the Brazilian Foreign Ministry (BRICS chair in 2025) "
                "announced; the Russian Foreign Ministry had listed Indonesia among the partner states from 1 January 2025.",
    "TR:NATO": "NATO's own account: member of the North Atlantic Treaty Organization from 18 February 1952.",
    "TR:OECD": "The Ministry of Foreign Affairs of Türkiye: 'one of the 20 founding members of the OECD'. The page "
               "gives no date; 1961 is the year the OECD was founded (Correlates of War IGO v3).",
    "AU:OECD": "Date of accession from the OECD's list of member countries as printed in an OECD Nuclear Energy Agency "
               "publication; DFAT: Australia joined the OECD in 1971.",
    "MX:OECD": "Date of accession from the OECD's list of member countries as printed in an OECD Nuclear Energy Agency "
               "publication; the first Latin American member.",
    "KR:OECD": "The 29th member of the OECD.",
    "MX:MIKTA": "Informal consultation platform launched by the foreign ministers of the five countries on 25 September "
                "2013, on the margins of the 68th UN General Assembly (Ministry of Foreign Affairs of Türkiye).",
    "ID:MIKTA": "Informal consultation platform launched by the foreign ministers of the five countries on 25 September "
                "2013, on the margins of the 68th UN General Assembly (Ministry of Foreign Affairs of Türkiye).",
    "KR:MIKTA": "Informal consultation platform launched by the foreign ministers of the five countries on 25 September "
                "2013, on the margins of the 68th UN General Assembly (Ministry of Foreign Affairs of Türkiye).",
    "TR:MIKTA": "Informal consultation platform launched by the foreign ministers of the five countries on 25 September "
                "2013, on the margins of the 68th UN General Assembly (Ministry of Foreign Affairs of Türkiye).",
    "AU:MIKTA": "Informal consultation platform launched by the foreign ministers of the five countries on 25 September "
                "2013, on the margins of the 68th UN General Assembly (Ministry of Foreign Affairs of Türkiye).",
    "ID:ASEAN": "ASEAN Declaration (Bangkok Declaration) of 8 August 1967, adopted by the foreign ministers of "
                "Indonesia, Malaysia, the Philippines, Singapore and Thailand.",
    "SA:GCC": "Cooperation Council for the Arab States of the Gulf, formed in Abu Dhabi on 25 May 1981 by its six members.",
    "QA:GCC": "Cooperation Council for the Arab States of the Gulf, formed in Abu Dhabi on 25 May 1981 by its six members.",
    "AE:GCC": "Cooperation Council for the Arab States of the Gulf, formed in Abu Dhabi on 25 May 1981 by its six members.",
    "BR:MERCOSUR": "Treaty of Asunción, signed on 26 March 1991 by Argentina, Brazil, Paraguay and Uruguay.",
    "AU:APEC": "Founding member: APEC began with the meeting of ministers of 12 economies that Australia hosted in "
               "1989 (Government of Canada).",
    "ID:APEC": "Founding member: one of the 12 economies at the first APEC ministerial meeting in 1989 (Government of Canada).",
    "KR:APEC": "Founding member: one of the 12 economies at the first APEC ministerial meeting in 1989 (Government of Canada).",
    "MX:APEC": "Accepted in November 1993 (Government of Canada); the page gives the month.",
    "TR:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "ID:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "KR:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "BR:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "ZA:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "SA:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "MX:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "AU:G20": "Listed among the members of the G20 by the Australian Department of Foreign Affairs and Trade (2024), which dates the forum from its inception in 1999; the page does not give each member's date of joining.",
    "AZ:ISDB": "Trend (15 January 2026, reporting the Cabinet of Ministers): 'Azerbaijan has been a member of the bank since 1992.'",
    "KZ:ISDB": "Joined on 30 November 1995 (Trend, reporting the Minister of Foreign Affairs of Kazakhstan). Kazakhstan's Law No. 264 (adilet.zan.kz) also states membership.",
    "SA:LAS": "Founding member: Saudi Arabia signed the Charter of the League of Arab States in Cairo in 1945.",
    "KZ:CSTO": "The Ministry of Foreign Affairs of Kazakhstan: the Organization 'was founded in 2002 on the basis of the "
               "Collective Security Treaty of May 15, 1992'; the Permanent Mission of Kazakhstan to the UN lists the "
               "Republic of Kazakhstan among the CSTO member States (kazakhstanun-csto); the Charter entered into force "
               "on 18 September 2003. Neither page gives the day Kazakhstan's membership began: 2002 is the year the "
               "Organization was founded, as Correlates of War IGO v3 also codes it. The Collective Security Treaty of "
               "1992 is a separate record (KZ:CST).",
    "KG:OTS": "Cooperation Council of Turkic Speaking States until 2021; the OTS names Kyrgyzstan among its founding "
              "member states. The organisation was established in 2009 by the Nakhchivan Agreement, signed on "
              "3 October 2009 (az-mfa-948), the date used here.",
    "HU:OTS": "Observer (not a member) from the 6th Summit in Cholpon-Ata, September 2018 (the OTS gives the month).",
    "TM:OTS": "Observer (not a member) from the 8th Summit, November 2021 (the OTS gives the month).",
    "DE:UN": "Admitted as the Federal Republic of Germany, on the same day as the German Democratic Republic; the "
             "page calls the reunified country of 1990 the Federal Republic of Germany. COW IGO v3 codes the German "
             "Federal Republic (state 260) as a UN member from 1965, which the page does not bear out.",
    # Current members of the EAEU, GUAM, CSTO, SCO and BRICS that are not featured (issue: memberships of
    # the 202 other countries came only from COW, which ends in 2014).
    "BY:EAEU": "Treaty on the Eurasian Economic Union signed by the presidents of Belarus, Kazakhstan and Russia on "
               "29 May 2014; in force on 1 January 2015 (Ministry of Foreign Affairs of Belarus).",
    "RU:EAEU": "Treaty on the Eurasian Economic Union signed by the presidents of Belarus, Kazakhstan and Russia on "
               "29 May 2014; in force on 1 January 2015 (Ministry of Foreign Affairs of Belarus).",
    "AM:EAEU": "Member from 2 January 2015, the day after the Union came into being (Ministry of Foreign Affairs of Belarus).",
    "KG:EAEU": "Member from 12 August 2015, as the Ministry of Foreign Affairs of Belarus gives it; the accession treaty was "
               "signed on 23 December 2014. A TASS report of the Eurasian Economic Commission's statement gives "
               "6 August 2015 as the day the treaty came into force (not a page of this dataset).",
    "GE:GUAM": "The Ministry of Foreign Affairs of Moldova dates GUAM's first stage from the meeting of the presidents of "
               "Azerbaijan, Georgia, Moldova and Ukraine in Strasbourg on 10 October 1997; the Organization for "
               "Democracy and Economic Development was established by the four at the Kyiv Summit of 23 May 2006.",
    "UA:GUAM": "The Ministry of Foreign Affairs of Moldova dates GUAM's first stage from the meeting of the presidents of "
               "Azerbaijan, Georgia, Moldova and Ukraine in Strasbourg on 10 October 1997; the Organization for "
               "Democracy and Economic Development was established by the four at the Kyiv Summit of 23 May 2006.",
    "MD:GUAM": "The Ministry of Foreign Affairs of Moldova dates GUAM's first stage from the meeting of the presidents of "
               "Azerbaijan, Georgia, Moldova and Ukraine in Strasbourg on 10 October 1997; the Organization for "
               "Democracy and Economic Development was established by the four at the Kyiv Summit of 23 May 2006.",
    "AM:CSTO": "The CSTO's own page: one of the six states that extended the Collective Security Treaty in 1999, which the "
               "Collective Security Council made an international regional organisation in 2002 (decision of 14 May "
               "2002; Charter signed in Chisinau on 7 October 2002). The page gives no day for each member: 2002 is the "
               "year the Organization was founded, as for Kazakhstan (KZ:CSTO).",
    "BY:CSTO": "The CSTO's own page: one of the six states that extended the Collective Security Treaty in 1999, which the "
               "Collective Security Council made an international regional organisation in 2002 (decision of 14 May "
               "2002; Charter signed in Chisinau on 7 October 2002). The page gives no day for each member: 2002 is the "
               "year the Organization was founded, as for Kazakhstan (KZ:CSTO).",
    "KG:CSTO": "The CSTO's own page: one of the six states that extended the Collective Security Treaty in 1999, which the "
               "Collective Security Council made an international regional organisation in 2002 (decision of 14 May "
               "2002; Charter signed in Chisinau on 7 October 2002). The page gives no day for each member: 2002 is the "
               "year the Organization was founded, as for Kazakhstan (KZ:CSTO).",
    "RU:CSTO": "The CSTO's own page: one of the six states that extended the Collective Security Treaty in 1999, which the "
               "Collective Security Council made an international regional organisation in 2002 (decision of 14 May "
               "2002; Charter signed in Chisinau on 7 October 2002). The page gives no day for each member: 2002 is the "
               "year the Organization was founded, as for Kazakhstan (KZ:CSTO).",
    "TJ:CSTO": "The CSTO's own page: one of the six states that extended the Collective Security Treaty in 1999, which the "
               "Collective Security Council made an international regional organisation in 2002 (decision of 14 May "
               "2002; Charter signed in Chisinau on 7 October 2002). The page gives no day for each member: 2002 is the "
               "year the Organization was founded, as for Kazakhstan (KZ:CSTO).",
    "IN:SCO": "Admitted as a full member at the SCO summit in Astana on Friday 9 June 2017 (The Indian Express, a news "
              "report; no official page giving the date was found).",
    "PK:SCO": "Admitted as a full member at the SCO summit in Astana on Friday 9 June 2017 (The Indian Express, a news "
              "report; no official page giving the date was found).",
    "IR:SCO": "Elected a full member at the 23rd SCO summit (virtual, chaired by India) on 4 July 2023 (Trend, a news "
              "report); an SCO observer before.",
    "BY:SCO": "Admitted as a member state by the SCO Council of Heads of State at the Astana summit of 4 July 2024 "
              "(Trend, a news report).",
    "RU:BRICS": "TASS gives 2006 as the year Brazil, Russia, India and China founded the group; other reports give 2009, "
                "the year of the first summit.",
    "IN:BRICS": "TASS gives 2006 as the year Brazil, Russia, India and China founded the group; other reports give 2009, "
                "the year of the first summit.",
    "CN:BRICS": "TASS gives 2006 as the year Brazil, Russia, India and China founded the group; other reports give 2009, "
                "the year of the first summit.",
    "EG:BRICS": "Full member from 1 January 2024 (TASS, reporting the Russian Foreign Ministry).",
    "ET:BRICS": "Full member from 1 January 2024 (TASS, reporting the Russian Foreign Ministry).",
    "IR:BRICS": "Full member from 1 January 2024 (TASS, reporting the Russian Foreign Ministry).",
    "BY:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "BO:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "CU:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "MY:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "TH:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "UG:BRICS": "BRICS partner state (a status created at the Kazan summit, October 2024) from 1 January 2025, as the "
                "Russian Foreign Ministry stated (TASS). Not a BRICS member.",
    "AU:PIF": "South Pacific Forum until 1999. Australia's Minister for External Territories attended the first "
              "meeting, Wellington, 5-7 August 1971 (Pacific Islands Forum Secretariat).",
}

# COW records that a page read on 2026-12-06 confirms to a later date or ends
# (facts-2026-12.csv, subject "membership:<COW record id>"): field
# "confirmed" = the page confirms the membership up to that year;
# "ended" = the membership ended on that date.
COW_LEDGER_NOTES = {
    "SA:cow:opec": "The US Energy Information Administration (eia-glossary-opec, written in 2018) lists Saudi Arabia "
                   "among OPEC's current members as a founder (1960-present): confirmed until 2018.",
    "AE:cow:opec": "The US Energy Information Administration (eia-glossary-opec, written in 2018) lists the United "
                   "Arab Emirates among OPEC's current members (1967-present; 1967 is the year Abu Dhabi joined): "
                   "confirmed until 2018.",
    "QA:cow:opec": "Qatar withdrew from OPEC with effect from 1 January 2019, as its Minister of State for Energy "
                   "announced on 3 December 2018 (abc-az-20602).",
    "KZ:NAM": "The CIA World Factbook's last edition (factbook-json-2026, January 2026) lists 'NAM (observer)' among "
              "Kazakhstan's organisations, and the Kazakh delegation took part in the 19th NAM Summit in Kampala in "
              "January 2024 'as an observer country' (kt-kz-nam-observer-2024, reporting the press service of the "
              "Ministry of Foreign Affairs of Kazakhstan): confirmed until January 2026.",
}

# Rows added from a transcribed quote that names a further country.
# (iso2, transcribed abbrev of the row whose quote names it, status)
EXTRA_FROM_QUOTES = [
    ("TR", "OTS", "founding-member"),
    ("MX", "OPEC+", "participant"),
]

# Kazakhstan's Law No. 264 lists these without dates; COW's years are used
# and the law is mentioned in the note.
KZ_LAW_264_ORGS = {"IMF", "IBRD", "IFC", "MIGA", "EBRD", "ADB", "ISDB"}

COW_STATUS = {"1": "member", "2": "associate", "3": "observer"}

# ---------------------------------------------------------------------------
# Aid: how each transcribed row is represented.  Keyed by
# (iso3, year text, amount text, source_url).  Every row must be listed.

AID_RULES = [
    (("AZE", "2017", "19", "oecd"), {"id": "AZ:oda:2017", "measure": "total-oda",
        "note": "0.05% of gross national income; an increase of 40% from 2016 (OECD)."}),
    (("AZE", "2018", "28", "oecd"), {"id": "AZ:oda:2018", "measure": "total-oda"}),
    (("AZE", "2020", "44.9", "oecd"), {"id": "AZ:oda:2020", "measure": "total-oda",
        "note": "0.11% of gross national income; an increase of 69% in real terms over 2019 (OECD, preliminary "
                "data). Superseded: the OECD's 2023 profile (oecd-dcp-aze-2023) gives 2020's ODA as 0.09% of GNI, "
                "so the final 2020 figure differs from this preliminary one; the final amount was not found."}),
    (("AZE", "2020", "24.2", "oecd"), {"id": "AZ:oda-covid-19:2020", "measure": "contribution",
        "recipient": "bilateral partners", "purpose": "COVID-19 response",
        "note": "Gross bilateral ODA for the COVID-19 response: a part of the 2020 total (AZ:oda:2020), not in addition to it."}),
    (("AZE", "2021", "", "oecd"), {"skip": "OECD: Azerbaijan did not provide ODA data for 2021; no figure."}),
    (("AZE", "2022", "49.2", "oecd"), {"id": "AZ:oda:2022", "measure": "total-oda",
        "note": "0.09% of gross national income; USD 50.9 million in constant terms (OECD)."}),
    (("AZE", "2020", "10", "trend.az/azerbaijan/politics/3344811"), {"id": "AZ:who:2020", "measure": "contribution",
        "recipient": "World Health Organization (WHO)", "purpose": "COVID-19",
        "note": "Two voluntary contributions totalling USD 10 million (statement by the President at the UN General "
                "Assembly special session, 4 December 2020): a USD 5 million donor agreement (News.az) and a second "
                "USD 5 million agreement signed 11 May 2020 for Non-Aligned Movement member states in Africa, Asia "
                "and Latin America (Report.az). Recorded once, as the total, so the parts are not counted twice."}),
    (("AZE", "2020", "5", "news.az/news/azerbaijan-provides-5m-to-who"), {"skip": "first USD 5m part of AZ:who:2020"}),
    (("AZE", "2020", "5", "report.az/en/health/azerbaijan-who-sign"), {"skip": "second USD 5m part of AZ:who:2020"}),
    (("AZE", "2020", "5", "azernews.az/nation/165398"), {"skip": "a news report; AZ:iran:2020 cites the Cabinet of "
        "Ministers' statement as reported by News.az (aid-2026-12.csv)"}),
    (("AZE", "2020", "0.3", "news.az/news/azerbaijan-provides-humanitarian-aid"), {"id": "AZ:unrwa:2020",
        "measure": "contribution", "recipient": "UN Relief and Works Agency for Palestine Refugees (UNRWA)",
        "note": "Contribution of USD 300,000 in 2020, as Foreign Minister Elmar Mammadyarov stated at a virtual "
                "extraordinary meeting of the OIC Executive Committee (News.az, from the Foreign Ministry)."}),
    (("AZE", "2023", "1", "antaranews"), {"id": "AZ:nam-global-calls:2023", "measure": "pledge",
        "recipient": "Non-Aligned Movement Global Calls (Africa; Small Island Developing States)",
        "purpose": "post-pandemic recovery",
        "note": "Announced on 2 March 2023 by President Ilham Aliyev, for Azerbaijan as NAM chair, at the NAM "
                "Contact Group summit in Baku: USD 1 million for both Global Calls together, not USD 1 million "
                "each. 'The first donor' is the President's own description of Azerbaijan (ANTARA)."}),
    (("AZE", "", "", "president.az"), {"skip": "a count of countries (more than 80), no amount"}),
    (("AZE", "2006-2012", "0.06", "unocha"), {"id": "AZ:cerf:2006-2012", "measure": "cumulative",
        "recipient": "UN Central Emergency Response Fund (CERF)",
        "note": "'Contributed $60,000 since 2006' (OCHA ROCCA); the end year 2012 follows the transcription of the page."}),
    (("KAZ", "2013", "8", "oecd"), {"id": "KZ:oda:2013", "measure": "total-oda",
        "note": "From the sentence 'In the six years from 2013 to 2019, the country's ODA increased from USD 8 million to USD 34 million.'"}),
    (("KAZ", "2017", "35", "oecd"), {"id": "KZ:oda:2017", "measure": "total-oda",
        "note": "0.02% of gross national income; an increase of 14% from 2016 (OECD)."}),
    (("KAZ", "2019", "34", "oecd"), {"id": "KZ:oda:2019", "measure": "total-oda"}),
    (("KAZ", "2020", "37.1", "oecd"), {"id": "KZ:oda:2020", "measure": "total-oda",
        "note": "0.02% of gross national income (OECD)."}),
    (("KAZ", "2021", "44", "oe.cd"), {"id": "KZ:oda:2021", "measure": "total-oda",
        "note": "Provided in the form of grants (OECD)."}),
    (("KAZ", "2022", "36.8", "oecd"), {"id": "KZ:oda:2022", "measure": "total-oda",
        "note": "0.02% of gross national income (OECD)."}),
    (("KAZ", "2022", "36.7", "trend.az/casia"), {"id": "KZ:kazaid:2022", "measure": "contribution",
        "recipient": "various (all KazAID-reported assistance)",
        "note": "KazAID chairman's statement of total assistance in 2022. The OECD figure for the same year is "
                "USD 36.8 million (KZ:oda:2022); this one is kept as a separate statement, not as a second ODA total.",
        "also": {"id": "KZ:kazaid:2021", "year": 2021, "amount": "43",
                 "recipient": "various (all KazAID-reported assistance)", "measure": "contribution",
                 "note": "Same statement: 'In 2021, it exceeded $43 million' - a lower bound, not an exact total. "
                         "The OECD figure for 2021 is USD 44 million (KZ:oda:2021)."}}),
    (("KAZ", "2002-2021", "542", "euroasia-uclg"), {"id": "KZ:assistance-20-years:2002-2021", "measure": "cumulative",
        "recipient": "foreign countries",
        "note": "'More than US$ 542 million' allocated 'over the past 20 years' for purposes similar to official "
                "development assistance - a lower bound; the period 2002-2021 is the transcription's reading of "
                "'the past 20 years' on a page from about 2021."}),
    (("KAZ", "2013", "0.4", "mfa.gov.kz"), {"id": "KZ:syrian-refugees:2013", "measure": "humanitarian",
        "recipient": "Syrian refugees in Lebanon and Jordan",
        "note": "'400 thousand dollars' (MFA of Kazakhstan)."}),
    (("KAZ", "2006-2012", "0.274964", "unocha"), {"id": "KZ:cerf:2006-2012", "measure": "cumulative",
        "recipient": "UN Central Emergency Response Fund (CERF)",
        "note": "'Since the Fund was established in 2006, Kazakhstan has given US$274,964' (OCHA ROCCA); the end "
                "year 2012 follows the transcription of the page."}),
]

# Rows of aid-2026-12.csv (pages read on 2026-12-06), keyed by
# (iso3, year, amount, source_id).  Every row must be listed.
AID_RULES_2026 = [
    (("AZE", "2014", "16", "oecd-dac-aze-oda-fr"), {"id": "AZ:oda:2014", "measure": "total-oda",
        "note": "Net ODA ('apports nets d'APD', OECD DAC page in French); 0.02% of GNI. The other OECD figures "
                "here are 'total ODA' from the Development Co-operation Profiles; the format has one ODA measure, "
                "so net ODA is recorded as total-oda. Azerbaijan first reported to the OECD in 2016, for 2014 and 2015."}),
    (("AZE", "2015", "13", "oecd-dac-aze-oda-fr"), {"id": "AZ:oda:2015", "measure": "total-oda",
        "note": "Net ODA ('apports nets d'APD', OECD DAC page in French); 0.02% of GNI, unchanged from 2014. The "
                "other OECD figures here are 'total ODA' from the Development Co-operation Profiles; the format has "
                "one ODA measure, so net ODA is recorded as total-oda."}),
    (("KAZ", "2024", "50.4", "oecd-dcp-kaz-2024-data"), {"id": "KZ:oda:2024", "measure": "total-oda",
        "note": "0.02% of gross national income (OECD). The profile 'presents verified data'; the page read does "
                "not call the figure preliminary."}),
    (("AZE", "2020", "5", "news-az-iran-5m"), {"id": "AZ:iran:2020", "measure": "humanitarian",
        "recipient": "Iran", "purpose": "COVID-19",
        "note": "The Government of Azerbaijan decided to donate USD 5 million of financial aid to Iran for its fight "
                "against COVID-19, as the Cabinet of Ministers said (News.az, 7 March 2020, via AzerTag). AzerNews "
                "(22 May 2020) called it humanitarian aid 'worth $5 million'."}),
    # OECD figures for the other donors among the 13 (pages read on
    # 2026-12-06).  The pages give billions; the CSV has millions (x 1000,
    # exact).  Each note says which measure the page names.
    (("TUR", "2023", "6700", "oecd-dcp-tur-2023data"), {"id": "TR:oda:2023", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 0.6% of GNI (OECD Development Co-operation Profiles)."}),
    (("TUR", "2022", "7200", "oecd-dcp-tur-2022data"), {"id": "TR:oda:2022", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 0.79% of GNI (OECD Development Co-operation Profiles)."}),
    (("TUR", "2021", "7700", "oecd-dcp-tur-2021data"), {"id": "TR:oda:2021", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 1% of GNI (OECD Development Co-operation Profiles)."}),
    (("TUR", "2016", "6200", "oecd-dac-tur-oda"), {"id": "TR:oda:2016", "measure": "total-oda",
        "note": "ODA, preliminary data; 0.79% of GNI (OECD development finance statistics page of 2017)."}),
    (("TUR", "2015", "3900", "oecd-dac-tur-oda"), {"id": "TR:oda:2015", "measure": "total-oda",
        "note": "Net ODA (cash-flow basis, the OECD's headline measure before 2018); 0.50% of GNI. The format has "
                "one ODA measure, so net ODA is recorded as total-oda."}),
    (("ARE", "2019", "2200", "oecd-dcp-are-2019data"), {"id": "AE:oda:2019", "measure": "total-oda",
        "note": "ODA; 41% less than in 2018, due to a fall in concessional loans (OECD Development Co-operation Profiles)."}),
    (("ARE", "2018", "3900", "oecd-dcp-are-2018data"), {"id": "AE:oda:2018", "measure": "total-oda",
        "note": "Total ODA on the grant-equivalent basis, preliminary data; 0.95% of GNI. Net ODA on the cash-flow "
                "basis was USD 4.2 billion (OECD)."}),
    (("SAU", "2022", "6600", "oecd-dcp-sau-2022final"), {"id": "SA:oda:2022", "measure": "total-oda",
        "note": "ODA; 0.59% of GNI. The page does not call the figure preliminary; an earlier edition gave USD 6 "
                "billion (preliminary data, 0.74% of GNI), superseded by this one."}),
    (("SAU", "2021", "2100", "oecd-dcp-sau-2021data"), {"id": "SA:oda:2021", "measure": "total-oda",
        "note": "ODA, preliminary data; 0.30% of GNI. Superseded: the later edition (oecd-dcp-sau-2022final) gives "
                "2021's ODA as 1.01% of GNI, so the final 2021 figure differs from this preliminary one; the final "
                "amount was not found."}),
    (("KOR", "2022", "2800", "oecd-dcp-kor-2022data"), {"id": "KR:oda:2022", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 0.17% of GNI (OECD Development Co-operation Profiles)."}),
    # Pages read on 2026-12-07 (second round).
    (("KOR", "2023", "3100", "oecd-dcp-kor-2023data"), {"id": "KR:oda:2023", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 0.18% of GNI (OECD Development Co-operation Profiles)."}),
    (("KOR", "2021", "2900", "oecd-dcp-kor-2021data"), {"id": "KR:oda:2021", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 0.16% of GNI (OECD Development Co-operation Profiles)."}),
    (("KOR", "2015", "1900", "oecd-dac-kor-profile"), {"id": "KR:oda:2015", "measure": "total-oda",
        "note": "Net ODA, preliminary data; 0.14% of GNI (OECD DAC member profile, Development Co-operation Report "
                "2016). The format has one ODA measure, so net ODA is recorded as total-oda."}),
    (("SAU", "2017", "908", "oecd-dcp-sau-2017data"), {"id": "SA:oda:2017", "measure": "total-oda",
        "note": "'Total official development assistance (ODA)', as the page calls it; not called preliminary. The "
                "page says Saudi Arabia had so far reported partial data for 2015-2017 (data on loans and on grants "
                "of some Saudi entities missing), so the figure is not its total development aid."}),
    # Pages read on 2026-12-07 (third round).
    (("TUR", "2018", "8610", "oecd-dcp-tur-2018data"), {"id": "TR:oda:2018", "measure": "total-oda",
        "note": "Total ODA on the grant-equivalent basis, preliminary data; 1.1% of GNI. Net ODA on the cash-flow "
                "basis was USD 8.56 billion (OECD Development Co-operation Profiles, the edition with 2018 data)."}),
    (("AUS", "2023", "3300", "oecd-dcp-aus-2023data"), {"id": "AU:oda:2023", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 0.19% of GNI (OECD Development Co-operation Profiles)."}),
    (("AUS", "2022", "3000", "oecd-dcp-aus-2022data"), {"id": "AU:oda:2022", "measure": "total-oda",
        "note": "Total ODA, preliminary data; 0.19% of GNI (OECD Development Co-operation Profiles)."}),
    (("AUS", "2015", "3200", "oecd-dac-aus-profile"), {"id": "AU:oda:2015", "measure": "total-oda",
        "note": "Net ODA, preliminary data; 0.27% of GNI (OECD DAC member profile, Development Co-operation Report "
                "2016). The format has one ODA measure, so net ODA is recorded as total-oda."}),
    (("QAT", "2023", "704.7", "oecd-dcp-qat-2023data"), {"id": "QA:oda:2023", "measure": "total-oda",
        "note": "ODA, preliminary data; 0.31% of GNI (OECD Development Co-operation Profiles)."}),
    (("QAT", "2022", "820.3", "oecd-dcp-qat-2022data"), {"id": "QA:oda:2022", "measure": "total-oda",
        "note": "ODA, preliminary data; 0.46% of GNI (OECD Development Co-operation Profiles)."}),
    (("QAT", "2021", "676.6", "oecd-dcp-qat-2022data"), {"id": "QA:oda:2021", "measure": "total-oda",
        "note": "ODA; 0.38% of GNI (OECD Development Co-operation Profiles, the edition with 2022 data)."}),
    (("MEX", "2012", "203", "oecd-dcd-mex-2012"), {"id": "MX:oda-estimate:2012", "measure": "total-oda",
        "note": "OECD estimate: 'at least USD 203 million' of Mexico's international development co-operation "
                "(USD 277 million by Mexico's own figures) meets the criteria of ODA. A lower bound."}),
    (("MEX", "2014", "169", "oecd-dcd-mex-2014"), {"id": "MX:oda-estimate:2014", "measure": "total-oda",
        "note": "OECD estimate: 'at least USD 169 million' of Mexico's international development co-operation "
                "(USD 288 million by Mexico's own figures) would count as development co-operation in DAC "
                "statistics. A lower bound."}),
    # The OECD's estimates for Brazil and South Africa (pages read on
    # 2026-12-06): status "estimate", as the pages say.
    (("BRA", "2012", "411", "oecd-dac-bra-dc"), {"id": "BR:oda-estimate:2012", "measure": "total-oda",
        "note": "The OECD's estimate of Brazil's development co-operation. Recorded as total-oda, the format's one "
                "measure of a donor's total."}),
    (("BRA", "2013", "316", "oecd-dac-bra-dc"), {"id": "BR:oda-estimate:2013", "measure": "total-oda",
        "note": "The OECD's estimate of Brazil's development co-operation. Recorded as total-oda, the format's one "
                "measure of a donor's total. Brazil's own figure for 2013 (Ipea and ABC, 2016) is USD 397 million, "
                "which includes activities not, or not entirely, counted as development co-operation in DAC "
                "statistics."}),
    (("ZAF", "2012", "188", "oecd-dcd-zaf-2013"), {"id": "ZA:oda-estimate:2012", "measure": "total-oda",
        "note": "The OECD's estimate of South Africa's concessional finance for development. Recorded as "
                "total-oda, the format's one measure of a donor's total."}),
    (("ZAF", "2013", "183", "oecd-dcd-zaf-2013"), {"id": "ZA:oda-estimate:2013", "measure": "total-oda",
        "note": "The OECD's estimate of South Africa's concessional finance for development. Recorded as "
                "total-oda, the format's one measure of a donor's total."}),
    (("ZAF", "2014", "148", "oecd-dac-zaf-2015"), {"id": "ZA:oda-estimate:2014", "measure": "total-oda",
        "note": "The OECD's estimate of South Africa's total concessional finance for development, based on the "
                "Government of South Africa (2016) and the websites of multilateral organisations."
                " Recorded as total-oda, the format's one measure of a donor's total."}),
    (("ZAF", "2015", "100", "oecd-dac-zaf-2015"), {"id": "ZA:oda-estimate:2015", "measure": "total-oda",
        "note": "The OECD's estimate of South Africa's total concessional finance for development, based on the "
                "Government of South Africa (2016) and the websites of multilateral organisations."
                " Recorded as total-oda, the format's one measure of a donor's total."}),
]

# Rows of aid-2026-12.csv for a country that is not featured (issue #20):
# an OECD figure of the country's ODA total.  Such a row needs no rule of its
# own (oecd_total_rule): its record is "<CC>:oda:<year>", measure total-oda,
# and its note names the page's term (the CSV's measure column, one of these)
# and the amount as the page states it, which the quote must contain.
AID_OECD_TERMS = {
    "total ODA (OECD)": "Total ODA",
    "ODA (OECD)": "ODA",
    "net ODA (OECD)": "Net ODA",
}


def oecd_total_rule(r):
    """The rule of an aid-2026-12.csv row of a country that is not featured."""
    term = AID_OECD_TERMS.get(r["measure"])
    if term is None:
        raise BuildError("aid row of a country that is not featured needs a measure of %s: %r"
                         % (sorted(AID_OECD_TERMS), r))
    year = int(r["year"])
    amount = Decimal(r["amount_usd_millions"])
    stated = [(num, unit) for num, unit in re.findall(r"USD ([0-9]+(?:\.[0-9]+)?) (billion|million)", r["quote"])
              if Decimal(num) * (1000 if unit == "billion" else 1) == amount]
    if not stated:
        raise BuildError("aid row: the quote does not state USD %s million: %r" % (r["amount_usd_millions"], r))
    num, unit = stated[0]
    places = len(num.partition(".")[2])
    rounded = "the whole %s" % unit if places == 0 else "%s %s" % (Decimal(1).scaleb(-places), unit)
    if term == "Net ODA":
        basis = "the cash-flow basis, the OECD's headline measure before 2018"
    elif year >= 2018:
        basis = "the OECD's headline measure, on the grant-equivalent basis since 2018"
    else:
        basis = "the page names no measure; before 2018 the OECD's headline measure was net ODA, on the cash-flow basis"
    note = "%s (%s), as the OECD states it: 'USD %s %s', rounded to %s" % (term, basis, num, unit, rounded)
    if unit == "billion":
        note += "; the amount here is %s x 1000 million" % num
    note += ". The format has one ODA measure, so it is recorded as total-oda."
    return {"id": "%s:oda:%d" % (ISO3_TO_2[r["iso3"]], year), "measure": "total-oda", "note": note}


AID_STATUS = {
    "final": "final",
    "preliminary": "preliminary",
    "announced": "statement",      # WHO total: "we have made two contributions" is a statement, not a pledge
    "reported": "statement",
    "reported (OCHA ROCCA)": "statement",
    "reported (MFA)": "statement",
    "statement": "statement",
    "pledged 2023-03-02": "announced",
    "statement (Cabinet of Ministers, reported by News.az)": "statement",
    "estimate": "estimate",
}

# ---------------------------------------------------------------------------
# Independence (countries.independence): the date and page are in
# independence-2026-12.csv; the note says what the date is, in the page's
# terms.  Where "independence" is not the right word, the note says
# "statehood" (the format has one field, named independence).

INDEPENDENCE_NOTES = {
    "AZ": "Constitutional Act on the State Independence of the Republic of Azerbaijan, 18 October 1991, which "
          "refers to the Declaration of Independence of 28 May 1918; the Supreme Council's declaration 'On the "
          "restoration of the state independence of the Republic of Azerbaijan' dates from 30 August 1991.",
    "KZ": "Constitutional Law 'On the State Independence of the Republic of Kazakhstan', 16 December 1991.",
    "TR": "Statehood: the Republic of Turkey was declared on 29 October 1923 after the fall of the Ottoman Empire; "
          "Turkey celebrates this date as its date of independence.",
    "ID": "Independence proclaimed on 17 August 1945; on 27 December 1949 Indonesia became legally independent "
          "from the Netherlands.",
    "KR": "Independence from Japanese occupation, 15 August 1945; the Republic of Korea was founded on 15 August 1948.",
    "BR": "Independence from Portugal.",
    "ZA": "Statehood: Union of South Africa, a self-governing British dominion, from 31 May 1910; sovereignty "
          "recognised on 1 May 1934 under Britain's Statute of Westminster; Republic of South Africa from 31 May 1961.",
    "SA": "Statehood: the Kingdom of Saudi Arabia was established on 23 September 1932 (unification); Saudis "
          "commemorate 23 September as their Independence Day.",
    "QA": "Independence from the UK.",
    "AE": "Independence from the UK.",
    "MX": "Independence from Spain, dated by the source to 16 September 1810, when the struggle for independence "
          "began; an 1821 treaty recognised Mexican independence (Voice of America).",
    "AU": "Statehood: federation of the UK colonies, 1 January 1901.",
}

# ---------------------------------------------------------------------------
# Indicators

INDICATORS = [
    {
        "id": "population",
        "name": {"en": "Population", "ru": "Население", "az": "Əhali", "kk": "Халық саны", "tr": "Nüfus"},
        "unit": "people",
        "source": "wb-population",
        "note": "World Bank indicator SP.POP.TOTL as packaged in datasets/population. Latest year 2024.",
    },
    {
        "id": "gdp",
        "name": {"en": "GDP (current US$)", "ru": "ВВП (текущие доллары США)", "az": "ÜDM (cari ABŞ dolları)",
                 "kk": "ЖІӨ (ағымдағы АҚШ доллары)", "tr": "GSYH (cari ABD doları)"},
        "unit": "usd",
        "source": "wb-gdp",
        "note": "World Bank NY.GDP.MKTP.CD as packaged in datasets/gdp; rounded to whole cents. Latest year 2023.",
    },
    {
        "id": "gdp-per-capita",
        "name": {"en": "GDP per capita (current US$)", "ru": "ВВП на душу населения (текущие доллары США)",
                 "az": "Adambaşına ÜDM (cari ABŞ dolları)", "kk": "Жан басына шаққандағы ЖІӨ (ағымдағы АҚШ доллары)",
                 "tr": "Kişi başına GSYH (cari ABD doları)"},
        "unit": "usd-per-person",
        "source": "wb-gdp",
        "status": "derived",
        "note": "Derived by us: GDP in current US$ (wb-gdp, NY.GDP.MKTP.CD) divided by total population "
                "(wb-population, SP.POP.TOTL) for each year in which both exist, rounded to 2 decimals. "
                "The World Bank's own GDP per capita (NY.GDP.PCAP.CD) may differ slightly.",
    },
    {
        "id": "military-expenditure",
        "name": {"en": "Military expenditure (current US$)", "ru": "Военные расходы (текущие доллары США)",
                 "az": "Hərbi xərclər (cari ABŞ dolları)", "kk": "Әскери шығыстар (ағымдағы АҚШ доллары)",
                 "tr": "Askeri harcamalar (cari ABD doları)"},
        "unit": "usd",
        "source": "wdi-2021-public-sector",
        "note": "World Bank WDI 'Military expenditure (current USD)' (MS.MIL.XPND.CD; data from SIPRI) as "
                "downloaded in 2021; rounded to whole cents. Latest year 2020.",
        "column": "average_value_Military expenditure (current USD)",
    },
    {
        "id": "military-expenditure-gdp",
        "name": {"en": "Military expenditure (% of GDP)", "ru": "Военные расходы (% ВВП)",
                 "az": "Hərbi xərclər (ÜDM-in %-i)", "kk": "Әскери шығыстар (ЖІӨ-нің %-ы)",
                 "tr": "Askeri harcamalar (GSYH'nin %'si)"},
        "unit": "percent",
        "source": "wdi-2021-public-sector",
        "note": "World Bank WDI 'Military expenditure (% of GDP)' (data from SIPRI) as downloaded in 2021. "
                "Latest year 2020.",
        "column": "average_value_Military expenditure (% of GDP)",
    },
]

CENT = Decimal("0.01")


class BuildError(Exception):
    pass


# ---------------------------------------------------------------------------
# Reading

def raw_path(*parts):
    return os.path.join(RAW, *parts)


def read_csv_dicts(*parts):
    with open(raw_path(*parts), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_json(*parts):
    with open(raw_path(*parts), encoding="utf-8") as f:
        return json.load(f)


def cents(text):
    return float(Decimal(text).quantize(CENT, rounding=ROUND_HALF_EVEN))


def usd_from_millions(text):
    """'44.9' (USD millions) -> 44900000, exactly, as an int."""
    d = Decimal(text) * 1000000
    if d != d.to_integral_value():
        raise BuildError("amount %s million is not a whole number of dollars" % text)
    return int(d)


def precision_of(date):
    return {4: "year-only", 7: "month", 10: "day"}[len(date)]


def date_end(date):
    """'1991' -> (1991, 12, 31); '1995-02' -> (1995, 2, 28): where a partial date ends."""
    parts = [int(x) for x in date.split("-")]
    if len(parts) == 1:
        parts.append(12)
    if len(parts) == 2:
        parts.append(calendar.monthrange(parts[0], parts[1])[1])
    return tuple(parts)


def date_start(date):
    """'1991' -> (1991, 1, 1); '1995-12' -> (1995, 12, 1): where a partial date begins."""
    parts = [int(x) for x in date.split("-")]
    return tuple(parts + [1] * (3 - len(parts)))


def read_pages():
    """pages-2026-12.csv: source_id -> source record of a page read on 2026-12-06."""
    pages = {}
    for r in read_csv_dicts("transcribed", PAGES_2026_12):
        sid = r["source_id"]
        if sid in pages:
            raise BuildError("page %s listed twice" % sid)
        rec = {"id": sid, "title": r["title"], "publisher": r["publisher"], "url": r["url"],
               "retrieved": r["retrieved"], "licence": r["licence"]}
        if r["note"]:
            rec["note"] = r["note"]
        pages[sid] = rec
    return pages


def read_facts():
    """facts-2026-12.csv: (subject, field) -> (value, source_id)."""
    facts = {}
    for r in read_csv_dicts("transcribed", "facts-2026-12.csv"):
        key = (r["subject"], r["field"])
        if key in facts:
            raise BuildError("fact %r given twice" % (key,))
        facts[key] = (r["value"], r["source_id"])
    return facts


def read_independence():
    """independence-2026-12.csv: country -> (date, kind, source_id)."""
    out = {}
    for r in read_csv_dicts("transcribed", "independence-2026-12.csv"):
        if r["iso2"] not in ISO2 or r["iso2"] in out:
            raise BuildError("bad or repeated country in independence-2026-12.csv: %r" % r["iso2"])
        out[r["iso2"]] = (r["date"], r["kind"], r["source_id"])
    return out


def org_dates(cow_igo, facts):
    """Founding and end dates of organisations: id -> (date, source id)."""
    founded, ended = {}, {}
    for code, (oid, _a, _n, _k, policy) in COW_ORGS.items():
        if policy == "sdate":
            founded[oid] = (cow_igo[code]["sdate"].strip(), "cow-igo-v3")
        elif isinstance(policy, tuple) and policy[0] == "source":
            founded[oid] = (policy[2], policy[1])
        elif isinstance(policy, tuple) and policy[0] == "fact":
            founded[oid] = facts[(policy[1], "founded")]
    for oid, (_a, _n, _k, url, date) in OTHER_ORGS.items():
        if date:
            founded[oid] = (date, web_source_id(url))
    for oid, (_a, _n, _k, sid, date) in LEDGER_ORGS.items():
        if date:
            founded[oid] = (date, sid)
    for (subject, field), value in facts.items():
        if subject.startswith("organization:") and field == "ended":
            ended[subject.split(":", 1)[1]] = value
    return founded, ended


# ---------------------------------------------------------------------------
# Building

def build_sources(web_urls_used):
    sources = [dict(s) for s in FILE_SOURCES + CAPITAL_SOURCES]
    web = []
    seen = set()
    for key in web_urls_used:
        url, title = key
        url = normalise_url(url)
        entry = WEB_SOURCES.get((url, title)) or WEB_SOURCES.get(url)
        if entry is None:
            raise BuildError("no source record for cited page %s" % url)
        sid, publisher, page_title = entry
        if sid in seen:
            continue
        seen.add(sid)
        page_url = url
        rec = {
            "id": sid,
            "title": page_title or title,
            "publisher": publisher,
            "url": page_url,
            "retrieved": SNAPSHOT_DATE,
            "licence": WEB_LICENCE % publisher.split(" (")[0],
        }
        note = " ".join(n for n in (WEB_NOTES.get(sid), SNAPSHOT_NOTE) if n)
        rec["note"] = note
        web.append(rec)
    for sid, rec in sorted(read_pages().items()):
        if sid in seen:
            raise BuildError("page id %s is also a snapshot source id" % sid)
        web.append(dict(rec))
    web.sort(key=lambda r: r["id"])
    # The app says 'date of retrieval not recorded' for these, rather than
    # the stand-in date (which keeps the field a date).
    for rec in sources + web:
        if SNAPSHOT_NOTE in rec.get("note", ""):
            rec["retrieved_unknown"] = True
    return sources + web


def normalise_url(url):
    # One transcribed URL has a trailing dot after the host name.
    return url.strip().replace("https://president.az./", "https://president.az/")


def web_source_id(url, title=None):
    url = normalise_url(url)
    entry = WEB_SOURCES.get((url, title)) or WEB_SOURCES.get(url)
    if entry is None:
        raise BuildError("no source record for %s" % url)
    return entry[0]


def read_all_countries():
    entries = read_json("iso-codes", "iso_3166-1.json")["3166-1"]
    ALL_ISO2[:] = [e["alpha_2"] for e in entries]
    if ALL_ISO2[:len(ISO2)] != ISO2:
        raise BuildError("data/raw/iso-codes does not start with the 13 featured countries")
    for e in entries:
        ISO3_TO_2[e["alpha_3"]] = e["alpha_2"]


def build_countries():
    independence = read_independence()
    names = read_json("i18n-iso-countries", "names.json")
    iso = {e["alpha_2"]: e for e in read_json("iso-codes", "iso_3166-1.json")["3166-1"]}
    iso_tr = read_json("iso-codes", "translations.json")
    wc = {e["cca2"]: e for e in read_json("world-countries", "countries.json")}
    m49 = {r["ISO3166-1-Alpha-2"]: r for r in read_csv_dicts("country-codes", "m49-regions.csv")}
    out = []
    for cc in ALL_ISO2:
        w = wc.get(cc)
        iso3 = iso[cc]["alpha_3"]
        if w is not None and w["cca3"] != iso3:
            raise BuildError("ISO3 mismatch for %s" % cc)
        name = {}
        other = []
        for lang in ("en", "ru", "az", "kk", "tr"):
            v = names[lang]["countries"].get(cc)
            if v is None:
                # i18n-iso-countries lacks it: the iso-codes translation.
                v = iso_tr.get(lang, {}).get(cc, {}).get("name")
                if v is None:
                    continue
            if isinstance(v, list):
                other += [x for x in v[1:] if x not in other]
                v = v[0]
            name[lang] = v
        official = {"en": iso[cc].get("official_name") or (w["name"]["official"] if w else name["en"])}
        # Where each language's official name comes from, for the note.
        official_origin = {"en": OFFICIAL_ISO if iso[cc].get("official_name")
                           else OFFICIAL_WC if w else OFFICIAL_I18N}
        ru = w["translations"].get("rus", {}).get("official") if w else None
        tr = w["translations"].get("tur", {}).get("official") if w else None
        # world-countries 5.1.0 has "Республика Турции" for Türkiye, which is
        # not a correct Russian official name: left out rather than shipped.
        if ru and not (cc == "TR" and ru == "Республика Турции"):
            official["ru"] = ru
            official_origin["ru"] = OFFICIAL_WC
        if tr:
            # world-countries 5.1.0 writes "özbekistan Cumhuriyeti" with a
            # lower-case initial; only the first letter is capitalised.
            if tr[0].islower():
                tr = tr[0].upper() + tr[1:]
            official["tr"] = tr
            official_origin["tr"] = OFFICIAL_WC
        # Azerbaijani and Kazakh official names (and Russian and Turkish where
        # world-countries has none): iso-codes' own translations.
        for lang in ("ru", "az", "kk", "tr"):
            t = iso_tr.get(lang, {}).get(cc, {}).get("official_name")
            if t and lang not in official and iso[cc].get("official_name"):
                official[lang] = t
                official_origin[lang] = OFFICIAL_ISO
        official_from_iso_name(cc, official, official_origin, iso[cc], iso_tr)
        # world-countries' official name in a country's own language where
        # that is one of ours and still lacks one: Azerbaijan's Azerbaijani
        # "Azərbaycan Respublikası" (the others it has are already given).
        for lang3, lang in (("rus", "ru"), ("aze", "az"), ("kaz", "kk"), ("tur", "tr")):
            t = w["name"].get("native", {}).get(lang3, {}).get("official") if w else None
            if t and lang not in official:
                official[lang] = t
                official_origin[lang] = OFFICIAL_WC_NATIVE
        # The languages the sources leave without one: ours, or why not
        # (data/raw/official-names/translated.csv).
        official_note = set_official_names(cc, official, official_origin)
        # Other names people search by ("Republic of Turkey", "Burma"):
        # world-countries' altSpellings and i18n-iso-countries' further
        # names, less the ISO code and the names the record already has.
        known = set(name.values()) | set(official.values())
        other += w.get("altSpellings", []) if w else []
        other = [a for i, a in enumerate(other)
                 if a not in known and a not in other[:i] and not (len(a) == 2 and a.isupper())]
        flag_file = os.path.join(FLAG_DIR, cc.lower() + ".svg")
        if not os.path.exists(flag_file):
            raise BuildError("missing flag %s" % flag_file)
        rec = {
            "id": cc,
            "iso3": iso3,
            "name": name,
            "official_name": official,
            **({"other_names": other} if other else {}),
            "flag": FLAG_RESOURCE % cc.lower(),
            "source": "i18n-iso-countries",
        }
        if cc in ISO2:
            rec["featured"] = True
        if w is not None and w["capital"]:
            capitals = w["capital"]
            capital = {"value": ", ".join(capitals), "source": "world-countries"}
            if len(capitals) > 1:
                capital["note"] = "world-countries lists %d capitals, in this order." % len(capitals)
            set_capital_names(capital, cc, capitals)
            rec["capital"] = capital
        if w is not None and w.get("area"):
            rec["area_km2"] = {"value": w["area"], "source": "world-countries"}
        if cc in independence:
            date, kind, sid = independence[cc]
            if kind.startswith("statehood") != INDEPENDENCE_NOTES.get(cc, "").startswith("Statehood"):
                raise BuildError("%s: independence kind %r and note disagree" % (cc, kind))
            fact = {"value": date, "source": sid}
            if INDEPENDENCE_NOTES.get(cc):
                fact["note"] = INDEPENDENCE_NOTES[cc]
            rec["independence"] = fact
        if m49.get(cc, {}).get("Sub-region Name"):
            rec["subregion"] = {"value": m49[cc]["Sub-region Name"], "source": "un-m49-country-codes"}
        rec["note"] = official_note
        out.append(rec)
    check_capital_names()
    check_official_names()
    return out


# iso-codes' translations of an English official name that is the ISO short
# name ("Japan", "Russian Federation": ISO gives no official name of its own),
# where a language still lacks one; not these, which are not that name.
ISO_NAME_NOT_OFFICIAL = {
    ("kk", "RU"): "Ресей, the short name",
    ("kk", "AS"): "'Шығыс Самоа (АҚШ)', 'Eastern Samoa (USA)'",
    ("az", "RO"): "'Ruminıya', misspelt",
}


def official_from_iso_name(cc, official, official_origin, iso_entry, iso_tr):
    if iso_entry.get("official_name") or official["en"] != iso_entry["name"]:
        return
    for lang in ("ru", "az", "kk", "tr"):
        t = iso_tr.get(lang, {}).get(cc, {}).get("name")
        if t and lang not in official and (lang, cc) not in ISO_NAME_NOT_OFFICIAL:
            official[lang] = t
            official_origin[lang] = OFFICIAL_ISO


# ---------------------------------------------------------------------------
# Official names the sources do not give (issue #20): data/raw/official-names/
# translated.csv, written by hand, has ours for each country and language that
# world-countries and iso-codes leave without one, or an empty name and the
# reason it is left out (the app then shows the English).  A row never
# replaces a source's name.  The country's note says which languages come
# from where and which are "translated by the Middle Powers authors".

OFFICIAL_NAMES = "official-names"
OFFICIAL_ISO = "iso-codes 4.15.0"
OFFICIAL_WC = "world-countries 5.1.0"
OFFICIAL_WC_NATIVE = "world-countries 5.1.0 (its name in the country's own language)"
OFFICIAL_I18N = "i18n-iso-countries 7.14.0 (the short name)"
_official_names = None
OFFICIAL_SEEN = set()   # (iso2, lang) rows of translated.csv the build used


def read_official_names():
    """{(iso2, lang): (name or '', reason, replaces)} from translated.csv."""
    out = {}
    for r in read_csv_dicts(OFFICIAL_NAMES, "translated.csv"):
        key = (r["id"], r["lang"])
        if r["lang"] not in LANGUAGE_NAMES or (not r["name"] and not r["reason"]):
            raise BuildError("%s/translated.csv: bad row %r" % (OFFICIAL_NAMES, r))
        if r["name"] != r["name"].strip() or "  " in r["name"]:
            raise BuildError("%s/translated.csv: stray spaces in %r" % (OFFICIAL_NAMES, r))
        if key in out:
            raise BuildError("%s/translated.csv: %s %s given twice" % (OFFICIAL_NAMES, *key))
        if r["replaces"] and not (r["name"] and r["reason"]):
            raise BuildError("%s/translated.csv: a row that replaces a source's name gives ours and why: %r"
                             % (OFFICIAL_NAMES, r))
        out[key] = (r["name"], r["reason"], r["replaces"])
    return out


def set_official_names(cc, official, official_origin):
    """Fills the languages the sources left without an official name from
    translated.csv and returns the country's note: where each language's
    official name comes from, which are ours and which are left out."""
    global _official_names
    if _official_names is None:
        _official_names = read_official_names()
    missing = {}   # reason -> languages
    replaced = []  # what a source gave that is wrong, and why
    for lang in LANGUAGE_NAMES:
        entry = _official_names.get((cc, lang))
        if lang in official:
            # A row replaces a source's name only where it quotes that
            # name exactly (`replaces`) and says why it is wrong.
            if entry is not None and entry[2] and entry[2] == official[lang]:
                OFFICIAL_SEEN.add((cc, lang))
                replaced.append("%s: ours instead of %s's \u201c%s\u201d (%s)"
                                % (LANGUAGE_NAMES[lang], official_origin[lang], entry[2], entry[1]))
                official[lang] = entry[0]
                official_origin[lang] = OURS
            elif entry is not None:
                raise BuildError("%s/translated.csv: %s %s, but %s gives %r; a row replaces a source's name only "
                                 "where its `replaces` quotes it" % (OFFICIAL_NAMES, cc, lang, official_origin[lang],
                                                                     official[lang]))
            continue
        if entry is None:
            raise BuildError("%s: no %s official name and no row saying why in %s/translated.csv"
                             % (cc, LANGUAGE_NAMES[lang], OFFICIAL_NAMES))
        OFFICIAL_SEEN.add((cc, lang))
        if entry[2]:
            raise BuildError("%s/translated.csv: %s %s replaces a name no source gives" % (OFFICIAL_NAMES, cc, lang))
        name, reason = entry[0], entry[1]
        if name:
            official[lang] = name
            official_origin[lang] = OURS
        else:
            missing.setdefault(reason, []).append(LANGUAGE_NAMES[lang])
    origins = {}   # origin -> languages, in the order of the languages
    for lang in ("en",) + tuple(LANGUAGE_NAMES):
        if lang in official:
            origins.setdefault(official_origin[lang], []).append(LANGUAGE_NAMES.get(lang, "English"))
    note = "Official name: " + "; ".join(
        "%s %s" % (", ".join(langs), origin if origin == OURS else "from " + origin)
        for origin, langs in origins.items()) + "."
    for reason, langs in missing.items():
        note += " %s not given (shown in English): %s." % (", ".join(langs), reason)
    for line in replaced:
        note += " " + line + "."
    return note


def check_official_names():
    """Every row of translated.csv was used: it names a country of the
    dataset (a row for a language a source gives stops the build earlier)."""
    stale = sorted(set(read_official_names()) - OFFICIAL_SEEN)
    if stale:
        raise BuildError("%s/translated.csv names countries the dataset does not have: %r"
                         % (OFFICIAL_NAMES, stale))


def read_cow():
    """The COW IGO file, the state-year series of every country (merged over
    the COW states that are that country: Germany is 260 to 1989 and 255
    before 1945 and from 1990), and which COW state coded which year."""
    igo_rows = {r["ioname"].lower(): r for r in read_csv_dicts("cow-igo-v3", "igo_year_format3_2014_trimmed.csv")}
    for r in read_csv_dicts("cow-igo-v3", "cow-iso.csv"):
        if r["iso2"] not in ALL_ISO2 or r["ccode"] in CCODE_TO_2:
            raise BuildError("cow-iso.csv: bad row %r" % r)
        CCODE_TO_2[r["ccode"]] = r["iso2"]
        COW_STATE_NAMES[r["ccode"]] = r["statenme"]
    for cc, _iso3, ccode in COUNTRIES:
        if [c for c, iso2 in CCODE_TO_2.items() if iso2 == cc] != [ccode]:
            raise BuildError("cow-iso.csv: featured country %s is not COW state %s alone" % (cc, ccode))
    state_rows = read_csv_dicts("cow-igo-v3", "state_year_format3_trimmed.csv")
    series = {}   # (cc, code) -> {year: value}
    coded_by = {}   # cc -> {year: ccode}
    for r in state_rows:
        cc = CCODE_TO_2.get(r["ccode"])
        if cc is None:
            raise BuildError("state_year_format3_trimmed.csv: COW state %s is no country" % r["ccode"])
        y = int(r["year"])
        if coded_by.setdefault(cc, {}).setdefault(y, r["ccode"]) != r["ccode"]:
            raise BuildError("two COW states code %s in %d" % (cc, y))
        for code in COW_ORGS:
            series.setdefault((cc, code), {})[y] = r[code]
    return igo_rows, series, coded_by


def read_cow_states(facts):
    """When each country existed as a COW state (COW State System
    Membership, states2016): cc -> list of (start date, end year, ccode,
    source id of the start).
    A country whose COW state is attributed to it only from a year on
    (cow-iso.csv first_year: Serbia) starts on the date a page gives
    (facts-2026-12.csv, subject "country:<cc>", field "cow-from")."""
    first = {r["ccode"]: int(r["first_year"]) for r in read_csv_dicts("cow-igo-v3", "cow-iso.csv")
             if r["first_year"]}
    periods = {}
    for r in read_csv_dicts("cow-igo-v3", "states2016_trimmed.csv"):
        cc = CCODE_TO_2[r["ccode"]]
        start = "%04d-%02d-%02d" % (int(r["styear"]), int(r["stmonth"]), int(r["stday"]))
        end = int(r["endyear"])
        source = "cow-igo-v3"
        if r["ccode"] in first:
            if end < first[r["ccode"]]:
                continue
            value, sid = facts.get(("country:" + cc, "cow-from"), (None, None))
            if value is None or int(value[:4]) != first[r["ccode"]]:
                raise BuildError("%s: COW state %s counts from %d; facts-2026-12.csv must give the day"
                                 % (cc, r["ccode"], first[r["ccode"]]))
            start, source = value, sid
        periods.setdefault(cc, []).append((start, end, r["ccode"], source))
    for cc in set(CCODE_TO_2.values()):
        if cc not in periods:
            raise BuildError("%s: no COW state system period" % cc)
    return periods


def year_span(years):
    """[1966, 1967, 1968] -> '1966-1968'; [2014] -> '2014' (years are consecutive)."""
    return str(years[0]) if len(years) == 1 else "%d-%d" % (years[0], years[-1])


def cow_runs(years):
    """Runs of one status code (1, 2 or 3) in a COW state-IGO series.

    Returns dicts: code, first, last, gaps (years coded -9 inside the run),
    trailing (years coded -9 up to the data end, run treated as open) and
    missing_after (True when the run is followed by -9 and then a different
    code).  A state-year row missing from the trimmed file counts as 0 (see
    tools/extract-raw.py).  -9 (missing) years between two years with the same
    code are bridged; 0 and -1 end a run.
    """
    runs = []
    cur = None
    pending = []
    if not years:
        return runs
    for y in range(min(years), COW_DATA_END + 1):
        v = years.get(y, "0")
        if cur:
            if v == cur["code"]:
                if pending:
                    cur["gaps"].append(year_span(pending))
                    pending = []
                cur["last"] = y
                continue
            if v == "-9":
                pending.append(y)
                continue
            cur["missing_after"] = bool(pending)
            runs.append(cur)
            cur = None
            pending = []
        if v in COW_STATUS:
            cur = {"code": v, "first": y, "last": y, "gaps": [], "trailing": None, "missing_after": False}
    if cur:
        if pending:
            cur["trailing"] = year_span(pending)
            cur["last"] = COW_DATA_END
        runs.append(cur)
    return runs


def build_organizations(cow_igo, used_org_ids, facts):
    out = []
    for code, (oid, acronym, name, kind, founded) in COW_ORGS.items():
        if code not in cow_igo:
            raise BuildError("COW IGO %s missing from the 2014 IGO file" % code)
        rec = {"id": oid, "acronym": acronym, "name": {"en": name}, "kind": kind, "source": "cow-igo-v3"}
        if founded == "sdate":
            sdate = cow_igo[code]["sdate"].strip()
            if not re.fullmatch(r"\d{4}", sdate):
                raise BuildError("bad sdate for %s: %r" % (code, sdate))
            rec["founded"] = sdate
        elif isinstance(founded, tuple) and founded[0] == "fact":
            rec["founded"], rec["source"] = facts[(founded[1], "founded")]
        elif isinstance(founded, tuple):
            rec["source"] = founded[1]
            rec["founded"] = founded[2]
        if oid in ORG_URLS:
            rec["url"] = ORG_URLS[oid]
        # COW codes every state's tie to it (to 2014).
        rec["members_complete"] = True
        out.append(rec)
    for oid, (acronym, name, kind, url, founded) in OTHER_ORGS.items():
        rec = {"id": oid, "acronym": acronym, "name": {"en": name}, "kind": kind, "source": web_source_id(url)}
        if founded:
            rec["founded"] = founded
        if oid in ORG_URLS:
            rec["url"] = ORG_URLS[oid]
        out.append(rec)
    for oid, (acronym, name, kind, sid, founded) in LEDGER_ORGS.items():
        rec = {"id": oid, "acronym": acronym, "name": {"en": name}, "kind": kind, "source": sid}
        if founded:
            rec["founded"] = founded
        if oid in ORG_URLS:
            rec["url"] = ORG_URLS[oid]
        out.append(rec)
    for rec in out:
        if rec["id"] in COMPLETE_LEDGER_ORGS:
            rec["members_complete"] = True
    out = [o for o in out if o["id"] in used_org_ids]
    out.sort(key=lambda o: o["id"])
    set_key_ranks(out)
    set_translated_names(out)
    return [order_keys(o, ["id", "acronym", "name", "kind", "founded", "url", "source", "key",
                           "acronyms", "note", "members_complete"]) for o in out]


# Organisations outside COW whose every member country has a ledger row
# (data/raw/transcribed): the app reads no record as "not a member" for
# them; for the others, a country that is not featured and has no record
# is "no data" (FORMAT.md, members_complete).
COMPLETE_LEDGER_ORGS = {"OTS", "MIKTA", "GUAM"}


ORGANIZATION_NAMES = "organization-names.csv"
LANGUAGE_NAMES = {"ru": "Russian", "az": "Azerbaijani", "kk": "Kazakh", "tr": "Turkish"}


def set_translated_names(organizations):
    """Names and acronyms in ru, az, kk and tr from organization-names.csv:
    each row says whether the organisation's or a government's site gives
    it ("official URL") or we translated it ("translated"); the record's
    note says which."""
    by_id = {o["id"]: o for o in organizations}
    origins = {}
    for r in read_csv_dicts(ORGANIZATION_NAMES):
        o = by_id.get(r["id"])
        if o is None:
            raise BuildError("%s names unknown organisation %r" % (ORGANIZATION_NAMES, r["id"]))
        if r["lang"] not in LANGUAGE_NAMES or not r["acronym"].strip() or not r["name"].strip():
            raise BuildError("%s: bad row %r" % (ORGANIZATION_NAMES, r))
        o["name"][r["lang"]] = r["name"].strip()
        o.setdefault("acronyms", {"en": o["acronym"]})[r["lang"]] = r["acronym"].strip()
        origins.setdefault(r["id"], []).append((r["lang"], r["origin"].strip()))
    for oid, rows in origins.items():
        official = [(lang, origin.split(" ", 1)[1]) for lang, origin in rows if origin.startswith("official ")]
        ours = [lang for lang, origin in rows if not origin.startswith("official ")]
        parts = ["%s from %s" % (LANGUAGE_NAMES[lang], url) for lang, url in official]
        if ours:
            parts.append("%s translated by the Middle Powers authors"
                         % ", ".join(LANGUAGE_NAMES[lang] for lang in ours))
        by_id[oid]["note"] = "Names and acronyms: " + "; ".join(parts) + "."


# ---------------------------------------------------------------------------
# Capitals in ru, az, kk and tr (data/raw/capital-names/, see its README
# section): Unicode CLDR 41 and Natural Earth 5.0.0 where they have the city,
# extracted by tools/extract-capital-names.py; translated.csv, written by hand,
# gives ours where neither has it (or where a source's form is wrong, saying
# which value it replaces and why) and the ones left out.

CAPITAL_NAMES = "capital-names"
CAPITAL_SOURCES = [
    {
        "id": "unicode-cldr",
        "title": "Unicode CLDR 41: names of time-zone cities and of country subdivisions",
        "publisher": "Unicode, Inc. (Common Locale Data Repository)",
        "url": "https://cldr.unicode.org/",
        "retrieved": "2026-12-06",
        "licence": "Unicode-DFS-2016",
        "note": "Debian package unicode-cldr-core 41-0.1 (bookworm), common/main/{ru,az,kk,tr}.xml "
                "(exemplarCity) and common/subdivisions/{ru,az,kk,tr}.xml, read by "
                "tools/extract-capital-names.py into data/raw/capital-names/cldr.csv. "
                "Copyright 1991-2022 Unicode, Inc.; the licence notice is data/raw/capital-names/LICENSE-CLDR.txt.",
    },
    {
        "id": "natural-earth",
        "title": "Natural Earth 5.0.0, 1:50m populated places (names in Russian and Turkish)",
        "publisher": "Natural Earth",
        "url": "https://www.naturalearthdata.com/",
        "retrieved": "2026-12-06",
        "licence": "Public domain",
        "note": "ne_50m_populated_places (VERSION 5.0.0), NAME_RU and NAME_TR, which Natural Earth "
                "takes from Wikidata; the copy read is geojson/ne_50m_populated_places.zip of "
                "github.com/gtitov/geojson-leaflet-map (commit 2e0cf415c8ea2022e26b14844f087ee5a375214d), "
                "read by tools/extract-capital-names.py into data/raw/capital-names/natural-earth.csv.",
    },
]
# In the order they are preferred.
CAPITAL_ORIGINS = [
    ("cldr.csv", "zone ", "Unicode CLDR 41"),
    ("cldr.csv", "subdivision ", "Unicode CLDR 41"),
    ("natural-earth.csv", "wikidata ", "Natural Earth 5.0.0"),
]
OURS = "translated by the Middle Powers authors"
_capital_names = None
CAPITALS_SEEN = {}   # iso2 -> its capitals, as set_capital_names() saw them


def read_capital_names():
    """{(iso2, English capital, lang): (name or '', origin, replaced, reason)};
    replaced is '' or (the source's name, its origin)."""
    sourced = {}
    for name, prefix, origin in CAPITAL_ORIGINS:
        for r in read_csv_dicts(CAPITAL_NAMES, name):
            if r["key"].startswith(prefix):
                sourced.setdefault((r["id"], r["capital"], r["lang"]), (r["name"], origin, "", ""))
    out = dict(sourced)
    for r in read_csv_dicts(CAPITAL_NAMES, "translated.csv"):
        key = (r["id"], r["capital"], r["lang"])
        if r["lang"] not in LANGUAGE_NAMES or (not r["name"] and not r["reason"]):
            raise BuildError("%s/translated.csv: bad row %r" % (CAPITAL_NAMES, r))
        was = sourced.get(key)
        if (was[0] if was else "") != r["replaces"]:
            raise BuildError("%s/translated.csv: %s %s %s replaces %r, but the sources give %r"
                             % (CAPITAL_NAMES, r["id"], r["capital"], r["lang"], r["replaces"],
                                was[0] if was else ""))
        if r["replaces"] and not r["reason"]:
            raise BuildError("%s/translated.csv: %r replaces a source's name without a reason" % (CAPITAL_NAMES, r))
        out[key] = (r["name"], OURS if r["name"] else "", (was[0], was[1]) if was else "", r["reason"])
    return out


def set_capital_names(capital, cc, parts):
    """Makes the capital fact's value a text in the five languages and says
    in its note where each language's name comes from."""
    global _capital_names
    if _capital_names is None:
        _capital_names = read_capital_names()
    CAPITALS_SEEN[cc] = parts
    value = {"en": capital["value"]}
    origins = {}   # origin -> languages
    missing = {}   # reason -> languages
    replaced = []
    for lang in LANGUAGE_NAMES:
        names = []
        for part in parts:
            entry = _capital_names.get((cc, part, lang))
            if entry is None:
                raise BuildError("%s: no %s name for %s and no row saying why in %s/translated.csv"
                                 % (cc, LANGUAGE_NAMES[lang], part, CAPITAL_NAMES))
            name, origin, was, reason = entry
            if not name:
                missing.setdefault(reason.split(": ", 1)[-1], []).append(LANGUAGE_NAMES[lang])
                names = None
                break
            if was:
                replaced.append("%s \"%s\" of %s (%s)" % (LANGUAGE_NAMES[lang], was[0], was[1], reason))
            names.append(name)
            langs = origins.setdefault(origin, [])
            if LANGUAGE_NAMES[lang] not in langs:
                langs.append(LANGUAGE_NAMES[lang])
        if names:
            value[lang] = ", ".join(names)
    parts_note = ["%s %s" % (", ".join(langs), origin if origin == OURS else "from " + origin)
                  for origin, langs in origins.items()]
    note = "Names: " + "; ".join(parts_note) + "."
    if replaced:
        note += " Ours instead of " + "; ".join(replaced) + "."
    for reason, langs in missing.items():
        note += " %s not given (shown in English): %s." % (", ".join(langs), reason)
    capital["value"] = value
    capital["note"] = (capital["note"] + " " + note) if "note" in capital else note


def check_capital_names():
    """Every row of data/raw/capital-names/ names a capital of the dataset."""
    rows = set(read_capital_names())
    known = {(cc, part) for cc, parts in CAPITALS_SEEN.items() for part in parts}
    stale = sorted({(cc, part) for cc, part, _lang in rows} - known)
    if stale:
        raise BuildError("%s names capitals world-countries does not: %r" % (CAPITAL_NAMES, stale))


def set_key_ranks(organizations):
    """Marks the organisations that matter with their rank from
    key-organizations.csv (an editorial choice, its rule in data/raw/README.md).
    An id the dataset lacks, or two ranks alike within a kind, is an error."""
    by_id = {o["id"]: o for o in organizations}
    taken = set()
    for r in read_csv_dicts(KEY_ORGANIZATIONS):
        org = by_id.get(r["id"])
        if org is None:
            raise BuildError("%s: %s is not an organisation of the dataset" % (KEY_ORGANIZATIONS, r["id"]))
        if not re.fullmatch(r"[1-9]\d{0,2}", r["rank"]):
            raise BuildError("%s: %s has rank %r, not a whole number from 1 to 999"
                             % (KEY_ORGANIZATIONS, r["id"], r["rank"]))
        if (org["kind"], r["rank"]) in taken or "key" in org:
            raise BuildError("%s: %s repeats a rank or an id" % (KEY_ORGANIZATIONS, r["id"]))
        if not r["matters_for"].strip() or not r["reason"].strip():
            raise BuildError("%s: %s needs the countries it matters for and a reason" % (KEY_ORGANIZATIONS, r["id"]))
        taken.add((org["kind"], r["rank"]))
        org["key"] = int(r["rank"])


def build_memberships(cow_series, coded_by, founded, ended, periods, pages, facts):
    rows = read_csv_dicts("transcribed", "memberships-aze-kaz.csv")
    out = []
    covered = set()
    cited = []
    for r in rows:
        cc = ISO3_TO_2[r["iso3"]]
        url = r["source_url"].strip()
        if r["abbrev"] == "various":
            # Kazakhstan's Law No. 264: member of several banks, no dates.
            cited.append((url, None))
            continue
        org = ROW_ORG.get((r["iso3"], r["abbrev"])) or ABBREV_TO_ORG[r["abbrev"]]
        status = STATUS_MAP.get(r["status"])
        if status is None:
            raise BuildError("unknown membership status %r" % r["status"])
        mid = "%s:%s" % (cc, org) + (":chair" if status == "chair" else "")
        if url.startswith(COW_PSEUDO_URL_PREFIX):
            source = "cow-igo-v3"
            precision = "year-only"
        else:
            source = web_source_id(url)
            cited.append((url, None))
            precision = precision_of(r["start_date"])
        rec = {"id": mid, "country": cc, "organization": org, "status": status,
               "from": r["start_date"], "source": source, "precision": precision}
        if r["end_date"]:
            rec["to"] = r["end_date"]
        elif source == "cow-igo-v3":
            # Open, but the source says nothing after its last year.
            rec["confirmed_until"] = str(COW_DATA_END)
        note = MEMBERSHIP_NOTES.get(mid)
        if note:
            rec["note"] = note
        out.append(rec)
        covered.add((cc, org))
        for ecc, eabbrev, estatus in EXTRA_FROM_QUOTES:
            if eabbrev == r["abbrev"] and r["iso3"] == "AZE":
                eid = "%s:%s" % (ecc, org)
                erec = {"id": eid, "country": ecc, "organization": org, "status": estatus,
                        "from": r["start_date"], "source": source, "precision": precision}
                if MEMBERSHIP_NOTES.get(eid):
                    erec["note"] = MEMBERSHIP_NOTES[eid]
                out.append(erec)
                covered.add((ecc, org))

    # Rows typed from pages read on 2026-12-06.  A row that corrects an older
    # transcribed row names the record it replaces; that record is dropped
    # (its page stays in the sources, as the raw row still cites it).
    for r in read_csv_dicts("transcribed", "memberships-2026-12.csv"):
        cc = ISO3_TO_2[r["iso3"]]
        org = ABBREV_TO_ORG[r["abbrev"]]   # ROW_ORG is for memberships-aze-kaz.csv only
        status = STATUS_MAP.get(r["status"])
        if status is None:
            raise BuildError("unknown membership status %r" % r["status"])
        mid = "%s:%s" % (cc, org) + (":chair" if status == "chair" else "")
        same = [i for i, m in enumerate(out) if m["id"] == mid]
        if r["replaces"]:
            if r["replaces"] != mid or len(same) != 1:
                raise BuildError("%s replaces %r, which is not an older record of that id" % (mid, r["replaces"]))
            del out[same[0]]
        elif same:
            raise BuildError("%s is given twice; say which row it replaces" % mid)
        if r["source_id"] not in pages:
            raise BuildError("%s cites %r, not in %s" % (mid, r["source_id"], PAGES_2026_12))
        rec = {"id": mid, "country": cc, "organization": org, "status": status, "from": r["start_date"],
               "source": r["source_id"], "precision": precision_of(r["start_date"])}
        if r["end_date"]:
            rec["to"] = r["end_date"]
        if MEMBERSHIP_NOTES.get(mid):
            rec["note"] = MEMBERSHIP_NOTES[mid]
        out.append(rec)
        covered.add((cc, org))

    minus9 = []
    for code, (oid, *_rest) in sorted(COW_ORGS.items()):
        for cc in ALL_ISO2:
            if (cc, oid) in covered:
                continue
            years = cow_series.get((cc, code), {})
            runs = cow_runs(years)
            for i, run in enumerate(runs):
                v, a, b = run["code"], run["first"], run["last"]
                mid = "%s:cow:%s" % (cc, code) + ("" if i == 0 else ":%d" % a)
                label = {"1": "full member", "2": "associate member", "3": "observer"}[v]
                rec = {"id": mid, "country": cc, "organization": oid, "status": COW_STATUS[v],
                       "from": str(a), "source": "cow-igo-v3", "precision": "year-only"}
                if b < COW_DATA_END:
                    rec["to"] = str(b)
                    note = "Coded %s (%s) by COW IGO v3 from %d to %d." % (v, label, a, b)
                    if run["missing_after"]:
                        note += " Coded as missing (-9) after %d." % b
                        minus9.append(mid)
                elif run["trailing"]:
                    note = ("Coded %s (%s) by COW IGO v3 from %d to %d and as missing (-9) in %s, when the "
                            "data end; treated as continuing. Later changes are not covered."
                            % (v, label, a, int(run["trailing"][:4]) - 1, run["trailing"]))
                    rec["confirmed_until"] = str(int(run["trailing"][:4]) - 1)
                    minus9.append(mid)
                else:
                    note = ("Coded %s (%s) by COW IGO v3 from %d to 2014, when the data end; later changes "
                            "are not covered." % (v, label, a))
                    # Open, but the source says nothing after its last year.
                    rec["confirmed_until"] = str(COW_DATA_END)
                if run["gaps"]:
                    note += " Coded as missing (-9) in %s, between years coded %s; treated as continuous." % (
                        ", ".join(run["gaps"]), v)
                    minus9.append(mid)
                if code in COW_LINEAGE:
                    note += " " + COW_LINEAGE[code]
                if cc == "KZ" and oid in KZ_LAW_264_ORGS:
                    note += (" Kazakhstan's Law No. 264 of 6 December 2001 (adilet.zan.kz) also states "
                             "membership, without a date.")
                note += cow_state_note(cc, coded_by.get(cc, {}), a, b, facts)
                rec["note"] = note
                out.append(rec)
    apply_cow_ledger(out, facts)
    limit_to_lifetimes(out, founded, ended, periods)
    order = {c: i for i, c in enumerate(ALL_ISO2)}
    out.sort(key=lambda m: (order[m["country"]], m["organization"], m["from"], m["id"]))
    keys = ["id", "country", "organization", "status", "from", "to", "confirmed_until", "precision",
            "source", "note"]
    return [order_keys(m, keys) for m in out], cited, minus9


# Said in the note of a country's COW records that begin before a year:
# cc -> (year, fact that quotes the page, sentence naming the page).
COW_COUNTRY_NOTES = {
    "RU": (1992, ("note:RU:cow", "continuation"),
           "COW IGO v3 codes the Soviet Union and the Russian Federation as one state (365): the years before "
           "1992 are the USSR's. The Russian Federation continued the USSR's membership in the United Nations "
           "system (letter of 24 December 1991, ask-un-faq-378083)."),
}


def cow_state_note(cc, coded_by, first, last, facts):
    """' COW IGO v3 codes 1955-1989 under state 260 (German Federal Republic)
    and 1990-2014 under state 255 (Germany).' when a run's years come from
    two COW states; the country's own note (COW_COUNTRY_NOTES) when the run
    begins before its year; else ''."""
    text = ""
    spans = []
    for y in range(first, last + 1):
        ccode = coded_by.get(y)
        if ccode is None:
            continue
        if spans and spans[-1][0] == ccode:
            spans[-1][2] = y
        else:
            spans.append([ccode, y, y])
    if len({c for c, _a, _b in spans}) > 1:
        parts = ["%s under state %s (%s)" % (year_span(list(range(a, b + 1))), c, COW_STATE_NAMES[c])
                 for c, a, b in spans]
        text += " COW IGO v3 codes " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    if cc in COW_COUNTRY_NOTES:
        year, fact, sentence = COW_COUNTRY_NOTES[cc]
        if fact not in facts or facts[fact][1] not in sentence:
            raise BuildError("%s: the note must name the page of fact %r" % (cc, fact))
        if first < year:
            text += " " + sentence
    return text


def apply_cow_ledger(memberships, facts):
    """A page read on 2026-12-06 confirms an open COW record to a later year
    ("confirmed": confirmed_until moves to that year) or ends it ("ended").
    The record keeps COW as its source for the start; the note names the
    page (facts-2026-12.csv has its words)."""
    by_id = {m["id"]: m for m in memberships}
    seen = set()
    for (subject, field), (value, sid) in facts.items():
        if not subject.startswith("membership:"):
            continue
        mid = subject.split(":", 1)[1]
        m = by_id.get(mid)
        if m is None or m["source"] != "cow-igo-v3" or "to" in m:
            raise BuildError("%s: %s names no open COW record" % (subject, field))
        if mid not in COW_LEDGER_NOTES or sid not in COW_LEDGER_NOTES[mid]:
            raise BuildError("%s: the note must name %s" % (mid, sid))
        if field == "confirmed":
            if int(value[:4]) <= int(m["confirmed_until"][:4]):
                raise BuildError("%s: confirmed %s is not later than the COW data" % (mid, value))
            m["confirmed_until"] = value
        elif field == "ended":
            m["to"] = value
            m.pop("confirmed_until", None)
        else:
            raise BuildError("%s: unknown field %r" % (subject, field))
        m["note"] = m["note"] + " " + COW_LEDGER_NOTES[mid]
        seen.add(mid)
    if seen != set(COW_LEDGER_NOTES):
        raise BuildError("COW_LEDGER_NOTES without a fact: %r" % sorted(set(COW_LEDGER_NOTES) - seen))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def human_date(date):
    """'1991-12-16' -> '16 December 1991'; '1997' -> '1997'."""
    parts = [int(x) for x in date.split("-")]
    if len(parts) == 3:
        return "%d %s %d" % (parts[2], MONTHS[parts[1] - 1], parts[0])
    if len(parts) == 2:
        return "%s %d" % (MONTHS[parts[1] - 1], parts[0])
    return str(parts[0])


def org_acronyms():
    names = {oid: acronym for oid, acronym, *_r in COW_ORGS.values()}
    names.update({oid: acronym for oid, (acronym, *_r) in OTHER_ORGS.items()})
    names.update({oid: acronym for oid, (acronym, *_r) in LEDGER_ORGS.items()})
    return names


# The "kind" column of independence-2026-12.csv, as said in notes.
INDEPENDENCE_KIND_PROSE = {
    "independence": "independence",
    "independence (restored)": "the restoration of independence",
    "independence (declared)": "the declaration of independence",
    "statehood": "statehood",
}

# Said in the note of a COW membership whose start is moved to the founding
# date of its organisation: (country, organisation) -> sentence.
FOUNDING_CONTEXT = {
    ("AZ", "EAPC"): "Azerbaijan joined the North Atlantic Cooperation Council in March 1992 (it became the EAPC "
                    "in 1997) and signed NATO's Partnership for Peace Framework Document on 4 May 1994 "
                    "(nato-pfp-mfa-az).",
}


# Said when a COW start moves to the day a country's COW state begins to be
# its own (cow-iso.csv first_year): cc -> sentence (from, date, source id).
COW_FROM_NOTES = {
    "RS": ("COW IGO v3 codes whole years and gives Yugoslavia, the Federal Republic of Yugoslavia and Serbia one "
           "state code (345); %s begins before the Federal Republic of Yugoslavia (Serbia and Montenegro) was "
           "founded on %s (%s), and the Socialist Federal Republic's years are not Serbia's: the record starts "
           "on that date."),
}


def cow_period(m, periods):
    """The COW state period in which the COW record m begins: (start date,
    ccode, source id of the start)."""
    year = date_start(m["from"])[0]
    for start, end, ccode, sid in periods:
        if int(start[:4]) <= year <= end:
            return start, ccode, sid
    raise BuildError("%s begins in %d, when the COW state system does not list its country" % (m["id"], year))


def limit_to_lifetimes(memberships, founded, ended, periods):
    """A membership cannot start before its country's independence (or
    statehood) nor before its organisation was founded, and cannot outlast
    an organisation that ceased to exist.

    Correlates of War codes whole years, so a start coded in the year of
    independence is drawn from 1 January although the country existed only
    from later that year (Kazakhstan "1991", independent from 16 December
    1991): such a start is moved to the independence date.  A start coded in
    an earlier year than independence is COW's coding of the same state code
    before that date (Turkey in the ITU from 1865; the dataset's date for
    Turkey is the Republic of 1923): it is kept and the note says so.  A start
    coded before its organisation was founded (COW's EAPC from 1994, the EAPC
    dating from 1997) is moved to the founding date.  A transcribed date
    earlier than either is an error in the raw data and stops the build.  An
    open or later end is cut to the end date of an organisation that ceased
    to exist, with a note.

    A country with no independence date in the dataset (all but the 13
    featured) existed, for this purpose, while the COW state system lists
    it (states2016; Serbia from the founding of the Federal Republic of
    Yugoslavia): a COW start coded in the year a period of the state begins
    is moved to that day, and a transcribed date before the state's first
    period stops the build.
    """
    independence = read_independence()
    factbook_dates = factbook_independence_dates()
    acronyms = org_acronyms()
    for m in memberships:
        cc, oid = m["country"], m["organization"]
        cow = m["source"] == "cow-igo-v3" and m.get("precision") == "year-only"
        notes = []
        if oid in founded and founded[oid][0]:
            date, sid = founded[oid]
            if date_start(m["from"]) < date_start(date):
                if not cow:
                    raise BuildError("%s starts on %s, before its organisation was founded (%s)" % (m["id"], m["from"], date))
                if date_start(m["from"])[0] == date_start(date)[0]:
                    notes.append("COW IGO v3 codes whole years; %s begins before the %s was founded on %s (%s): "
                                 "the record starts on that date." % (m["from"], acronyms[oid], human_date(date), sid))
                else:
                    notes.append("COW IGO v3 codes it from %s, but the %s was founded in %s (%s): the record "
                                 "starts then." % (m["from"], acronyms[oid], human_date(date), sid))
                if FOUNDING_CONTEXT.get((cc, oid)):
                    notes.append(FOUNDING_CONTEXT[(cc, oid)])
                m["from"] = date
        if cc in independence:
            date, kind, sid = independence[cc]
            kind = INDEPENDENCE_KIND_PROSE[kind]
            if date_start(m["from"]) < date_start(date):
                if not cow:
                    raise BuildError("%s starts on %s, before the country's %s (%s)" % (m["id"], m["from"], kind, date))
                if date_start(m["from"])[0] == date_start(date)[0]:
                    notes.append("COW IGO v3 codes whole years; %s begins before the date of %s, %s (%s): the "
                                 "record starts on that date." % (m["from"], kind, human_date(date), sid))
                    m["from"] = date
                else:
                    notes.append("The first coded year, %s, is before the date of %s given in this dataset, %s "
                                 "(%s); COW IGO v3 codes the same state code for the earlier years."
                                 % (m["from"], kind, human_date(date), sid))
        elif cc in periods:
            if cow:
                start, ccode, sid = cow_period(m, periods[cc])
                if date_start(m["from"]) < date_start(start):
                    if sid == "cow-igo-v3":
                        notes.append("COW IGO v3 codes whole years; %s begins before the COW state system lists "
                                     "state %s (%s) from %s (states2016): the record starts on that date."
                                     % (m["from"], ccode, COW_STATE_NAMES[ccode], human_date(start)))
                    else:
                        notes.append(COW_FROM_NOTES[cc] % (m["from"], human_date(start), sid))
                    m["from"] = start
            elif date_start(m["from"]) < date_start(min(p[0] for p in periods[cc])):
                raise BuildError("%s starts on %s, before the COW state system lists its country" % (m["id"], m["from"]))
            # The card's independence date (the Factbook's) bounds the bar
            # too: a start coded in that year begins on that date.
            fb = factbook_dates.get(cc)
            if cow and fb and date_start(m["from"])[0] == date_start(fb)[0] and \
                    (len(m["from"]) == 4 or date_start(m["from"]) < date_start(fb)):
                if date_start(m["from"]) < date_start(fb):
                    notes.append("COW IGO v3 codes whole years; %s begins before the date of independence given "
                                 "in this dataset, %s (%s): the record starts on that date."
                                 % (m["from"], human_date(fb), FACTBOOK_SOURCE_ID))
                m["from"] = fb
        if oid in ended:
            date, sid = ended[oid]
            if "to" not in m or date_start(m["to"]) > date_start(date):
                m["to"] = date
                m.pop("confirmed_until", None)
                notes.append("The %s ceased to exist on %s (%s): the record ends then."
                             % (acronyms[oid], human_date(date), sid))
        if notes:
            m["note"] = " ".join(([m["note"]] if m.get("note") else []) + notes)
        if "to" in m and date_end(m["to"]) < date_start(m["from"]):
            raise BuildError("%s: 'to' %s before 'from' %s" % (m["id"], m["to"], m["from"]))
        if "confirmed_until" in m and int(m["confirmed_until"][:4]) < date_start(m["from"])[0]:
            raise BuildError("%s: confirmed_until before from" % m["id"])


def build_aid():
    rows = read_csv_dicts("transcribed", "aid-aze-kaz.csv")
    out = []
    cited = []
    used_rules = set()
    for r in rows:
        match = None
        for i, ((iso3, year, amount, url_part), rule) in enumerate(AID_RULES):
            if (r["iso3"] == iso3 and r["year"] == year and r["amount_usd_millions"] == amount
                    and url_part in r["source_url"]):
                if match is not None:
                    raise BuildError("aid row matches two rules: %r" % r)
                match = (i, rule)
        if match is None:
            raise BuildError("aid row not handled: %r" % r)
        i, rule = match
        used_rules.add(i)
        url = r["source_url"].strip()
        cited.append((url, r["source_title"]))
        if "skip" in rule:
            continue
        cc = ISO3_TO_2[r["iso3"]]
        status = AID_STATUS.get(r["data_status"])
        if status is None:
            raise BuildError("unknown aid status %r" % r["data_status"])
        source = web_source_id(url, r["source_title"])
        if "-" in r["year"]:
            first, last = (int(x) for x in r["year"].split("-"))
        else:
            first, last = None, int(r["year"])
        rec = {"id": rule["id"], "donor": cc, "year": last}
        if rule["measure"] == "cumulative":
            rec["first_year"] = first
        elif first is not None:
            raise BuildError("period given for a non-cumulative figure: %r" % r)
        rec["amount_usd"] = usd_from_millions(r["amount_usd_millions"])
        rec["measure"] = rule["measure"]
        for k in ("recipient", "purpose"):
            if rule.get(k):
                rec[k] = rule[k]
        rec["status"] = status
        rec["source"] = source
        if rule.get("note"):
            rec["note"] = rule["note"]
        out.append(rec)
        also = rule.get("also")
        if also:
            a = {"id": also["id"], "donor": cc, "year": also["year"],
                 "amount_usd": usd_from_millions(also["amount"]), "measure": also["measure"],
                 "recipient": also["recipient"], "status": status, "source": source, "note": also["note"]}
            out.append(a)
    if len(used_rules) != len(AID_RULES):
        unused = [AID_RULES[i][0] for i in range(len(AID_RULES)) if i not in used_rules]
        raise BuildError("aid rules matched no row: %r" % unused)
    # Rows typed from pages read on 2026-12-06.
    pages = read_pages()
    rules = dict(AID_RULES_2026)
    seen = set()
    for r in read_csv_dicts("transcribed", "aid-2026-12.csv"):
        key = (r["iso3"], r["year"], r["amount_usd_millions"], r["source_id"])
        rule = rules.get(key)
        if rule is None and r["iso3"] not in FEATURED_ISO3:
            rule = oecd_total_rule(r)
        elif rule is None or key in seen:
            raise BuildError("aid row not handled (or repeated): %r" % r)
        seen.add(key)
        if r["source_id"] not in pages:
            raise BuildError("aid row cites %r, not in %s" % (r["source_id"], PAGES_2026_12))
        status = AID_STATUS.get(r["data_status"])
        if status is None:
            raise BuildError("unknown aid status %r" % r["data_status"])
        if any(a["id"] == rule["id"] for a in out):
            raise BuildError("aid record %s given twice" % rule["id"])
        rec = {"id": rule["id"], "donor": ISO3_TO_2[r["iso3"]], "year": int(r["year"]),
               "amount_usd": usd_from_millions(r["amount_usd_millions"]), "measure": rule["measure"]}
        for k in ("recipient", "purpose"):
            if rule.get(k):
                rec[k] = rule[k]
        rec["status"] = status
        rec["source"] = r["source_id"]
        if rule.get("note"):
            rec["note"] = rule["note"]
        out.append(rec)
    if set(rules) - seen:
        raise BuildError("aid rules matched no row: %r" % sorted(set(rules) - seen))
    order = {c: i for i, c in enumerate(ALL_ISO2)}
    out.sort(key=lambda a: (order[a["donor"]], a["year"], a["id"]))
    # Amounts the source gives as "more than" / "exceeded": lower bounds.
    for a in out:
        if a["id"] in LOWER_BOUND_AID:
            a["lower_bound"] = True
    keys = ["id", "donor", "year", "first_year", "amount_usd", "lower_bound", "measure", "recipient",
            "purpose", "status", "source", "note"]
    return [order_keys(a, keys) for a in out], cited


LOWER_BOUND_AID = {"KZ:kazaid:2021", "KZ:assistance-20-years:2002-2021", "MX:oda-estimate:2012",
                   "MX:oda-estimate:2014"}


def build_indicators():
    pop = {}
    pop_text = {}
    for r in read_csv_dicts("worldbank", "population.csv"):
        cc = ISO3_TO_2[r["Country Code"]]
        if r["Value"] == "":
            continue
        pop.setdefault(cc, {})[int(r["Year"])] = int(r["Value"])
        pop_text.setdefault(cc, {})[int(r["Year"])] = r["Value"]
    gdp = {}
    gdp_text = {}
    for r in read_csv_dicts("worldbank", "gdp.csv"):
        cc = ISO3_TO_2[r["Country Code"]]
        if r["Value"] == "":
            continue
        gdp.setdefault(cc, {})[int(r["Year"])] = cents(r["Value"])
        gdp_text.setdefault(cc, {})[int(r["Year"])] = r["Value"]
    pc = {}
    for cc in ALL_ISO2:
        for y in sorted(set(gdp_text.get(cc, {})) & set(pop_text.get(cc, {}))):
            v = (Decimal(gdp_text[cc][y]) / Decimal(pop_text[cc][y])).quantize(CENT, rounding=ROUND_HALF_EVEN)
            pc.setdefault(cc, {})[y] = float(v)
    mil = {}
    for r in read_csv_dicts("worldbank", "wdi-2021-military.csv"):
        cc = ISO3_TO_2[r["Country Code"]]
        for ind in INDICATORS[3:]:
            v = r[ind["column"]].strip()
            if v == "":
                continue
            val = cents(v) if ind["unit"] == "usd" else float(v)
            mil.setdefault(ind["id"], {}).setdefault(cc, {})[int(r["Year"])] = val
    data = {"population": pop, "gdp": gdp, "gdp-per-capita": pc,
            "military-expenditure": mil["military-expenditure"],
            "military-expenditure-gdp": mil["military-expenditure-gdp"]}
    out = []
    for ind in INDICATORS:
        rec = {k: ind[k] for k in ("id", "name", "unit", "source", "status", "note") if k in ind}
        series = {}
        for cc in ALL_ISO2:
            s = data[ind["id"]].get(cc)
            if s:
                series[cc] = [[y, s[y]] for y in sorted(s)]
        rec["series"] = series
        out.append(rec)
    return out


def order_keys(d, keys):
    extra = set(d) - set(keys)
    if extra:
        raise BuildError("unexpected keys %r" % sorted(extra))
    return {k: d[k] for k in keys if k in d}


def build():
    read_all_countries()
    cow_igo, cow_series, coded_by = read_cow()
    facts = read_facts()
    periods = read_cow_states(facts)
    pages = read_pages()
    founded, ended = org_dates(cow_igo, facts)
    memberships, m_cited, minus9 = build_memberships(cow_series, coded_by, founded, ended, periods, pages, facts)
    aid, a_cited = build_aid()
    used_orgs = {m["organization"] for m in memberships}
    organizations = build_organizations(cow_igo, used_orgs, facts)
    missing = used_orgs - {o["id"] for o in organizations}
    if missing:
        raise BuildError("memberships name unknown organisations %r" % sorted(missing))
    cited = []
    for c in m_cited + a_cited:
        if c not in cited:
            cited.append(c)
    # Organisation records may cite pages only used for them.
    for oid, (_a, _n, _k, url, _f) in OTHER_ORGS.items():
        if (url, None) not in cited:
            cited.append((url, None))
    sources = build_sources(cited)
    sources.insert(len(FILE_SOURCES), factbook_source())
    check_citations(sources, facts)
    ds = {
        "format": "middle-powers-dataset",
        "version": 1,
        "sources": sources,
        "countries": add_factbook_independence(build_countries()),
        "organizations": organizations,
        "memberships": memberships,
        "aid": aid,
        "indicators": build_indicators(),
    }
    return ds, minus9


def check_citations(sources, facts):
    """Every page of pages-2026-12.csv is cited by a raw row, and every source
    a raw 2026-12 row names exists."""
    ids = {s["id"] for s in sources}
    named = {sid for _v, sid in facts.values()}
    for name, col in (("memberships-2026-12.csv", "source_id"), ("aid-2026-12.csv", "source_id"),
                      ("independence-2026-12.csv", "source_id")):
        named |= {r[col] for r in read_csv_dicts("transcribed", name)}
    missing = named - ids
    if missing:
        raise BuildError("raw rows name unknown sources %r" % sorted(missing))
    unused = set(read_pages()) - named
    if unused:
        raise BuildError("pages cited by no raw row: %r" % sorted(unused))


# ---------------------------------------------------------------------------
# Independence of the countries that are not featured: the CIA World
# Factbook's "Independence" entry, as data/raw/factbook/independence.csv
# gives it (tools/extract-factbook.py).  The featured 13 keep their own
# dates (independence-2026-12.csv), each from a page chosen for it.
#
# A date is given only where the Factbook's words state it as the date of
# independence (or of statehood); the note keeps the Factbook's words.  An
# entry "D Month YYYY (from X)", alone or followed by "notable earlier
# dates", is independence from X on that day.  "none (...)" (a territory)
# has no date.  Every other entry is decided in FACTBOOK_INDEPENDENCE_CHOICES,
# by hand, with the reason; the date chosen must be written in the entry.
# Dates before 1800 cannot be held by the format (data/FORMAT.md): such an
# entry keeps its words in the note, without a date.

FACTBOOK_DIR = "factbook"
FACTBOOK_SOURCE_ID = "factbook-json-2026"

# iso2 -> (the date as the Factbook writes it, or None; what it is; why)
FACTBOOK_INDEPENDENCE_CHOICES = {
    "AD": (None, None, "1278: before 1800"),
    "AT": (None, None, "'no official date of independence'"),
    "BE": ("4 October 1830", "independence (declared)",
           "the provisional government declared independence from the Netherlands; 1831 is the king's accession"),
    "BG": ("22 September 1908", "independence", "'complete independence'; 1878 was autonomy within the Ottoman Empire"),
    "BT": (None, None, "unification in 1907 and a treaty of 1949 that 'maintains' independence: no date of independence"),
    "CA": (None, None, "the union of colonies (1867) and the UK's recognition (1931): neither is called independence"),
    "CH": (None, None, "1291: before 1800"),
    "CN": (None, None, "the People's Republic established in 1949, a new government of an older state"),
    "CU": (None, None, "the Factbook: 'not acknowledged by the Cuban Government as days of independence'"),
    "CZ": ("1 January 1993", "statehood", "Czechoslovakia split into the Czech Republic and Slovakia"),
    "DE": (None, None, "several events (1871, 1949, 1990), none called independence"),
    "DK": (None, None, "ca. 965 and 1849 (a constitutional monarchy): no date of independence"),
    "EE": (None, None, "three dates: 1918, declared 1991, recognised 1991"),
    "ES": (None, None, "1492: before 1800"),
    "ET": (None, None, "no date: 'oldest independent country in Africa'"),
    "FR": (None, None, "'no official date of independence'"),
    "GB": (None, None, "'no official date of independence'"),
    "GW": (None, None, "two dates: declared 1973, from Portugal 1974"),
    "HU": (None, None, "a republic proclaimed (1918): a form of government, not called independence"),
    "IE": ("6 December 1921", "independence",
           "'from the UK'; 1922 and 1949 are the Irish Free State and the Republic of Ireland Act"),
    "IL": ("14 May 1948", "independence", "the one date given, at the end of the British mandate"),
    "IR": (None, None, "the Islamic Republic proclaimed in 1979, a new government of an older state"),
    "IS": ("17 June 1944", "independence", "'from Denmark'; 1918 was sovereignty under the Danish Crown"),
    "IT": ("17 March 1861", "independence", "the one date given"),
    "JP": (None, None, "the constitution of 1947: not a date of independence"),
    "LA": (None, None, "two dates: from France 1949, full independence recognised 1953"),
    "LI": (None, None, "1719 (before 1800), then two dates of independence, 1806 and 1866"),
    "LR": ("26 July 1847", "independence", "the one date given"),
    "LT": (None, None, "three dates: 1918, declared 1990, recognised 1991"),
    "LV": (None, None, "three dates: 1918, declared 1990, recognised 1991"),
    "MC": (None, None, "1419: before 1800"),
    "MK": ("8 September 1991", "independence", "the referendum that 'endorsed independence from Yugoslavia'"),
    "MN": ("11 July 1921", "independence", "'from China'; the Factbook says 1911 brought autonomy 'in actuality'"),
    "NL": (None, None, "1581: before 1800"),
    "NO": (None, None, "two dates of 1905 (the union with Sweden dissolved, then repealed), not called independence"),
    "NP": (None, None, "1768: before 1800"),
    "OM": (None, None, "1650: before 1800"),
    "PA": (None, None, "two dates: from Colombia 1903, from Spain 1821"),
    "PL": (None, None, "a republic proclaimed (1918): a form of government, not called independence"),
    "PT": (None, None, "1143 and 1640 (before 1800), then a republic proclaimed (1910)"),
    "PY": ("May 1811", "independence", "'14-15 May 1811 (from Spain)': two days, so the month only"),
    "RO": (None, None, "two dates: proclaimed 1877, recognised 1878"),
    "SE": (None, None, "1523: before 1800"),
    "SK": ("1 January 1993", "statehood", "Czechoslovakia split into the Czech Republic and Slovakia"),
    "SM": (None, None, "301: before 1800"),
    "SN": (None, None, "two dates of 1960: from France, full independence after the Mali Federation"),
    "TH": (None, None, "1238: before 1800 ('never colonized')"),
    "TL": (None, None, "two dates: from Portugal 1975, from Indonesia 2002"),
    "TZ": ("26 April 1964", "statehood",
           "Tanganyika united with Zanzibar to form the United Republic; the two independences are 'notable earlier dates'"),
    "US": (None, None, "1776 and 1783: before 1800"),
    "YE": ("22 May 1990", "statehood", "the Republic of Yemen established by the merger of North and South Yemen"),
}

FACTBOOK_MONTHS = {m: i + 1 for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"])}
FACTBOOK_DATE = r"(?:(?:(\d{1,2}) )?(%s) )?(\d{4})" % "|".join(FACTBOOK_MONTHS)
# "16 December 1991 (from the Soviet Union)", "1839 (from the Netherlands)",
# optionally followed by "; notable earlier date(s): ...".
FACTBOOK_FROM = re.compile(r"%s \((from [^()]*)\)(; notable earlier dates?: .*)?" % FACTBOOK_DATE)


def factbook_date(text):
    """'9 April 1991' -> '1991-04-09', 'May 1811' -> '1811-05', '1839' -> '1839'."""
    m = re.fullmatch(FACTBOOK_DATE, text)
    if m is None:
        raise BuildError("not a Factbook date: %r" % text)
    day, month, year = m.groups()
    if int(year) < 1800:
        raise BuildError("%s: before 1800, which the format cannot hold" % text)
    if day and month:
        return "%s-%02d-%02d" % (year, FACTBOOK_MONTHS[month], int(day))
    if month:
        return "%s-%02d" % (year, FACTBOOK_MONTHS[month])
    return year


def factbook_independence_fact(cc, text, used):
    """The independence fact of @cc from the Factbook's entry @text, or None."""
    text = text.strip()
    if not text:
        return None
    fact = {"source": FACTBOOK_SOURCE_ID}
    if cc in FACTBOOK_INDEPENDENCE_CHOICES:
        used.add(cc)
        date, kind, _why = FACTBOOK_INDEPENDENCE_CHOICES[cc]
        if date is not None:
            if date not in text:
                raise BuildError("%s: the Factbook's entry does not give %r: %r" % (cc, date, text))
            fact["value"] = factbook_date(date)
        fact["note"] = ("Statehood: " if kind == "statehood" else "") + text
    elif text.startswith("none ("):
        fact["note"] = text
    else:
        m = FACTBOOK_FROM.fullmatch(text)
        if m is None or int(m.group(3)) < 1800:
            raise BuildError("%s: decide in FACTBOOK_INDEPENDENCE_CHOICES what the Factbook's %r gives" % (cc, text))
        fact["value"] = factbook_date(text[:text.index(" (")])
        fact["note"] = m.group(4) if m.group(5) is None else text
    return order_keys(fact, ["value", "source", "note"])


def add_factbook_independence(countries):
    """Gives the countries without an independence fact the Factbook's."""
    rows = {r["iso2"]: r for r in read_csv_dicts(FACTBOOK_DIR, "independence.csv")}
    used = set()
    for rec in countries:
        if rec["id"] in ISO2 or "independence" in rec:
            continue
        if rec["id"] not in rows:
            raise BuildError("%s is not in data/raw/factbook/independence.csv" % rec["id"])
        fact = factbook_independence_fact(rec["id"], rows[rec["id"]]["independence"], used)
        if fact is not None:
            rec["independence"] = fact
    if used != set(FACTBOOK_INDEPENDENCE_CHOICES):
        raise BuildError("FACTBOOK_INDEPENDENCE_CHOICES not used: %r" % sorted(set(FACTBOOK_INDEPENDENCE_CHOICES) - used))
    return countries


def factbook_independence_dates():
    """The independence dates add_factbook_independence () gives: country -> date."""
    rows = read_csv_dicts(FACTBOOK_DIR, "independence.csv")
    out = {}
    for r in rows:
        if r["iso2"] in ISO2:
            continue
        fact = factbook_independence_fact(r["iso2"], r["independence"], set())
        if fact is not None and fact.get("value"):
            out[r["iso2"]] = fact["value"]
    return out


def factbook_source():
    meta = read_json(FACTBOOK_DIR, "source.json")
    return {
        "id": FACTBOOK_SOURCE_ID,
        "title": "The World Factbook",
        "publisher": "Central Intelligence Agency",
        "url": "%s/tree/%s" % (meta["repository"], meta["commit"]),
        "retrieved": meta["commit_date"][:10],
        "licence": "Public domain (US government work)",
        "note": "The CIA's World Factbook (%s) as JSON in the factbook/factbook.json repository, commit %s (%s); "
                "the profiles were last updated from cia.gov in commit %s (%s). The CIA discontinued the "
                "Factbook in February 2026: this is its last edition, frozen as of early 2026. The repository "
                "dedicates its files to the public domain (CC0-1.0). Used for: %s, the independence of the "
                "countries that are not featured." % (meta["original"].split(" ")[0], meta["commit"],
                                                       meta["commit_date"][:10], meta["content_commit"],
                                                       meta["content_date"][:10], meta["field"]),
    }


# ---------------------------------------------------------------------------
# Example: a small file with one record of each kind, copied from the dataset
# (identical records, so loading it on top of the bundled data changes nothing).

EXAMPLE_PICK = {
    "countries": ["KZ"],
    "organizations": ["UN"],
    "memberships": ["KZ:UN"],
    "aid": ["KZ:oda:2022"],
}


def build_example(ds):
    ex = {"format": ds["format"], "version": ds["version"]}
    picked = {}
    for arr, ids in EXAMPLE_PICK.items():
        picked[arr] = [r for r in ds[arr] if r["id"] in ids]
    pop = next(i for i in ds["indicators"] if i["id"] == "population")
    ind = dict(pop)
    ind["series"] = {"KZ": pop["series"]["KZ"]}
    picked["indicators"] = [ind]
    used = set()
    for arr in ("countries", "organizations", "memberships", "aid", "indicators"):
        for r in picked[arr]:
            used.add(r["source"])
            for k in ("capital", "area_km2", "independence", "subregion"):
                if k in r:
                    used.add(r[k]["source"])
    ex["sources"] = [s for s in ds["sources"] if s["id"] in used]
    for arr in ("countries", "organizations", "memberships", "aid", "indicators"):
        ex[arr] = picked[arr]
    return ex


# ---------------------------------------------------------------------------
# Writing: one record per line; indicator series one country per line.

def dumps(v):
    return json.dumps(v, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def serialize(ds):
    lines = ["{"]
    lines.append(' "format": %s,' % dumps(ds["format"]))
    arrays = [k for k in ("sources", "countries", "organizations", "memberships", "aid", "indicators") if k in ds]
    lines.append(' "version": %s%s' % (dumps(ds["version"]), "," if arrays else ""))
    for n, key in enumerate(arrays):
        last_array = n == len(arrays) - 1
        lines.append(' %s: [' % dumps(key))
        recs = ds[key]
        for i, r in enumerate(recs):
            comma = "," if i < len(recs) - 1 else ""
            if key == "indicators":
                head = {k: v for k, v in r.items() if k != "series"}
                h = dumps(head)
                lines.append("  " + h[:-1] + ', "series": {')
                ccs = list(r["series"])
                for j, cc in enumerate(ccs):
                    c2 = "," if j < len(ccs) - 1 else ""
                    lines.append("   %s: %s%s" % (dumps(cc), dumps(r["series"][cc]), c2))
                lines.append("  }}" + comma)
            else:
                lines.append("  " + dumps(r) + comma)
        lines.append(" ]" + ("" if last_array else ","))
    lines.append("}")
    text = "\n".join(lines) + "\n"
    if json.loads(text) != ds:
        raise BuildError("serialisation does not round-trip")
    return text


def main():
    ap = argparse.ArgumentParser(description="Build data/middle-powers.json from data/raw/.")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if data/middle-powers.json or data/example.json differ from the output")
    ap.add_argument("--stdout", action="store_true", help="print the dataset instead of writing files")
    ap.add_argument("--verbose", "-v", action="store_true", help="print record counts")
    args = ap.parse_args()
    try:
        ds, minus9 = build()
        ex = build_example(ds)
    except BuildError as e:
        print("build-dataset: %s" % e, file=sys.stderr)
        return 2
    outputs = [(OUT, serialize(ds)), (EXAMPLE_OUT, serialize(ex))]
    if args.verbose or args.check is False and not args.stdout:
        counts = ", ".join("%d %s" % (len(ds[k]), k) for k in
                           ("sources", "countries", "organizations", "memberships", "aid", "indicators"))
        print("build-dataset: %s" % counts, file=sys.stderr)
        if minus9:
            featured = [m for m in minus9 if m.split(":")[0] in ISO2]
            print("build-dataset: %d COW runs followed by missing (-9) codes; of the featured countries: %s"
                  % (len(minus9), ", ".join(featured)), file=sys.stderr)
    if args.stdout:
        sys.stdout.write(outputs[0][1])
        return 0
    if args.check:
        stale = []
        for path, text in outputs:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        if stale:
            for p in stale:
                print("build-dataset: %s is out of date; run tools/build-dataset.py"
                      % os.path.relpath(p, ROOT), file=sys.stderr)
            return 1
        return 0
    for path, text in outputs:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
