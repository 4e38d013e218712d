"""Small helpers shared by the pipeline steps."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

T = TypeVar("T")


def most_frequent(items: Iterable[tuple[Hashable, T]]) -> T | None:
    """The value of the most frequent key, as first seen (ties: the first key seen)."""
    counts: dict[Hashable, int] = {}
    first: dict[Hashable, T] = {}
    for key, value in items:
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, value)
    if not counts:
        return None
    return first[max(counts, key=lambda k: counts[k])]
