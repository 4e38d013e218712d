"""Actor recognition and coreference rules, on the fictional test dictionary."""

from datetime import date

import pytest

from peristiwa.actors.recognize import Memory, find_actors
from peristiwa.actors.resolve import entry_ref
from peristiwa.text.tokens import tokenize

ON = date(2025, 6, 1)


def actors(text, fres, memory=None, on=ON):
    memory = memory if memory is not None else Memory()
    return [(m.text, m.ref.code, m.how) for m in find_actors(tokenize(text), fres, on, memory)]


@pytest.mark.parametrize("text,expect", [
    ("Iran menolak.", [("Iran", "IRN", "dict")]),
    ("Menteri Pertahanan Rusia tiba.", [("Menteri Pertahanan Rusia", "RUSGOV", "title")]),
    ("Pasukan Israel menembak.", [("Pasukan Israel", "ISRMIL", "title")]),
    ("Polisi berjaga.", [("Polisi", "IDNCOP", "title")]),  # home country by default
    ("Moskow mengecam langkah itu.", [("Moskow", "RUSGOV", "dict")]),
])
def test_dictionary_and_titles(text, expect, fres):
    assert actors(text, fres) == expect


def test_capital_after_locative_is_a_place_not_an_actor(fres):
    assert actors("Menlu tiba di Moskow.", fres) == [("Menlu", "IDNGOV", "title"),
                                                     ("Moskow", "RUSGOV", "locative")]


def test_institution_followed_by_country_takes_that_country(fres):
    assert actors("Polri Vietnam menangkap dua orang.", fres)[0][:2] == ("Polri Vietnam",
                                                                          "VNMCOP")


def test_agent_takes_the_one_foreign_country_of_its_sentence(fres):
    got = actors("Pasukan Israel menangkap mahasiswa di kampus.", fres)
    assert got == [("Pasukan Israel", "ISRMIL", "title"), ("mahasiswa", "ISREDU", "title")]
    assert actors("Polisi menangkap mahasiswa.", fres)[1][1] == "IDNEDU"


def test_title_with_country_and_unknown_name(fres):
    (m,) = find_actors(tokenize("Menteri Luar Negeri Vietnam Bui Thanh Son tiba."), fres, ON,
                       Memory())
    assert (m.ref.name, m.ref.code, m.ref.country, m.ref.sector, m.ref.actor_id) == \
        ("Bui Thanh Son", "VNMGOV", "VNM", "GOV", None)
    assert m.person


def test_counterpart_from_country(fres):
    got = actors("Ia bertemu timpalannya dari Filipina kemarin.", fres)
    assert ("timpalannya dari Filipina", "PHLGOV", "title") in got


def test_region_and_rank_after_title(fres):
    (m,) = find_actors(tokenize("Kapolda Sumut Irjen Andi Wijaya memimpin."), fres, ON, Memory())
    assert (m.ref.name, m.ref.code) == ("Andi Wijaya", "IDNCOP")


def test_apposition(fres):
    text = "Ali Rahmani, Sekretaris Dewan Keamanan Nasional Tertinggi Iran, menolak usul itu."
    (m,) = find_actors(tokenize(text), fres, ON, Memory())
    assert (m.ref.name, m.ref.code, m.how) == ("Ali Rahmani", "IRNGOV", "apposition")


def test_lowercase_common_word_is_not_a_country(fres):
    assert actors("Ia dikenal sebagai tokoh yang tegas.", fres) == []
    assert actors("AS mengecam langkah itu.", fres)[0][1] == "USA"


def test_pronoun_surname_and_kedua(fres):
    mem = Memory()
    actors("Menteri Pertahanan Ivan Petrovsky tiba di Jakarta.", fres, mem, on=date(2023, 5, 1))
    assert actors("Ia disambut hangat.", fres, mem)[0][:2] == ("Ia", "RUSMIL")
    actors("Ali Rahmani, Sekretaris Dewan Keamanan Nasional Iran, menolak usul itu.", fres, mem)
    assert actors("Rahmani kemudian berpidato.", fres, mem)[0][1:] == ("IRNGOV", "coref:name")
    actors("Menteri Luar Negeri Vietnam Bui Thanh Son juga hadir.", fres, mem)
    (m,) = find_actors(tokenize("Kedua menteri tersebut membahas kerja sama."), fres, ON, mem)
    assert m.how == "coref:kedua" and {r.country for r in m.refs} == {"IRN", "VNM"}


def test_kedua_negara_and_mereka(fres):
    mem = Memory()
    actors("Iran dan Rusia menandatangani perjanjian.", fres, mem)
    (m,) = find_actors(tokenize("Kedua negara sepakat."), fres, ON, mem)
    assert {r.code for r in m.refs} == {"IRN", "RUS"}


def test_pihaknya_refers_to_last_organisation(fres):
    mem = Memory()
    actors("KPK memeriksa saksi.", fres, mem)
    assert actors("Pihaknya akan menahan tersangka.", fres, mem)[0][:2] == ("Pihaknya", "IDNJUD")


@pytest.mark.parametrize("on,code", [
    (date(2024, 5, 11), "RUSMIL"),  # still defence minister
    (date(2024, 5, 12), "RUSGOV"),  # Security Council secretary from that day
    (date(2025, 1, 1), "RUSGOV"),
])
def test_dated_role_change(fres, on, code):
    assert entry_ref(fres.actors["ivan-petrovsky"], on).code == code


@pytest.mark.parametrize("on,code,sector", [
    (date(2019, 10, 22), "IDNELI", "ELI"),  # before any role
    (date(2019, 10, 23), "IDNGOV", "GOV"),
    (date(2024, 10, 20), "IDNGOV", "GOV"),
])
def test_dated_roles_both_sides(fres, on, code, sector):
    ref = entry_ref(fres.actors["budi-santoso"], on)
    assert (ref.code, ref.sector) == (code, sector)


def test_title_then_name_between_commas_is_one_person(fres):
    text = "Menlu Vietnam dan timpalannya dari Filipina, Enrique Manalo, bertemu."
    ms = find_actors(tokenize(text), fres, ON, Memory())
    assert [(m.ref.name, m.ref.code, m.how) for m in ms] == \
        [("foreign minister", "VNMGOV", "title"), ("Enrique Manalo", "PHLGOV", "apposition")]


def test_country_inside_a_place_name_is_not_an_actor(fres):
    got = actors("Kapal Filipina berlayar di Laut China Selatan.", fres)
    assert [g[1] for g in got] == ["PHL"]


def test_unknown_capitalised_name_is_a_home_country_actor(fres):
    got = actors("Polisi menangkap Andi Wijaya di rumahnya.", fres)
    assert got[-1] == ("Andi Wijaya", "IDNCVL", "name")
    assert actors("Terkait hal itu, polisi berjaga.", fres) == [("polisi", "IDNCOP", "title")]


def test_collectives_take_the_country_of_a_foreign_place_but_officials_do_not(fres):
    got = actors("Polisi menangkap dua orang di Moskow.", fres)
    assert got[0] == ("Polisi", "RUSCOP", "title")
    assert actors("Menlu tiba di Moskow.", fres)[0] == ("Menlu", "IDNGOV", "title")


def test_article_focus_is_the_dominant_foreign_state():
    from peristiwa.actors.article import article_focus
    from peristiwa.actors.spans import Span as _Span
    from peristiwa.resources.entries import ActorEntry

    def span(country, kind="country"):
        return _Span(0, 1, ActorEntry(country, country, kind, country, country, None, (country,),
                                      ()))

    assert article_focus([[span("USA"), span("USA")], [span("USA")]], "IDN") == "USA"
    assert article_focus([[span("USA")]], "IDN") == "IDN"  # one mention is no focus
    assert article_focus([[span("USA"), span("IDN")]], "IDN") == "IDN"
    assert article_focus([[span("USA")] * 3 + [span("IDN")] * 3], "IDN") == "IDN"  # a tie
    assert article_focus([[span("IGO"), span("IGO"), span("IGO")]], "IDN") == "IDN"
    assert article_focus([], "IDN") == "IDN"
    # the places where things happen count for their country
    assert article_focus([[span("VAT"), span("VAT")]], "IDN", ["IDN", "IDN"]) == "IDN"
    assert article_focus([[span("USA")] * 3], "IDN", ["IDN"] * 3) == "IDN"
    assert article_focus([[span("USA")] * 3], "IDN", ["USA", None]) == "USA"


def test_investigators_belong_to_the_articles_law_enforcement_body(fres, tmp_path):
    from peristiwa.pipeline import code_text
    from peristiwa.resources import load_resources

    from .conftest import FIXTURE_DICT

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "a.yaml").write_text(
        "# source: test\n# reviewed: 2026-11-22\nkind: agent\nactors:\n"
        "  - {id: ag-penyidik, name: investigators, code: COP, sector: COP, lower: [penyidik]}\n",
        encoding="utf-8")
    res = load_resources([str(FIXTURE_DICT), str(tmp_path)], packaged=("cameo", "lexicon"))
    evs = code_text("KPK memanggil saksi. Penyidik menahan tersangka.", res)
    assert [e.source.code for e in evs if e.sentence_index == 1] == ["IDNJUD"]


def test_initials_are_not_institutions(fres):
    assert actors("Polisi menangkap pria berinisial KPK di rumahnya.", fres)[-1][2] != "dict"
    assert [a[0] for a in actors("KPK (25) ditangkap polisi.", fres)] == ["polisi"]
    # an item in a list of initials, or after "Saudara"
    assert "KPK" not in [a[0] for a in actors("Mereka adalah RN, Z, I, dan KPK.", fres)]
    assert "KPK" not in [a[0] for a in actors("Yang kesembilan Saudara KPK.", fres)]
    # a list with a real dictionary name stays a list of institutions
    assert [a[0] for a in actors("Polisi dan KPK menggeledah rumah itu.", fres)] == [
        "Polisi", "KPK"]


def test_title_with_initials_then_a_name_is_the_named_person(fres):
    ms = find_actors(tokenize("Menlu RK, Andi Wijaya menolak usul itu."), fres, ON, Memory())
    assert [(m.ref.name, m.how) for m in ms] == [("Andi Wijaya", "apposition")]


def test_places_are_not_parties_for_pronouns_but_count_as_states(fres):
    mem = Memory()
    actors("Demo digelar di depan Istana.", fres, mem)
    actors("Menlu Iran tiba di Moskow.", fres, mem)
    assert all(r.code != "RUSGOV" for r in mem.actors)
    assert any(r.country == "RUS" for r in mem.countries)


def test_streets_and_buildings_are_not_names(fres):
    got = actors("Polisi menutup Jalan Merdeka dan Gedung Sate.", fres)
    assert not [a for a in got if a[0].startswith(("Jalan", "Gedung"))]


def test_region_between_countryless_title_and_name_gives_the_country(fres):
    # "Gubernur Lampung Arinal Djunaidi": the region is no part of the name
    assert actors("Sekretaris Sultra Budi Santoso tiba.", fres) == [
        ("Sekretaris Sultra Budi Santoso", "IDNGOV", "title")]
    assert actors("Sekretaris Sultra Rahmat Hidayat tiba.", fres) == [
        ("Sekretaris Sultra Rahmat Hidayat", "IDNGOV", "title")]
    # a foreign city after a title that is no regional office is no region of it
    # ("Terdakwa Vienna Varella ...": Vienna is her first name)
    got = find_actors(tokenize("Sekretaris Jenewa Hans Keller tiba."), fres, ON, Memory())
    assert got[0].ref.country != "CHE"


@pytest.mark.parametrize("text,code", [
    ("Polisi memeriksa mantan Sekretaris Sultra Budi Santoso.", "IDNELI"),
    ("Polisi memeriksa eks Menteri Pertahanan Rusia.", "RUSELI"),
    ("Polisi memeriksa Sekretaris Sultra Budi Santoso.", "IDNGOV"),
])
def test_former_office_holder_is_an_elite(fres, text, code):
    assert actors(text, fres)[-1][1] == code


def test_short_form_in_brackets_names_the_person_later(fres):
    mem = Memory()
    actors("Menlu Budi Santoso (BS) tiba di Jakarta.", fres, mem)
    got = find_actors(tokenize("BS kemudian menolak usul itu."), fres, ON, mem)
    assert [(m.ref.name, m.how) for m in got] == [("Budi Santoso", "coref:name")]
    # after a title, a known initialism is whose title it is, not the title holder
    got = find_actors(tokenize("Sekretaris BS, Andi Wijaya menolak."), fres, ON, mem)
    assert [m.ref.name for m in got] == ["Andi Wijaya"]


def test_title_with_region_then_name_between_commas_before_brackets(fres):
    got = find_actors(tokenize("Mantan Sekretaris Sultra, Rahmat Hidayat (RH), diperiksa."),
                      fres, ON, Memory())
    assert [(m.ref.name, m.ref.code, m.how) for m in got] == [
        ("Rahmat Hidayat", "IDNELI", "apposition")]


def test_bracketed_short_form_of_a_region_is_skipped_and_not_the_persons(fres):
    mem = Memory()
    got = find_actors(tokenize("Sekretaris Sulawesi Tenggara (Sultra) Rahmat Hidayat tiba."),
                      fres, ON, mem)
    assert [(m.ref.name, m.ref.code) for m in got] == [("Rahmat Hidayat", "IDNGOV")]
    find_actors(tokenize("Menlu Budi Santoso (PBB) tiba."), fres, ON, mem)
    assert "PBB" not in mem.names  # not the initials of Budi Santoso


def test_initials_of():
    from peristiwa.actors.recognize import _initials_of
    assert _initials_of("RK", "Ridwan Kamil") and _initials_of("IE", "Immanuel Ebenezer Gerungan")
    assert not _initials_of("OKI", "Muchendi Mahzareki") and not _initials_of("KR", "Ridwan Kamil")


def test_unknown_initials_opening_a_sentence_with_a_relative_clause_are_a_name(fres):
    assert actors("RH yang tidak terima lalu menolak.", fres)[0][:2] == ("RH", "IDNCVL")
    assert actors("BBM naik lagi.", fres) == []


def test_a_capitalised_verb_opening_a_quote_is_no_name(fres):
    assert [a[0] for a in actors('"Mendesak polisi bertindak," kata Budi Santoso.', fres)] == [
        "polisi", "Budi Santoso"]


def test_title_with_an_unknown_body_then_the_name_is_one_person(fres):
    got = find_actors(tokenize("Sekretaris Undip, Rahmat Hidayat, menolak."), fres, ON, Memory())
    assert [(m.ref.name, m.how) for m in got] == [("Rahmat Hidayat", "apposition")]


@pytest.mark.parametrize("text", [
    "Rahmat Hidayat, mengatakan ia menolak.",
    "Warga, Rahmat Hidayat (45) menuturkan ia menolak.",
])
def test_unknown_name_shown_to_be_a_person_takes_the_pronoun(fres, text):
    mem = Memory()
    actors("Menlu Budi Santoso tiba.", fres, mem)
    got = find_actors(tokenize(text), fres, ON, mem)
    assert [m.ref.name for m in got if m.text == "ia"] == ["Rahmat Hidayat"]


def test_an_honorific_before_a_known_person_does_not_make_a_longer_unknown_name(res):
    # "Habib Puan Maharani" is Puan with an honorific, not someone else's longer name (the
    # honorifics _in_longer_name skips were lost when the degrees' set took their name)
    found = [(m.text, m.ref.code) for m in find_actors(
        tokenize("Pada Senin, Habib Puan Maharani hadir."), res, ON, Memory())]
    assert ("Puan Maharani", "IDNLEG") in found
