"""Actor recognition with the packaged dictionaries, on project-written sentences that
reproduce errors seen on the development news."""

from datetime import date

from peristiwa.actors.recognize import Memory, find_actors
from peristiwa.text.tokens import tokenize

ON = date(2025, 6, 1)


def found(text, res):
    return [(m.ref.name, m.ref.code) for m in find_actors(tokenize(text), res, ON, Memory())]


def test_former_governor_with_region_is_an_elite_named_without_the_region(res):
    assert found("Jaksa memeriksa mantan Gubernur Lampung Arinal Djunaidi.", res)[-1] == (
        "Arinal Djunaidi", "IDNELI")


def test_task_force_is_government(res):
    assert found("Satgas Penanggulangan Aktivitas Ilegal menyegel tambang itu.", res)[0][1] \
        == "IDNGOV"


def test_initials_in_a_list_of_suspects_are_not_the_supreme_court(res):
    codes = [c for _, c in found("Para tersangka adalah MAM, NN, Z, I, dan MA.", res)]
    assert "IDNJUD" not in codes
    assert "IDNJUD" in [c for _, c in found("KPK dan MA menandatangani nota kesepahaman.", res)]
