"""Indonesian sentence splitter.

Paragraphs (lines of the clean text) are split at a full stop, question or exclamation mark or
ellipsis (with any closing quotes or brackets after it) that is followed by space and a capital,
digit, opening quote or bracket, unless the mark ends an abbreviation or title ("Jend.",
"Brigjen.", "S.H.", "dll."), a single initial ("A. Yani"), or a list number at the start of a
line ("1. "). A comma before a closing quote never ends a sentence, so '"...," kata Prabowo.'
stays one sentence with its attribution. Short lines without final punctuation are headings:
kept as sentences of their own kind, never coded.
"""

from __future__ import annotations

import re

from peristiwa.records import Sentence

# a run of stops (the same as "(?:\.{3}|…|[.!?])+"; a leading class lets re skip fast to it)
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[A-Z0-9])")
# the same in a paragraph without "!", "?" or "…", where a run of stops is a run of "."s: a
# pattern that starts on a literal lets re skip from "." to "." (a class is tested at every
# character)
_END_STOPS = re.compile(r"\.\.*[\"”’')\]]*(?=\s+[\"“‘'(\[A-Z0-9])")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# "eskalasi.Katanya": a lost space (the stop first, the letters before it looked behind: re
# then skips fast from stop to stop)
_GLUED = re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2})")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}|[a-zA-Z])[.)]\s*$")
_FINAL_MARKS = frozenset(".!?…:;\"”’')]")  # final punctuation, closing quotes and brackets
_NUMBER = re.compile(r"\d")


def _word_start(para: str, end: int) -> int:
    """Start of the run of word characters and dots that ends at `end`."""
    k = para.rfind(" ", 0, end) + 1
    if para[k:end].isalnum():
        return k  # (a plain word after a space: the common case, found without a loop)
    k = end
    while k > 0 and (para[k - 1].isalnum() or para[k - 1] in "._"):
        k -= 1
    return k


def _is_boundary(para: str, m: re.Match[str], abbreviations: frozenset[str]) -> bool:
    mark = m.group()
    start = m.start()
    if (start <= 3 or para[:1].isspace() and start - (len(para) - len(para.lstrip())) <= 3) \
            and _LIST_ITEM.match(para[: m.end()]):  # (the indent is measured only if any)
        return False
    if mark[0] != ".":  # (slices and indexing: cheaper than startswith, which parses its
        return True  # arguments at every call)
    if mark[:3] == "...":
        return True
    k = _word_start(para, start)
    if k == start:
        return True
    word = para[k:start].strip(".")
    if word.lower() in abbreviations:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        # an initial ("A. Yani"), but not a unit after a number ("Rp 16,5 T.")
        prev = para[:k].rstrip().split(" ")[-1:] or [""]
        return bool(_NUMBER.search(prev[0]))
    if "." in word and _DOTTED.fullmatch(word):  # S.H, M.Si-like dotted abbreviations
        return False
    return True


def _glued(para: str, m: re.Match[str], abbreviations: frozenset[str]) -> bool:
    """A full stop with no space after it between a word and a capitalised word, where the
    site lost a space ("... eskalasi.Katanya ...", "Budi Santoso.Budi menyambut"), unless the
    word is an abbreviation."""
    k = _word_start(para, m.start())
    word = para[k:m.start()]
    return word.lower() not in abbreviations and "." not in word and word != "www" and \
        (k == 0 or para[k - 1] not in "/@:")  # (not an address: "www.Detik.com")


def split_paragraph(para: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph."""
    spans, start = [], 0
    rx = _END if "!" in para or "?" in para or "…" in para else _END_STOPS
    ends = [(m, _is_boundary) for m in rx.finditer(para)]
    glued = [(m, _glued) for m in _GLUED.finditer(para)] if "." in para else None
    if glued:  # (rare: only then are the ends out of order)
        ends += glued
        ends.sort(key=lambda x: x[0].start())
    for m, test in ends:
        if m.end() <= start or not test(para, m, abbreviations):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(para) and para[start].isspace():
            start += 1
    if start < len(para) and para[start:].strip():
        spans.append((start, len(para)))
    return spans


def ends_final(text: str) -> bool:
    """Does the text end on final punctuation, a closing quote or bracket (trailing spaces
    aside)?"""
    return text.rstrip()[-1:] in _FINAL_MARKS


def is_heading(text: str) -> bool:
    return not ends_final(text) and len(text.split()) <= 12


def split_sentences(text: str, abbreviations: frozenset[str]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for p_index, para in enumerate(text.split("\n")):
        spans = split_paragraph(para, abbreviations)
        heading = len(spans) == 1 and is_heading(para)
        for a, b in spans:
            chunk = para[a:b]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                s = pos + a + lead
                out.append(Sentence(len(out), s, s + len(chunk), chunk, p_index, heading))
        pos += len(para) + 1
    return tuple(out)
