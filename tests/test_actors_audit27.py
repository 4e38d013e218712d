"""Actors with the packaged dictionaries, on project-written sentences that reproduce the
actor and country errors of silver audit 27 (the country a story is about, foreigners named
by their nationality, unknown persons abroad)."""

from peristiwa.pipeline import code_text


def coded(text, res):
    return [(e.cameo, e.source.code, e.target.code if e.target else None)
            for e in code_text(text, res, published="2025-10-07")]


def test_a_foreigners_trial_abroad_is_by_the_country_where_it_happens(res):
    # the tourist's nationality does not make the story Canadian: its one place is in
    # Singapore, so the court and the officers there are Singapore's; a "pegawai negeri" is
    # a civil servant of the story's country (ASN and PNS are Indonesia's own terms)
    text = ("Seorang turis Kanada ditangkap polisi setelah memukul petugas di Bandara Changi. "
            "Warga Kanada itu didakwa pengadilan pada hari ini atas pelanggaran terhadap "
            "seorang pegawai negeri.")
    evs = coded(text, res)
    assert ("173", "SGPCOP", "CANCVL") in evs
    assert ("173", "SGPJUD", "CANCVL") in evs
    # a story at home stays at home, and an Indonesian civil servant named as such is one
    assert ("173", "IDNJUD", "IDNGOV") in coded(
        "Seorang PNS di Bogor didakwa pengadilan atas korupsi dana desa.", res)


def test_an_unknown_person_from_a_body_abroad_is_of_that_bodys_country(res):
    # "dari <body>, <body>, Inggris": the person works in Britain; the body's name words and
    # its country are no actors of their own
    text = ("Prof Rupert Lane dari Institute for Peace Studies, Leeds University, Inggris, "
            "menyerukan agar negara-negara Asia mendapat pengakuan lebih besar.")
    evs = code_text(text, res, published="2025-10-07")
    assert [(e.source.name, e.source.country, e.target) for e in evs] == [
        ("Rupert Lane", "GBR", None)]
    # a person from a body at home stays at home
    evs = code_text("Rudi Hartanto dari Universitas Gadjah Mada menyerukan agar pemerintah "
                    "menunda kebijakan itu.", res, published="2025-10-07")
    assert [e.source.country for e in evs] == ["IDN"]


def test_an_adjective_between_a_title_and_its_origin_keeps_the_origin(res):
    # "food blogger terkenal asal Yunnan": the blogger is Chinese, and so is the name after
    evs = coded("Megawati bertemu food blogger terkenal asal Yunnan, Zhang Wei, di Kunming. "
                "Megawati mengajak Zhang Wei untuk berfoto bersama.", res)
    assert ("020", "IDNPTY", "CHNCVL") in evs


def test_well_known_foreigners_the_news_names_without_their_country(res):
    # Stephen Hawking (British physicist) and Al Gore (former US vice president) are known
    # to the dictionary: no longer Indonesian civilians
    evs = coded("Stephen Hawking menyerukan pengurangan emisi karbon.", res)
    assert [s for _, s, _ in evs] == ["GBREDU"]
    evs = coded("Megawati berdiskusi dengan Al Gore tentang pemanasan global.", res)
    assert ("040", "IDNPTY", "USAELI") in evs


def test_partners_listed_as_examples_of_a_generic_noun_are_the_partners(res):
    # "dengan berbagai negara, antara lain A, B, dan C": the listed states, the last after a
    # serial comma too
    evs = coded("Kementerian Luar Negeri memperluas kerja sama dengan berbagai negara, antara "
                "lain Jepang, Korea Selatan, dan Brasil.", res)
    assert {t for _, s, t in evs if s == "IDNGOV"} == {"JPN", "KOR", "BRA"}
    evs = coded("Kemlu menjalin kerja sama dengan negara-negara seperti Mesir dan Yordania.", res)
    assert {t for _, s, t in evs if s == "IDNGOV"} == {"EGY", "JOR"}


def test_an_unnamed_rights_group_abroad_is_an_ngo_not_the_state_it_accuses(res):
    text = ("Sebuah kelompok pemantau HAM menuduh tentara Sudan membunuh puluhan warga di "
            "Darfur. Militer Sudan membantah laporan kelompok itu.")
    evs = coded(text, res)
    assert ("112", "NGOHRI", "SDNMIL") in [(c, s, t) for c, s, t in evs if c.startswith("11")]


def test_a_threat_is_aimed_at_whoever_does_what_its_condition_names(res):
    text = ("Jepang dan Filipina menggelar latihan laut gabungan di dekat Okinawa. Beijing "
            "mengancam akan mengambil langkah tegas jika latihan itu terus berlanjut.")
    evs = [e for e in code_text(text, res, published="2025-10-07") if e.cameo_root == "13"]
    assert len(evs) == 1 and evs[0].source.country == "CHN"
    assert evs[0].target.country in ("JPN", "PHL")  # (either party of the exercise)


def found(text, res):
    from datetime import date

    from peristiwa.actors.recognize import Memory, find_actors
    from peristiwa.text.tokens import tokenize
    return [(m.ref.name, m.ref.code)
            for m in find_actors(tokenize(text), res, date(2025, 10, 1), Memory())]


def test_a_generic_head_of_a_school_or_foundation_named_next_takes_its_sector(res):
    assert ("Dewi Lestari", "IDNEDU") in found(
        "Kepala SDN Sukamaju, Dewi Lestari mengatakan sekolah akan dievaluasi.", res)
    assert ("Rudi Hartanto", "IDNNGO") in found(
        "Ketua Yayasan Bina Insani, Rudi Hartanto, mengkritik Pemkot Bogor.", res)


def test_a_title_with_a_demonstrative_names_the_person_quoted_before(res):
    # the epithet gives the unknown speaker their office, for this and later sentences
    text = ('"Langkah itu tepat," kata Sandi kepada wartawan, Rabu (22/10/2025). Waka Komisi '
            'Hukum DPR itu kemudian mengapresiasi kinerja Polri. Sandi mengingatkan agar Polri '
            'tidak berpuas diri.')
    evs = coded(text, res)
    assert ("051", "IDNLEG", "IDNCOP") in evs and ("020", "IDNLEG", "IDNCOP") in evs
    # a title with a demonstrative after a known person does not rename them
    text = ('"Langkah itu tepat," kata Prabowo Subianto. Anggota DPR itu kemudian mengkritik '
            'Polri.')
    assert [s for c, s, _ in coded(text, res) if c.startswith("11")] == ["IDNLEG"]


def test_an_occupation_at_a_workplace_in_apposition_gives_the_person_its_sector(res):
    # "Name, guru di sekolah korban, ...": a teacher, and "korban" inside is no actor
    evs = coded("Rina Marlina, guru di sekolah korban, mengatakan sekolah telah mengimbau "
                "seluruh siswa.", res)
    assert [s for _, s, _ in evs] == ["IDNEDU"]
    # a resident is still no title
    assert found("Budi Santika, warga di Cilacap, mengatakan banjir surut.", res)[0] == (
        "Budi Santika", "IDNCVL")


def test_a_denial_with_no_one_named_answers_a_domestic_claim(res):
    # "membantah kabar tersebut": the claim going round at home (the public's); a foreign
    # denial in a home story stays unaddressed
    assert coded("Polres Bogor membantah kabar penangkapan aktivis tersebut.", res) == [
        ("016", "IDNCOP", "IDNCVL")]
    assert coded("Kementerian Luar Negeri China membantah laporan tersebut.", res) == [
        ("016", "CHNGOV", None)]


def test_a_place_target_is_its_government_when_visited_and_its_people_when_attacked(res):
    evs = coded("Menlu Australia Penny Wong melanjutkan kunjungan ke Kupang.", res)
    assert [t for c, _, t in evs if c.startswith("04")] == ["IDNGOV"]
    evs = coded("Militer Rusia membombardir Kharkiv semalaman.", res)
    assert [t for c, _, t in evs if c[:2] in ("18", "19")] == ["UKRCVL"]


def test_an_office_the_text_gives_a_known_person_wins_over_a_law_year(res):
    # "Undang-Undang Dasar ... Tahun 1945" dates the sentence 1945, when the minister held no
    # office: the title written before the name is still his
    text = ("Menteri Kebudayaan, Fadli Zon menegaskan kebijakan berpijak pada Undang-Undang "
            "Dasar Negara Republik Indonesia Tahun 1945. Fadli mengkritik DPR.")
    assert ("111", "IDNGOV", "IDNLEG") in coded(text, res)
    # a former holder stays a former one
    assert found("Mantan Gubernur Jawa Barat, Ridwan Kamil, hadir.", res)[0][1] == "IDNELI"


def test_those_who_attend_a_protest_are_its_protesters(res):
    evs = coded("Ribuan orang menghadiri protes yang digelar di Jakarta pada Sabtu.", res)
    assert [(c[:2], s) for c, s, _ in evs] == [("14", "IDNCVL")]


def test_one_private_person_named_by_a_noun_is_the_one_dia_names_later(res):
    # "Seorang turis Kanada": one person, whom "Dia" and "ia" name in the next sentences;
    # "atau keduanya" after two penalties is no pair of actors
    text = ("Seorang turis Kanada ditangkap polisi setelah memukul petugas di Bandara Changi. "
            "Dia kemudian dijatuhi hukuman penjara 12 bulan, denda hingga USD 5.000 "
            "atau keduanya.")  # (coe7: "terancam menghadapi hukuman" is no sentence given)
    evs = [e for e in code_text(text, res, published="2025-10-07") if e.sentence_index == 1]
    assert [(e.cameo, e.target.code) for e in evs] == [("173", "CANCVL")]


def test_a_relative_clause_act_is_its_heads_not_the_speakers(res):
    text = ("Kapolda Jawa Barat mengatakan Andi Pratama, seorang rapper berusia 21 tahun "
            "yang ikut unjuk rasa, ditangkap.")
    evs = [e for e in code_text(text, res, published="2025-10-07") if e.cameo_root == "14"]
    assert [e.source.name for e in evs] == ["Andi Pratama"]


def test_the_one_cited_with_menurut_is_no_party_to_talks_told_in_the_passive(res):
    text = ("Menurut Rudi Hartanto, meskipun negosiasi tarif telah dilakukan, ketidakpastian "
            "masih tinggi.")
    assert [e for e in code_text(text, res, published="2025-10-07")
            if e.cameo_root == "04"] == []


def test_a_generic_head_of_an_unknown_body_takes_the_sector_of_its_kind(res):
    got = dict(found("Kepala Balai Konservasi Sungai Citarum hadir.", res))
    assert list(got.values()) == ["IDNGOV"]
    assert [c for _, c in found("Ketua Paguyuban Pasundan hadir.", res)][0] == "IDNCVL"
    assert [c for _, c in found("Ketua OSIS hadir.", res)] == ["IDNEDU"]
    # a body the dictionary knows still decides
    assert [c for _, c in found("Kepala Bidang Humas Polda Jabar hadir.", res)][0] == "IDNCOP"


def test_employees_are_actors_of_the_body_named_after_them(res):
    assert [c for _, c in found("Pegawai KPK mendatangi Gedung DPR.", res)][0] == "IDNJUD"
    evs = coded("Bantuan tersebut merupakan hasil donasi pegawai Pemkot Bogor untuk korban "
                "banjir.", res)
    assert [s for c, s, _ in evs if c.startswith("07")] == ["IDNGOV"]


def test_a_family_member_named_by_whose_kin_they_are_is_one_party(res):
    # "ibu tiri korban": the victim's stepmother is arrested, not the victim
    assert [(m, c) for m, c in found("Ibu tiri korban ditangkap polisi.", res)][0] == (
        "relative (family member)", "IDNCVL")
    assert len(found("Ibu tiri korban ditangkap polisi.", res)) == 2
    evs = coded("Kasus tersebut dilaporkan tante korban ke Polres Bogor.", res)
    assert [(c[:2], s) for c, s, _ in evs] == [("11", "IDNCVL")]


def test_a_nationality_in_apposition_and_a_shared_clitic_object(res):
    # "X, warga negara Rusia,": X is Russian; "menculik dan menganiayanya": both acts fall on
    # the one who tells of them ("Budi, warga Cilacap," stays no title)
    text = ("Pavel Orlov, warga negara Rusia, melapor ke polisi. Pavel menyebut lima orang tak "
            "dikenal menculik dan menganiayanya selama tujuh jam.")
    evs = coded(text, res)
    assert ("115", "RUSCVL", "IDNCOP") in evs
    assert {t for c, _, t in evs if c.startswith("18")} == {"RUSCVL"}


def test_unknown_assailants_are_criminals(res):
    assert [c for _, c in found("Dua orang tak dikenal mengadang korban.", res)][0] == "IDNCRM"


def test_an_unknown_government_office_is_gov(res):
    assert found("Direktorat Kepatuhan Internal memeriksa laporan itu.", res)[0] == (
        "Direktorat Kepatuhan Internal", "IDNGOV")


def test_a_numbered_respondent_is_the_person_named_after_the_number(res):
    evs = coded("DKPP menjatuhkan sanksi peringatan keras kepada Teradu I Muhammad Afifuddin.", res)
    assert [(c[:2], t) for c, _, t in evs] == [("17", "IDNGOV")]
