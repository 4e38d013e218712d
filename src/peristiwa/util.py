"""Small helpers shared by the pipeline steps."""

from __future__ import annotations

import dataclasses
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


C = TypeVar("C", bound=type)


def fast_init(cls: C) -> C:
    """Give a frozen, slotted dataclass a faster constructor (put it above `@dataclass`).

    The `__init__` that dataclasses writes for a frozen class sets each field through
    `object.__setattr__(self, name, value)`, a generic lookup by name that costs more than
    the rest of the construction; millions of records are made per run. Here the instance is
    made by a `__new__` as one of a plain twin class with the same slots, whose fields are
    stored as any attribute is, and then given its own class (one class change); there is
    no `__init__` left to call. (A class whose instances cannot change class gets an
    `__init__` that stores each field through its slot's descriptor instead.) Nothing else
    changes: same fields, order and defaults, the instance stays frozen (assignment still
    raises FrozenInstanceError), and it pickles and copies as before. Fields with a
    default_factory or init=False, InitVars and __post_init__ are not supported: the class
    is refused at import."""
    fields = dataclasses.fields(cls)
    if not (dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen and  # type: ignore
            "__slots__" in cls.__dict__) or hasattr(cls, "__post_init__") or \
            any(f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only is True
                for f in fields) or \
            len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        raise TypeError(f"fast_init: {cls.__name__} is not a plain frozen slotted dataclass")
    names = [f.name for f in fields]
    scope: dict = {f"_default_{f.name}": f.default for f in fields
                   if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else
                       f"{f.name}=_default_{f.name}" for f in fields)
    twin = _twin(cls)
    if twin is not None:
        scope.update(_cls=cls, _twin=twin, _new=object.__new__)
        body = "    self = _new(_twin)\n" + "".join(f"    self.{n} = {n}\n" for n in names) + \
            "    self.__class__ = _cls\n    return self\n"
        exec(f"def __new__(cls, {params}):\n{body}", scope)  # (as dataclasses makes its own)
        new = scope["__new__"]
        new.__qualname__ = f"{cls.__qualname__}.__new__"
        cls.__new__ = staticmethod(new)  # type: ignore[assignment]
        cls.__init__ = object.__init__  # type: ignore[misc]
        # (pickle and copy make the instance by __new__ too, with the fields' values)
        cls.__getnewargs__ = _field_values  # type: ignore[attr-defined]
        return cls
    scope.update({f"_set_{n}": cls.__dict__[n].__set__ for n in names})
    body = "".join(f"    _set_{n}(self, {n})\n" for n in names)
    exec(f"def __init__(self, {params}):\n{body}", scope)  # (as dataclasses makes its own)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def _field_values(self: object) -> tuple:
    return tuple(getattr(self, f.name) for f in dataclasses.fields(self))  # type: ignore


def _twin(cls: type) -> type | None:
    """A plain class with the slots of `cls`, whose class an instance of `cls` can take and
    give back (same layout); None when it cannot (then fast_init sets the fields one by
    one)."""
    if cls.__bases__ != (object,):
        return None
    twin = type(f"_{cls.__name__}Fields", (object,), {"__slots__": cls.__dict__["__slots__"]})
    probe = object.__new__(cls)
    try:
        object.__setattr__(probe, "__class__", twin)
        probe.__class__ = cls  # type: ignore[assignment]
    except TypeError:
        return None
    return twin
