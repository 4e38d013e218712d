"""The core pipeline: Article -> ArticleResult, a pure function of the article, the resources
bundle and the settings. No file, network or database I/O, no clock, no randomness."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from peristiwa.actors.article import article_agents, article_focus
from peristiwa.actors.memory import Memory
from peristiwa.actors.recognize import find_actors_in_words
from peristiwa.actors.resolve import is_state
from peristiwa.actors.spans import Span, dictionary_spans
from peristiwa.dates import (
    DateFinder,
    DateMention,
    dominant_date,
    event_date,
    deictic,
    told_back,
    written_days,
)
from peristiwa.events.coder import (
    Context,
    act_position,
    Decision,
    Match,
    VIOLENT_ROOTS,
    Told,
    code_triggers,
    quote_speaker,
    sentence_triggers,
)
from peristiwa.events.roles import named_speaker
from peristiwa.events.triggers import candidates
from peristiwa.places import (
    PlaceMention,
    dateline_location,
    dominant_place,
    event_location,
    find_places_in_words,
    names_local_unit,
)
from peristiwa.records import (
    ActorMention,
    ActorRef,
    Article,
    ArticleResult,
    CleanText,
    Event,
    EventDate,
    Location,
    Sentence,
    Token,
)
from peristiwa.resources import Resources
from peristiwa.settings import Settings
from peristiwa.text.clean import clean_text
from peristiwa.text.sentences import split_sentences
from peristiwa.text.tokens import QUOTE_MARKS, spans_of, tokenize, word_list

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


def _event(article: Article, s: Sentence, words: list[str], offsets: list[tuple[int, int]],
           m: Match, when, where: Location | None, res: Resources) -> Event:
    """The event of a match; `words` and `offsets` are the sentence's tokens' texts and their
    (start, end) offsets in the sentence."""
    span = (s.start + offsets[m.trigger.start][0], s.start + offsets[m.trigger.end - 1][1])
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
        trigger=" ".join(words[m.trigger.start:m.trigger.end]),
        resources_version=res.version,
    )


@dataclass
class _Article:
    """An article read once: clean text, sentences, words, dates, dictionary spans and what
    the whole article says (main date, dateline place, law-enforcement bodies, focus)."""

    article: Article
    published: date | None
    clean: CleanText
    sentences: tuple[Sentence, ...]
    body: list[Sentence]
    words: dict[int, list[str]]  # the tokens' texts, listed once for every rule that reads them
    lowered: dict[int, list[str]]  # and the same in lower case
    dates: dict[int, list[DateMention]]
    spans: dict[int, list[Span]]
    places: dict[int, list[PlaceMention]]
    dominant: EventDate | None
    dateline: Location | None
    told: dict[int, int]  # sentence -> the later one that tells when it was said ("Hal itu ...")
    agents: tuple[ActorRef, ...]
    home: str
    le_sector: str | None
    _tokens: dict[int, tuple[Token, ...]] = field(default_factory=dict)
    _offsets: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def tokens(self, s: Sentence) -> tuple[Token, ...]:
        """The sentence's tokens with their offsets, made when first asked for: the rules read
        only the words, and only coded sentences (and `explain`) need the offsets."""
        found = self._tokens.get(s.index)
        if found is None:
            found = self._tokens[s.index] = tokenize(s.text, s.start)
        return found

    def offsets(self, s: Sentence) -> list[tuple[int, int]]:
        """The (start, end) offsets of the sentence's tokens in the sentence, made when first
        asked for (only coded sentences need them; found from the words, cheaper than the
        tokens)."""
        found = self._offsets.get(s.index)
        if found is None:
            found = self._offsets[s.index] = spans_of(self.words[s.index], s.text)
        return found


def _read(article: Article, res: Resources, settings: Settings) -> _Article:
    published = article.published or settings.published
    clean = clean_text(article.text, res.furniture)
    sentences = split_sentences(clean.text, res.word_set("abbreviations"))
    finder = date_finder(res)
    body = [s for s in sentences if not s.heading]
    words = {s.index: word_list(s.text) for s in body}
    lowered = {i: list(map(str.lower, ws)) for i, ws in words.items()}
    dates = {s.index: finder.find(s.text, published, settings.today, lowered[s.index])
             for s in body}
    written = _written_on(article, published, dates)
    if written != published:  # posted after midnight about the day before: "hari ini" is then
        dates = {s.index: finder.find(s.text, written, settings.today, lowered[s.index])
                 for s in body}
    spans = {i: dictionary_spans(ws, res, lowered[i]) for i, ws in words.items()}
    places = {i: find_places_in_words(ws, lowered[i], res) for i, ws in words.items()}
    told = _told_back(body, lowered, dates, res)
    superseded = {(i, dm.start) for i in told if told[i] != i for dm in written_days(dates[i])
                  if _in_tag(next(s for s in body if s.index == i).text, dm.start)}
    dominant = dominant_date([d for i, ds in dates.items() for d in ds
                              if (i, d.start) not in superseded], published)
    dates = _quoted_deixis(body, dates, dominant, written, finder, settings, lowered)
    agents = article_agents(list(spans.values()), res, published, settings.home_country)
    le_sectors = res.law_sectors()
    dateline = dateline_location(clean.dateline.place if clean.dateline else None, res)
    where = [p.location.country for ps in places.values() for p in ps] + \
        ([dateline.country] if dateline else [])
    return _Article(
        article, published, clean, sentences, body, words, lowered, dates, spans, places,
        dominant, dateline, told,
        agents, article_focus(list(spans.values()), settings.home_country, where),
        next((a.sector for a in agents if a.sector in le_sectors), None))


def _quoted_deixis(body: list[Sentence], dates: dict[int, list[DateMention]],
                   dominant: EventDate | None, written: date | None, finder: DateFinder,
                   settings: Settings, lowered: dict[int, list[str]]
                   ) -> dict[int, list[DateMention]]:
    """'"Hari ini kami melaporkan ...," kata Zakki' in a story of Kamis (18/9/2025) published
    the next morning: the speaker's "hari ini" is the story's day, when the sentence names no
    day of its own (a tag's day is taken by the date rules). The article's main day must be
    the day before the text was written."""
    if dominant is None or written is None or dominant.value is None or \
            (written - dominant.value).days != 1:
        return dates
    out = dict(dates)
    for s in body:
        found = dates[s.index]
        if any(deictic(dm) and _quoted_at(s.text, dm.start) for dm in found) and \
                not written_days(found) and \
                not any(deictic(dm) and s.text[:dm.start].rstrip().endswith("(")
                        for dm in found):  # ("Besok (hari ini)": the editor's today)
            out[s.index] = finder.find(s.text, dominant.value, settings.today, lowered[s.index])
    return out


def _quoted_at(text: str, offset: int) -> bool:
    """Is the offset inside a quote opened before it in the sentence?"""
    return sum(map(text[:offset].count, _QUOTES)) % 2 == 1


def _told_back(body: list[Sentence], lowered: dict[int, list[str]],
               dates: dict[int, list[DateMention]], res: Resources) -> dict[int, int]:
    """The sentences whose words a later sentence tells the day of ("Prabowo meminta para
    penegak hukum serius .... Hal itu diungkap Prabowo dalam sidang kabinet di Istana Negara,
    Jakarta, Senin (20/10) lalu."), each mapped to that sentence: those of its paragraph
    before it, or, when it opens its paragraph, those of the paragraph before; and the rest of
    its own paragraph ("Prabowo juga berterima kasih ..."), the same occasion. It maps to
    itself too."""
    out: dict[int, int] = {}
    for k, t in enumerate(body):
        if not written_days(dates[t.index]) or not told_back(lowered[t.index], res):
            continue
        out[t.index] = t.index
        for s in body[k + 1:]:
            if s.paragraph != t.paragraph:
                break
            out.setdefault(s.index, t.index)
        para = t.paragraph if k and body[k - 1].paragraph == t.paragraph else \
            body[k - 1].paragraph if k else None
        for s in body[:k]:
            if s.paragraph == para:
                out[s.index] = t.index
    return out


def _in_tag(text: str, offset: int) -> bool:
    """Is the offset after the quote a sentence closes, in its tag ('"...," kata Gus Ipul
    dalam keterangan tertulis, Minggu (19/10/2025)')?"""
    last = max(text.rfind(q) for q in _QUOTES)
    return 0 <= last < offset


_MOTION_ROOTS = frozenset(("04", "15"))  # visits, deployments: their place is where they go
_EARLY_HOURS = 5  # posted before 05:00: the text was likely written the day before


def _written_on(article: Article, published: date | None,
                dates: dict[int, list[DateMention]]) -> date | None:
    """The day the text speaks from: the publication day, or the day before when the article
    was posted in the small hours and names that day with a written date ("Selasa
    (21/10/2025)" in a text posted at 01:46 on the 22nd), so that "hari ini", "kemarin" and bare
    weekdays count from it."""
    if published is None or article.published_hour is None or \
            article.published_hour >= _EARLY_HOURS:
        return published
    eve = published - timedelta(days=1)
    named = any(dm.date.value == eve and dm.date.precision == "day" and
                any(ch.isdigit() for ch in dm.date.text or "")
                for ds in dates.values() for dm in ds)
    return eve if named else published


def analyse_article(article: Article, res: Resources, settings: Settings
                    ) -> tuple[ArticleResult, list[SentenceAnalysis]]:
    """Code one article and tell what was found in each sentence (for `peristiwa explain`)."""
    analyses: list[SentenceAnalysis] = []
    return _code(article, res, settings, analyses), analyses


def _code(article: Article, res: Resources, settings: Settings,
          analyses: list[SentenceAnalysis] | None) -> ArticleResult:
    """Code one article; when `analyses` is a list, add each sentence's analysis to it."""
    a = _read(article, res, settings)
    memory = Memory()
    history: list[Told] = []
    pending: list[tuple[Sentence, Match]] = []
    running_on = _quotes_running_on(a)
    # (sentence, mentions, previous speaker, actors so far) of sentences inside a running quote
    held: list[tuple[Sentence, list[ActorMention], ActorRef | None, tuple[ActorRef, ...]]] = []

    def code(s: Sentence, mentions: list[ActorMention], previous: ActorRef | None,
             recent: tuple[ActorRef, ...], said_by: ActorRef | None = None) -> None:
        words = a.words[s.index]
        trigs = sentence_triggers(words, mentions, res, a.lowered[s.index])
        decisions: list[Decision] = []
        if trigs:  # (most sentences have none: their Context is not built)
            ctx = Context(previous, recent, a.agents, a.home, settings.reciprocal_both,
                          settings.domestic_targets, tuple(history), said_by)
            decisions = code_triggers(trigs, words, mentions, res, ctx, a.lowered[s.index])
        if decisions:
            pending.extend((s, m) for dec in decisions for m in dec.matches)
            history.extend(Told(m.code[:2], m.source, m.trigger.reading.root,
                                m.trigger.pattern.root, m.target)
                           for dec in decisions for m in dec.matches)
        if analyses is not None:
            analyses.append(SentenceAnalysis(s, a.tokens(s), tuple(a.dates[s.index]),
                                             tuple(mentions), tuple(decisions)))

    for s in a.body:
        ds = a.dates[s.index]
        on = next((d.date.value for d in ds if d.date.value), None) or a.published if ds \
            else a.published
        previous = memory.speaker()  # of "ujarnya", "kata dia"
        mentions = find_actors_in_words(a.words[s.index], a.lowered[s.index], res, on, memory,
                                        a.home, a.spans[s.index], a.le_sector)
        memory.spoke(named_speaker(a.lowered[s.index], mentions, res))
        recent = tuple(memory.actors)
        if s.index in running_on:
            held.append((s, mentions, previous, recent))
            continue
        if held:  # this sentence closes the quote: its speaker said the held sentences too
            previous = held[0][2]  # ("katanya": who spoke before the quote, not a name
            said_by = quote_speaker(a.words[s.index], mentions, res, previous)  # in it)
            for hs, hm, hprevious, hrecent in held:
                code(hs, hm, hprevious, hrecent, said_by)
            held.clear()
        code(s, mentions, previous, recent)
    for hs, hm, hprevious, hrecent in held:
        code(hs, hm, hprevious, hrecent)
    events = _events(a, pending, res, settings) if pending else ()
    return ArticleResult(article, a.clean, a.sentences, events)


_QUOTES = tuple(QUOTE_MARKS)


def _quotes_running_on(a: _Article) -> set[int]:
    """The sentences inside a quote that goes on into a later sentence of the same paragraph
    and is closed there ('"Kami menolak. Tentu kita pertanyakan," kata Jazuli.'). A quote
    left open at the end of a paragraph is not followed: news often reopens it in the next
    one."""
    out: set[int] = set()
    run: list[int] = []
    paragraph = None
    for s in a.body:
        if s.paragraph != paragraph:
            paragraph, run = s.paragraph, []
        # (each quote mark is a token of its own: counted in the text, not word by word)
        marks = sum(map(s.text.count, _QUOTES))
        if run and marks % 2 == 1:  # closed here
            out.update(run)
            run = []
        elif run or marks % 2 == 1:  # opened here and not closed, or still open
            run.append(s.index)
    return out


def _events(a: _Article, pending: list[tuple[Sentence, Match]], res: Resources,
            settings: Settings) -> tuple[Event, ...]:
    """Date and place the matches: the sentence's, else the article's."""
    places = a.places
    fallback = dominant_place(places.values(), settings.home_country) or a.dateline
    whens = []
    for s, m in pending:
        at = act_position(a.lowered[s.index], m.trigger)
        whens.append(event_date(a.dates[s.index], a.offsets(s)[at][0], a.dominant,
                                a.published, told_after=at != m.trigger.start, text=s.text,
                                res=res))
    whens = _scene_dates(a, _linked_dates(pending, whens, res), pending, res)
    whens = _told_dates(a, pending, whens)
    wheres = [event_location(places[s.index], m.trigger.start, fallback,
                             motion=m.trigger.pattern.root in _MOTION_ROOTS,
                             content_from=_content_from(a.words[s.index], m))
              for s, m in pending]
    wheres = _scene_places(a, pending, wheres, res)
    wheres = _local_places(a, pending, wheres, settings.home_country)
    wheres = _told_places(a, pending, wheres)
    pending = [(s, _attacked_state(m, where, settings.home_country)) for (s, m), where in
               zip(pending, wheres, strict=True)]
    events: list[Event] = []
    for (s, m), when, where in zip(pending, whens, wheres, strict=True):
        ev = _event(a.article, s, a.words[s.index], a.offsets(s), m, when, where, res)
        if ev.confidence >= settings.min_confidence:
            events.append(ev)
    return _dedupe(events)


def _attacked_state(m: Match, where: Location | None, home: str) -> Match:
    """An attack with no target named, placed in another state than the attacker's ("Sebuah
    gedung apartemen di pusat kota juga dihantam rudal yang ditembakkan oleh pasukan Rusia" in
    a story from Kyiv), is against that state. Not a place in the news' home country: a story
    on a war abroad is placed where it is told ("... di Jakarta") as often as where it
    happened."""
    if m.target is not None or m.code[:2] not in VIOLENT_ROOTS or where is None or \
            not where.country or where.country == home or not m.source.country or \
            where.country == m.source.country or not is_state(m.source.country):
        return m
    c = where.country  # (unnamed people hit where they live: civilians)
    return replace(m, target=ActorRef(where.name, c + "CVL", c, "CVL", where.place_id, "place"))


_SAYING_ROOTS = frozenset("01 02 03 10 11 12 13".split())
_CONTENT_WORDS = frozenset("bahwa agar supaya untuk soal terkait mengenai tentang".split())


def _content_from(words: list[str], m: Match) -> int | None:
    """Where the content of a verbal act begins: the first 'bahwa/agar/untuk/soal ...' after
    its trigger ("mendorong China untuk menuntaskan kode etik di Laut China Selatan")."""
    if m.code[:2] not in _SAYING_ROOTS:
        return None
    asking = m.code[:2] in ("02", "10")  # "mendesak Dewan HAM menyelidiki ... di Gaza"
    return next((k for k in range(m.trigger.end, len(words))
                 if words[k].lower() in _CONTENT_WORDS or
                 asking and _verb_form(words[k])), None)


def _verb_form(w: str) -> bool:
    """An active verb form (meN-): the start of what an appeal or demand asks for."""
    return len(w) > 5 and w.islower() and w.startswith("me")


_SCENE_PREPS = frozenset("dalam pada saat usai seusai selama sepanjang di".split())
_TEXT_PLACES = frozenset(("di", "ke", "dekat", "date", "seat"))


def _scene_places(a: _Article, pending: list[tuple[Sentence, Match]],
                  wheres: list[Location | None], res: Resources) -> list[Location | None]:
    """"Dalam pertemuan tersebut, kedua menteri membahas ...": a sentence opening on an event
    told before takes that event's place when it names none of its own (the nearest earlier
    event whose trigger has the noun's root, placed by its own sentence)."""
    out = list(wheres)
    for k in range(len(pending)):
        if out[k] is not None and out[k].how in _TEXT_PLACES:
            continue
        j = _scene_event(a, pending, k, res, _SCENE_PREPS, 1,
                         lambda i: out[i] is not None and out[i].how in _TEXT_PLACES)
        if j is not None:
            out[k] = out[j]
    return out


_LOCAL_REACH = 6  # sentences back
_TOWNS = frozenset(("city", "capital", "regency", "district", "landmark"))


def _local_places(a: _Article, pending: list[tuple[Sentence, Match]],
                  wheres: list[Location | None], home: str) -> list[Location | None]:
    """An act placed in a village, district or street the gazetteer does not know ("Keduanya
    diamankan di wilayah Kecamatan Kawali") happened in the home-country town named last
    before it (within six sentences: "... di wilayah Panawangan, Kabupaten Ciamis"), not at the
    article's main place, which in a round-up is another story's (even abroad)."""
    out = list(wheres)
    order = {s.index: k for k, s in enumerate(a.body)}
    for k, ((s, _), w) in enumerate(zip(pending, wheres, strict=True)):
        if w is not None and w.how not in ("dominant", "dateline") or \
                not names_local_unit(a.words[s.index], a.lowered[s.index]):
            continue
        at = order[s.index]
        near = next((p.location for t in reversed(a.body[max(0, at - _LOCAL_REACH):at])
                     for p in reversed(a.places[t.index])
                     if p.location.how in ("di", "ke", "date", "seat") and
                     p.location.country == home and p.location.feature in _TOWNS), None)
        if near is not None:
            out[k] = near
    return out


def _scene_event(a: _Article, pending: list[tuple[Sentence, Match]], k: int, res: Resources,
                 preps: frozenset[str], reach: int, told: Callable[[int], bool]) -> int | None:
    """The earlier event a sentence says it is part of: "<prep> <noun> itu/tersebut" among
    its first `reach` words, and the nearest earlier event (with `told(index)`) whose trigger
    has the noun's root; None when there is none."""
    s = pending[k][0]
    low = a.lowered[s.index]
    demonstrative = res.word_set("demonstrative")
    at = next((j for j in range(min(reach, len(low) - 3)) if low[j] in preps and
               low[j + 2] in demonstrative), None)
    if at is None:
        return None
    lemmas = {r.root for _, r in candidates(a.words[s.index][at + 1], res)}
    return next((j for j in range(k - 1, -1, -1) if pending[j][0].index < s.index and
                 pending[j][1].trigger.reading.root in lemmas and told(j)), None)


_LINKED_ROOTS = frozenset("15 16 17 18 19 20".split())


def _scene_dates(a: _Article, whens: list[EventDate], pending: list[tuple[Sentence, Match]],
                 res: Resources) -> list[EventDate]:
    """"Adapun dari penggeledahan itu tim kejaksaan menyita ...": an act told as part of an
    event told before ("<prep> <noun> itu/tersebut" among the first words) takes that event's
    day when it names none of its own (the nearest earlier event whose trigger has the noun's
    root and whose sentence dates it)."""
    out = list(whens)
    for k in range(len(pending)):
        if out[k].source not in ("dominant", "published"):
            continue
        j = _scene_event(a, pending, k, res, _SCENE_DATE_PREPS, 4,
                         lambda i: out[i].source in ("text", "linked") and
                         out[i].precision == "day")
        if j is not None:
            out[k] = EventDate(out[j].value, "day", "linked", out[j].text)
    return out


def _told_dates(a: _Article, pending: list[tuple[Sentence, Match]], whens: list[EventDate]
                ) -> list[EventDate]:
    """Words a later sentence tells the day of ("Hal itu dikatakan Gus Ipul dalam acara ...
    Sabtu (18/10) malam") take that day: when their own sentence names none, or names it only
    in its tag ('"...," kata Gus Ipul dalam keterangan tertulis, Minggu (19/10/2025)': the day
    the words were sent out, not said)."""
    out = list(whens)
    for k, ((s, _), w) in enumerate(zip(pending, whens, strict=True)):
        t = a.told.get(s.index)
        if t is None or t == s.index:
            continue
        tagged = {dm.date.value for dm in written_days(a.dates[s.index])
                  if _in_tag(s.text, dm.start)}
        if w.source in ("dominant", "published") or w.source == "text" and w.value in tagged:
            day = written_days(a.dates[t])[0].date
            out[k] = EventDate(day.value, day.precision, "linked", day.text)
    return out


def _told_places(a: _Article, pending: list[tuple[Sentence, Match]],
                 wheres: list[Location | None]) -> list[Location | None]:
    """Words a later sentence tells the place of ("Hal itu diungkap Prabowo ... di Istana
    Negara, Jakarta, Senin (20/10)") take that place when their own sentence names none."""
    out = list(wheres)
    for k, ((s, _), w) in enumerate(zip(pending, wheres, strict=True)):
        t = a.told.get(s.index)
        if t is None or t == s.index or w is not None and w.how in _TEXT_PLACES:
            continue
        told = [p for p in a.places[t] if p.location.how in ("di", "ke", "date")]
        if told:
            out[k] = event_location(told, 0, None)
    return out


_SCENE_DATE_PREPS = _SCENE_PREPS | frozenset(("dari",))  # ("dari penggeledahan itu")


def _linked_dates(pending: list[tuple[Sentence, Match]], whens: list[EventDate],
                  res: Resources) -> list[EventDate]:
    """A material act told without a date ("SF ditembak polisi saat ditangkap") and told again
    with one ("Polisi menangkap Berangus ... pada Jumat (17/10/2025)"): the same verb, code and
    source, against the same country, takes the dated telling's day (the nearest one) instead
    of the article's dominant date, which is usually the day of the press statement. The
    target's name may differ: the lede often describes whom the later sentence names. The
    verbs of arrest (lexicon arrest_verbs) are one verb: "Polisi menangkap pelaku pembuang bayi
    ... Keduanya diamankan ... pada Jumat (17/10/2025) malam"."""
    dated = [(s.index, m, w) for (s, m), w in zip(pending, whens, strict=True)
             if w.source == "text" and w.precision == "day" and m.code[:2] in _LINKED_ROOTS]
    if not dated:
        return whens
    out = list(whens)
    arrests = res.word_set("arrest_verbs")

    def kind(trigger: tuple[str, ...]) -> tuple[str, ...]:
        """The verb a trigger tells ("diamankan" is an arrest, as "ditangkap")."""
        return ("tangkap",) if trigger[0] in arrests else trigger

    for k, ((s, m), w) in enumerate(zip(pending, whens, strict=True)):
        if w.source not in ("dominant", "published") or m.target is None:
            continue
        same = [(abs(i - s.index), d) for i, o, d in dated
                if kind(o.trigger.pattern.trigger) == kind(m.trigger.pattern.trigger) and
                o.code == m.code and
                o.source.code == m.source.code and o.target is not None and
                o.target.country == m.target.country]
        if same:
            d = min(same, key=lambda x: x[0])[1]
            out[k] = EventDate(d.value, d.precision, "linked", d.text)
    linked = {s.index: w for (s, _), w in zip(pending, out, strict=True) if w.source == "linked"}
    for k, ((s, _), w) in enumerate(zip(pending, out, strict=True)):
        if s.index in linked and w.source in ("dominant", "published"):
            out[k] = linked[s.index]  # "ditembak polisi saat ditangkap": one moment
    return out


def _dedupe(events: list[Event]) -> tuple[Event, ...]:
    """One event per (trigger, CAMEO code, source code, target code): "bupati dan wali kota"
    as the targets of one "meminta" is one coded event, as event-data users count them (and
    as the annotation guide scores them); two acts of one sentence ("menggerebek ... dan
    menangkap") stay two. The most confident is kept, in text order."""
    best: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.sentence_index, ev.span, ev.cameo, ev.source.code,
               ev.target.code if ev.target else None)
        kept = best.get(key)
        if kept is None or ev.confidence > kept.confidence:
            best[key] = ev
    keep = {id(ev) for ev in best.values()}
    return tuple(ev for ev in events if id(ev) in keep)


def code_article(article: Article, res: Resources, settings: Settings | None = None
                 ) -> ArticleResult:
    """Code one article: clean, split, find actors and events, date and place them."""
    return _code(article, res, settings or Settings(), None)


def code_text(text: str, res: Resources, published: str | date | None = None,
              article_id: str = "text", settings: Settings | None = None) -> tuple[Event, ...]:
    """Code a piece of text (convenience for notebooks and tests)."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    art = Article(article_id=article_id, text=text, published=published)
    return code_article(art, res, settings).events
