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
    news_form,
    resolve_counted,
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
    _order: dict[int, int] = field(default_factory=dict)

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

    def position(self, index: int) -> int:
        """Where the body sentence with this index stands in the body (0 for the first),
        for the rules that look at the sentences before or after it."""
        if not self._order:
            self._order.update((s.index, k) for k, s in enumerate(self.body))
        return self._order[index]


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
    dates = _counted_days(body, dates)
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


def _counted_days(body: list[Sentence], dates: dict[int, list[DateMention]]
                  ) -> dict[int, list[DateMention]]:
    """Days counted from another ("Keesokan harinya, ...", "diamankan sehari setelahnya")
    count from the last day written before them in the text ("Setelah bermalam di Garut
    pada Sabtu (18/10), pagi harinya ...": Sunday 19/10), not from the article's main day."""
    out, last = dict(dates), None
    for s in body:
        if dates[s.index]:  # (most sentences write no date)
            out[s.index], last = resolve_counted(dates[s.index], last)
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
    its own paragraph ("Prabowo juga berterima kasih ..."), the same occasion. Opening the
    body, it tells of the headline's words, and the paragraph after it goes on with them
    ("Hal tersebut diungkap Diaz dalam forum G20 ... di Cape Town, ... pada tanggal 16-17
    Oktober 2025." then '"Indonesia menyerukan ...," ujar Diaz, dalam keterangannya, Senin
    (20/10/2025)'). It maps to itself too."""
    out: dict[int, int] = {}
    for k, t in enumerate(body):
        if not written_days(dates[t.index]) or not told_back(lowered[t.index], res):
            continue
        out[t.index] = t.index
        after = [s for s in body[k + 1:] if s.paragraph == t.paragraph]
        if k == 0 and not after and len(body) > 1:  # (the lede's next paragraph)
            after = [s for s in body[1:] if s.paragraph == body[1].paragraph]
        for s in after:
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
             recent: tuple[ActorRef, ...], said_by: ActorRef | None = None,
             claimant: ActorRef | None = None) -> None:
        words, lowered = a.words[s.index], a.lowered[s.index]
        trigs = sentence_triggers(words, mentions, res, lowered)
        decisions: list[Decision] = []
        if trigs:  # (most sentences have none: their Context is not built)
            ctx = Context(previous, recent, a.agents, a.home, settings.reciprocal_both,
                          settings.domestic_targets, tuple(history), said_by, claimant)
            decisions = code_triggers(trigs, words, mentions, res, ctx, lowered)
        if decisions:
            pending.extend((s, m) for dec in decisions for m in dec.matches)
            history.extend(Told(m.code[:2], m.source, m.trigger.reading.root,
                                m.trigger.pattern.root, m.target)
                           for dec in decisions for m in dec.matches)
        if analyses is not None:
            analyses.append(SentenceAnalysis(s, a.tokens(s), tuple(a.dates[s.index]),
                                             tuple(mentions), tuple(decisions)))

    # (the article's tables read once, not for every sentence: in the compiled build each
    # attribute read is a lookup)
    all_words, all_lowered, all_dates, all_spans = a.words, a.lowered, a.dates, a.spans
    published, home, le_sector = a.published, a.home, a.le_sector
    for s in a.body:
        index = s.index
        ds = all_dates[index]
        on = next((d.date.value for d in ds if d.date.value), None) or published if ds \
            else published
        previous = memory.speaker()  # of "ujarnya", "kata dia"
        claimant = memory.claimant()  # (before this sentence names its own speaker)
        mentions = find_actors_in_words(all_words[index], all_lowered[index], res, on, memory,
                                        home, all_spans[index], le_sector)
        memory.spoke(named_speaker(all_lowered[index], mentions, res))
        recent = tuple(memory.actors)
        if index in running_on:
            held.append((s, mentions, previous, recent))
            continue
        if held:  # this sentence closes the quote: its speaker said the held sentences too
            previous = held[0][2]  # ("katanya": who spoke before the quote, not a name
            said_by = quote_speaker(all_words[index], mentions, res, previous)  # in it)
            for hs, hm, hprevious, hrecent in held:
                code(hs, hm, hprevious, hrecent, said_by)
            held.clear()
        code(s, mentions, previous, recent, claimant=claimant)
    for hs, hm, hprevious, hrecent in held:
        code(hs, hm, hprevious, hrecent)
    events = _events(a, pending, res, settings, running_on) if pending else ()
    return ArticleResult(article, a.clean, a.sentences, events)


_QUOTES = tuple(QUOTE_MARKS)


def _quotes_running_on(a: _Article) -> dict[int, int]:
    """The sentences inside a quote that goes on into a later sentence of the same paragraph
    and is closed there ('"Kami menolak. Tentu kita pertanyakan," kata Jazuli.'), each
    mapped to the sentence that closes it (and whose tag tells who said it, and when). A
    quote left open at the end of a paragraph is not followed: news often reopens it in the
    next one."""
    out: dict[int, int] = {}
    run: list[int] = []
    paragraph = None
    for s in a.body:
        if s.paragraph != paragraph:
            paragraph, run = s.paragraph, []
        # (each quote mark is a token of its own: counted in the text, not word by word; an
        # ASCII text holds only QUOTE_MARKS' straight one: one scan instead of one a mark)
        text = s.text
        marks = text.count('"') if text.isascii() else sum(map(text.count, _QUOTES))
        if run and marks % 2 == 1:  # closed here
            out.update(dict.fromkeys(run, s.index))
            run = []
        elif run or marks % 2 == 1:  # opened here and not closed, or still open
            run.append(s.index)
    return out


def _events(a: _Article, pending: list[tuple[Sentence, Match]], res: Resources,
            settings: Settings, running_on: dict[int, int]) -> tuple[Event, ...]:
    """Date and place the matches: the sentence's, else the article's. `running_on`: the
    sentences of a quote closed in a later one, and that one."""
    places = a.places
    fallback = dominant_place(places.values(), settings.home_country) or a.dateline
    said: dict[int, list[Match]] = {}  # each sentence's matches, gathered once
    for s, m in pending:
        said.setdefault(s.index, []).append(m)
    whens = []
    for s, m in pending:
        at = act_position(a.lowered[s.index], m.trigger)
        whens.append(event_date(_act_dates(a, s, m, said[s.index]), a.offsets(s)[at][0],
                                a.dominant, a.published, told_after=at != m.trigger.start,
                                text=s.text, res=res))
    whens = _told_violence(a, pending, whens)
    whens = _scene_dates(a, _linked_dates(pending, whens, res), pending, res)
    whens = _quoted_tag_dates(a, pending, whens, running_on)
    whens = _told_dates(a, pending, whens)
    whens = _then_dates(a, pending, whens, res)
    wheres = [event_location(_scene_candidates(places[s.index], settings.home_country),
                             m.trigger.start, fallback,
                             motion=m.trigger.pattern.root in _MOTION_ROOTS,
                             content=_content_span(a.words[s.index], m))
              for s, m in pending]
    wheres = _scene_places(a, pending, wheres, res)
    wheres = _local_places(a, pending, wheres, settings.home_country)
    wheres = _told_places(a, pending, wheres)
    whens, wheres = _scene_carried(a, pending, whens, wheres)
    whens = _round_up_dates(a, pending, whens)
    pending = [(s, _attacked_state(m, where, settings.home_country)) for (s, m), where in
               zip(pending, wheres, strict=True)]
    events: list[Event] = []
    for (s, m), when, where in zip(pending, whens, wheres, strict=True):
        ev = _event(a.article, s, a.words[s.index], a.offsets(s), m, when, where, res)
        if ev.confidence >= settings.min_confidence:
            events.append(ev)
    return _dedupe(events)


def _scene_candidates(places: list[PlaceMention], home: str) -> list[PlaceMention]:
    """The places of a sentence that can be where its acts happened: not the home country as
    a whole, which tells a scope ("minat yang kuat untuk berinvestasi di Indonesia", "sistem
    pemilu di Indonesia tengah dikaji"), as it is no article's main place either."""
    return [p for p in places if p.location.feature != "country" or p.location.country != home]


def _act_dates(a: _Article, s: Sentence, m: Match, acts: list[Match]) -> list[DateMention]:
    """The dates of the sentence that can be the act's. Those inside what a verbal act says,
    asks or alleges are its content's ("Pengadu mendalilkan teradu menerima uang ... pada
    pemilu tahun 2024": the election's year, not the complaint's), as its places are; but
    a day in the news form ("..., Senin (20/10)") or in the quote's tag is the act's. So are
    those inside what another act of the sentence (`acts`: all its matches) says, for an act
    outside it ("Dalam rapat kerja dengan Komisi II, Basuki meminta dukungan agar mendapat
    tambahan anggaran untuk tahun depan": the meeting is not next year's)."""
    found = a.dates[s.index]
    if not found:
        return found
    offsets = a.offsets(s)
    words = a.words[s.index]
    spans = [c for o in acts if (c := _content_span(words, o)) is not None and
             (o is m or m.trigger.start not in c)]
    for content in spans:
        start = offsets[content.start][0]
        end = offsets[content.stop][0] if content.stop < len(offsets) else len(s.text)
        found = [d for d in found if not start <= d.start < end or news_form(d)]
    return found


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


def _content_span(words: list[str], m: Match) -> range | None:
    """The words of what a verbal act says or asks: from its content word on, up to the
    quote's tag, if any ('"... kita meminta supaya Wapres berkantor di IKN," kata Saan dalam
    konferensi pers di NasDem Tower, Jakarta Pusat': the tag's place is the act's)."""
    start = _content_from(words, m)
    if start is None:
        return None
    last = max((k for k, w in enumerate(words) if w in QUOTE_MARKS), default=-1)
    return range(start, last if last > start else len(words))


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
    for k, ((s, _), w) in enumerate(zip(pending, wheres, strict=True)):
        if w is not None and w.how not in ("dominant", "dateline") or \
                not names_local_unit(a.words[s.index], a.lowered[s.index]):
            continue
        at = a.position(s.index)
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


def _tag_days(a: _Article, s: Sentence) -> set[date | None]:
    """The days a sentence names only in its quote's tag ('"...," kata Gus Ipul dalam
    keterangan tertulis, Minggu (19/10/2025)'): the day the words were sent out or said."""
    return {dm.date.value for dm in written_days(a.dates[s.index]) if _in_tag(s.text, dm.start)}


def _opens_on_then(lowered: list[str], res: Resources) -> bool:
    """Does the sentence open on the time the sentence before names ("Saat itu, korban ...",
    '"Pada saat itu, terlapor menuduh ...'; lexicon time_anaphors)? `lowered`: its words."""
    words = [w for w in lowered[:4] if w not in _QUOTES]
    if words[:1] == ["pada"]:
        words = words[1:]
    return " ".join(words[:2]) in res.word_set("time_anaphors")


def _then_dates(a: _Article, pending: list[tuple[Sentence, Match]], whens: list[EventDate],
                res: Resources) -> list[EventDate]:
    """"Pengeroyokan terjadi ... pada Selasa (7/10). Saat itu, korban hendak pulang sekolah
    namun tiba-tiba dikeroyok pelaku": acts of a sentence that opens on "saat itu / ketika
    itu / hari itu" take the last date the sentence before names, when their own is the
    article's or only their tag's ("Terakhir pada September 2025. Saat itu, Prabowo bertemu
    MBZ": September 2025)."""
    out = list(whens)
    for k, ((s, _), w) in enumerate(zip(pending, whens, strict=True)):
        at = a.position(s.index)
        if at == 0 or not _opens_on_then(a.lowered[s.index], res) or not (
                w.source in ("dominant", "published") or w.value in _tag_days(a, s)):
            continue
        before = [dm.date for dm in a.dates[a.body[at - 1].index]
                  if dm.date.value is not None and dm.anchor_days is None and
                  not dm.cited and not dm.document]
        if before:
            out[k] = EventDate(before[-1].value, before[-1].precision, "linked", before[-1].text)
    return out


def _scene_carried(a: _Article, pending: list[tuple[Sentence, Match]],
                   whens: list[EventDate], wheres: list[Location | None]
                   ) -> tuple[list[EventDate], list[Location | None]]:
    """"Mansur menjalani sidang putusan di PN Kendari, Senin (1/12). Majelis hakim menyatakan
    Mansur terbukti ...": a sentence that sets a scene, a day in the news form and a place
    after "di", goes on in the next sentence of its paragraph, whose acts take that day and
    place when they have none of their own (the article's are another scene's)."""
    out_when, out_where = list(whens), list(wheres)
    for k, ((s, _), w) in enumerate(zip(pending, whens, strict=True)):
        at = a.position(s.index)
        if w.source not in ("dominant", "published") or at == 0 or \
                a.body[at - 1].paragraph != s.paragraph:
            continue
        prev = a.body[at - 1].index
        days = [dm.date for dm in written_days(a.dates[prev]) if news_form(dm)]
        scene = [p.location for p in a.places[prev] if p.location.how == "di"]
        if not days or not scene:
            continue
        out_when[k] = EventDate(days[-1].value, "day", "linked", days[-1].text)
        if wheres[k] is None or wheres[k].how in ("dominant", "dateline"):
            out_where[k] = scene[-1]
    return out_when, out_where


def _quoted_tag_dates(a: _Article, pending: list[tuple[Sentence, Match]],
                      whens: list[EventDate], running_on: dict[int, int]) -> list[EventDate]:
    """'"Kami mendesak polisi mengusut kasus ini. Jangan ada yang ditutupi," kata Budi,
    Senin (20/10/2025)': words inside a quote that goes on into a later sentence were said
    the day that sentence's tag names, as they would be in a one-sentence quote. Acts
    without a day of their own only (not the article's day: the quote's), and not violence
    the speaker tells (told, not done, that day; `_told_violence`)."""
    out = list(whens)
    for k, ((s, m), w) in enumerate(zip(pending, whens, strict=True)):
        closing = running_on.get(s.index)
        if closing is None or w.source not in ("dominant", "published") or \
                m.code[:2] in VIOLENT_ROOTS:
            continue
        closer = a.body[a.position(closing)]
        day = next((dm.date for dm in written_days(a.dates[closing])
                    if _in_tag(closer.text, dm.start)), None)
        if day is not None:
            out[k] = EventDate(day.value, day.precision, "linked", day.text)
    return out


def _told_violence(a: _Article, pending: list[tuple[Sentence, Match]],
                   whens: list[EventDate]) -> list[EventDate]:
    """'"... 3 orang menganiaya korban H," kata Kapolres Cimahi saat ditemui, Kamis
    (16/10/2025)': violence a speaker tells in a quote, dated only by the quote's tag, was
    not done the day it was told. It takes the article's day, or the day the other date rules
    find (the story's day in a round-up, the same act dated elsewhere)."""
    out = list(whens)
    for k, ((s, m), w) in enumerate(zip(pending, whens, strict=True)):
        if m.code[:2] not in VIOLENT_ROOTS or w.source != "text" or \
                w.value not in _tag_days(a, s) or a.dominant is None:
            continue
        at = a.offsets(s)[m.trigger.start][0]
        marks = [j for j, ch in enumerate(s.text) if ch in _QUOTES]
        # inside a quote opened in the sentence, or before the mark that closes one opened
        # in a sentence before ('... langsung cekcok. 3 orang menganiaya korban H," kata ...')
        if _quoted_at(s.text, at) or len(marks) % 2 == 1 and marks[0] > at:
            out[k] = a.dominant
    return out


_ROUND_UP_DAYS = 5  # distinct days in the news form: a week's round-up of several stories
_ROUND_UP_REACH = 8  # sentences back


def _round_up_dates(a: _Article, pending: list[tuple[Sentence, Match]],
                    whens: list[EventDate]) -> list[EventDate]:
    """A round-up ("Bandung Sepekan: ...") tells several stories, each with its own days, so
    the article's main day is only one story's. An act without a day of its own takes the
    last day written before it in the story's telling ("Kasat Reskrim mengatakan peristiwa
    itu terjadi pada Minggu (5/10) malam. ... Pelaku memperkosa korban": the Sunday), not
    a day in a quote's tag, which is when it was told; else the next day written after it
    (a story's lede comes before its days: "Puluhan santri menggeruduk rumah Ridwan Kamil"
    is the Tuesday its story tells). Up to eight sentences either way. (Measured: taking the
    nearer of the two was worse, a later tag's day then wins over the story's own.)"""
    days = {i: written_days(ds) for i, ds in a.dates.items() if ds}  # (of the dated sentences)
    if len({dm.date.value for ds in days.values() for dm in ds if news_form(dm)}) < \
            _ROUND_UP_DAYS:
        return whens
    text = {s.index: s.text for s in a.body}
    told = {i: [dm for dm in ds if not _in_tag(text[i], dm.start)] for i, ds in days.items()}
    order = [s.index for s in a.body]
    out = list(whens)
    for k, ((s, _), w) in enumerate(zip(pending, whens, strict=True)):
        if w.source not in ("dominant", "published"):
            continue
        at = a.position(s.index)
        back = next((told[i][-1] for i in reversed(order[max(0, at - _ROUND_UP_REACH):at + 1])
                     if told.get(i)), None)
        day = back or next((days[i][0] for i in order[at + 1:at + 1 + _ROUND_UP_REACH]
                            if days.get(i)), None)
        if day is not None:
            out[k] = EventDate(day.date.value, "day", "linked", day.date.text)
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
        if w.source in ("dominant", "published") or \
                w.source == "text" and w.value in _tag_days(a, s):
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
