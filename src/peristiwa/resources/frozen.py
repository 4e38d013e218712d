"""Small immutable containers that pickle (so a Resources bundle can go to worker processes)."""

from __future__ import annotations

from typing import Any, NoReturn
from collections.abc import Iterable

from peristiwa.text.tokens import words


class FrozenDict(dict):
    """A dict that refuses changes after construction."""

    def _blocked(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("language resources are immutable")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _blocked  # type: ignore

    def __reduce__(self) -> tuple:
        return (FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return id(self)


Entry = tuple[tuple[str, ...], tuple[str, ...]]  # (phrase words, ids)
_NONE: tuple[int, tuple[str, ...]] = (0, ())  # no phrase


class PhraseIndex:
    """Multi-word phrases indexed by their first word, for longest-match lookup over tokens.
    The lookup goes through the phrases of the first two words (a first word such as
    "Kabupaten" or "Menteri" begins hundreds of phrases)."""

    __slots__ = ("_by_first", "_heads")

    def __init__(self, by_first: dict[str, tuple[Entry, ...]]):
        self._by_first = by_first  # first word -> its phrases, longest first
        single: dict[str, tuple[str, ...]] = {}  # one-word phrase -> ids
        by_second: dict[str, dict[str, list[Entry]]] = {}
        for first, entries in by_first.items():
            for key, ids in entries:
                if len(key) == 1:
                    single[first] = ids
                else:
                    by_second.setdefault(first, {}).setdefault(key[1], []).append((key, ids))
        # first word -> (second word -> its phrases, longest first; the answer when no longer
        # phrase matches: (1, ids) of the one-word phrase, or _NONE). One subscript gives
        # `longest` all it needs of a first word, and the fallback is made once, not per call.
        self._heads: dict[str, tuple[dict[str, tuple[Entry, ...]], tuple[int, tuple[str, ...]]]]
        self._heads = {first: ({second: tuple(entries)
                                for second, entries in by_second.get(first, {}).items()},
                               (1, single[first]) if first in single else _NONE)
                       for first in by_first}

    @property
    def first_words(self) -> dict:
        """First words of the indexed phrases (a dict, for fast membership tests)."""
        return self._by_first

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, str]]) -> PhraseIndex:
        phrases: dict[tuple[str, ...], list[str]] = {}
        for phrase, ident in pairs:
            key = words(phrase)
            if key:
                ids = phrases.setdefault(key, [])
                if ident not in ids:
                    ids.append(ident)
        by_first: dict[str, list] = {}
        for key, ids in phrases.items():
            by_first.setdefault(key[0], []).append((key, tuple(ids)))
        return cls({k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in by_first.items()})

    def __getstate__(self) -> dict:
        return {"_by_first": self._by_first}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["_by_first"])

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def longest(self, seq: list[str] | tuple[str, ...], i: int) -> tuple[int, tuple[str, ...]]:
        """Longest phrase starting at seq[i]: (length in words, ids); (0, ()) if none."""
        first = seq[i]
        heads = self._heads
        if first not in heads:
            return _NONE  # (most words begin no phrase)
        seconds, fallback = heads[first]  # (subscripts, not dict.get: a method call costs more)
        if seconds and i + 1 < len(seq):
            second = seq[i + 1]
            if second in seconds:
                for key, ids in seconds[second]:  # longest first
                    n = len(key)
                    if n == 2:  # (its two words are the two looked up)
                        return n, ids
                    if i + n <= len(seq) and tuple(seq[i:i + n]) == key:
                        return n, ids
        return fallback

    def phrases(self) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
        for entries in self._by_first.values():
            yield from entries
