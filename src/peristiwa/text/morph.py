"""Indonesian morphology for trigger matching.

`analyses(word)` returns every (root, prefix, suffix) reading of a word reachable by stripping
particles (-lah, -kah, -pun), possessives (-nya, -ku, -mu), derivational suffixes (-kan, -i, -an)
and up to two prefixes (meN-, peN-, di-, ter-, ber-, per-, ke-, se-, memper-, diper-), with the
nasal restorations of meN-/peN- (mengecam -> kecam, memukul -> pukul, menolak -> tolak,
menyerang -> serang). Over-generation is harmless: a reading counts only when its root is a
trigger in the pattern index, and patterns list the surface forms they must not match.

`form_of(prefix, suffix)` tells whether a reading is a verb (and its voice) or a nominalisation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

_PARTICLES = ("lah", "kah", "pun", "tah")
_POSSESSIVES = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
_VOWELS = set("aeiou")


class Reading(NamedTuple):
    root: str
    prefix: str  # "", meN, peN, di, ter, ber, per, ke, se, memper, diper
    suffix: str  # "", kan, an, i


_new = tuple.__new__  # a Reading from its fields in order, without the NamedTuple constructor


def _nasal(rest: str, kind: str) -> list[str]:
    """Roots behind a meN-/peN- prefix whose nasal part was already removed ('me'/'pe' gone)."""
    out: list[str] = []
    head = rest[:2]  # (prefixes compared as slices: cheaper than str.startswith)
    if rest[:3] == "nge" and len(rest) <= 6:  # menge-/penge- before one-syllable roots
        out.append(rest[3:])
    if head == "ng":
        tail = rest[2:]
        if tail[:1] in _VOWELS:
            out += [tail, "k" + tail]
        elif tail[:1] in ("g", "h", "k"):
            out.append(tail)
    elif head == "ny":
        tail = rest[2:]
        if tail[:1] in _VOWELS:
            out += ["s" + tail, "ny" + tail]
    elif rest[:1] == "m":
        tail = rest[1:]
        if tail[:1] in ("b", "f", "v", "p"):
            out.append(tail)
        elif tail[:1] in _VOWELS:
            out += ["p" + tail, "m" + tail]
    elif rest[:1] == "n":
        tail = rest[1:]
        if tail[:1] in ("d", "c", "j", "z", "t", "s"):
            out.append(tail)
        elif tail[:1] in _VOWELS:
            out += ["t" + tail, "n" + tail]
    if rest[:1] in ("l", "r", "w", "y", "m", "n"):
        out.append(rest)  # me-lapor, me-rampas, me-minta
    return out


# the first two letters of every prefix below (meN-, memper-, peN-, per-, pe-, di-, diper-,
# ter-, ber-, be-, ke-, se-)
_PREFIX_HEADS = frozenset(("me", "pe", "di", "te", "be", "ke", "se"))


def _strip_prefix(stem: str) -> list[tuple[str, str]]:
    """(root, prefix) pairs for one layer of prefix (or none). (The prefixes are compared
    as slices: str.startswith parses its arguments the slow way, and this runs for every
    reading of every new word.)"""
    out = [(stem, "")]
    n, head = len(stem), stem[:2]
    if head not in _PREFIX_HEADS:
        return out  # (most stems and roots: no prefix begins so)
    if stem[:6] == "memper" and n > 8:
        out.append((stem[6:], "memper"))
    if stem[:5] == "diper" and n > 7:
        out.append((stem[5:], "diper"))
    if head == "me" and n > 4:
        out += [(r, "meN") for r in _nasal(stem[2:], "me")]
    if head == "pe" and n > 4:
        out += [(r, "peN") for r in _nasal(stem[2:], "pe")]
    for pre, name in (("di", "di"), ("ter", "ter"), ("ber", "ber"), ("per", "per"),
                      ("ke", "ke"), ("se", "se")):
        if stem[:len(pre)] == pre and n > len(pre) + 2:
            out.append((stem[len(pre):], name))
    if head == "be" and n > 5 and stem[2] == "r":  # be-runding -> runding
        out.append((stem[2:], "ber"))
    if stem[:7] == "belajar":
        out.append((stem[3:], "ber"))
    if stem[:7] == "bekerja":
        out.append((stem[2:], "ber"))
    if head == "pe" and n > 5 and stem[2] in "rl":  # pe-rang(an), pe-lapor
        out.append((stem[2:], "peN"))
    return out


@lru_cache(maxsize=200_000)
def analyses(word: str) -> tuple[Reading, ...]:
    w = word.lower()
    bases = [w]
    for p in _PARTICLES:  # (suffixes compared as slices: cheaper than str.endswith)
        if w[-len(p):] == p and len(w) > len(p) + 3:
            bases.append(w[: -len(p)])
    stems: list[str] = []
    for b in bases:
        stems.append(b)
        for p in _POSSESSIVES:
            if b[-len(p):] == p and len(b) > len(p) + 3:
                stems.append(b[: -len(p)])
    seen: dict[tuple[str, str, str], None] = {}
    for stem in stems:
        options = [(stem, "")]
        for s in _SUFFIXES:
            if stem[-len(s):] == s and len(stem) > len(s) + 2:
                options.append((stem[: -len(s)], s))
        for base, suffix in options:
            for root, prefix in _strip_prefix(base):
                if len(root) >= 2:
                    seen.setdefault((root, prefix, suffix), None)
                if prefix in ("ke", "per", "ber", "ter", "di", "se"):  # diper-, keber-
                    for root2, prefix2 in _strip_prefix(root)[1:]:
                        if len(root2) >= 3 and prefix2 in ("meN", "peN", "per", "ber"):
                            seen.setdefault((root2, prefix + "+" + prefix2, suffix), None)
    return tuple([_new(Reading, k) for k in seen])


def form_of(reading: Reading) -> tuple[str, str]:
    """(pos, voice): pos 'verb' or 'noun'; voice 'active', 'passive' or 'nominal'."""
    pre, suf = reading.prefix, reading.suffix
    if not pre and not suf:
        return "bare", "active"  # "demo", "OTT", "sanksi": noun or verb by context
    if suf == "an" and pre in ("", "peN", "per", "ke", "peN", "per+ber") or \
            pre.startswith(("ke", "per", "peN")) and suf == "an":
        return "noun", "nominal"
    if pre == "peN" and suf == "":
        return "agent", "nominal"  # penyerang, pembunuh: a doer, not an event
    if pre.startswith("di") or pre == "ter":
        return "verb", "passive"
    return "verb", "active"
