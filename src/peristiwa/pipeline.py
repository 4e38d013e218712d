"""The core pipeline: Article -> ArticleResult, a pure function of the article, the resources
bundle and the settings. No file, network or database I/O, no clock, no randomness."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from peristiwa.actors.article import article_agents, article_focus
from peristiwa.actors.memory import Memory
from peristiwa.actors.recognize import find_actors
from peristiwa.actors.spans import dictionary_spans
from peristiwa.dates import DateFinder, DateMention, dominant_date, event_date
from peristiwa.events.coder import Context, Decision, Match, code_sentence
from peristiwa.places import dateline_location, dominant_place, event_location, find_places
from peristiwa.records import (
    ActorMention,
    ActorRef,
    Article,
    ArticleResult,
    Event,
    Location,
    Sentence,
    Token,
)
from peristiwa.resources import Resources
from peristiwa.settings import Settings
from peristiwa.text.clean import clean_text
from peristiwa.text.sentences import split_sentences
from peristiwa.text.tokens import tokenize

_FINDERS: dict[str, DateFinder] = {}  # compiled date rules per resources version


def date_finder(res: Resources) -> DateFinder:
    finder = _FINDERS.get(res.version)
    if finder is None:
        finder = _FINDERS[res.version] = DateFinder(res)
    return finder


@dataclass(frozen=True, slots=True)
class SentenceAnalysis:
    """Everything the pipeline found in one sentence (used by `peristiwa explain`)."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    dates: tuple[DateMention, ...]
    mentions: tuple[ActorMention, ...]
    decisions: tuple[Decision, ...]


def event_id(article_id: str, sentence: int, span: tuple[int, int], m: Match) -> str:
    key = "|".join([article_id, str(sentence), str(span[0]), m.code,
                    m.source.code or "", m.source.name,
                    m.target.code or "" if m.target else "-",
                    m.target.name if m.target else "-"])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _event(article: Article, s: Sentence, tokens: tuple[Token, ...], m: Match,
           when, where: Location | None, res: Resources) -> Event:
    span = (tokens[m.trigger.start].start, tokens[m.trigger.end - 1].end)
    cameo = res.cameo[m.code]
    return Event(
        event_id=event_id(article.article_id, s.index, span, m),
        article_id=article.article_id,
        sentence_index=s.index,
        sentence=s.text,
        span=span,
        source=m.source,
        target=m.target,
        source_text=m.source_text,
        target_text=m.target_text,
        cameo=m.code,
        cameo_root=m.code[:2],
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        plover_type=cameo.plover_type,
        plover_mode=cameo.plover_mode,
        date=when,
        location=where,
        rule=m.trigger.pattern.id,
        confidence=m.confidence,
        modality=m.modality,
        sym=m.sym,
        trigger=" ".join(t.text for t in tokens[m.trigger.start:m.trigger.end]),
        resources_version=res.version,
    )


def analyse_article(article: Article, res: Resources, settings: Settings
                    ) -> tuple[ArticleResult, list[SentenceAnalysis]]:
    published = article.published or settings.published
    clean = clean_text(article.text, res.furniture)
    sentences = split_sentences(clean.text, res.word_set("abbreviations"))
    finder = date_finder(res)
    body = [s for s in sentences if not s.heading]
    tokens = {s.index: tokenize(s.text, s.start) for s in body}
    dates = {s.index: finder.find(s.text, published, settings.today) for s in body}
    dominant = dominant_date([d for ds in dates.values() for d in ds])
    dateline = dateline_location(clean.dateline.place if clean.dateline else None, res)
    memory = Memory()
    spans = {s.index: dictionary_spans([t.text for t in tokens[s.index]], res) for s in body}
    agents = article_agents(list(spans.values()), res, published)
    home = article_focus(list(spans.values()), settings.home_country)
    le_sectors = {x.upper() for x in res.word_set("law_enforcement_sectors")}
    le_sector = next((a.sector for a in agents if a.sector in le_sectors), None)
    pending: list[tuple[Sentence, Match]] = []
    analyses: list[SentenceAnalysis] = []
    for s in body:
        toks, ds = tokens[s.index], dates[s.index]
        on = next((d.date.value for d in ds if d.date.value), None) or published
        previous: ActorRef | None = memory.persons[-1] if memory.persons else None
        mentions = find_actors(toks, res, on, memory, home, spans[s.index], le_sector)
        words = [t.text for t in toks]
        ctx = Context(previous, tuple(memory.actors), agents, home,
                      settings.reciprocal_both, settings.domestic_targets)
        decisions = code_sentence(words, mentions, res, ctx)
        pending.extend((s, m) for dec in decisions for m in dec.matches)
        analyses.append(SentenceAnalysis(s, toks, tuple(ds), tuple(mentions), tuple(decisions)))
    events: list[Event] = []
    if pending:  # places only for articles with events: the sentence's, else the article's
        places = {s.index: find_places(tokens[s.index], res) for s in body}
        fallback = dominant_place(places.values()) or dateline
        for s, m in pending:
            toks = tokens[s.index]
            offset = toks[m.trigger.start].start - s.start
            when = event_date(dates[s.index], offset, dominant, published)
            where = event_location(places[s.index], m.trigger.start, fallback)
            ev = _event(article, s, toks, m, when, where, res)
            if ev.confidence >= settings.min_confidence:
                events.append(ev)
    return ArticleResult(article, clean, sentences, _dedupe(events)), analyses


def _dedupe(events: list[Event]) -> tuple[Event, ...]:
    seen: dict[str, Event] = {}
    for ev in events:
        seen.setdefault(ev.event_id, ev)
    return tuple(seen.values())


def code_article(article: Article, res: Resources, settings: Settings | None = None
                 ) -> ArticleResult:
    """Code one article: clean, split, find actors and events, date and place them."""
    return analyse_article(article, res, settings or Settings())[0]


def code_text(text: str, res: Resources, published: str | date | None = None,
              article_id: str = "text", settings: Settings | None = None) -> tuple[Event, ...]:
    """Code a piece of text (convenience for notebooks and tests)."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    art = Article(article_id=article_id, text=text, published=published)
    return code_article(art, res, settings).events
