"""Event coding rules (voice, frames, modality, compounds, speech), on the test dictionary."""

import pytest

from peristiwa.pipeline import code_text
from peristiwa.settings import Settings


def coded(text, fres, **kw):
    evs = code_text(text, fres, published="2025-10-22", settings=Settings(**kw))
    return sorted((e.cameo, e.source.country, e.target.country if e.target else None)
                  for e in evs)


@pytest.mark.parametrize("text,expect", [
    # active: source before the verb, target after it or after the frame's preposition
    ("Iran mengecam Israel.", [("111", "IRN", "ISR")]),
    ("Iran mengecam keras terhadap Israel.", [("111", "IRN", "ISR")]),
    ("Indonesia memberikan bantuan kepada Filipina.", [("070", "IDN", "PHL")]),
    # passive: subject is the target; "oleh X" or the actor right after the verb is the source
    ("Israel dikecam oleh Iran.", [("111", "IRN", "ISR")]),
    ("Tersangka ditangkap polisi.", [("173", "IDN", "IDN")]),
    # light verbs and receiving verbs
    ("Polisi melakukan penangkapan terhadap tersangka.", [("173", "IDN", "IDN")]),
    ("Israel mendapat kecaman dari Iran.", [("111", "IRN", "ISR")]),
    # relative clause: the head noun before "yang" is the source
    ("Polisi menangkap tersangka yang menuduh Israel.",
     [("112", "IDN", "ISR"), ("173", "IDN", "IDN")]),
    # multi-clause with a shared subject
    ("Iran mengecam Israel dan menuduh AS.", [("111", "IRN", "ISR"), ("112", "IRN", "USA")]),
    # phrase trigger with ber- prefix, no target
    ("Mahasiswa berunjuk rasa.", [("141", "IDN", None)]),
])
def test_roles(text, expect, fres):
    assert coded(text, fres) == expect


def test_place_is_no_role_except_in_a_ke_frame(fres):
    assert coded("Menlu Iran tiba di Moskow dan mengecam Israel.", fres) == \
        [("111", "IRN", "ISR")]
    assert coded("Menlu Iran mengunjungi Moskow.", fres) == [("042", "IRN", "RUS")]  # metonym
    assert coded("Menlu Iran berkunjung ke Moskow.", fres) == [("042", "IRN", "RUS")]


def test_compound_source_gives_one_event_per_member(fres):
    assert coded("Iran dan Rusia mengecam Israel.", fres) == \
        [("111", "IRN", "ISR"), ("111", "RUS", "ISR")]


@pytest.mark.parametrize("text", ["Iran bertemu dengan Rusia.", "Iran dan Rusia bertemu."])
def test_reciprocal_both_directions_or_once(text, fres):
    assert coded(text, fres) == [("040", "IRN", "RUS"), ("040", "RUS", "IRN")]
    assert coded(text, fres, reciprocal_both=False) == [("040", "IRN", "RUS")]


@pytest.mark.parametrize("text,expect", [
    ("Iran akan mengunjungi Rusia.", [("036", "IRN", "RUS")]),
    ("Indonesia siap membantu Filipina.", [("033", "IDN", "PHL")]),
    ("Iran berencana menuduh Israel.", []),  # root 11 has no intent code: no event
    ("Iran tidak mengecam Israel.", []),
    ("Iran belum bertemu dengan Rusia.", [("125", "IRN", "RUS"), ("125", "RUS", "IRN")]),
    ("Iran enggan mengecam Israel.", []),
])
def test_modality(text, expect, fres):
    assert coded(text, fres) == expect


def test_content_of_a_demand_is_not_an_event(fres):
    assert coded("DPR mendesak KPK menahan tersangka.", fres) == [("100", "IDN", "IDN")]


def test_quote_with_trailing_attribution(fres):
    assert coded('"Kami mengecam Israel," kata Menteri Luar Negeri Iran.', fres) == \
        [("111", "IRN", "ISR")]


def test_reported_speech(fres):
    assert coded("Menteri Luar Negeri Iran mengatakan akan mengunjungi Rusia.", fres) == \
        [("036", "IRN", "RUS")]


def test_pronoun_across_sentences(fres):
    text = "Menteri Luar Negeri Iran tiba di Moskow. Ia kemudian mengecam Israel."
    assert coded(text, fres) == [("111", "IRN", "ISR")]


def test_typical_input_from_the_brief(fres):
    text = ("Menteri Luar Negeri Vietnam Bui Thanh Son dan timpalannya dari Filipina, Enrique "
            "Manalo, bertemu di Hanoi pada hari Kamis (14/3) dan mengecam tindakan kapal asing "
            "di Laut China Selatan.\nBaca Juga: Iran mengecam Israel\n"
            "Kedua menteri tersebut juga membahas kerja sama maritim.")
    evs = code_text(text, fres, published="2024-03-20")
    meet = {(e.source.country, e.target.country) for e in evs if e.cameo_root == "04"
            and e.sentence_index == 0}
    assert meet == {("VNM", "PHL"), ("PHL", "VNM")}
    crit = {(e.source.country, e.target) for e in evs if e.cameo == "111"}
    assert crit == {("VNM", None), ("PHL", None)}
    first = [e for e in evs if e.sentence_index == 0]
    assert {e.date.value.isoformat() for e in first} == {"2024-03-14"}
    assert all(e.location and e.location.name == "Hanoi" for e in first if e.cameo_root == "04")
    later = {(e.source.country, e.target.country) for e in evs if e.sentence_index == 1}
    assert later == {("VNM", "PHL"), ("PHL", "VNM")}
    assert not [e for e in evs if "Israel" in e.sentence]


def test_furniture_lines_never_give_events(fres):
    text = "Baca Juga: Iran mengecam Israel\nSCROLL TO CONTINUE WITH CONTENT\nIran bertemu Rusia."
    assert all("Israel" not in e.sentence for e in code_text(text, fres))


def test_event_ids_are_stable(fres):
    a = [e.event_id for e in code_text("Iran mengecam Israel.", fres)]
    b = [e.event_id for e in code_text("Iran mengecam Israel.", fres)]
    assert a == b and len(set(a)) == 1


def test_unnamed_object_of_a_domestic_act_is_the_home_country(fres):
    assert coded("DPR mendesak agar aturan itu dicabut.", fres) == [("100", "IDN", "IDN")]
    assert coded("DPR mendesak agar aturan itu dicabut.", fres, domestic_targets=False) == \
        [("100", "IDN", None)]
    assert coded("Iran mengecam keputusan itu.", fres) == [("111", "IRN", None)]  # not home


def test_law_enforcement_agent_and_suspect_from_context(fres):
    text = "KPK memeriksa saksi kemarin. Dua tersangka kemudian ditahan."
    evs = code_text(text, fres, published="2025-10-22")
    held = [e for e in evs if e.sentence_index == 1]
    assert [(e.cameo, e.source.code, e.target.code) for e in held] == \
        [("173", "IDNJUD", "IDNCRM")]
    assert "implicit" not in held[0].rule and held[0].confidence < 0.8


def test_a_coordinated_verb_is_not_inside_the_demand(fres):
    assert coded("DPR mendesak KPK dan mengecam Israel.", fres) == \
        [("100", "IDN", "IDN"), ("111", "IDN", "ISR")]


def test_a_noun_object_of_a_verb_trigger_is_not_another_event(fres):
    assert coded("Iran mengecam penangkapan itu.", fres) == [("111", "IRN", None)]


def test_visit_to_a_city_targets_its_state(fres):
    assert coded("Menlu Iran berkunjung ke Hanoi.", fres) == [("042", "IRN", "VNM")]


def test_subordinate_clause_shares_the_main_subject(fres):
    assert coded("Iran menolak usul itu setelah mengecam Israel.", fres) == \
        [("111", "IRN", "ISR")]


def test_first_person_in_a_quote_is_the_last_person_named(fres):
    text = ("Menteri Luar Negeri Iran Ali Rahmani tiba di Jakarta. "
            '"Kami mengecam Israel atas serangan itu.')
    evs = code_text(text, fres, published="2025-10-22")
    assert [(e.cameo, e.source.name, e.target.country) for e in evs] == \
        [("111", "Ali Rahmani", "ISR")]


def test_undergoing_an_examination_is_receiving_it(fres):
    text = "KPK memanggil saksi. Tersangka itu menjalani penahanan di rutan KPK."
    evs = [e for e in code_text(text, fres) if e.sentence_index == 1]
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("173", "IDNJUD", "IDNCRM")]


def test_a_wish_to_arrest_is_no_threat_but_a_plan_is(fres):
    assert coded("Polisi ingin menangkap tersangka.", fres) == []
    assert coded("Polisi akan menangkap tersangka.", fres) == [("137", "IDN", "IDN")]


def test_hedged_acts_get_lower_confidence(fres):
    plain = code_text("Iran mengecam Israel.", fres)[0].confidence
    hedged = code_text("Iran dikabarkan mengecam Israel.", fres)[0].confidence
    assert hedged < plain


def test_objects_heading_a_noun_phrase_and_agents_of_objects(fres):
    assert coded("Iran menuduh kapal penjaga pantai Filipina.", fres) == [("112", "IRN", "PHL")]
    assert coded("Iran mengecam sanksi yang dijatuhkan Rusia.", fres) == [("111", "IRN", "RUS")]


def test_saling_makes_a_compound_act_mutual(fres):
    assert coded("Iran dan Rusia saling menuduh.", fres) == \
        [("112", "IRN", "RUS"), ("112", "RUS", "IRN")]


def test_the_nearer_context_word_decides_between_patterns(tmp_path):
    from peristiwa.resources import load_resources

    from .conftest import FIXTURE_DICT

    (tmp_path / "patterns").mkdir()
    for root, code, needs in (("05", "051", "[tepat]"), ("11", "111", "[tidak]")):
        (tmp_path / "patterns" / f"{root}.yaml").write_text(
            f'# source: test\n# reviewed: 2026-11-22\nroot: "{root}"\npatterns:\n'
            f'  - {{id: "t{root}.nilai", code: "{code}", trigger: nilai, pos: [verb], '
            f'needs: {needs}, target: [object], examples: [{{text: x, events: []}}]}}\n',
            encoding="utf-8")
    res = load_resources([str(FIXTURE_DICT), str(tmp_path)], packaged=("cameo", "lexicon"))
    assert [e.cameo for e in code_text("Iran menilai langkah Israel tidak tepat.", res)] == \
        ["111"]
    assert [e.cameo for e in code_text("Iran menilai langkah Israel tepat.", res)] == ["051"]


def test_a_shared_subject_survives_an_uncoded_first_verb_and_numbers(fres):
    assert coded("Iran tidak menuduh Israel dan mengecam Rusia.", fres) == \
        [("111", "IRN", "RUS")]
    assert coded("Iran menuduh 12 menteri Israel.", fres) == [("112", "IRN", "ISR")]


def test_nothing_is_asserted_after_a_negated_verb_of_knowing_or_apakah(fres):
    assert coded("Polisi belum menjelaskan siapa yang menuduh Israel.", fres) == []
    assert coded("Polisi memastikan apakah Iran mengecam Israel.", fres) == []
    assert coded("Polisi menjelaskan Iran mengecam Israel.", fres) == [("111", "IRN", "ISR")]


def test_an_event_noun_with_itu_points_back_to_its_doer(fres):
    text = "Israel menuduh Iran kemarin. Rusia mengecam tuduhan itu."
    evs = code_text(text, fres, published="2025-10-22")
    assert [(e.cameo, e.source.country, e.target.country if e.target else None)
            for e in evs if e.sentence_index == 1] == [("111", "RUS", "ISR")]


def test_a_role_phrase_is_not_the_subject(fres):
    assert coded("Iran, selaku sekutu Rusia, mengecam Israel.", fres) == [("111", "IRN", "ISR")]


def test_nominal_with_genitive_agent_takes_no_target_across_a_list(fres):
    # "penangkapan X" with X an agent: X acted; the next item of a list is no target
    got = coded("Warga menyorot penangkapan polisi dan penahanan Iran.", fres)
    assert ("173", "IDN", "IRN") not in got


def test_one_event_per_trigger_and_code_pair(fres):
    # two targets with the same code from one trigger: one event
    evs = code_text("Iran mengecam Menhan Rusia dan Menlu Rusia.", fres, published="2025-10-22")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [("111", "IRN", "RUSGOV")]
    # two acts of one sentence with the same codes stay two
    assert coded("Polisi menangkap tersangka dan menahan tersangka.", fres) == [
        ("173", "IDN", "IDN"), ("173", "IDN", "IDN")]


def test_acts_after_an_open_question_word_are_not_asserted(fres):
    assert coded("Polisi belum tahu siapa yang mengecam Israel.", fres) == []
    assert coded("Belum jelas apa alasan Iran mengecam Israel.", fres) == []
    # a free relative "apa yang ..." is asserted
    assert coded("Apa yang terjadi, Iran tetap mengecam Israel.", fres) == [("111", "IRN", "ISR")]


def test_an_object_noun_phrase_ends_where_a_second_predicate_begins(fres):
    # Israel is the object of "menuduh", not of "mengecam"
    got = coded("Iran mengecam serangan tersebut dan menuduh Israel.", fres)
    assert ("111", "IRN", "ISR") not in got and ("112", "IRN", "ISR") in got
    # two verbs sharing one object
    assert coded("Iran mengecam dan menuduh Israel.", fres) == [
        ("111", "IRN", "ISR"), ("112", "IRN", "ISR")]
