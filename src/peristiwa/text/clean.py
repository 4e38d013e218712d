"""Cleaning: remove news furniture and the dateline, keeping a map back to the raw text.

Every removal is recorded with the id of the furniture rule (data/lexicon/furniture.yaml) that
made it, so a user can see what was dropped and why. Pure: text and rules in, CleanText out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from peristiwa.records import CleanText, Dateline, Removal
from peristiwa.resources import FurnitureRule
from peristiwa.text.sentences import ends_final

# Datelines at the head of an article. Each pattern gives `place` and/or `outlet`.
_PLACE = r"(?P<place>[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3})"
_DASH = r"\s*(?:--|[-–—:])\s+"
_SEP = r"\s*(?:--|[-–—:])\s*"
_SITE = r"(?P<outlet>[\w-]+\.(?:com|co\.id|id|net|org))"
_DATELINES = (
    # Jakarta (ANTARA) -
    re.compile(_PLACE + r"\s*\((?P<outlet>[A-Za-z][\w .]{1,30})\)" + _SEP),
    # JAKARTA, KOMPAS.com -    /    Liputan6.com, Jakarta:
    re.compile(_PLACE + r",\s*" + _SITE + _SEP),
    re.compile(_SITE + r",\s*" + _PLACE + _SEP),
    # Jakarta, CNN Indonesia --   /   Tehran, Purna Warta –
    re.compile(_PLACE + r",\s*(?P<outlet>[A-Z][\w]+(?: [A-Z][\w]+){0,2})" + _DASH),
    # Jakarta -
    re.compile(_PLACE + r"\s+[-–—]\s+"),
)


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    size: int = 0

    def add(self, text: str, raw_start: int) -> None:
        if text:
            self.segments.append((self.size, raw_start, len(text)))
            self.parts.append(text)
            self.size += len(text)

    def newline(self) -> None:
        if self.parts and self.parts[-1][-1:] != "\n":
            self.parts.append("\n")
            self.size += 1


def _lines(raw: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def parse_dateline(line: str) -> tuple[Dateline | None, int]:
    """The dateline at the head of the first line, and where the body starts after it."""
    for pattern in _DATELINES:
        m = pattern.match(line)
        if m and m.end() < len(line) and len(m.group(0)) <= 60:
            groups = m.groupdict()
            place = groups.get("place")
            if place and place.isupper():
                place = place.title()
            return Dateline(place, groups.get("outlet"), m.group(0).strip()), m.end()
    return None, 0


def _looks_like_headline(line: str) -> bool:
    return bool(line.strip()) and not ends_final(line) and len(line.split()) <= 25


_TWINS: dict[tuple[str, int], re.Pattern[str] | None] = {}  # by pattern and flags
# an escape, or a character class ("[^\]]", "[:.]"): the classes are the group
_CLASS = re.compile(r"\\.|(\[(?:\\.|[^\]\\])*\])")
_PLAIN_GROUPS = re.compile(r"\(\?(?:[:=!]|<[=!])")  # (?: (?= (?! (?<= (?<!


def _twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive rule whose capitals are all plain letters
    (not an escape such as \\S, nor in a class, a group name or inline flags): the rule in lower
    case. In an ASCII text, the twin finds in the text's lower case the matches the rule finds
    in the text, at the same offsets, without folding case at every character (much faster:
    re then skips fast to a literal start such as "scroll"). None for other rules."""
    key = (rx.pattern, rx.flags)
    if key in _TWINS:
        return _TWINS[key]
    pattern, twin = rx.pattern, None
    if rx.flags & re.IGNORECASE and pattern.isascii() and "[]" not in pattern and \
            "[^]" not in pattern and "(?" not in _PLAIN_GROUPS.sub("", pattern) and \
            not any(ch.isupper() for ch in "".join(_CLASS.findall(pattern))) and \
            re.search(r"\\[A-Z]", pattern) is None:
        twin = re.compile(pattern.lower(), rx.flags & ~re.IGNORECASE)
    _TWINS[key] = twin
    return twin


Inline = tuple[str, re.Pattern[str], re.Pattern[str] | None]  # rule id, regex, its twin


def _apply_inline(line: str, start: int, rules: list[Inline],
                  removals: list[Removal]) -> list[tuple[int, str]]:
    """Cut inline furniture out of one line; return kept pieces as (raw_start, text)."""
    cuts: list[tuple[int, int, str]] = []
    low = line.lower() if line.isascii() else None  # (ASCII: the rules' twins read it)
    for rid, rx, twin in rules:
        pattern, text = (twin, low) if twin is not None and low is not None else (rx, line)
        if pattern.search(text) is None:
            continue  # (most lines: one search costs less than an empty finditer)
        for m in pattern.finditer(text):
            if m.end() > m.start():
                cuts.append((m.start(), m.end(), rid))
    if not cuts:
        return [(start, line)]
    cuts.sort()
    pieces, pos = [], 0
    for a, b, rid in cuts:
        if a < pos:
            continue
        pieces.append((start + pos, line[pos:a]))
        removals.append(Removal(rid, start + a, start + b, line[a:b]))
        pos = b
    pieces.append((start + pos, line[pos:]))
    return pieces


_FIRST_RULES: dict[tuple[tuple[str, int], ...], re.Pattern[str] | None] = {}  # by rule set


def _first_rule(rules: list[FurnitureRule]) -> re.Pattern[str] | None:
    """One regex for "the first of these rules that matches at the start of a line": their
    patterns as the groups of one alternation, each under its own case flag (the matching
    group's number is the rule's place). One call per line instead of one per rule. None when
    a rule has groups of its own or flags other than the case (then each rule is tried)."""
    key = tuple((r.regex.pattern, r.regex.flags) for r in rules)
    if key not in _FIRST_RULES:
        combined = None
        if all(r.regex.groups == 0 and not r.regex.flags & ~(re.I | re.U) for r in rules):
            try:
                combined = re.compile("|".join(
                    f"({'(?i:' if r.regex.flags & re.I else '(?-i:'}{r.regex.pattern}))"
                    for r in rules))
            except re.error:
                combined = None
        _FIRST_RULES[key] = combined
    return _FIRST_RULES[key]


def clean_text(raw: str, rules: tuple[FurnitureRule, ...]) -> CleanText:
    raw = raw.replace("\u00a0", " ").replace("\ufeff", " ")
    line_rules = [r for r in rules if r.kind in ("line", "label")]
    first_rule = _first_rule(line_rules) if line_rules else None
    inline_rules = [(r.id, r.regex, _twin(r.regex)) for r in rules if r.kind == "inline"]
    out, removals = _Builder(), []
    dateline = None
    drop_next_headline = False
    first_body = True
    for start, line in _lines(raw):
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if not body:
            continue
        if drop_next_headline:
            drop_next_headline = False
            if _looks_like_headline(body):
                removals.append(Removal("related-link", start + lead, start + len(line), body))
                continue
        if first_rule is not None:
            found = first_rule.match(body)
            hit = line_rules[found.lastindex - 1] if found and found.lastindex else None
        else:
            hit = next((r for r in line_rules if r.regex.match(body)), None)
        if hit:
            removals.append(Removal(hit.id, start + lead, start + len(line), body))
            m = hit.regex.match(body)
            drop_next_headline = hit.kind == "label" and not body[m.end():].strip()
            continue
        if first_body:
            first_body = False
            dateline, cut = parse_dateline(body)
            if dateline:
                removals.append(Removal("dateline", start + lead, start + lead + cut, body[:cut]))
                lead += cut
        pieces = _apply_inline(line[lead:], start + lead, inline_rules, removals)
        kept = [(s, t) for s, t in pieces if t.strip()]
        if not kept:
            continue
        out.newline()
        for i, (s, t) in enumerate(kept):
            if i == 0:
                s, t = s + len(t) - len(t.lstrip()), t.lstrip()
            if i == len(kept) - 1:
                t = t.rstrip()
            out.add(t, s)
    return CleanText("".join(out.parts), tuple(out.segments), tuple(removals), dateline)
