"""Turn dictionary entries into ActorRefs on a given date (dated roles, country prefixes)."""

from __future__ import annotations

from datetime import date

from peristiwa.records import ActorRef
from peristiwa.resources.entries import ActorEntry


_GROUPS = frozenset(("IGO", "NGO", "IMG", "MNC", "WST"))  # group codes in the country field


def is_state(country: str | None) -> bool:
    """Is this country code a state (ISO alpha-3), not a group such as IGO, NGO or "the West"?"""
    return bool(country) and len(country) == 3 and country not in _GROUPS


def role_on(entry: ActorEntry, on: date | None):
    """The role an actor holds on a date; the latest-starting one if several overlap."""
    if on is None:
        current = [r for r in entry.roles if r.end is None]
        return max(current, key=lambda r: r.start or date.min) if current else None
    held = [r for r in entry.roles if r.holds(on)]
    return max(held, key=lambda r: r.start or date.min) if held else None


def titled_ref(entry: ActorEntry, on: date | None, title: str) -> ActorRef:
    """A person named together with one of their offices ("Menteri Kebudayaan, Fadli Zon"):
    that office when the date the sentence gives is before they took it (a law's "Undang-
    Undang Dasar ... Tahun 1945" is no date of the act), else their role on the date (after
    it, a removed president is a former one: "memakzulkan Presiden Dina Boluarte")."""
    ref = entry_ref(entry, on)
    if entry.kind != "person" or on is None or role_on(entry, on) is not None:
        return ref
    said = " ".join(title.lower().split())
    named = [r for r in entry.roles if r.title.lower() == said]
    if len(named) != 1 or named[0].start is None or on >= named[0].start:
        return ref
    (role,) = named
    return ActorRef(entry.name, role.code, role.country or entry.country, role.sector, entry.id,
                    "person")


def entry_ref(entry: ActorEntry, on: date | None, country: str | None = None) -> ActorRef:
    """ActorRef for a dictionary entry; `country` fills agents that take it from context."""
    if entry.kind == "person":
        role = role_on(entry, on)
        if role:
            return ActorRef(entry.name, role.code, role.country, role.sector, entry.id, "person")
        code = (entry.country or "") + (entry.sector or "") or None
        return ActorRef(entry.name, code, entry.country, entry.sector, entry.id, "person")
    if entry.kind == "agent":
        c = entry.country or country
        role = entry.code or entry.sector or ""
        code = (c or "") + role if (c or role) else None
        return ActorRef(entry.name, code, c, entry.sector, entry.id, "agent")
    if entry.kind == "country" and not entry.place and entry.country == entry.code:
        # a state named as a whole acts through its government: code stays the bare country
        return ActorRef(entry.name, entry.code, entry.country, "GOV", entry.id, entry.kind)
    return ActorRef(entry.name, entry.code, entry.country, entry.sector, entry.id, entry.kind)


def with_country(ref: ActorRef, country: str | None) -> ActorRef:
    """An agent given its country ("pasukan" + "Israel" -> ISRMIL)."""
    if not country or ref.country == country:
        return ref
    role = ref.code[len(ref.country):] if ref.code and ref.country and \
        ref.code.startswith(ref.country) else (ref.code or ref.sector or "")
    return ActorRef(ref.name, country + role, country, ref.sector, ref.actor_id, ref.kind)


def holder(name: str, role: ActorRef) -> ActorRef:
    """A person named `name` who holds the office of a title's reference (its code, country
    and sector): "Gubernur Jawa Barat, Dedi Mulyadi", "Adi Susanto selaku Ketua KPU"."""
    return ActorRef(name, role.code, role.country, role.sector, None, "person")
