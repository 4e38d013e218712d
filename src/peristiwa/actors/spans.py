"""Dictionary phrases in a sentence: the longest alias at each position, with the guards
that keep initials from reading as institutions."""

from __future__ import annotations

from dataclasses import dataclass

from peristiwa.resources import Resources
from peristiwa.resources.frozen import PhraseIndex
from peristiwa.resources.entries import ActorEntry
from peristiwa.util import fast_init


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    entry: ActorEntry


_KIND_ORDER = {"person": 0, "institution": 1, "organization": 2, "country": 3, "agent": 4}


def _pick(entries: list[ActorEntry]) -> ActorEntry:
    if len(entries) == 1:
        return entries[0]
    return min(entries, key=lambda e: _KIND_ORDER.get(e.kind, 9))


def _first_words(res: Resources) -> tuple[PhraseIndex, PhraseIndex, dict, dict, frozenset[str],
                                          bool]:
    """The two actor indices, their first words, the first words of both in lower case (a
    word whose lower case is not among them starts no phrase), and whether both crowd nouns
    begin phrases of the lower-case index: fetched together once per resources version."""
    cased, lower = res.actor_index, res.actor_lower_index
    return cased, lower, cased.first_words, lower.first_words, \
        frozenset([w.lower() for w in cased.first_words]) | frozenset(lower.first_words), \
        _CROWD_NOUNS <= lower.first_words.keys()


def dictionary_spans(words: list[str], res: Resources,
                     lowered: list[str] | None = None) -> list[Span]:
    """Longest dictionary phrases, left to right (case-sensitive aliases or lower forms).
    `lowered` are the words in lower case, when the caller already has them."""
    if lowered is None:
        lowered = [w.lower() for w in words]
    cased, lower, first_cased, first_lower, first_any, crowd_first = res.derived(
        "actor_first_words", _first_words)
    if "-" in "".join(lowered):  # a word with a hyphen ("Partai-partai", "BUMN-BUMN")
        lowered = [_singular(w) if "-" in w else w for w in lowered]
        words = [_singular(w) if "-" in w else w for w in words]
        starts = [k for k, w in enumerate(words)
                  if w in first_cased or lowered[k] in first_lower]  # where a phrase can start
    else:  # (one lookup a word: the lower case of both indices' first words; the loop below
        # tests each index itself, and passes over a word that begins no phrase of either)
        starts = [k for k, low in enumerate(lowered) if low in first_any]
    spans: list[Span] = []
    actors = res.actors
    i = 0
    crowd = False  # a crowd noun ("orang", "warga") among the starts
    for k in starts:
        low = lowered[k]
        crowd = crowd or low in _CROWD_NOUNS
        if k < i:
            continue
        i = k
        w = words[k]
        n1, ids1 = cased.longest(words, i) if w in first_cased else (0, ())
        n2, ids2 = lower.longest(lowered, i) if low in first_lower else (0, ())
        n, ids = (n1, ids1) if n1 >= n2 else (n2, ids2)
        if not n:
            continue
        if n == 1 and len(w) <= 3 and _initials(words, i, n, cased):
            continue  # "berinisial MA", "MA (25)": a person's initials, not the Supreme Court
        entry = actors[ids[0]] if len(ids) == 1 else _pick([actors[x] for x in ids])
        if entry is not None and n == 1:
            entry = _one_word_entry(entry, words, lowered, i, res)
        if entry is not None:
            spans.append(Span(i, i + n, entry))
            i += n
    # (when both crowd nouns begin phrases of the lower-case index, each one in the sentence
    # is among the starts, and the loop has seen it: no scan of all the words is needed)
    if crowd if crowd_first else not _CROWD_NOUNS.isdisjoint(lowered):
        spans = _counted_crowds(words, lowered, spans, res)
    return spans


def _one_word_entry(entry: ActorEntry, words: list[str], lowered: list[str], i: int,
                    res: Resources) -> ActorEntry | None:
    """The guards on a one-word dictionary match: the entry it stands for, or None."""
    low = lowered[i]
    if entry.place and _name_goes_on(words, i + 1, res):
        return None  # "Vienna Varella Angeli": a person's first name, not Austria's capital
    if entry.kind == "country" and aged(words, i + 1):
        return None  # "kata Vatikan (27), pengendara asal Demak": a person and her age
    if i == 0:
        return entry
    before = lowered[i - 1]
    if low in ("barat", "timur") and words[i - 1][:1].isupper() and words[i - 1].isalpha():
        return None  # "Denpasar Barat": a direction in a place name, not the West
    if entry.id == "ag-pt" and before in _COURT_WORDS:
        return res.actors.get("idn-pengadilan-tinggi", entry)  # "Hakim PT Jakarta": the
        # High Court
    lists = res.lists()
    if low in lists.adjective_agents and before in lists.adjective_heads and \
            not (i + 1 < len(words) and words[i + 1][:1].isupper()):
        return None  # "tindakan militer yang lebih keras": military, not the military (but
        # "sasaran militer Kamboja" are Cambodia's military's)
    return entry


_CROWD_ID = "ag-orang-banyak"
_CROWD_NOUNS = frozenset(("orang", "warga"))
_NUMBER_WORDS = frozenset("dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas "
                          "belasan puluhan ratusan ribuan".split())
_SCALE_WORDS = frozenset("puluh ratus ribu juta jutaan".split())  # "tujuh juta orang"


def _counted_crowds(words: list[str], lowered: list[str], spans: list[Span],
                    res: Resources) -> list[Span]:
    """"100.000 orang", "20 warga": a number of people is a crowd, like "ribuan orang"."""
    entry = res.actors.get(_CROWD_ID)
    if entry is None:
        return spans
    covered = {k for sp in spans for k in range(sp.start, sp.end)}
    added = [Span(k - 1, k + 1, entry) for k, low in enumerate(lowered)
             if low in ("orang", "warga") and k > 0 and
             (words[k - 1][:1].isdigit() or lowered[k - 1] in _NUMBER_WORDS or
              lowered[k - 1] in _SCALE_WORDS) and
             k not in covered and k - 1 not in covered and k + 1 not in covered]
    # ("65 orang saksi": the noun after says who they are)
    return sorted(spans + added, key=lambda sp: sp.start) if added else spans


_COURT_WORDS = frozenset("hakim majelis banding putusan panitera ketua".split())


def _singular(w: str) -> str:
    """A reduplicated plural read as its noun ("negara-negara", "partai-partai" are states,
    parties)."""
    half, dash, rest = w.partition("-")
    return half if dash and half == rest else w


def aged(words: list[str], j: int) -> bool:
    """Does "(NN)", a person's age, stand at words[j]?"""
    return j + 2 < len(words) and words[j] == "(" and words[j + 1].isdigit() and \
        len(words[j + 1]) <= 2 and words[j + 2] == ")"


def _name_goes_on(words: list[str], j: int, res: Resources) -> bool:
    """Is words[j] the next part of a personal name: capitalised, alphabetic, no dictionary
    name, no place and no common word?"""
    if j >= len(words):
        return False
    w = words[j]
    return w[:1].isupper() and w.isalpha() and not w.isupper() and \
        w.lower() not in res.word_set("not_names") and \
        w not in res.actor_index.first_words and \
        w.lower() not in res.actor_lower_index.first_words and \
        not res.place_index.longest(words, j)[0]


INITIAL_CUES = frozenset("berinisial berinsial inisial tersangka pelaku korban saksi terdakwa "
                         "terpidana saudara saudari sdr sdri".split())


def _initials(words: list[str], i: int, n: int, index: PhraseIndex) -> bool:
    w = words[i]
    if n != 1 or not (w.isupper() and len(w) <= 3):
        return False
    before = words[i - 1].lower() if i > 0 else ""
    return before in INITIAL_CUES or aged(words, i + 1) or _in_initials_list(words, i, index)


def _in_initials_list(words: list[str], i: int, index: PhraseIndex) -> bool:
    """"MAM, NN, Z, I, dan MA": an item of a list whose neighbour is an initial that is no
    dictionary name ("KPK dan MA" stays the Supreme Court)."""
    def initial(j: int) -> bool:
        w = words[j]
        return w.isupper() and w.isalpha() and len(w) <= 3 and index.longest(words, j)[0] == 0
    j = i - 1
    while j >= 0 and words[j] in (",", "dan", "serta"):
        j -= 1
    if j < i - 1 and j >= 0 and initial(j):
        return True
    k = i + 1
    while k < len(words) and words[k] in (",", "dan", "serta"):
        k += 1
    return k > i + 1 and k < len(words) and initial(k)
