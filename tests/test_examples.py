"""The brief's typical input, coded with the packaged dictionaries from the project-written
example article (examples/menlu-vietnam-filipina.txt)."""

from datetime import date

from peristiwa.ingest import read_inputs
from peristiwa.pipeline import code_article

from .conftest import EXAMPLES


def coded(res):
    (art,) = read_inputs([str(EXAMPLES / "menlu-vietnam-filipina.txt")],
                         default_published=date(2024, 3, 15))
    return code_article(art, res).events


def test_meeting_and_criticism_of_the_two_ministers(res):
    evs = coded(res)
    first = [e for e in evs if "bertemu di Hanoi" in e.sentence]
    meet = {(e.source.country, e.target.country) for e in first if e.cameo_root == "04"}
    assert meet == {("VNM", "PHL"), ("PHL", "VNM")}
    assert all(e.location.name == "Hanoi" and e.date.value == date(2024, 3, 14)
               for e in first)
    crit = {(e.source.country, e.target) for e in first if e.cameo == "111"}
    assert crit == {("VNM", None), ("PHL", None)}  # "kapal asing": unnamed foreign actors


def test_kedua_menteri_tersebut_resolves_to_the_two_ministers(res):
    later = [e for e in coded(res) if e.sentence.startswith("Kedua menteri tersebut")]
    assert {(e.source.name, e.target.name) for e in later if e.cameo_root == "04"} == \
        {("Bùi Thanh Sơn", "Enrique Manalo"), ("Enrique Manalo", "Bùi Thanh Sơn")}


def test_baca_juga_line_gives_nothing(res):
    assert not [e for e in coded(res) if "Baca Juga" in e.sentence or
                "Percepatan Kode Etik" in e.sentence]
