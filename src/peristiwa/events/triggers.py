"""Find trigger words of event patterns in a sentence, through Indonesian morphology.

The pattern index is keyed by root word, so each token costs one morphological analysis
(cached) and a few dictionary lookups, whatever the number of patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from peristiwa.resources import Resources
from peristiwa.resources.entries import Pattern
from peristiwa.text.morph import Reading, analyses, form_of
from peristiwa.util import fast_init


NEEDS_WINDOW = 12


@fast_init
@dataclass(frozen=True, slots=True)
class Trigger:
    start: int  # token indices, end exclusive
    end: int
    pattern: Pattern
    reading: Reading
    pos: str  # verb | noun
    voice: str  # active | passive | nominal
    needs_at: int = NEEDS_WINDOW  # distance of the pattern's context word (closer wins)

    @property
    def root(self) -> str:
        return self.pattern.root


def trigger_length(pattern: Pattern, words: list[str], i: int) -> int:
    """Token length of the pattern's trigger at i (0 when the rest of a multi-word trigger
    does not follow)."""
    n = len(pattern.trigger)
    if n == 1:
        return 1
    if i + n > len(words):
        return 0
    for k in range(1, n):
        if pattern.trigger[k] not in _forms(words[i + k]):
            return 0
    return n


_FORMS: dict[str, frozenset[str]] = {}


def _forms(word: str) -> frozenset[str]:
    """The word in lower case and every root it can be read as (memoised: the next word of
    every multi-word trigger is asked for)."""
    found = _FORMS.get(word)
    if found is None:
        low = word.lower()
        found = frozenset([low, *(r.root for r in analyses(low))])
        if len(_FORMS) < 200_000:
            _FORMS[word] = found
    return found


VERB_NEED = "@verb"  # in `needs`: any active verb (meN-, ber-) within the window


_NOT_VERBS = frozenset("berbagai bersama beserta berdasarkan berikut berupa bertahap berkat "
                       "berkaitan bersamaan melalui meski meskipun menurut mengenai mereka "
                       "merekalah".split())  # (and the pronoun "mereka")


def active_verb(w: str) -> bool:
    """An active verb form (meN-, ber-; "bekerja"): "mendorong Pemprov melibatkan ..."."""
    return len(w) > 5 and w.isalpha() and w.islower() and \
        w.startswith(("me", "ber", "bekerja")) and w not in _NOT_VERBS


def _needs_at(pattern: Pattern, words: list[str], lowered: list[str], k: int) -> int | None:
    """How far after the trigger the first of the pattern's `needs` words stands (within a few
    tokens, before any full stop or "namun": "menilai insiden itu terjadi karena keteledoran,
    namun tidak boleh ..." puts the 'tidak' in another clause); None when none does
    (`lowered`: the words in lower case)."""
    needs, within = pattern.needs, pattern.needs_within  # (read once, not at every word)
    verb = VERB_NEED in needs
    window = lowered[k:k + within + 1] + [""]
    for d in range(min(within, len(window) - 1)):
        low, nxt = window[d], window[d + 1]
        if low in ("tidak", "tak") and (nxt in _CLEARED or _no_fault_had(window[d + 1:d + 5])):
            return None  # "menilai Betty tidak terbukti melanggar", "tidak hanya ...": no fault
        if low[-4:] == "-nya":  # (a slice compare: str.endswith parses its arguments slowly)
            low = low[:-4]  # "dicabut IUP-nya": its IUP
        if low in needs and not (low == "salah" and nxt in ("satu", "seorang")) or \
                verb and active_verb(words[k + d]):
            return d  # ("salah satu" is "one of", no fault found)
        if low in (".", ";", "?", "!", "namun") or low in _OTHER_CLAUSE and not (
                d == 0 and low in _THAT):
            return None  # "menilai penting agar masyarakat tidak salah persepsi": the
    return None  # 'tidak' is of the purpose clause, no verdict (but "menduga jika peristiwa
    # itu direkayasa": 'jika' right after the verb is 'that', and what follows is its content)


# words opening a purpose or condition clause, where a context word belongs to another clause
_OTHER_CLAUSE = frozenset("agar supaya jika kalau apabila".split())
_THAT = frozenset(("jika", "kalau"))  # right after a verb of thinking or saying: 'that'


# after "tidak / tak": a finding of no fault or a mere "not only", no verdict against anyone
# ("menilai langkah itu tidak melanggar aturan", "tidak keliru")
_CLEARED = frozenset("terbukti bersalah hanya sekadar lepas terlepas semata melanggar menyalahi "
                     "bermasalah salah keliru".split())


# "tidak melakukan (tindakan) pelanggaran", "tidak memiliki masalah", "tak ada kesalahan": no
# fault was done or had (but "tidak menyelesaikan masalah" blames a failure)
_HAD = frozenset("melakukan memiliki mempunyai punya ada berbuat".split())
_FAULTS = frozenset("pelanggaran masalah kesalahan kekeliruan kelalaian".split())


def _no_fault_had(after_negator: list[str]) -> bool:
    """Do the words after a negator deny that a fault was done or had ("tak melakukan tindakan
    pelanggaran kode etik")? The fault noun may follow one word after the verb."""
    return bool(after_negator) and after_negator[0] in _HAD and \
        any(w in _FAULTS for w in after_negator[1:3])


def _new_set(res: Resources) -> set[str]:
    return set()


def candidates(word: str, res: Resources) -> tuple[tuple[Pattern, Reading], ...]:
    """(pattern, reading) pairs for a word; memoised per resources version."""
    cache = res.memo("trigger_candidates")
    found = cache.get(word)
    if found is None:
        index = res.trigger_index
        found = tuple((p, r) for r in analyses(word) for p in index.get(r.root, ()))
        if len(cache) < 500_000:
            cache[word] = found
    return found


Fit = tuple[Pattern, Reading, str, str]  # a candidate whose form fits, with its pos and voice


class Viable(NamedTuple):
    """A word's candidates whose form fits the pattern (`fits`, in the order of `candidates`),
    and for the search: those of one-word triggers, and the second words of the others (a
    multi-word trigger can start on the word only when one of these follows it)."""

    fits: tuple[Fit, ...]
    single_word: tuple[Fit, ...]
    second_words: frozenset[str]


_NOT_VIABLE = Viable((), (), frozenset())


def _viable(word: str, res: Resources) -> Viable:
    """The candidates whose form fits the pattern (not excluded, right part of speech), with
    that form; they depend on the word alone, so they are memoised like `candidates`. A word
    that does not open with a letter ("2025", "20/10", ",") has none: find_triggers never
    starts a trigger on it, so it is not analysed at all (and joins the dead words)."""
    cache = res.memo("viable_triggers")
    found = cache.get(word)
    if found is None:
        lower = word.lower()
        out = []
        # (the readings are those of the word in lower case: "Menuntut" at the start of a
        # sentence shares the analysis and candidates of "menuntut", made once)
        for pattern, reading in candidates(lower, res) if word[:1].isalpha() else ():
            if lower in pattern.exclude:
                continue
            pos, voice = form_of(reading)
            if pos in pattern.pos or pos == "bare" and (
                    lower == reading.root or lower == reading.root + "nya" and
                    reading.root not in pattern.exclude):  # "menyampaikan apresiasinya";
                # (a bare form excluded takes its -nya with it: "pastinya" as "pasti")
                if pattern.voice and pos in ("verb", "bare"):
                    # "X (men)jadi tersangka": a verb whose subject is what is acted on
                    pos, voice = "verb", pattern.voice
                out.append((pattern, reading, pos, voice))
        found = Viable(tuple(out), tuple(f for f in out if len(f[0].trigger) == 1),
                       frozenset(f[0].trigger[1] for f in out if len(f[0].trigger) > 1)) \
            if out else _NOT_VIABLE
        if len(cache) < 500_000:
            cache[word] = found
            if not out:
                res.derived("dead_words", _new_set).add(word)
    return found


def may_trigger(words: list[str], res: Resources) -> bool:
    """Can any word of the sentence trigger? False when each is memoised as triggering nothing
    (a third of the sentences): one test in C instead of find_triggers' pass."""
    return not res.derived("dead_words", _new_set).issuperset(words)


def find_triggers(words: list[str], blocked: set[int], res: Resources,
                  lowered: list[str] | None = None) -> list[Trigger]:
    """Triggers left to right; tokens in `blocked` (inside actor names) never trigger.
    `lowered` are the words in lower case, when the caller already has them: the context
    rules of the candidate patterns read them (the sentence is lowered once, not a window
    for each candidate)."""
    if lowered is None:
        lowered = [w.lower() for w in words]
    found: list[Trigger] = []
    cache = res.memo("viable_triggers")
    dead = res.derived("dead_words", _new_set)
    after = 0  # the end of the last trigger found
    size = len(words)
    for i, w in enumerate(words):
        if i < after or w in dead:
            continue  # (most words are memoised as triggering nothing)
        viable = cache.get(w)
        if viable is None:
            viable = _viable(w, res)
        # (unpacked: in the compiled build each field read by name is an attribute lookup)
        every, fits, second_words = viable
        if not every or i in blocked or not w[:1].isalpha():
            continue
        # (fits: those of one-word triggers; most words of multi-word triggers stand alone)
        if second_words and i + 1 < size and not second_words.isdisjoint(
                _FORMS.get(words[i + 1]) or _forms(words[i + 1])):
            fits = every
        best = None  # (the Trigger is made for the best candidate only)
        best_key: tuple[int, int, int, int] = (0, 0, 0, 0)
        for pattern, reading, pos, voice in fits:
            trigger = pattern.trigger
            n = len(trigger)
            if n != 1:  # (trigger_length, inline: most candidates are of multi-word triggers)
                if i + n > size:
                    continue
                follows = True
                for k in range(1, n):  # (a word's forms are never empty)
                    if trigger[k] not in (_FORMS.get(words[i + k]) or _forms(words[i + k])):
                        follows = False
                        break
                if not follows:
                    continue
            if pattern.unless and not pattern.unless.isdisjoint(
                    lowered[i + n:i + n + pattern.unless_within]):
                continue  # "mengamankan aksi unjuk rasa" is policing, not an arrest
            if pattern.not_after and not pattern.not_after.isdisjoint(
                    lowered[max(0, i - pattern.not_after_within):i]):
                continue  # "kebutuhan mendesak" (urgent), "sesuai arahan Presiden" (followed)
            if pattern.needs_before and pattern.needs_before.isdisjoint(
                    lowered[max(0, i - pattern.needs_before_within):i]):
                continue  # "empat IUP itu dicabut": what is revoked stands before the verb
            near = _needs_at(pattern, words, lowered, i + n) if pattern.needs else \
                NEEDS_WINDOW
            if near is None:
                continue
            # prefer longer triggers, then the reading that strips least, then the closer
            # context word ("menilai ... tidak tepat": 'tidak' before 'tepat'), then the more
            # specific code
            key = (n, len(reading.root), -near, len(pattern.code))
            if best is None or key > best_key:
                best, best_key = (pattern, reading, pos, voice, n, near), key
        if best is not None:
            pattern, reading, pos, voice, n, near = best
            found.append(Trigger(i, i + n, pattern, reading, pos, voice, near))
            after = i + n
    return found
