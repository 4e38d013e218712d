"""Actors with the packaged dictionaries, on project-written sentences that reproduce the
actor errors of silver audit 21 (titles, think tanks, civil-society bodies, appositions)."""

from datetime import date

from peristiwa.actors.recognize import Memory, find_actors
from peristiwa.pipeline import code_text
from peristiwa.text.tokens import tokenize

ON = date(2025, 6, 1)


def found(text, res):
    return [(m.ref.name, m.ref.code) for m in find_actors(tokenize(text), res, ON, Memory())]


def test_an_executive_director_speaks_for_the_think_tank_named_after_the_title(res):
    # "Direktur Eksekutif" is one title ("Eksekutif" is no holder's name); the holder named
    # after a comma is that body's
    evs = code_text("Direktur Eksekutif CELIOS, Rudi Hartono menilai kebijakan pemerintah itu "
                    "keliru.", res, published="2025-06-10")
    assert [(e.source.name, e.source.code) for e in evs] == [("Rudi Hartono", "IDNNGO")]
    # a known body after the title gives its own sector
    assert found("Direktur Eksekutif Departemen Komunikasi BI Andi Wijaya tiba.", res)[0] == (
        "Andi Wijaya", "IDNGOV")
    assert found("Peneliti INDEF mengkritik kenaikan pajak.", res)[0][1] == "IDNNGO"
