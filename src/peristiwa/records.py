"""Typed, immutable records passed between the pipeline steps.

Every record is a frozen, slotted dataclass: nothing crosses a module boundary as a bare dict.
(`util.fast_init` gives them a cheaper constructor; they stay frozen.)
The output schema (docs/schema.md) is produced from `Event` by `peristiwa.output`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from peristiwa.util import fast_init

Metadata = tuple[tuple[str, str], ...]


@fast_init
@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input, before cleaning."""

    article_id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # file (and line) the article came from
    metadata: Metadata = ()  # other input fields, as (name, JSON text) pairs
    published_hour: int | None = None  # local hour of publication, when the input gives a time


@fast_init
@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of furniture the cleaner removed, with the rule that removed it."""

    rule: str
    start: int  # offsets into the raw text
    end: int
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    outlet: str | None
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class CleanText:
    """Article text with furniture removed and a map back to the raw text.

    `segments` holds (clean_start, raw_start, length) runs: a character at clean offset c with
    clean_start <= c < clean_start + length came from raw offset raw_start + (c - clean_start).
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]
    removals: tuple[Removal, ...] = ()
    dateline: Dateline | None = None

    def raw_offset(self, clean_offset: int) -> int:
        for c0, r0, n in self.segments:
            if c0 <= clean_offset < c0 + n:
                return r0 + clean_offset - c0
        if self.segments:
            c0, r0, n = self.segments[-1]
            return r0 + n
        return 0


class Token(NamedTuple):
    """A token with offsets into the clean text (a NamedTuple: millions are made per run)."""

    text: str
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # offsets into the clean text
    end: int
    text: str
    paragraph: int
    heading: bool = False  # a short line without final punctuation: kept, never coded


@fast_init
@dataclass(frozen=True, slots=True)
class ActorRef:
    """What an actor mention resolves to (on the event date)."""

    name: str
    code: str | None  # CAMEO actor code, e.g. IRNGOV
    country: str | None  # ISO alpha-3 or group code
    sector: str | None
    actor_id: str | None  # dictionary id, None for recognised-but-unknown actors
    kind: str = "actor"  # country | organization | institution | agent | person | unknown

    # (Written out, not generated: the `__eq__` and `__hash__` that dataclasses writes run as
    # interpreted Python even in the compiled build, and refs are compared and hashed all
    # along the coding path: memory's recency lists, event parties. They mean the same: the
    # fields compared in order, and the hash of the tuple of the fields.)
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        o: ActorRef = other  # type: ignore[assignment]
        return self.name == o.name and self.code == o.code and self.country == o.country and \
            self.sector == o.sector and self.actor_id == o.actor_id and self.kind == o.kind

    def __hash__(self) -> int:
        return hash((self.name, self.code, self.country, self.sector, self.actor_id, self.kind))


@fast_init
@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of a sentence that names an actor."""

    start: int  # token indices within the sentence, end exclusive
    end: int
    text: str
    ref: ActorRef
    how: str  # rule that found it: dict, title, apposition, coref:<rule>, context
    plural: bool = False
    person: bool = False
    group: tuple[ActorRef, ...] = ()  # members, for "kedua menteri", "mereka", "kedua negara"

    @property
    def refs(self) -> tuple[ActorRef, ...]:
        return self.group or (self.ref,)


@fast_init
@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None
    how: str | None = None  # di, ke, dekat, dateline, ...
    place_id: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class EventDate:
    value: date | None
    precision: str  # day | month | year | none
    source: str  # text | linked | dominant | published | inferred | none
    text: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    span: tuple[int, int]  # trigger span in the clean text
    source: ActorRef
    target: ActorRef | None
    source_text: str
    target_text: str | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    date: EventDate
    location: Location | None
    rule: str
    confidence: float
    modality: str = "asserted"  # asserted | intent | negated-reject
    sym: bool = False
    trigger: str = ""
    resources_version: str = ""


@fast_init
@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be coded, with the reason; a batch goes on without it."""

    origin: str  # file, file:line or article id
    reason: str
    article_id: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: Article
    clean: CleanText
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...] = field(default=())

    @property
    def body_sentences(self) -> int:
        return sum(1 for s in self.sentences if not s.heading)
