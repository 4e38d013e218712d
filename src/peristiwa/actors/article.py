"""What an article as a whole says about its actors: the law-enforcement bodies it names
and the country it is about."""

from __future__ import annotations

from datetime import date

from peristiwa.actors.resolve import entry_ref, is_state
from peristiwa.actors.spans import Span
from peristiwa.records import ActorRef
from peristiwa.resources import Resources


def article_agents(spans: list[list[Span]], res: Resources, on: date | None,
                   home: str = "IDN") -> tuple[ActorRef, ...]:
    """Institutions the article names anywhere, most frequent first, then law-enforcement
    agents ("hakim", "jaksa"): the agent of an unattributed act ("Lisa ditetapkan sebagai
    tersangka", "X dinyatakan bersalah") named only later in the text."""
    enforcers = res.law_sectors()
    counts: dict[str, int] = {}
    agents: dict[str, int] = {}
    for sentence_spans in spans:
        for span in sentence_spans:
            e = span.entry
            if e.kind == "institution":
                counts[e.id] = counts.get(e.id, 0) + 1
            elif e.kind == "agent" and e.sector in enforcers:
                agents[e.id] = agents.get(e.id, 0) + 1
    ranked = sorted(counts, key=lambda i: -counts[i]) + sorted(agents, key=lambda i: -agents[i])
    return tuple(entry_ref(res.actors[i], on, home) for i in ranked)


def article_focus(spans: list[list[Span]], home: str, places: list[str | None] = ()) -> str:
    """The country an article is about: a foreign state named more often than the home
    country ("Presiden" in a report on the United States is the US president). The places
    where things happen ("di Semarang", the dateline) count for their country too: a flood
    report from Demak that quotes a rider named Vatikan is not about the Holy See. The
    nationality of private persons ("Warga Myanmar mengungsi") counts only when the story
    happens in no other foreign place: "Seorang turis Kanada ditangkap ... di Bandara Changi",
    "Warga Kanada itu didakwa" is about the country that tries the tourist."""
    counts: dict[str, int] = {}
    nationals: dict[str, int] = {}
    for sentence_spans in spans:
        before = None
        for span in sentence_spans:
            c = span.entry.country
            if is_state(c) and span.entry.kind != "agent":
                into = nationals if _nationality(before, span) else counts
                into[c] = into.get(c, 0) + 1
            before = span
    for c in places:
        if c and is_state(c):
            counts[c] = counts.get(c, 0) + 1
    if not {c for c in places if c and is_state(c) and c != home} - set(nationals):
        for c, n in nationals.items():
            counts[c] = counts.get(c, 0) + n
    if not counts:
        return home
    best = max(counts, key=lambda c: counts[c])
    # a foreign state named three times and more than the home country, or twice in a story
    # that never names the home country (a short wire report)
    strong = counts[best] >= 3 and counts[best] > counts.get(home, 0) or \
        counts[best] >= 2 and not counts.get(home) and \
        sum(1 for c in counts.values() if c == counts[best]) == 1 or \
        len(counts) == 1 and not counts.get(home) and best in places
    return best if best != home and strong else home


def _nationality(before: Span | None, span: Span) -> bool:
    """Is the country span the nationality of the private person named just before it
    ("turis Kanada", "warga Kanada", "WNA China")?"""
    return before is not None and before.end == span.start and \
        span.entry.kind == "country" and before.entry.kind == "agent" and \
        before.entry.sector == "CVL"
