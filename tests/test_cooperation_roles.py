"""Role rules of the cooperative roots (01-07) on sentences written for these tests."""

import pytest

from peristiwa.pipeline import code_text


def test_menurutnya_names_the_last_speaker_for_an_appeal_to_a_named_body(res):
    # "Menurutnya, Bawaslu harus netral": the one who spoke before urges Bawaslu
    evs = code_text('Ketua Komisi II DPR menyoroti kinerja pengawas pemilu. "Kami ingin '
                    'pemilu yang jujur," ujarnya. Menurutnya, Bawaslu harus netral dan '
                    'responsif.', res, published="2025-10-13")
    assert [(e.cameo_root, e.source.code, e.target.code) for e in evs
            if e.sentence_index == 2] == [("10", "IDNLEG", "IDNGOV")]


def test_an_open_relative_clause_describes_the_actor_before_it(res):
    # "X, yang turut hadir juga mengucapkan terima kasih kepada Y": X thanks Y
    evs = code_text("Gubernur Jambi, Al Haris, yang turut hadir juga mengucapkan terima kasih "
                    "kepada Kapolri atas bantuan itu.", res, published="2025-10-08")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs if e.cameo_root == "05"] == \
        [("051", "IDNGOV", "IDNCOP")]


def test_an_appeal_announced_as_a_plan_is_intent_to_cooperate(res):
    # "akan (terus) mendorong agar X ...", "akan mendorong X V": a pledge (030)
    evs = code_text("Komisi III DPR akan terus mendorong agar Polri menjaga profesionalisme.",
                    res, published="2025-10-01")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("030", "IDNLEG", "IDNCOP")]
    evs = code_text("MKD akan mendorong ketua umum partai politik mengambil sikap tegas.",
                    res, published="2025-10-01")
    assert [(e.cameo, e.modality, e.target.sector) for e in evs] == [("030", "intent", "PTY")]


def test_signing_off_aid_is_aid_not_an_agreement(res):
    # "Presiden meneken bantuan untuk rakyat miskin": the aid is given (meneken carries it)
    evs = code_text("Presiden Prabowo sudah meneken bantuan beras untuk rakyat miskin.", res,
                    published="2025-08-10")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("070", "IDNGOV", "IDNCVL")]


@pytest.mark.parametrize("judged", ["dinilai", "terbilang"])
def test_a_passive_judgement_with_no_speaker_is_the_last_quoted_speakers(res, judged):
    # "Menurut Nasky, ... . Korlantas Polri juga dinilai berhasil ...": Nasky's praise; a
    # "ter-" form is judged as a "di-" form is (the speaker frame and the rule for a sentence
    # with no speaker read the same forms)
    text = ("Menurut Ketua Komisi III DPR, program itu sejalan dengan visi Presiden. "
            f"Korlantas Polri juga {judged} berhasil menekan angka kecelakaan.")
    evs = code_text(text, res, published="2025-10-01")
    assert [(e.cameo, e.source.sector, e.target.code) for e in evs if e.sentence_index == 1] \
        == [("051", "LEG", "IDNCOP")]
    # with nobody quoted in the article, the judgement is nobody's
    assert code_text(f"Korlantas Polri {judged} berhasil menekan angka kecelakaan.", res,
                     published="2025-10-01") == ()


def test_verbs_coordinated_after_the_one_asked_are_all_asked_of_them(res):
    # "meminta masyarakat mendoakan dan mendukung pemerintah daerah": one appeal, no support
    evs = code_text("Bupati meminta masyarakat mendoakan dan mendukung pemerintah daerah.", res,
                    published="2025-10-08")
    assert [(e.cameo_root, e.target.sector) for e in evs] == [("02", "CVL")]
    # a verb coordinated after the appeal's object (no verb asked) is a new act
    evs = code_text("Gubernur meminta maaf kepada warga dan mengunjungi korban banjir.", res,
                    published="2025-10-08")
    assert sorted(e.cameo_root for e in evs) == ["04", "05"]


def test_an_offender_asking_for_money_is_part_of_the_crime_even_with_no_one_named(res):
    # "pelaku kembali meminta uang Rp 42 juta": not an appeal to the police of the story
    evs = code_text("Polda Sumut menangkap pelaku penipuan. Keesokan harinya, pelaku kembali "
                    "meminta uang sebesar Rp 100 juta.", res, published="2025-10-01")
    assert not [e for e in evs if e.cameo_root == "02"]


def test_an_arrival_in_a_fronted_clause_is_the_visit_of_the_main_clauses_subject(res):
    # "Begitu tiba di Kompleks Istana, rombongan pihak UEA ...": the Emirati delegation visits
    evs = code_text("Begitu tiba di Kompleks Istana, rombongan pihak Jepang langsung masuk "
                    "gedung.", res, published="2025-10-01")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("042", "JPN", "IDNGOV")]


def test_an_object_voice_light_verb_carries_the_speakers_act(res):
    # '"Saya sampaikan penghargaan saya kepada kejaksaan," kata X': X praises the prosecutors
    evs = code_text('"Jadi saya sampaikan penghargaan saya kepada Kejaksaan Agung," kata Ketua '
                    'Komisi III DPR.', res, published="2025-10-01")
    assert [(e.cameo_root, e.source.sector, e.target.sector) for e in evs] == \
        [("05", "LEG", "JUD")]


def test_aid_called_a_token_of_someones_care_is_that_ones_aid(res):
    # "bantuan ini merupakan wujud nyata kepedulian Kapolri terhadap ...": the police chief gives
    evs = code_text("Wakapolri mengatakan bantuan ini merupakan wujud nyata kepedulian Kapolri "
                    "terhadap para korban banjir.", res, published="2025-10-01")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("07", "IDNCOP")]
