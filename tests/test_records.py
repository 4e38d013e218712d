"""Records made through util.fast_init behave as the frozen dataclasses they are."""

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from peristiwa.records import ActorMention, ActorRef, ArticleResult
from peristiwa.util import fast_init


def test_fields_defaults_equality_and_hash():
    ref = ActorRef("Prabowo Subianto", "IDNGOV", "IDN", "GOV", "prabowo-subianto", "person")
    m = ActorMention(0, 2, "Prabowo Subianto", ref, "dict")
    assert (m.start, m.end, m.text, m.ref, m.how) == (0, 2, "Prabowo Subianto", ref, "dict")
    assert (m.plural, m.person, m.group) == (False, False, ())
    assert ActorRef("X", None, None, None, None).kind == "actor"
    same = ActorMention(start=0, end=2, text="Prabowo Subianto", ref=ref, how="dict")
    assert m == same and hash(m) == hash(same) and len({m, same}) == 1
    assert replace(m, person=True).person and not m.person
    assert pickle.loads(pickle.dumps(m)) == m
    assert repr(m).startswith("ActorMention(start=0, end=2,")


def test_records_stay_frozen():
    ref = ActorRef("X", None, None, None, None)
    with pytest.raises(FrozenInstanceError):
        ref.name = "Y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        ActorRef("X")  # type: ignore[call-arg]


def test_only_plain_frozen_slotted_dataclasses():
    with pytest.raises(TypeError):
        @fast_init
        @dataclass(frozen=True)
        class NoSlots:
            a: int

    with pytest.raises(TypeError):
        @fast_init
        @dataclass(frozen=True, slots=True)
        class Factory:
            a: list = field(default_factory=list)

    assert ArticleResult.__new__.__qualname__ == "ArticleResult.__new__"


def test_a_record_is_built_through_its_plain_twin():
    @fast_init
    @dataclass(frozen=True, slots=True)
    class Five:
        a: int
        b: int
        c: int
        d: int
        e: int = 5

    x = Five(1, 2, 3, 4)
    assert type(x) is Five and (x.a, x.d, x.e) == (1, 4, 5) and x == Five(1, 2, 3, 4, 5)
    assert "_twin" in Five.__new__.__globals__  # (the twin's path, not the descriptors')
    assert copy.copy(x) == x and replace(x, e=6).e == 6
    with pytest.raises(FrozenInstanceError):
        x.a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Five(1, 2)  # type: ignore[call-arg]
