"""Appeals (02) made as a said hope, and the public that traffic appeals address, on
sentences written for these tests."""
from peristiwa.pipeline import code_text


def test_a_said_hope_naming_an_actor_is_an_appeal_and_its_clause_is_not_coded(res):
    # '"Harapan kami, Polri dapat mengusut kasus ini," ujar X': X appeals to Polri; the
    # investigation hoped for is the appeal's content, not an event
    evs = code_text('"Harapan kami, Polri dapat mengusut kasus ini sampai tuntas," ujar Ketua '
                    'Komisi III DPR Habiburokhman.', res, published="2025-10-13")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("020", "IDNLEG", "IDNCOP")]


def test_a_said_hope_with_no_actor_is_a_wish(res):
    evs = code_text('"Harapannya, penyerapan anggaran bisa lebih cepat," kata Bupati Bogor.',
                    res, published="2025-10-13")
    assert list(evs) == []


def test_road_users_are_the_public_a_traffic_appeal_addresses(res):
    # "Kakorlantas berharap pengguna jalan makin disiplin": an appeal to the public
    evs = code_text("Kakorlantas Polri berharap para pengguna jalan makin disiplin.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("020", "IDNCOP", "IDNCVL")]


def test_the_one_who_chairs_a_meeting_holds_it(res):
    # "Mendagri memimpin rapat koordinasi bersama para kepala daerah": a meeting (memimpin
    # carries the nominal like menggelar)
    evs = code_text("Mendagri memimpin rapat koordinasi bersama para kepala daerah di Jakarta.",
                    res, published="2025-10-20")
    assert {(e.cameo_root, e.source.code, e.target.code) for e in evs} >= \
        {("04", "IDNGOV", "IDNGOV")}


def test_what_a_role_or_duty_is_for_is_no_act(res):
    # "punya tanggung jawab untuk membantu masyarakat", "peran X dalam mendukung ...": a duty
    evs = code_text('"Pemerintah daerah punya tanggung jawab besar untuk membantu masyarakat '
                    'miskin," kata Mendagri.', res, published="2025-10-20")
    assert [e for e in evs if e.cameo_root == "07"] == []
    evs = code_text("Mendagri menekankan peran pemerintah daerah dalam mendukung stabilitas "
                    "harga.", res, published="2025-10-20")
    assert [e for e in evs if e.cameo_root == "05"] == []
    evs = code_text("Pemerintah daerah membantu masyarakat miskin.", res, published="2025-10-20")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("07", "IDNGOV")]


def test_harapnya_attributes_a_quote_to_its_speaker(res):
    # '"Harapan saya Pertamina bisa ...," harap Paul': "harap X" names the speaker
    evs = code_text('Ketua DPRD Papua Paul Rumbiak hadir dalam acara itu. "Harapan saya '
                    'Pertamina bisa memperbanyak program beasiswa," harap Paul.', res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("020", "IDNLEG", "IDNBUS")]


def test_a_spoken_particle_after_the_hope_does_not_hide_the_one_appealed_to(res):
    # '"Harapannya ya pemerintah bisa bergerak ...," kata X': "ya" is a particle
    evs = code_text('"Harapannya ya pemerintah bisa bergerak memberi solusi," kata Ketua DPRD '
                    'Demak.', res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("020", "IDNLEG", "IDNGOV")]


def test_a_member_of_a_body_named_after_the_attribution_is_the_speaker(res):
    # '"...," ujar anggota Komisi III DPR': the lower-case "anggota" before the body
    evs = code_text('"Langkah Kapolri patut diapresiasi," ujar anggota Komisi III DPR.', res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("051", "IDNLEG", "IDNCOP")]
    evs = code_text('"Tolong pemerintah perhatikan nasib guru honorer," kata anggota Komisi X '
                    'DPR.', res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("020", "IDNLEG", "IDNGOV")]


def test_solid_before_the_verb_says_how_not_who(res):
    # "PKB menegaskan tetap solid mendukung Prabowo": PKB supports him
    evs = code_text("PKB menegaskan tetap solid mendukung Prabowo.", res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("051", "IDNPTY", "IDNGOV")]


def test_the_member_named_after_ujar_anggota_is_remembered_as_the_speaker(res):
    # the sentence's own speaker (`speaker`) and the one remembered for a later "ujarnya"
    # (`named_speaker`) both read past "anggota"
    from datetime import date

    from peristiwa.actors.recognize import Memory, find_actors
    from peristiwa.events.roles import named_speaker
    from peristiwa.text.tokens import tokenize
    tokens = tokenize('"Kami akan mengawal kasus ini," ujar anggota Komisi III DPR Hinca '
                      'Pandjaitan.')
    mentions = find_actors(tokens, res, date(2025, 6, 1), Memory())
    who = named_speaker([t.text.lower() for t in tokens], mentions, res)
    assert who is not None and who.name == "Hinca Pandjaitan"
