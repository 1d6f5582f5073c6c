#!/usr/bin/python3
# rdata.py — read a data frame from an R data file (.rda / .RData) without R.
#
# An .rda file written by save() (or usethis::use_data) is R's serialization
# format in XDR (big-endian) binary, "RDX2" or "RDX3", compressed with gzip,
# bzip2 or xz.  This reader understands what data frames of numbers and text
# are made of (pairlists, symbols, atomic vectors, lists, attributes, the
# ALTREP forms R uses for compact sequences and wrapped vectors) and stops
# with an error on anything else (closures, byte code, external pointers).
#
# Used by tools/extract-raw.py for the Correlates of War IGO data of the igoR
# package (data/state_year_format3.rda).  As a command it writes one object
# of the file as CSV, with the values R's
#   write.csv(x, row.names = FALSE, na = "")
# gives: NA as an empty field, whole numbers without a decimal point, other
# doubles with 15 significant digits; text is quoted only where CSV needs it.
#
# Usage: tools/rdata.py FILE.rda [OBJECT] > OUT.csv
#        tools/rdata.py --list FILE.rda
#
# Standard library only.

import bz2
import csv
import gzip
import lzma
import math
import struct
import sys

NILSXP, SYMSXP, LISTSXP, CLOSXP, ENVSXP, PROMSXP, LANGSXP = 0, 1, 2, 3, 4, 5, 6
CHARSXP, LGLSXP, INTSXP, REALSXP, CPLXSXP, STRSXP = 9, 10, 13, 14, 15, 16
DOTSXP, VECSXP, EXPRSXP, RAWSXP, S4SXP = 17, 19, 20, 24, 25
REFSXP, NILVALUE_SXP, GLOBALENV_SXP, UNBOUNDVALUE_SXP = 255, 254, 253, 252
MISSINGARG_SXP, BASENAMESPACE_SXP, NAMESPACESXP, PACKAGESXP = 251, 250, 249, 248
PERSISTSXP, EMPTYENV_SXP, BASEENV_SXP = 247, 242, 241
ATTRLANGSXP, ATTRLISTSXP, ALTREP_SXP = 240, 239, 238

NA_INTEGER = -2147483648
# R's NA_real_ is a NaN whose low word is 1954.
NA_REAL_LOW_WORD = 1954


class RDataError(Exception):
    pass


class NA:
    """R's NA in a character vector."""
    def __repr__(self):
        return "NA"


NA_STRING = NA()


class Symbol:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Symbol(%r)" % self.name


class Special:
    """An environment or marker serialized by name (globalenv, emptyenv…)."""
    def __init__(self, kind):
        self.kind = kind


class Env:
    def __init__(self):
        self.frame = None
        self.attributes = {}


class RObject:
    """A vector, list or pairlist: `type` is the SEXP type, `value` a Python
    list (a pairlist: list of (tag, value) pairs), `attributes` a dict."""
    def __init__(self, rtype, value, attributes=None):
        self.type = rtype
        self.value = value
        self.attributes = attributes or {}

    def __repr__(self):
        return "RObject(type=%d, len=%d)" % (self.type, len(self.value))


def decompress(raw):
    if raw[:2] == b"\x1f\x8b":
        return gzip.decompress(raw)
    if raw[:3] == b"BZh":
        return bz2.decompress(raw)
    if raw[:6] == b"\xfd7zXZ\x00":
        return lzma.decompress(raw)
    return raw


class Reader:
    def __init__(self, data):
        self.d = data
        self.p = 0
        self.refs = []
        self.native_encoding = "utf-8"

    def int(self):
        v = struct.unpack_from(">i", self.d, self.p)[0]
        self.p += 4
        return v

    def length(self):
        n = self.int()
        if n == -1:
            hi, lo = self.int(), self.int()
            n = (hi << 32) + lo
        return n

    def header(self):
        magic = self.d[:5]
        if magic not in (b"RDX2\n", b"RDX3\n"):
            raise RDataError("not an XDR .rda file (starts with %r)" % magic)
        self.p = 5
        if self.d[self.p:self.p + 2] != b"X\n":
            raise RDataError("only XDR (binary) serialization is supported")
        self.p += 2
        version = self.int()
        self.int()            # R version that wrote it
        self.int()            # oldest R version that reads it
        if version == 3:
            n = self.int()
            self.native_encoding = self.d[self.p:self.p + n].decode("ascii")
            self.p += n
        elif version != 2:
            raise RDataError("serialization version %d is not supported" % version)

    def attributes(self):
        pl = self.item()
        if pl is None:
            return {}
        if not isinstance(pl, RObject) or pl.type != LISTSXP:
            raise RDataError("attributes are not a pairlist")
        return {tag.name if isinstance(tag, Symbol) else tag: v for tag, v in pl.value}

    def charsxp(self, flags):
        n = self.int()
        if n == -1:
            return NA_STRING
        b = self.d[self.p:self.p + n]
        self.p += n
        levels = flags >> 12
        if levels & (1 << 2):        # LATIN1
            return b.decode("latin-1")
        if levels & (1 << 1):        # BYTES
            return b
        if levels & ((1 << 3) | (1 << 6)):    # UTF8 or ASCII
            return b.decode("utf-8")
        return b.decode(self.native_encoding.lower().replace("utf8", "utf-8") or "utf-8")

    def item(self):
        flags = self.int()
        t = flags & 0xFF
        has_attr = bool(flags & 0x200)
        has_tag = bool(flags & 0x400)
        if t == NILVALUE_SXP:
            return None
        if t in (EMPTYENV_SXP, BASEENV_SXP, GLOBALENV_SXP, UNBOUNDVALUE_SXP,
                 MISSINGARG_SXP, BASENAMESPACE_SXP):
            return Special(t)
        if t == REFSXP:
            idx = flags >> 8
            if idx == 0:
                idx = self.int()
            return self.refs[idx - 1]
        if t == SYMSXP:
            name = self.item()
            sym = Symbol(name)
            self.refs.append(sym)
            return sym
        if t in (PACKAGESXP, NAMESPACESXP, PERSISTSXP):
            if self.int() != 0:
                raise RDataError("bad persistent string vector")
            n = self.int()
            names = [self.item() for _ in range(n)]
            obj = RObject(STRSXP, names)
            self.refs.append(obj)
            return obj
        if t == ENVSXP:
            env = Env()
            self.refs.append(env)
            self.int()                     # locked
            self.item()                    # enclosing environment
            env.frame = self.item()
            self.item()                    # hash table
            attr = self.item()
            if isinstance(attr, RObject):
                env.attributes = {k.name: v for k, v in attr.value}
            return env
        if t in (LISTSXP, LANGSXP, CLOSXP, PROMSXP, DOTSXP, ATTRLANGSXP, ATTRLISTSXP):
            # A pairlist: read the chain iteratively (long lists would
            # otherwise recurse once per element).
            first_type = t
            cells = []
            attrs = None
            while True:
                a = self.attributes() if has_attr else {}
                if attrs is None:
                    attrs = a
                tag = self.item() if has_tag else None
                car = self.item()
                cells.append((tag, car))
                flags = self.int()
                t = flags & 0xFF
                has_attr = bool(flags & 0x200)
                has_tag = bool(flags & 0x400)
                if t not in (LISTSXP, LANGSXP, DOTSXP, ATTRLANGSXP, ATTRLISTSXP):
                    self.p -= 4
                    tail = self.item()
                    if tail is not None:
                        cells.append((None, tail))
                    break
            rtype = LISTSXP if first_type in (LISTSXP, ATTRLISTSXP) else first_type
            return RObject(rtype, cells, attrs)
        if t == CHARSXP:
            return self.charsxp(flags)
        if t == ALTREP_SXP:
            info = self.item()
            state = self.item()
            attr = self.item()
            obj = self.altrep(info, state)
            if isinstance(attr, RObject):
                obj.attributes = {k.name: v for k, v in attr.value}
            return obj
        if t == S4SXP:
            obj = RObject(S4SXP, [])
        elif t in (LGLSXP, INTSXP):
            n = self.length()
            vals = list(struct.unpack_from(">%di" % n, self.d, self.p))
            self.p += 4 * n
            obj = RObject(t, [None if v == NA_INTEGER else v for v in vals])
        elif t == REALSXP:
            n = self.length()
            raw = self.d[self.p:self.p + 8 * n]
            vals = list(struct.unpack(">%dd" % n, raw))
            for i, v in enumerate(vals):
                if v != v and struct.unpack_from(">I", raw, 8 * i + 4)[0] == NA_REAL_LOW_WORD:
                    vals[i] = None
            self.p += 8 * n
            obj = RObject(t, vals)
        elif t == CPLXSXP:
            n = self.length()
            vals = struct.unpack_from(">%dd" % (2 * n), self.d, self.p)
            self.p += 16 * n
            obj = RObject(t, [complex(vals[2 * i], vals[2 * i + 1]) for i in range(n)])
        elif t == STRSXP:
            n = self.length()
            vals = []
            for _ in range(n):
                f = self.int()
                if f & 0xFF != CHARSXP:
                    raise RDataError("character vector element of type %d" % (f & 0xFF))
                vals.append(self.charsxp(f))
            obj = RObject(t, vals)
        elif t in (VECSXP, EXPRSXP):
            n = self.length()
            obj = RObject(t, [self.item() for _ in range(n)])
        elif t == RAWSXP:
            n = self.length()
            obj = RObject(t, self.d[self.p:self.p + n])
            self.p += n
        else:
            raise RDataError("R object type %d is not supported" % t)
        if has_attr:
            obj.attributes = self.attributes()
        return obj

    def altrep(self, info, state):
        cls = info.value[0][1].name if isinstance(info, RObject) else None
        cls = cls if isinstance(cls, str) else None
        if cls == "compact_intseq":
            n, start, step = state.value
            return RObject(INTSXP, [int(start + i * step) for i in range(int(n))])
        if cls == "compact_realseq":
            n, start, step = state.value
            return RObject(REALSXP, [start + i * step for i in range(int(n))])
        if cls and cls.startswith("wrap_"):
            return state.value[0]
        if cls == "deferred_string":
            arg = state.value[0][1] if state.type == LISTSXP else state.value[0]
            return RObject(STRSXP, [format_value(v) if v is not None else NA_STRING for v in arg.value])
        raise RDataError("ALTREP class %r is not supported" % cls)


def load(path):
    """The objects saved in an .rda file: {name: RObject}."""
    with open(path, "rb") as f:
        return loads(f.read())


def loads(raw):
    r = Reader(decompress(raw))
    r.header()
    top = r.item()
    if not isinstance(top, RObject) or top.type != LISTSXP:
        raise RDataError("the file does not hold a list of saved objects")
    return {tag.name: v for tag, v in top.value}


def data_frame(obj):
    """(column names, columns as lists) of a data frame."""
    if not isinstance(obj, RObject) or obj.type != VECSXP:
        raise RDataError("not a data frame")
    cls = obj.attributes.get("class")
    if cls is None or "data.frame" not in cls.value:
        raise RDataError("not a data frame (class %r)" % (cls.value if cls else None))
    names = obj.attributes["names"].value
    cols = []
    for col in obj.value:
        if col.type not in (LGLSXP, INTSXP, REALSXP, STRSXP):
            raise RDataError("column of type %d is not supported" % col.type)
        if "levels" in col.attributes:        # a factor: its labels
            levels = col.attributes["levels"].value
            cols.append([None if v is None else levels[v - 1] for v in col.value])
        elif col.type == LGLSXP:
            cols.append([None if v is None else ("TRUE" if v else "FALSE") for v in col.value])
        else:
            cols.append(col.value)
    if len({len(c) for c in cols}) > 1:
        raise RDataError("columns of different lengths")
    return names, cols


def format_value(v):
    """As R's write.csv(na = "") writes it: NA empty, whole doubles without
    '.0', other doubles with 15 significant digits."""
    if v is None or v is NA_STRING:
        return ""
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Inf" if v > 0 else "-Inf"
        if v == int(v) and abs(v) < 1e15:
            return str(int(v))
        return repr(float("%.15g" % v))
    return str(v)


def rows(names, cols):
    """The data frame's rows, each a list of CSV field texts."""
    n = len(cols[0]) if cols else 0
    text = [[format_value(v) for v in c] for c in cols]
    return [[t[i] for t in text] for i in range(n)]


def main(argv):
    if len(argv) >= 2 and argv[0] == "--list":
        for name, obj in load(argv[1]).items():
            print(name, obj)
        return 0
    if len(argv) not in (1, 2):
        print("usage: rdata.py FILE.rda [OBJECT] > OUT.csv\n       rdata.py --list FILE.rda", file=sys.stderr)
        return 2
    objs = load(argv[0])
    name = argv[1] if len(argv) == 2 else next(iter(objs))
    names, cols = data_frame(objs[name])
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(names)
    w.writerows(rows(names, cols))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
