"""What an article as a whole says about its actors: the law-enforcement bodies it names
and the country it is about."""

from __future__ import annotations

from datetime import date

from peristiwa.actors.resolve import entry_ref
from peristiwa.actors.spans import Span
from peristiwa.records import ActorRef
from peristiwa.resources import Resources


def article_agents(spans: list[list[Span]], res: Resources, on: date | None
                   ) -> tuple[ActorRef, ...]:
    """Institutions the article names anywhere, most frequent first: the agent of an
    unattributed act ("Lisa ditetapkan sebagai tersangka") named only later in the text."""
    counts: dict[str, int] = {}
    for sentence_spans in spans:
        for span in sentence_spans:
            if span.entry.kind == "institution":
                counts[span.entry.id] = counts.get(span.entry.id, 0) + 1
    ranked = sorted(counts, key=lambda i: -counts[i])
    return tuple(entry_ref(res.actors[i], on) for i in ranked)


def article_focus(spans: list[list[Span]], home: str) -> str:
    """The country an article is about: a foreign state named more often than the home
    country ("Presiden" in a report on the United States is the US president)."""
    counts: dict[str, int] = {}
    for sentence_spans in spans:
        for span in sentence_spans:
            c = span.entry.country
            if c and len(c) == 3 and c not in ("IGO", "NGO", "IMG", "MNC", "WST") and \
                    span.entry.kind != "agent":
                counts[c] = counts.get(c, 0) + 1
    if not counts:
        return home
    best = max(counts, key=lambda c: counts[c])
    strong = counts[best] >= 3 and counts[best] > counts.get(home, 0)
    return best if best != home and strong else home
