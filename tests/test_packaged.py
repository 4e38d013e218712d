"""Actors and roles with the packaged dictionaries, on project-written sentences that
reproduce errors seen on the development news."""

from datetime import date

from peristiwa.actors.recognize import Memory, find_actors
from peristiwa.pipeline import code_text
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


def test_appeal_with_agar_targets_the_subject_of_the_wished_for_clause(res):
    evs = code_text("Puan meminta agar semua anggota DPR menjaga sikap.", res,
                    published="2025-08-30")
    assert [(e.cameo_root, e.target.code) for e in evs] == [("02", "IDNLEG")]


def test_aid_recipients_are_civilians(res):
    evs = code_text("Menteri Sosial mengimbau kepada penerima bantuan agar berhati-hati.", res,
                    published="2025-08-30")
    assert [e.target.code for e in evs] == ["IDNCVL"]


def test_street_and_square_names_are_places_not_actors(res):
    assert found("Demo digelar di Times Square dan 7th Avenue, New York.", res) == []


def test_counted_crowds_act(res):
    evs = code_text("Ribuan orang berunjuk rasa di depan gedung DPR.", res,
                    published="2025-10-19")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("14", "IDNCVL")]


def test_bare_pemerintah_is_the_government_of_the_country_in_context(res):
    assert found("Pemerintah meluncurkan bantuan.", res) == [("government", "IDNGOV")]
    text = ("Amerika Serikat menggelar pemilu. Warga AS antre. Presiden AS berpidato. "
            "Kongres AS bersidang. Pemerintah mengecam Rusia.")
    evs = [e for e in code_text(text, res, published="2025-10-19")
           if e.sentence.startswith("Pemerintah")]
    assert evs and all(e.source.code == "USAGOV" for e in evs)


def test_regional_office_takes_a_foreign_city_but_other_titles_do_not(res):
    assert found("Geng itu menyerang wali kota Guayaquil.", res)[-1] == ("mayor", "ECUGOV")
    assert found("Terdakwa Vienna Varella Angeli Parinussa divonis.", res) == [
        ("Vienna Varella Angeli Parinussa", "IDNCRM")]


def test_unattributed_verdict_takes_the_judge_named_later(res):
    text = ("Seorang selebgram, Rina Wulandari, dinyatakan bersalah karena mempromosikan judi. "
            "Ketua Majelis Hakim Budi Hartono membacakan vonis.")
    ev = next(e for e in code_text(text, res, published="2025-10-14") if e.cameo == "116")
    assert (ev.source.code, ev.target.name) == ("IDNJUD", "Rina Wulandari")


def test_joining_a_protest_is_protesting_but_undergoing_an_examination_is_not_examining(res):
    evs = code_text("Senator itu juga bergabung dalam protes tersebut. Warga ikut demo. "
                    "Tersangka mengikuti pemeriksaan.", res, published="2025-10-19")
    assert [(e.sentence_index, e.cameo_root) for e in evs] == [(0, "14"), (1, "14")]


def test_who_took_part_in_a_protest_held_without_agent_protested(res):
    evs = code_text("Demo yang digelar di Bundaran HI pada Sabtu pagi diikuti ribuan orang.", res,
                    published="2025-10-19")
    assert [(e.cameo_root, e.source.name) for e in evs] == [("14", "people (a counted crowd)")]


def test_protest_held_to_object_targets_the_objection_and_codes_once(res):
    evs = code_text("Ratusan buruh menggelar aksi di depan gedung DPR untuk memprotes kebijakan "
                    "Menteri Ketenagakerjaan.", res, published="2025-08-28")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("141", "IDNLAB", "IDNGOV")]
    assert evs[0].location.name == "Jakarta"  # "gedung DPR" is the landmark, not the DPR


def test_a_body_named_in_a_building_is_a_place(res):
    got = find_actors(tokenize("Massa berkumpul di depan gedung DPR."), res, ON, Memory())
    assert [(m.text, m.how) for m in got][-1] == ("DPR", "locative")


def test_light_verb_with_first_person_takes_the_quoted_speaker(res):
    evs = code_text('"Kami memberi arahan kepada semua anggota DPR," kata Puan.', res,
                    published="2025-08-28")
    assert [(e.cameo_root, e.source.name, e.target.code) for e in evs] == [
        ("02", "Puan Maharani", "IDNLEG")]


def test_attacked_site_or_place_gives_the_state_it_stands_in(res):
    evs = code_text("Ukraina menyerang sebuah kilang minyak di wilayah Saratov.", res,
                    published="2025-11-09")
    assert [(e.source.code, e.target.code) for e in evs] == [("UKR", "RUS")]
    # the agent after a nominal is no place: "serangan Israel di Jalur Gaza" targets Palestine
    # ... and the toll it took is no second event
    evs = code_text("Serangan Israel di Jalur Gaza menewaskan 20 orang.", res,
                    published="2025-11-09")
    assert [(e.cameo_root, e.source.code, e.target.code) for e in evs] == [
        ("19", "ISR", "PSECVL")]  # (the people of the place attacked)
    # a weapon named before a place is no site of it
    evs = code_text("Al-Shabaab menggunakan senjata api buatan Rusia.", res,
                    published="2025-11-09")
    assert all(e.target is None or e.target.country != "RUS" for e in evs)


def test_an_appeal_to_all_parties_has_no_target(res):
    evs = code_text("Polisi meminta semua pihak tenang.", res, published="2025-11-09")
    assert [(e.cameo_root, e.target) for e in evs] == [("02", None)]


def test_a_group_noun_before_an_armed_group_belongs_to_it(res):
    assert found("Seorang pejabat Hizbullah mengecam Israel.", res)[0][1] == "LBNREB"
    assert found("Pasukan Hamas menyerang Israel.", res)[0][1] == "PSEREB"


def test_the_quoted_speaker_is_not_the_suspect_just_mentioned(res):
    text = ('Kapolres Budi Hartono mengatakan polisi sudah menangkap tersangka. '
            '"Kami resmi menaikkan status kasus itu ke penyidikan," ujarnya.')
    evs = [e for e in code_text(text, res, published="2025-10-21") if e.sentence_index == 1]
    assert [(e.cameo_root, e.source.name) for e in evs] == [("09", "Budi Hartono")]


def test_documents_are_no_actors_and_law_titles_trigger_nothing(res):
    got = find_actors(tokenize("Surat Perintah Penyidikan Khusus itu terbit kemarin."), res, ON,
                      Memory())
    assert [(m.text, m.how) for m in got] == [("Surat Perintah Penyidikan Khusus",
                                               "document-act")]
    from peristiwa.explain import explain
    from peristiwa.settings import Settings
    out = explain("DPR mengesahkan UU tentang Kerja Sama Pertahanan dengan Jepang.", res,
                  Settings())
    assert "trigger: 'Kerja Sama Pertahanan'" not in out  # words of the law's title


def test_misspelt_search_is_still_a_search(res):
    evs = code_text("Dalam perkara ini, KPK telah melakukan penggeladahan di satu lokasi.", res,
                    published="2025-10-21")
    assert [(e.cameo, e.source.code) for e in evs] == [("171", "IDNJUD")]


def test_declining_to_comment_is_no_refusal(res):
    assert code_text("Kuasa hukum AW belum bersedia memberikan tanggapan.", res,
                     published="2025-11-07") == ()
    evs = code_text("Iran tidak bersedia mengikuti usulan itu.", res, published="2025-11-07")
    assert [e.cameo for e in evs] == ["120"]


def test_policing_a_protest_is_no_arrest_and_the_protesters_protest(res):
    evs = code_text("Ratusan personel kepolisian mengamankan aksi unjuk rasa mahasiswa di Jakarta.",
                    res, published="2025-10-20")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("14", "IDNEDU")]
    evs = code_text("Polisi mengamankan tiga pelaku pencurian.", res, published="2025-10-20")
    assert [e.cameo for e in evs] == ["173"]


def test_missiles_fired_at_a_warship(res):
    evs = code_text("Kelompok Houthi menembakkan dua rudal ke arah kapal perang AS di Laut Merah.",
                    res, published="2025-01-15")
    assert [(e.cameo, e.source.code, e.target.code, e.location.name) for e in evs] == [
        ("195", "YEMREB", "USAMIL", "Red Sea")]  # "kapal perang" is no war topic


def test_a_resident_of_a_named_village_is_no_party_and_the_village_is_no_name(res):
    names = [n for n, _ in found("Seorang pria berinisial AR (31), warga Desa Sukamaju, "
                                 "Kecamatan Cibeber Hilir, ditangkap polisi.", res)]
    assert "residents / citizens" not in names
    assert not {"Sukamaju", "Cibeber Hilir", "Cibeber"} & set(names)
    # residents who act stay actors: "Sebelumnya, warga desa melaporkan ..."
    assert ("residents / citizens", "IDNCVL") in found(
        "Sebelumnya, warga desa melaporkan dugaan itu ke kejaksaan.", res)


def test_a_passive_subordinate_clause_shares_the_main_clauses_subject(res):
    evs = code_text("Seorang pria berinisial AR (31) ditembak polisi saat ditangkap.", res,
                    published="2025-10-18")
    assert [(e.cameo_root, e.source.code, e.target.name) for e in evs] == [
        ("18", "IDNCOP", "AR"), ("17", "IDNCOP", "AR")]  # (the one arrested is a suspect, CRM)
    # an active subordinate verb takes the agent of the main clause's passive
    evs = code_text("Hal itu diungkapkan Menteri Sosial saat memberikan arahan kepada pendamping "
                    "desa.", res, published="2025-10-18")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("02", "IDNGOV")]


def test_an_undated_act_takes_the_day_of_its_dated_retelling(res):
    text = ("Polisi menangkap seorang pencuri motor di Mataram.\n"
            "\"Pelaku ini residivis,\" kata Kapolresta Mataram, Sabtu (18/10/2025).\n"
            "\"Kami menerima laporan korban,\" ujarnya, Sabtu (18/10/2025).\n"
            "Polisi kemudian menangkap Berangus di sebuah kos pada Jumat (17/10/2025).")
    evs = code_text(text, res, published="2025-10-18")
    arrests = [(e.sentence_index, e.date.value.isoformat(), e.date.source) for e in evs
               if e.cameo == "173"]
    assert arrests[0] == (0, "2025-10-17", "linked")
    assert arrests[-1] == (3, "2025-10-17", "text")
    # the verbs of arrest tell one act: "diamankan" dates "menangkap"
    text = ("Polisi menangkap dua pencuri sepeda motor di Bogor.\n"
            "\"Motor curian itu dijual di pasar,\" kata Kapolres Bogor, Senin (20/10/2025).\n"
            "Keduanya diamankan di rumahnya masing-masing pada Jumat (17/10/2025) malam.")
    evs = code_text(text, res, published="2025-10-20")
    arrests = [(e.sentence_index, e.date.value.isoformat(), e.date.source) for e in evs
               if e.cameo == "173"]
    assert arrests == [(0, "2025-10-17", "linked"), (2, "2025-10-17", "text")]


def test_subordinates_take_their_superiors_country_and_sector(res):
    evs = code_text("Kapolda Jawa Barat meminta jajarannya menindak tegas pelaku tawuran.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.target.code) for e in evs][:1] == [("02", "IDNCOP")]
    evs = code_text("Menteri Keuangan meminta anak buahnya tidak menerima gratifikasi.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.target.code) for e in evs] == [("02", "IDNGOV")]


def test_a_fronted_subordinate_clause_takes_the_main_subject_after_the_comma(res):
    evs = code_text("Sebelum mengimbau bawahan, Presiden sudah memberi contoh.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.code, e.target.code) for e in evs] == [
        ("02", "IDNGOV", "IDNGOV")]


def test_the_victim_of_an_event_noun_is_its_target(res):
    evs = code_text("Seorang pedagang menjadi korban penganiayaan oknum polisi.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.target.code) for e in evs] == [("18", "IDNBUS")]
    # an unnamed agent of a wrongful arrest is the article's law-enforcement body
    evs = code_text("Polda Sumut meminta maaf kepada pedagang itu. Seorang pedagang menjadi "
                    "korban salah tangkap di Bandara Kualanamu.", res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs if e.cameo_root == "17"] == [
        ("173", "IDNCOP", "IDNBUS")]


def test_a_descriptive_body_name_in_a_report_on_a_foreign_state_is_that_states(res):
    text = ("Amerika Serikat kembali diguncang demo. Presiden AS Donald Trump menanggapi. "
            "Warga AS turun ke jalan. Mahkamah Agung menolak gugatan Partai Demokrat.")
    evs = [e for e in code_text(text, res, published="2025-10-19") if e.sentence_index == 3]
    assert [(e.cameo_root, e.source.code, e.target.code) for e in evs] == [
        ("12", "USAJUD", "USAPTY")]
    assert evs[0].source.actor_id is None  # not the entry of Indonesia's Supreme Court
    evs = code_text("Mahkamah Agung menolak kasasi jaksa.", res, published="2025-10-19")
    assert evs[0].source.code == "IDNJUD"


def test_cities_of_a_state_are_a_place_and_the_national_guard_is_military(res):
    mentions = find_actors(tokenize("Trump mengerahkan Garda Nasional ke kota-kota AS."), res, ON,
                           Memory())
    assert [(m.text, m.ref.code, m.how) for m in mentions][1:] == [
        ("Garda Nasional", "USAMIL", "title"), ("AS", "USA", "locative")]


def test_an_act_done_by_means_of_another_of_its_kind_is_one_event(res):
    evs = code_text("Kasus itu didalami KPK dengan memeriksa tiga saksi.", res,
                    published="2025-10-20")
    assert [e.rule for e in evs] == ["09.dalami"]
    evs = code_text("KPK memeriksa tiga saksi dan menahan dua tersangka.", res,
                    published="2025-10-20")
    assert [e.cameo_root for e in evs] == ["09", "17"]


def test_a_scheduled_meeting_is_the_subjects_intent_in_one_direction(res):
    text = ("Menlu Retno Marsudi tiba di New York. Retno juga dijadwalkan bertemu Menteri Luar "
            "Negeri Rusia Sergei Lavrov pada Jumat.")
    evs = [e for e in code_text(text, res, published="2023-09-20") if e.sentence_index == 1]
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("036", "IDNGOV", "RUSGOV")]


def test_a_purpose_clause_shares_the_main_subject_not_the_object(res):
    # ... and its partner: "bertemu X untuk menandatangani ..." signs with X
    evs = code_text("Menlu Sugiono bertemu Presiden Rusia di Kremlin untuk menandatangani "
                    "perjanjian kerja sama energi.", res, published="2025-09-20")
    assert ("057", "IDNGOV", "RUSGOV") in [(e.cameo, e.source.code, e.target.code) for e in evs]
    # "untuk membahas" after the meeting is what the meeting was about: no second event
    evs = code_text("Menlu Sugiono bertemu Presiden Rusia di Kremlin untuk membahas kerja sama "
                    "energi.", res, published="2025-09-20")
    assert [e.rule for e in evs] == ["04.temu", "04.temu"]
    # ... also in a story about other states (no home-country default target involved)
    evs = code_text("Utusan Ukraina dan AS bertemu di Jenewa untuk membahas rancangan "
                    "kesepakatan damai.", res, published="2025-11-20")
    assert {e.rule for e in evs} == {"04.temu"}
    # a recall has no partner: "untuk konsultasi" is no meeting with the expelled
    evs = code_text("Prancis mengusir 12 diplomat Aljazair dan memanggil pulang duta besarnya "
                    "dari Aljir untuk konsultasi.", res, published="2025-04-15")
    assert "04.konsultasi" not in {e.rule for e in evs}


def test_an_act_inside_a_condition_is_no_event(res):
    evs = code_text("Iran akan membalas jika Israel menyerang fasilitas nuklirnya.", res,
                    published="2025-06-01")
    assert "19" not in [e.cameo_root for e in evs]
    evs = code_text("Israel menyerang fasilitas nuklir Iran.", res, published="2025-06-01")
    assert [e.cameo_root for e in evs] == ["19"]


def test_an_event_noun_naming_a_facility_is_no_event(res):
    evs = code_text("Bom meledak di dekat pos pemeriksaan polisi di Peshawar.", res,
                    published="2025-11-14")
    assert "09" not in [e.cameo_root for e in evs]


def test_anyone_is_no_domestic_target(res):
    evs = code_text("Presiden AS Donald Trump mengancam akan mengenakan tarif terhadap negara mana "
                    "pun yang mendukung BRICS.", res, published="2025-07-06")
    assert [(e.cameo_root, e.target) for e in evs] == [("13", None)]


def test_a_modifier_between_a_title_and_its_country(res):
    assert found("Menlu bertemu pejabat perdagangan AS.", res)[-1] == ("official", "USAGOV")
    assert found("Pasukan khusus Israel menangkap dua pemuda.", res)[0] == (
        "troops / forces", "ISRMIL")


def test_people_counted_by_number_are_a_crowd_and_suspects_when_held(res):
    evs = code_text("Lebih dari 100.000 orang berunjuk rasa di Jakarta.", res,
                    published="2025-10-19")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("14", "IDNCVL")]
    evs = code_text("Polisi menangkap 14 orang dalam penggerebekan itu.", res,
                    published="2025-10-19")
    assert [(e.cameo, e.target.code) for e in evs][:1] == [("173", "IDNCRM")]
    # the noun after the number says who they are
    assert "people (a counted crowd)" not in [n for n, _ in
                                              found("KPK memeriksa 65 orang saksi.", res)]


def test_killing_with_an_actor_as_subject_is_an_assault(res):
    evs = code_text("Militer Israel menewaskan seorang komandan senior Hizbullah di Beirut.", res,
                    published="2025-11-24")
    assert [(e.cameo_root, e.source.code, e.target.code) for e in evs] == [
        ("18", "ISRMIL", "LBNREB")]


def test_a_city_after_a_place_noun_and_a_direction_is_the_place(res):
    evs = code_text("Militer Israel menewaskan seorang komandan Hizbullah di pinggiran selatan "
                    "Beirut.", res, published="2025-11-24")
    assert [(e.target.code, e.location.name) for e in evs] == [("LBNREB", "Beirut")]


def test_a_short_form_in_brackets_after_its_body_keeps_a_list_together(res):
    evs = code_text("Tentara Nasional Indonesia (TNI) dan Angkatan Bersenjata Australia menggelar "
                    "latihan militer gabungan di Darwin.", res, published="2025-06-01")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("062", "IDNMIL", "AUSMIL"), ("062", "AUSMIL", "IDNMIL")]


def test_amounts_between_a_light_verb_and_its_noun(res):
    evs = code_text("Pemerintah Indonesia mengirimkan 800 ton bantuan kemanusiaan untuk warga "
                    "Palestina.", res, published="2025-08-23")
    assert [(e.cameo_root, e.source.code, e.target.code) for e in evs] == [
        ("07", "IDNGOV", "PSECVL")]
    evs = code_text("Israel membebaskan hampir 2.000 tahanan Palestina.", res,
                    published="2025-08-23")
    assert [e.target.code for e in evs] == ["PSECRM"]


def test_a_place_that_starts_with_a_title_word_is_a_place(res):
    assert found("Warga Raja Ampat menolak tambang nikel.", res) == [
        ("residents / citizens", "IDNCVL")]


def test_people_counted_in_words_are_a_crowd_that_later_pronouns_name(res):
    text = ("Polda Metro Jaya menangkap lima orang karena merencanakan kerusuhan. Mereka ditangkap "
            "di sebuah rumah kos di Jakarta Timur.")
    evs = code_text(text, res, published="2025-08-26")
    assert [(e.sentence_index, e.cameo, e.target.code) for e in evs] == [
        (0, "173", "IDNCRM"), (1, "173", "IDNCRM")]


def test_an_allegation_is_coded_and_the_alleged_act_is_not(res):
    evs = code_text("Sebuah kelompok pemantau hak asasi manusia menuduh militer Myanmar membantai "
                    "70 warga desa.", res, published="2025-06-01")
    assert [(e.cameo, e.target.code) for e in evs] == [("112", "MMRMIL")]


def test_the_subject_goes_on_after_tetapi(res):
    evs = code_text("Greenpeace Indonesia memuji keputusan pemerintah, tetapi meminta izin tambang "
                    "yang tersisa juga dievaluasi.", res, published="2025-06-01")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("05", "IDNNGO"), ("02", "IDNNGO")]


def test_sementara_after_a_verb_is_temporarily(res):
    evs = code_text("Amerika Serikat menghentikan sementara seluruh bantuan militer untuk Ukraina.",
                    res, published="2025-03-04")
    assert [(e.cameo, e.target.code) for e in evs] == [("162", "UKR")]


def test_an_unaddressed_domestic_appeal_is_aimed_at_the_storys_authority(res):
    evs = code_text("Greenpeace Indonesia meminta izin tambang yang tersisa dievaluasi.", res,
                    published="2025-06-01")
    assert [(e.target.name, e.target.code) for e in evs] == [("(unspecified)", "IDNGOV")]
    text = ("Polda Sumut menangkap seorang pedagang. Keluarga pedagang itu meminta agar kasusnya "
            "diusut tuntas.")
    evs = [e for e in code_text(text, res, published="2025-06-01") if e.cameo_root == "02"]
    assert [e.target.code for e in evs] == ["IDNCOP"]


def test_programme_budget_and_platform_names_are_no_actors(res):
    for text in ("Dana itu berasal dari Anggaran Pendapatan dan Belanja Negara.",
                 "Video itu viral di Instagram.", "Aturan itu ada di Pasal 5 Nomor 12.",
                 "Menurut Dr. Mardani, ayat ini penting."):
        assert all(code != "IDNCVL" or name == "Mardani" for name, code in found(text, res)), text
    assert found("Kabinet Merah Putih bekerja keras.", res) == [
        ("Prabowo-Gibran government (Kabinet Merah Putih)", "IDNGOV")]


def test_aid_with_no_named_recipient_goes_to_the_public(res):
    evs = code_text("Pemerintah memutuskan untuk memberikan bantuan langsung tunai.", res,
                    published="2025-06-01")
    assert [(e.cameo_root, e.target.code) for e in evs] == [("07", "IDNCVL")]


def test_initials_name_a_person_met_before_but_not_after_a_suspect_cue(res):
    memory = Memory()
    find_actors(tokenize("Mantan Gubernur Jawa Barat Ridwan Kamil hadir di Bareskrim."), res, ON,
                memory)
    mentions = find_actors(tokenize("Lisa menuding RK merupakan ayah dari anaknya."), res, ON,
                           memory)
    assert [(m.text, m.ref.name, m.how) for m in mentions][-1] == (
        "RK", "Ridwan Kamil", "coref:initials")
    mentions = find_actors(tokenize("Polisi menahan tersangka RK di Bandung."), res, ON, Memory())
    assert "Ridwan Kamil" not in [m.ref.name for m in mentions]


def test_a_planned_visit_named_again_is_the_visitors(res):
    text = ("Presiden Prabowo Subianto berencana berkunjung ke Moskow. Pemerintah Rusia menyambut "
            "baik rencana kunjungan tersebut.")
    evs = [e for e in code_text(text, res, published="2025-12-09") if e.sentence_index == 1]
    assert [(e.cameo_root, e.source.country, e.target.country) for e in evs] == [
        ("05", "RUS", "IDN")]


def test_a_short_foreign_report_is_about_its_state(res):
    text = ("Militer Myanmar menyerang desa di Sagaing. Warga Myanmar mengungsi. Junta membantah "
            "laporan tersebut.")
    evs = [e for e in code_text(text, res, published="2025-06-01") if e.sentence_index == 2]
    assert [e.source.code for e in evs] == ["MMRMIL"]


def test_an_article_posted_after_midnight_speaks_from_the_day_before(res):
    from peristiwa.ingest import published_hour
    from peristiwa.pipeline import code_article
    from peristiwa.records import Article

    assert published_hour("2025-10-22T01:46:00+07:00") == 1
    assert published_hour("2025-10-22") is None
    text = ("KPK menetapkan seorang PNS sebagai tersangka, kata juru bicara KPK, Selasa "
            "(21/10/2025).\nAdapun hari ini KPK memeriksa Yudi terkait kasus tersebut.")
    late = Article("a", text, date(2025, 10, 22), published_hour=1)
    day = Article("b", text, date(2025, 10, 22), published_hour=10)
    for art, want in ((late, "2025-10-21"), (day, "2025-10-22")):
        evs = [e for e in code_article(art, res).events if e.sentence_index == 1]
        assert [e.date.value.isoformat() for e in evs] == [want]


def test_an_act_on_a_route_happened_where_the_route_began(res):
    text = ("Polda Sumut meminta maaf. Seorang pedagang menjadi korban salah tangkap saat hendak "
            "terbang dari Bandara Kualanamu menuju Bandara Soekarno-Hatta.")
    evs = [e for e in code_text(text, res, published="2025-10-16") if e.cameo_root == "17"]
    assert [e.location.name for e in evs] == ["Deli Serdang"]  # the airport's regency
    evs = code_text("Menlu Sugiono terbang dari Jakarta menuju Moskow untuk mengunjungi Rusia.",
                    res, published="2025-10-16")
    assert {e.location.name for e in evs if e.cameo_root in ("04", "03")} == {"Moscow"}


def test_an_envoy_posting_and_two_institutions_and_a_modal_agreement(res):
    evs = code_text("Perjanjian pinjaman itu ditandatangani oleh Duta Besar Jepang untuk Indonesia "
                    "dan pejabat Kementerian Keuangan.", res, published="2025-02-11")
    assert {(e.source.code, e.target.code) for e in evs} == {("JPNGOV", "IDNGOV"),
                                                             ("IDNGOV", "JPNGOV")}
    text = ("Polri bertemu Kepolisian Thailand. Kedua lembaga juga sepakat meningkatkan "
            "pertukaran informasi intelijen.")
    evs = [e for e in code_text(text, res, published="2025-06-18") if e.sentence_index == 1]
    assert [e.rule for e in evs] == ["06.tukar-informasi", "06.tukar-informasi"]
    assert all(e.cameo.startswith("03") for e in evs)  # an agreed plan: intent to cooperate


def test_handing_over_things_is_no_hand_over_of_persons(res):
    for text in ("Gubernur menyerahkan bantuan kepada warga.",
                 "Kejaksaan menyerahkan berkas perkara kepada pengadilan.",
                 "Panitia menyerahkan piala kepada juara."):
        assert "0841" not in [e.cameo for e in code_text(text, res, published="2025-06-18")]


def test_an_object_ends_before_kepada_and_a_report_of_things_is_no_criticism(res):
    text = "Sahara melapor ke polisi. Sahara menyerahkan sejumlah dokumen kepada penyidik."
    assert "0841" not in [e.cameo for e in code_text(text, res, published="2025-06-01")]
    evs = code_text("Dian menyebut ada tambang ilegal di Lombok.", res, published="2025-06-01")
    assert "11" not in [e.cameo_root for e in evs]


def test_leaders_take_their_country_and_an_officials_unaddressed_appeal_goes_to_government(res):
    assert found("Pemimpin Korea Utara Kim Jong Un meninjau peluncuran rudal.", res)[0][1] == \
        "PRKGOV"
    evs = code_text("Menteri Sosial meminta sistem pendataan segera diperbaiki.", res,
                    published="2025-06-01")
    assert [(e.cameo_root, e.target.name, e.target.code) for e in evs] == [
        ("02", "(unspecified)", "IDNGOV")]


def test_urging_is_an_appeal_only_with_an_agar_clause_or_an_actor(res):
    evs = code_text("Menteri Pertanian mendorong agar pemerintah daerah menyalurkan beras.", res,
                    published="2025-06-01")
    assert [e.cameo_root for e in evs] == ["02"]
    for text in ("Stimulus itu mendorong pertumbuhan ekonomi untuk tahun depan.",
                 "Kebijakan itu mendorong sektor riil."):
        assert "02" not in [e.cameo_root for e in code_text(text, res, published="2025-06-01")]


def test_questioning_reprimanding_and_reporting_to_police_are_disapproval(res):
    evs = code_text("Anggota Komisi II DPR RI Ahmad Doli Kurnia mempertanyakan aturan KPU.", res,
                    published="2025-06-01")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [("111", "IDNLEG", "IDNGOV")]
    for text in ("Wartawan bertanya kepada Menteri Keuangan soal anggaran.",
                 "Menteri Keuangan menanyakan kesiapan daerah."):
        assert "11" not in [e.cameo_root for e in code_text(text, res, published="2025-06-01")]


def test_criticism_of_a_named_act_targets_whoever_did_it(res):
    text = ("Polisi menetapkan Lisa sebagai tersangka. Jhony menilai penetapan tersangka terhadap "
            "Lisa perlu diuji.")
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.cameo_root == "11"]
    assert [e.target.code for e in evs] == ["IDNCOP"]
    # an act whose own agent is named after it keeps that agent
    text = "Prancis mengusir diplomat Aljazair. Prancis menyebut keputusan Aljazair ilegal."
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.cameo_root == "11"]
    assert [e.target.code for e in evs] == ["DZA"]


def test_a_court_named_with_a_bracketed_short_form_is_seated_in_its_city(res):
    evs = code_text("Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta menjatuhkan vonis tujuh "
                    "tahun penjara kepada mantan direktur berinisial HS.", res,
                    published="2025-06-12")
    assert [(e.cameo_root, e.location.name, e.location.how) for e in evs] == [
        ("17", "Jakarta", "seat")]


def test_a_city_placed_in_its_region_is_the_place(res):
    evs = code_text("Milisi RSF membantai ratusan warga sipil setelah merebut kota El Fasher "
                    "di Darfur Utara.", res, published="2025-10-28")
    assert {e.location.name for e in evs} == {"El Fasher"}
    # a region after a city of another country, or a less specific place, changes nothing
    evs = code_text("Warga Jakarta berunjuk rasa di Bandung.", res, published="2025-10-28")
    assert {e.location.name for e in evs} == {"Bandung"}


def test_places_inside_what_was_asked_are_topics_not_the_scene(res):
    evs = code_text("Menlu Sugiono bertemu Menlu China Wang Yi di Beijing. \"Kami mendorong "
                    "China untuk menuntaskan kode etik di Laut China Selatan,\" kata Sugiono.",
                    res, published="2025-05-20")
    assert {(e.cameo_root, e.location.name) for e in evs if e.cameo_root == "02"} == {
        ("02", "Beijing")}


def test_a_sentence_opening_on_an_earlier_meeting_takes_its_place(res):
    evs = code_text("Sugiono bertemu dengan Menlu Singapura Vivian Balakrishnan di Jakarta pada "
                    "6 Agustus 2025. Dalam pertemuan tersebut, kedua menteri membahas kerja "
                    "sama digital. Sugiono mengundang Singapura berinvestasi di Batam. "
                    "Balakrishnan dijadwalkan mengunjungi Batam.", res, published="2025-08-07")
    assert {e.location.name for e in evs if e.sentence_index == 1} == {"Jakarta"}


def test_gazetteer_has_places_of_2025_fighting(res):
    evs = code_text("Pasukan Thailand dan Kamboja terlibat baku tembak di sekitar kompleks kuil "
                    "Ta Muen Thom pada Kamis (24/7).", res, published="2025-07-25")
    assert {(e.location.name, e.location.country) for e in evs} == {("Ta Muen Thom", "THA")}
    evs = code_text("Pemberontak ADF membantai 40 jemaat gereja di Komanda, Provinsi Ituri.",
                    res, published="2025-07-28")
    assert {(e.location.name, e.location.country) for e in evs} == {("Komanda", "COD")}


def test_the_party_after_a_deployment_or_arrest_noun_is_what_is_acted_on(res):
    # "pengerahan aparat": the forces are deployed, they deploy no one
    assert code_text("Mahar politik dan pengerahan aparat untuk memenangkan calon tertentu "
                     "merusak demokrasi.", res, published="2025-10-20") == ()
    assert code_text("Penangkapan anggota DPRD itu memicu protes.", res,
                     published="2025-10-20") == ()
    # an arrest noun before a police body keeps the body as the agent
    evs = code_text("Penangkapan Polda Metro Jaya terhadap Delpedro dinilai janggal.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("17", "IDNCOP")]


def test_capitalised_titles_of_meetings_start_no_name(res):
    evs = code_text("Pertemuan bertajuk Rapat Terbatas tersebut membahas sejumlah pokok "
                    "penting.", res, published="2025-10-20")
    assert all(e.source.name != "Rapat Terbatas" for e in evs)
    names = [n for n, _ in found("Badan Riset Kelautan menerbitkan laporan baru.", res)]
    assert names and names[0].startswith("Badan Riset")  # a body may still begin so


def test_a_plate_or_uniform_bearing_a_body_s_name_is_not_that_body(res):
    evs = code_text("Polisi telah mengamankan plat nomor Polri palsu dari mobil itu.", res,
                    published="2025-10-20")
    assert all(e.target is None or e.target.code != "IDNCOP" for e in evs)
    assert "IDNMIL" not in [c for _, c in found("Pelaku memakai seragam TNI saat beraksi.",
                                                 res)]


def test_a_legislator_named_with_his_faction_stays_a_legislator(res):
    assert found("Anggota Komisi XII DPR RI Fraksi Golkar, Jamaludin Malik, menyampaikan "
                 "apresiasi.", res)[0] == ("Jamaludin Malik", "IDNLEG")
    assert found("Sekjen Partai Golkar Budi Hartono menyampaikan apresiasi.", res)[0][1] == \
        "IDNPTY"


def test_a_speech_tag_between_commas_is_no_member_of_the_subject(res):
    evs = code_text("Polisi menyelidiki kasus itu. Lalu, kata Idas, terduga pelaku diamankan "
                    "pada 10 Oktober 2025.", res, published="2025-10-20")
    assert {(e.cameo, e.target.name) for e in evs if e.sentence_index == 1} == {
        ("173", "alleged perpetrator")}


def test_dia_inside_a_quote_tagged_ujarnya_is_not_the_speaker(res):
    text = ("Kapolres AKBP Faruk menjelaskan pengemudi bernama Rudi Hartawan sudah diamankan. "
            "\"Dia belum terbuka secara detail, masih diperiksa,\" ungkapnya.")
    evs = code_text(text, res, published="2025-10-20")
    assert [e.target.name for e in evs if e.sentence_index == 1] == ["driver(s)"]  # not Faruk
    # outside a quote 'dia' is the latest person, whoever that is
    evs = code_text("Kapolres AKBP Faruk menjelaskan bahwa pihaknya sudah bekerja. Dia kemudian "
                    "diperiksa Propam.", res, published="2025-10-20")
    assert [e.target.name for e in evs if e.sentence_index == 1] == ["Faruk"]


def test_a_subject_that_is_no_actor_is_not_replaced_by_the_speaker(res):
    text = ("Menteri Sosial Saifullah Yusuf memaparkan hasil survei. \"Para responden ini "
            "berharap agar program itu diperluas,\" tambahnya.")
    assert [e for e in code_text(text, res, published="2025-10-20")
            if e.sentence_index == 1] == []
    # a first-person subject, or a verb before the trigger, leaves the speaker in place
    text = ("Presiden Prabowo Subianto berpidato di Istana. \"Saya ucapkan terima kasih kepada "
            "Kejaksaan Agung,\" ujar Prabowo.")
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.sentence_index == 1]
    assert [(e.cameo_root, e.source.name) for e in evs] == [("05", "Prabowo Subianto")]


def test_a_fronted_clause_is_not_part_of_the_subject_after_its_comma(res):
    evs = code_text("Melihat capaian yang diraih Prabowo, Akbar menilai perekonomian nasional "
                    "menuju fase yang lebih baik.", res, published="2025-10-20")
    assert [e.source.name for e in evs] == ["Akbar"]
    evs = code_text("Selain menyegel pabrik, KLH mengambil sampel udara.", res,
                    published="2025-10-20")
    assert {e.source.code for e in evs} == {"IDNGOV"}


def test_a_passive_of_a_pattern_without_target_takes_no_subject_as_target(res):
    evs = code_text("Doli mengatakan sistem pemilu tengah dikaji oleh partai politik di DPR.",
                    res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target) for e in evs] == [("014", "IDNPTY", None)]


def test_rules_for_anyone_give_no_event(res):
    assert code_text("(4) Setiap Orang yang dengan sengaja menyerang kehormatan orang lain "
                     "dipidana dengan pidana penjara.", res, published="2025-10-20") == ()
    evs = code_text("Polisi menangkap pelaku pencurian setiap hari di Jakarta.", res,
                    published="2025-10-20")
    assert [e.cameo_root for e in evs] == ["17"]


def test_pihaknya_is_the_side_of_whoever_was_named_last(res):
    text = ("Pengadilan Negeri Jakarta Selatan menolak gugatan itu. Kuasa hukum tersangka, "
            "Aan Achbar, menjelaskan pihaknya akan mengajukan banding.")
    assert [m.ref.name for m in _mentions(text, res)[1] if m.text == "pihaknya"] == [
        "Aan Achbar"]


def _mentions(text, res):
    """The actor mentions of each sentence of a text coded as one article."""
    from peristiwa.pipeline import analyse_article
    from peristiwa.records import Article
    from peristiwa.settings import Settings

    _, an = analyse_article(Article("t", text, published=ON), res, Settings())
    return [x.mentions for x in an]


def test_clauses_of_a_law_and_comparisons_give_no_event(res):
    assert code_text("(2) Setiap Orang dengan sengaja dan tanpa hak mendistribusikan Informasi "
                     "Elektronik yang sifatnya menghasut, mengajak, atau memengaruhi orang lain.",
                     res, published="2025-10-20") == ()
    # "ketimbang" (rather than) is no form of "timbang" (to weigh up)
    assert code_text("Itida Yasar, SH, MPsi, menilai layanan kesehatan berfokus pada kuratif, "
                     "ketimbang promotif.", res, published="2025-10-20") == ()
    assert [n for n, _ in found("Itida Yasar, SH, MPsi, menilai layanan itu.", res)] == [
        "Itida Yasar"]


def test_pihaknya_after_a_bare_name_of_unknown_role_is_the_body(res):
    text = ("Kejati Sumut menyita aset Henry. Lenni Silaban mengatakan pihaknya masih menelusuri "
            "harta benda Henry.")
    assert [m.ref.code for m in _mentions(text, res)[1] if m.text == "pihaknya"] == ["IDNJUD"]


def test_a_middle_initial_stays_inside_the_name(res):
    evs = code_text("Menteri Haji dan Umrah Arab Saudi, Tawfiq F. Al-Rabiah, menyampaikan "
                    "apresiasi kepada Pemerintah Indonesia.", res, published="2025-10-20")
    assert [(e.source.name, e.source.code) for e in evs] == [("Tawfiq F. Al-Rabiah", "SAUGOV")]


def test_a_first_person_subject_is_the_speaker_not_the_actor_named_before(res):
    evs = code_text("\"Kita audit BPKP, kemudian kita berunding dengan China,\" kata Luhut "
                    "Binsar Pandjaitan.", res, published="2025-10-20")
    assert {(e.source.name, e.target.name) for e in evs if e.source.country == "IDN"} == {
        ("Luhut Binsar Pandjaitan", "China")}


def test_a_reported_clause_with_a_subject_of_its_own_takes_no_source_from_outside(res):
    assert code_text("Suyudi menyampaikan bahaya narkoba sedang mengancam kalangan pendidikan.",
                     res, published="2025-10-20") == ()
    # but an elided subject, or the speaker's own body ("fraksinya"), is the speaker's
    evs = code_text("Prabowo mengatakan akan mengunjungi China pekan depan.", res,
                    published="2025-10-20")
    assert [(e.source.name, e.target.name) for e in evs] == [("Prabowo Subianto", "China")]
    evs = code_text("Ketua DPR Puan Maharani menyatakan fraksinya siap mendukung evaluasi "
                    "tunjangan.", res, published="2025-10-20")
    assert [e.source.name for e in evs] == ["Puan Maharani"]


def test_didalam_is_a_spelling_of_di_dalam(res):
    from peristiwa.events.triggers import find_triggers

    words = ["Polisi", "didalam", "kota", "mendalami", "kasus", "itu"]
    assert [t.start for t in find_triggers(words, set(), res)] == [3]


def test_a_show_of_force_near_a_foreign_place_targets_that_state(res):
    evs = code_text("Militer China menggelar latihan perang berskala besar di sekitar Taiwan "
                    "pada Selasa (1/4).", res, published="2025-04-02")
    assert [(e.cameo_root, e.source.country, e.target.code) for e in evs] == [
        ("15", "CHN", "TWNGOV")]  # (a show of force is aimed at the state)
    evs = code_text("TNI menggelar latihan perang di sekitar Natuna.", res,
                    published="2025-04-02")
    assert [(e.cameo_root, e.target) for e in evs] == [("15", None)]  # its own ground


def test_a_mutual_act_needs_no_target_beyond_its_parties(res):
    evs = code_text("Rusia dan Ukraina saling membebaskan 250 tawanan perang pada Kamis (2/10).",
                    res, published="2025-10-03")
    assert {(e.cameo, e.source.code, e.target.code) for e in evs} == {
        ("0841", "RUS", "UKR"), ("0841", "UKR", "RUS")}


def test_the_place_inside_a_demand_is_not_where_it_was_made(res):
    evs = code_text("Di Jenewa, Sugiono mendesak Dewan HAM menyelidiki pelanggaran hukum "
                    "humaniter internasional di Gaza.", res, published="2025-03-01")
    assert [(e.cameo_root, e.target.code, e.location.name) for e in evs] == [
        ("10", "IGOUNO", "Geneva")]


def test_a_rank_and_name_after_a_title_between_commas_are_one_person(res):
    assert found("Kepala Kepolisian Peru, Jenderal Oscar Arriola, mengatakan hal itu.",
                 res)[0] == ("Oscar Arriola", "PERCOP")


def test_plain_clothes_are_not_thugs(res):
    assert "IDNCRM" not in [c for _, c in found("Korban ditembak polisi berpakaian preman.",
                                                 res)]


def test_an_assault_on_unnamed_victims_targets_the_public(res):
    evs = code_text("Seorang polisi diyakini telah menembakkan peluru ke arah kerumunan.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.target.code) for e in evs] == [("18", "IDNCVL")]


def test_the_subject_of_a_verb_is_the_head_before_a_relative_clause_between_commas(res):
    evs = code_text("Polisi menangkap pelaku. Arriola menyebut anggota DPRD itu, yang disebutnya "
                    "diserang oleh massa, telah ditahan.", res, published="2025-10-20")
    assert ("17", "IDNLEG") in {(e.cameo_root, e.target.code) for e in evs}


def test_a_relative_clause_on_a_thing_has_that_thing_as_subject(res):
    # "peluru yang menewaskan Ruiz": neither the speaker nor a police body named earlier
    evs = code_text("Kapolri mengatakan peluru yang menewaskan Ruiz berasal dari senjata rakitan.",
                    res, published="2025-10-20")
    assert evs == ()
    evs = code_text("Polisi menyelidiki kasus itu. Menurut Budi, organisasi olahraga dunia yang "
                    "melarang Rusia mengikuti kejuaraan.", res, published="2025-10-20")
    assert [e for e in evs if e.sentence_index == 1] == []


def test_a_title_gives_its_role_to_a_name_met_before_without_one(res):
    text = "Jeri Ortega berbicara kepada wartawan. Presiden Jeri kemudian mengecam kekerasan itu."
    assert [m.ref.code for m in _mentions(text, res)[1] if m.text == "Presiden Jeri"] == [
        "IDNGOV"]


def test_instances_of_a_group_and_name_particles(res):
    got = found("Geng-geng kriminal seperti Los Pulpos dan Tren de Aragua dari Venezuela "
                "kerap menyandera warga.", res)
    assert ("Tren de Aragua", "VENCRM") in got and ("Los Pulpos", "VENCRM") in got
    evs = code_text("Geng-geng kriminal seperti Los Pulpos dan Tren de Aragua dari Venezuela "
                    "kerap menyandera warga.", res, published="2025-10-20")
    assert {e.source.code for e in evs} == {"VENCRM"}  # the gangs (one code), not Venezuela


def test_a_person_known_only_by_a_civilian_title_is_a_suspect_when_named_one(res):
    evs = code_text("Artis Lisa Mariana diperiksa polisi. Penyidik lalu menetapkan Lisa sebagai "
                    "tersangka.", res, published="2025-08-20")
    assert ("173", "IDNCRM") in {(e.cameo, e.target.code) for e in evs}
    evs = code_text("Adapun dari penggeledahan itu tim kejaksaan menyita puluhan dokumen.", res,
                    published="2025-08-20")
    assert [(e.cameo, e.source.code) for e in evs] == [("1711", "IDNJUD")]


def test_list_items_things_and_coalitions(res):
    assert found("5. Dukungan dan bantuan personel TNI dalam tugas Kejaksaan;", res)[0] == (
        "personnel", "IDNMIL")
    assert found("Koalisi Masyarakat Sipil menilai kerja sama itu tidak berdasar.", res) == [
        ("civil society coalition", "IDNNGO")]
    # "Telegram" is a document here; the personnel ordered out are the commander's forces
    assert found("Dalam Telegram tersebut, Panglima TNI memerintahkan pengerahan personel.",
                 res) == [("Commander of the TNI", "IDNMIL"), ("personnel", "IDNMIL")]


def test_a_noun_joined_to_a_rejected_object_is_part_of_it(res):
    evs = code_text("Hans menyatakan menolak surat dakwaan dan tuntutan jaksa.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.name) for e in evs] == [("12", "Hans")]


def test_no_power_to_act_is_no_act(res):
    assert code_text("Direktur itu tidak memiliki kewenangan apapun untuk menginvestigasi "
                     "kebijakan Kemendag.", res, published="2025-10-20") == ()


def test_the_object_of_an_earlier_verb_is_not_the_subject_of_a_later_passive(res):
    evs = code_text("Polisi memeriksanya. Bahwa dalam membantu pemerintah untuk melakukan "
                    "stabilisasi harga, kemudian ditetapkan sebagai tersangka.", res,
                    published="2025-10-20")
    assert all(e.target is None or e.target.code != "IDNGOV" for e in evs
               if e.cameo_root == "17")


def test_a_fronted_passive_request_embeds_only_up_to_its_comma(res):
    evs = code_text("Dimintai konfirmasi, Kapolsek Tanah Sareal Kompol Doddy Rosjadi mengatakan "
                    "pihaknya akan melakukan pengecekan ke lokasi dan melakukan penyelidikan.",
                    res, published="2025-10-20")
    assert "09" in {e.cameo_root for e in evs}
    # a request with its own subject still embeds what it asks for
    evs = code_text("Kapolda Sumut meminta maaf. Bobby berharap, personel itu dipecat.", res,
                    published="2025-10-20")
    assert "17" not in {e.cameo_root for e in evs}


def test_the_one_quoted_is_not_the_subject_of_what_he_says(res):
    assert code_text("Kata Hendra, risiko keselamatan mengancam jika yang dihadapi adalah "
                     "pelaku kejahatan.", res, published="2025-10-20") == ()
    evs = code_text("Kata Kapolres Budi Hartono, akan menindak tegas pelaku.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.name) for e in evs] == [("137", "Budi Hartono")]


def test_advice_to_the_reader_and_scripture_are_no_events(res):
    assert code_text("\"Fokus pada koneksi sosial Anda dapat membantu,\" jelas Sayeed.", res,
                     published="2025-10-20") == ()
    assert code_text("Dalam Al-Qur'an, Allah memerintahkan untuk tidak menunda utang.", res,
                     published="2025-10-20") == ()


def test_compass_words_in_place_names_teams_and_ordinals(res):
    codes = [c for _, c in found("Kapolsek Denpasar Barat Kompol Laksmi menyebut saksi "
                                 "diperiksa.", res)]
    assert "WST" not in codes and "IDNCOP" in codes
    assert found("Perdana Menteri pertama India, Jawaharlal Nehru, berpidato.", res)[0] == (
        "Jawaharlal Nehru", "INDGOV")
    assert "UZB" not in [c for _, c in found("Timnas Uzbekistan berharap Kapadze bertahan.",
                                              res)]


def test_a_cited_report_and_a_fronted_participle_are_no_subject(res):
    evs = code_text("Di Los Angeles, menurut laporan Los Angeles Times, polisi menembakkan "
                    "peluru karet ke kerumunan.", res, published="2025-10-20")
    assert {e.source.name for e in evs} == {"police"}
    evs = code_text("Ditulis pada masa pendudukan Jepang, Madilog mengajak rakyat berpikir "
                    "rasional.", res, published="2025-10-20")
    assert "JPN" not in {e.source.code for e in evs}


def test_foreign_news_actors_from_an_audit(res):
    assert found("Warga Amerika Serikat (AS) menggelar demo besar-besaran.", res) == [
        ("residents / citizens", "USACVL")]
    assert ("residents / citizens", "RUSCVL") in found(
        "Dua warga negara Rusia sudah diperiksa sebagai saksi.", res)
    assert "USA" not in [c for _, c in found("Data itu mendukung penguatan dolar AS.", res)]
    assert found("Pelaku seni di Grobogan menggelar aksi.", res)[0][1] == "IDNCVL"
    evs = code_text("Massa menggelar aksi di Bundaran Simpang Lima.", res,
                    published="2025-10-20")
    assert {e.location.country for e in evs} == {"IDN"}  # not Lima, Peru


def test_mereka_after_a_crowd_and_the_government_is_the_crowd(res):
    text = ("Unjuk rasa itu melibatkan ribuan warga Peru yang frustrasi dengan kegagalan "
            "pemerintah. Mereka turun ke jalanan di Lima.")
    evs = code_text(text, res, published="2025-10-17")
    assert [(e.cameo_root, e.source.code) for e in evs if e.sentence_index == 1] == [
        ("14", "PERCVL")]


def test_things_named_after_a_lower_case_head_or_an_act_are_no_actors(res):
    assert found("Polisi menyita barang bukti dari sopir mobil Pajero berinisial AR.", res) == [
        ("police", "IDNCOP"), ("driver(s)", "IDNCVL"), ("AR", "IDNCVL")]  # (not "Pajero")
    assert found("Ia mendorong agar Penanaman Modal Asing diperbanyak.", res) == []
    assert found("Doktor Ilmu Politik UI ini juga mengajak civitas academica.", res)[:1] != [
        ("Doktor Ilmu", "IDNCVL")]


def test_facing_a_threat_is_receiving_it(res):
    assert code_text("Presiden Prabowo berupaya menghadapi ancaman krisis iklim.", res,
                     published="2025-10-20") == ()
    evs = code_text("Filipina menghadapi ancaman dari China di Laut China Selatan.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.code, e.target.code) for e in evs] == [("13", "CHN", "PHL")]


def test_following_up_plates_drivers_and_factories(res):
    assert code_text("Kementerian Sosial menindak lanjuti laporan itu dengan tiga langkah.", res,
                     published="2025-10-20") == ()
    evs = code_text("Pengemudi mobil Pajero berpelat dinas Polri yang viral diamankan Polres "
                    "Tasikmalaya Kota.", res, published="2025-10-20")
    assert [(e.cameo, e.target.name) for e in evs] == [("173", "driver(s)")]
    evs = code_text("Menteri LH Hanif Faisol Nurofiq menyegel dua pabrik peleburan logam.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.target.code) for e in evs] == [("172", "IDNBUS")]


def test_a_name_told_again_is_one_mention_not_one_per_word(res):
    per_sentence = _mentions("Tetangganya, Imam Muslimin, dilaporkan. Imam Muslimin menolak "
                             "tuduhan itu.", res)
    assert [(m.text, m.ref.name) for m in per_sentence[1]] == [
        ("Imam Muslimin", "Imam Muslimin")]


def test_banks_cooperatives_and_foundations_take_their_sector_and_own_name(res):
    assert found("Bank Mega Syariah menyalurkan kredit.", res) == [
        ("Bank Mega Syariah", "IDNBUS")]
    assert found("Yayasan Insan Madina menerima donasi.", res) == [
        ("Yayasan Insan Madina", "IDNNGO")]
    # a bank the dictionary knows stays that bank
    assert found("Bank BRI menyalurkan kredit.", res)[0][0] == "Bank Rakyat Indonesia (BRI)"
    assert found("Gubernur Bank Sentral bertemu.", res)[0][1].endswith("GOV")
    evs = code_text("Koperasi BLN dilaporkan nasabah ke polisi.", res, published="2025-05-14")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("115", "IDNCVL", "IDNBUS")]


def test_universities_are_education_bodies_by_name_or_prefix(res):
    assert found("Unud menepis kabar itu.", res) == [("Universitas Udayana (Unud)", "IDNEDU")]
    assert found("Universitas Trunojoyo Madura memecat dosen.", res)[0] == (
        "Universitas Trunojoyo Madura", "IDNEDU")
    # named after a foreign city: that city's country
    assert found("Universitas Sydney menerbitkan kajian.", res) == [
        ("Universitas Sydney", "AUSEDU")]
    # the body's name ends where a person's initial begins
    assert found("Ketua DEMA UIN Syarif Hidayatullah M Ihdan Nazar Husaini hadir.", res)[-2:] == [
        ("UIN Syarif Hidayatullah", "IDNEDU"), ("M Ihdan Nazar Husaini", "IDNCVL")]
    evs = code_text("Universitas Udayana menjatuhkan sanksi kepada empat mahasiswa.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("172", "IDNEDU", "IDNEDU")]


def test_a_unit_number_is_no_name_and_military_judges_are_judges(res):
    evs = code_text("Majelis Hakim Militer I-04 Palembang menjatuhkan hukuman mati terhadap "
                    "terdakwa Bazarsah.", res, published="2025-08-12")
    assert [(e.cameo, e.source.code, e.target.name) for e in evs] == [
        ("173", "IDNJUD", "Bazarsah")]
    assert "I-04" not in [name for name, _ in found("Sidang di Pengadilan Militer I-04.", res)]


def test_becoming_a_suspect_is_a_designation_by_the_law_enforcer_of_the_story(res):
    evs = code_text("Polda Jabar memeriksa saksi. Tri Yanto jadi tersangka dengan tuduhan akses "
                    "ilegal.", res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.name) for e in evs][-1] == (
        "173", "IDNCOP", "Tri Yanto")
    # a description by an earlier designation, a possibility, or the designation verb's own
    # complement give no event of their own
    for text in ("Polisi memeriksa Andi, yang telah menjadi tersangka dalam kasus itu.",
                 "Polisi memeriksa Andi yang bisa menjadi tersangka.",
                 "Polisi memeriksa Andi. Andi ditetapkan menjadi tersangka."):
        assert [e.rule for e in code_text(text, res, published="2025-10-20")
                if e.rule == "17.jadi-tersangka"] == [], text


def test_a_suspect_or_detainee_before_a_police_body_is_that_bodys_not_its_staff(res):
    assert found("Tersangka Polda Metro Jaya itu ditahan.", res) == [
        ("suspect", "IDNCRM"),
        ("Regional Police of Jakarta (Metro Jaya) (Polda)", "IDNCOP")]


def test_lettered_regional_commissions_and_negotiators_keep_their_holders_role(res):
    for text, name in (("Anggota Komisi C DPRD DKI Jakarta Hardiyanto mengecam polisi.",
                        "Hardiyanto"),
                       ("Ketua Komisi A DPRD Jatim Dedi mengecam polisi.", "Dedi")):
        evs = code_text(text, res, published="2025-10-20")
        assert [(e.source.name, e.source.code) for e in evs] == [(name, "IDNLEG")], text
    assert found("Ketua juru runding Kolombia Haendel Rodriguez menuduh negara produsen "
                 "minyak.", res)[0] == ("Haendel Rodriguez", "COLGOV")


def test_a_warning_that_something_is_so_is_criticism_and_a_warning_to_someone_a_threat(res):
    evs = code_text("Para kritikus memperingatkan bahwa langkah pemerintah AS tidak "
                    "konstitusional.", res, published="2025-10-20")
    assert [(e.cameo, e.target.code) for e in evs] == [("111", "USAGOV")]
    evs = code_text("Trump memperingatkan Iran agar tidak memperkaya uranium.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.target.code) for e in evs] == [("130", "IRN")]


def test_a_requirement_announced_is_a_demand_but_a_planned_request_is_nothing_yet(res):
    evs = code_text("Prabowo akan mewajibkan para menteri memakai mobil buatan dalam negeri.", res,
                    published="2025-10-21")
    assert [(e.cameo, e.target.code) for e in evs] == [("100", "IDNGOV")]
    assert code_text("Pelaku akan meminta korban memberikan ulasan hotel.", res,
                     published="2025-10-21") == ()


def test_returning_is_a_yield_only_when_something_or_someone_is_returned(res):
    assert code_text("Pemerintah harus mengembalikan arah pendidikan nasional ke jalur yang "
                     "adil.", res, published="2025-10-21") == ()
    evs = code_text("KPK menahan tersangka. Tersangka mengembalikan uang Rp 2 miliar kepada KPK.",
                    res, published="2025-10-21")
    assert ("0842", "IDNJUD") in [(e.cameo, e.target.code) for e in evs]
    evs = code_text("Gaji dan tunjangan itu akan saya kembalikan kepada negara, kata anggota DPR "
                    "itu.", res, published="2025-10-21")
    assert [e.cameo for e in evs] == ["0353"]


def test_foreign_state_agencies_are_their_states(res):
    assert found("FBI menangkap dua tersangka.", res)[0] == ("FBI (US federal police)", "USACOP")
    assert found("Mossad dituding berada di balik serangan itu.", res)[0][1] == "ISRSPY"
    assert found("NASA membantah kabar tersebut.", res)[0][1] == "USAGOV"


def test_a_reciprocal_act_between_two_parties_named_after_it(res):
    evs = code_text("Saat ini negosiasi antara Indonesia dan AS masih terus berlangsung.", res,
                    published="2025-07-10")
    assert sorted((e.cameo, e.source.code, e.target.code) for e in evs) == [
        ("046", "IDN", "USA"), ("046", "USA", "IDN")]
    evs = code_text("Pengamanan itu bentuk kerja sama antara TNI dengan Kejaksaan.", res,
                    published="2025-07-10")
    assert sorted((e.source.code, e.target.code) for e in evs) == [
        ("IDNJUD", "IDNMIL"), ("IDNMIL", "IDNJUD")]
    # no unspecified third party is added to a pair
    evs = code_text("Kegiatan ini untuk membahas teknis antara Kemensos dan BKN.", res,
                    published="2025-07-10")
    assert {e.target.name for e in evs} <= {"Ministry of Social Affairs",
                                            "National Civil Service Agency (BKN)"}


def test_a_name_with_an_age_is_a_person_even_when_it_names_a_place(res):
    assert found('"Motornya mogok," kata Vatikan (27), pengendara asal Demak.', res) == [
        ("Vatikan", "IDNCVL")]
    evs = code_text("Seorang pria berinisial SF alias Berangus (28) ditangkap polisi.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.target.name) for e in evs] == [("173", "Berangus")]
    # a Demak flood story naming the rider twice is still an Indonesian story
    evs = code_text("Banjir melanda jalur Pantura di Demak. Kapolsek Genuk meminta warga di "
                    "Semarang berhati-hati. Vatikan (27) mengaku kesulitan. Vatikan berharap "
                    "pemerintah bergerak.", res, published="2025-10-20")
    assert evs and {e.source.country for e in evs} == {"IDN"}


def test_a_preposition_inside_a_relative_clause_belongs_to_its_verb(res):
    evs = code_text("Presiden bertemu Raja Belanda. Telah disepakati pengembalian fosil yang "
                    "dahulu dibawa oleh Eugene Dubois dari Indonesia.", res,
                    published="2025-10-20")
    assert "Eugene Dubois" not in {e.source.name for e in evs} | {
        e.target.name for e in evs if e.target}


def test_a_body_named_after_its_prefix_is_that_body_when_told_again(res):
    per_sentence = _mentions("Koperasi BLN menghimpun dana nasabah. Nasabah melaporkan BLN ke "
                             "polisi.", res)
    assert ("BLN", "IDNBUS") in [(m.text, m.ref.code) for m in per_sentence[1]]


def test_an_event_noun_takes_its_agent_from_oleh_right_after_it(res):
    evs = code_text("Polisi memeriksa Koperasi BLN. Ada tambahan tiga laporan oleh nasabah BLN "
                    "terkait dugaan penipuan.", res, published="2025-05-14")
    assert ("115", "IDNCVL", "IDNBUS") in [(e.cameo, e.source.code, e.target.code)
                                           for e in evs]
    # a report that alleges nothing is no complaint
    assert [e for e in code_text("BPS merilis laporan oleh tim statistik tentang inflasi.", res,
                                 published="2025-05-14") if e.cameo_root == "11"] == []


def test_a_first_person_subject_of_a_quote_is_its_speaker(res):
    evs = code_text('"Kami korban dari Koperasi BLN, hari ini kami resmi mengadukan permasalahan '
                    'kami kepada Polres Boyolali," kata Aris Carmadi.', res,
                    published="2025-05-14")
    assert [(e.cameo_root, e.source.name) for e in evs] == [("11", "Aris Carmadi")]
    # a possessive "kami" is no subject: the body named after it acts
    evs = code_text('"Kami percaya Bareskrim telah bekerja profesional, mulai dari menerima '
                    'laporan klien kami, memeriksa saksi-saksi," kata Muslim.', res,
                    published="2025-10-20")
    assert "Muslim" not in [e.source.name for e in evs if e.cameo_root == "09"]


def test_a_subordinate_clause_after_a_verb_of_saying_takes_the_reported_subject(res):
    for text in ("Agus mengatakan setelah melakukan pembunuhan itu, Kamal menginap di sana.",
                 "Agus mengatakan, setelah melakukan pembunuhan itu, Kamal menginap di sana."):
        evs = code_text(text, res, published="2025-10-20")
        assert [(e.cameo_root, e.source.name) for e in evs] == [("18", "Kamal")], text


def test_a_prepositional_object_is_no_subject_of_what_follows(res):
    evs = code_text('"Sempat terjadi cekcok antara pelaku dan korban hingga berujung '
                    'pembunuhan," kata Kombes Harryo.', res, published="2025-10-20")
    assert [e.source.name for e in evs if e.cameo_root == "18"] == []  # nor the speaker
    evs = code_text('"Bantuannya sudah cair," kata Gus Ipul kepada wartawan seusai mengunjungi '
                    'Sekolah Rakyat.', res, published="2025-10-20")
    assert "journalists" not in [e.source.name for e in evs]
    # ... but "bagi X untuk V" and the head of a relative clause are
    evs = code_text("Putusan itu momentum bagi DPR untuk segera membahas revisi UU Pemilu dengan "
                    "pemerintah.", res, published="2025-10-20")
    assert "IDNLEG" in [e.source.code for e in evs]


def test_regional_agencies_and_state_companies_have_their_sectors(res):
    assert found("Bapenda Jatim bekerja sama dengan Jasa Raharja.", res) == [
        ("Regional Revenue Agency (Bapenda, prefix)", "IDNGOV"),
        ("PT Jasa Raharja (state insurer)", "IDNBUS")]


def test_urging_an_actor_to_act_is_an_appeal_and_the_urged_act_is_not_coded(res):
    evs = code_text("Yuke mendorong Dinas Lingkungan Hidup (DLH) Jakarta bekerja sama dengan "
                    "BRIN.", res, published="2025-10-21")
    assert [(e.cameo, e.target.code) for e in evs] == [("020", "IDNGOV")]
    evs = code_text("Menhan mendorong PT Pindad dapat menjadi penggerak industri pertahanan.", res,
                    published="2025-10-21")
    assert [e.cameo for e in evs] == ["020"]
    # the actor must stand right after the verb: no appeal to the banks here
    assert code_text("Penurunan BI Rate diharapkan mendorong penurunan suku bunga kredit bank "
                     "dan meningkatkan permintaan.", res, published="2025-10-21") == ()
    assert code_text("Polisi mendorong massa mundur.", res, published="2025-10-21") == ()


def test_abbreviated_rank_point_does_not_cut_the_officer_from_his_name(res):
    assert ("Eko Prasetyo", "IDNCOP") in found(
        "Kapolresta Bogor Kota Kombes Pol. Eko Prasetyo mengatakan miras pemicu kriminal.", res)


def test_staff_of_a_named_body_keep_its_sector_not_the_speakers(res):
    evs = code_text("Wali Kota Bogor Dedie A Rachim mengapresiasi langkah tegas jajaran "
                    "Polresta Bogor Kota.", res, published="2025-10-07")
    assert [(e.cameo, e.target.code) for e in evs] == [("051", "IDNCOP")]
    evs = code_text("Presiden meminta jajarannya bekerja keras.", res, published="2025-10-07")
    assert [e.target.code for e in evs] == ["IDNGOV"]  # the president's own staff


def test_a_cry_for_help_is_no_appeal(res):
    assert code_text("Korban sempat meminta tolong.", res, published="2025-10-22") == ()


def test_a_capitalised_word_opening_a_list_item_is_no_name(res):
    names = [n for n, _ in found("Syarat: - Warga Negara Indonesia - Sehat jasmani - Usia "
                                 "maksimal 26 tahun - Bersedia ditempatkan.", res)]
    assert "Sehat" not in names and "Usia" not in names


def test_a_second_verb_is_done_by_the_first_verbs_subject_not_its_object(res):
    evs = code_text("Lukas Diana mendatangi Polresta Denpasar dan meminta kejelasan kasus itu.",
                    res, published="2025-10-20")
    assert [(e.cameo, e.source.name) for e in evs] == [("020", "Lukas Diana")]
    evs = code_text("Koordinator aksi, Budi, mengatakan aksi itu digelar untuk menyoroti janji "
                    "pemerintah yang belum ditepati serta menuntut reformasi.", res,
                    published="2025-10-20")
    # (pointing at promises not kept is criticism too: 11.soroti-negatif, silver audit 24)
    assert sorted((e.cameo_root, e.source.sector) for e in evs) == [("10", "CVL"), ("11", "CVL")]


def test_negation_of_an_earlier_word_does_not_reach_past_dan(res):
    evs = code_text("Keluarga korban mengetahui aksi tak patut itu dan melaporkan pria tersebut "
                    "ke polisi.", res, published="2025-10-20")
    assert [(e.cameo, e.target.name) for e in evs] == [("115", "man")]


def test_a_known_name_inside_a_longer_name_is_someone_else(res):
    got = found("Kepala Kantor Perwakilan BI Sumsel, Bambang Pramono, menyambut redaksi.", res)
    assert ("Bambang Pramono", "IDNCVL") in got and "Pramono Anung" not in [n for n, _ in got]
    got = found("Ketua Fraksi PAN DPR RI Putri Zulkifli Hasan menyatakan fraksinya siap.", res)
    assert got[-1][0] == "Putri Zulkifli Hasan"
    # a title's portfolio words, an honorific and a sentence opening keep the known person
    names = [n for n, _ in found("Menteri Koordinator Perekonomian Airlangga Hartarto hadir, "
                                 "kata Pak Prabowo.", res)]
    assert "Airlangga Hartarto" in names and "Prabowo Subianto" in names
    assert found("Kemarin Prabowo hadir.", res)[0][0] == "Prabowo Subianto"


def test_thanks_said_with_mengucapkan_and_supporters_as_actors(res):
    evs = code_text("Prabowo mengucapkan terima kasih kepada Kejaksaan Agung.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("051", "IDNGOV", "IDNJUD")]
    evs = code_text("Namun, para pendukungnya membela Prabowo.", res, published="2025-10-20")
    assert [e.source.name for e in evs] == ["supporters"]
    assert found("Lahan itu untuk fasilitas pendukung lainnya.", res) == []


def test_an_alleged_act_is_the_law_enforcers_accusation_of_the_person_named_before_it(res):
    text = ("Polisi menangkap empat tersangka. Kasat Reskrim AKP Teguh mengatakan tersangka BS "
            "diduga mengirim pesan provokatif ke grup WhatsApp.")
    evs = [e for e in code_text(text, res, published="2025-09-01") if e.sentence_index == 1]
    assert [(e.cameo, e.source.sector, e.target.name, e.target.sector) for e in evs] == [
        ("112", "COP", "BS", "CRM")]
    # not when the accused is not named right before it, nor for a state of being
    for s in ("Jaksa mengatakan perjanjian itu diduga belum mendapatkan persetujuan.",
              "Seorang warga diduga menjadi korban penipuan."):
        evs = code_text("Polisi menangkap empat tersangka. " + s, res, published="2025-09-01")
        assert [e.cameo for e in evs if e.sentence_index == 1] == []
    # a hedged act that is itself a trigger is coded as that act
    evs = code_text("Israel diduga menyerang kapal itu.", res, published="2025-09-01")
    assert [e.cameo_root for e in evs] == ["19"]
    # an allegation that describes the case of a coercion in the same sentence is no event
    evs = code_text("Polisi menangkap pelaku. Kepala sekolah berinisial M yang diduga mencabuli "
                    "muridnya ditetapkan sebagai tersangka oleh polisi.", res,
                    published="2025-09-01")
    assert [e.cameo_root for e in evs if e.sentence_index == 1] == ["17"]


def test_an_alleged_act_embeds_its_own_clause_only(res):
    text = ("Polisi menangkap empat orang. Kasat Reskrim Teguh mengatakan tersangka BS diduga "
            "berperan menghasut untuk melakukan penyerangan.")
    evs = [e for e in code_text(text, res, published="2025-09-01") if e.sentence_index == 1]
    assert [e.cameo for e in evs] == ["112"]  # the incited attack is what is alleged
    text = ("Polda Sulteng menangkap HM. HM diduga telah mencemarkan nama baik FH di media "
            "sosial hingga ditetapkan tersangka oleh Polda Sulteng.")
    evs = [e for e in code_text(text, res, published="2025-09-01") if e.sentence_index == 1]
    assert [e.cameo_root for e in evs] == ["17"]


def test_parents_and_sentence_adverbs(res):
    evs = code_text("Sementara itu, salah satu orang tua siswa, Dian (37), berharap pemerintah "
                    "daerah menindak penyedia makanan.", res, published="2025-10-21")
    assert [e.source.sector for e in evs] == ["CVL"]
    # a wish with no one to act on it is no appeal
    assert code_text("Sementara itu, salah satu orang tua siswa, Dian (37), berharap insiden "
                     "serupa tak terulang.", res, published="2025-10-21") == ()
    assert found("Semoga bisa membantu masyarakat.", res) == [
        ("the public / the people", "IDNCVL")]


def test_unnamed_authorities_of_a_story_set_abroad_are_that_states(res):
    text = ("Mahkamah Agung RI menggelar sidang kemarin. Arab Saudi kembali menjadi sorotan. "
            "Kantor berita Saudi menyebut Al-Derazi, warga negara Saudi, dihukum mati. "
            "Pemerintah Arab Saudi menolak berkomentar soal Arab Saudi.")
    evs = [e for e in code_text(text, res, published="2025-10-21") if e.cameo_root == "17"]
    assert evs and all(e.source.country == "SAU" for e in evs)
    # foreigners questioned in an Indonesian story are questioned by Indonesian police
    text = ("Polda NTT menangani kasus itu. Kabid Humas Polda NTT Ariasandy menyebut dua warga "
            "negara Rusia sudah diperiksa sebagai saksi.")
    evs = [e for e in code_text(text, res, published="2025-10-21") if e.cameo_root == "09"]
    assert [e.source.country for e in evs] == ["IDN"]


def test_a_fronted_sebagai_clause_is_not_part_of_the_subject(res):
    evs = code_text("Sebagai pihak yang turun tangan di masa pemerintahan Presiden Joko Widodo, "
                    "Luhut telah berkoordinasi dengan pihak China.", res, published="2025-10-21")
    assert "Joko Widodo" not in {e.source.name for e in evs}


def test_securing_a_thing_is_a_seizure_not_an_arrest_and_a_camera_catches_no_one(res):
    text = "Polisi menangkap AR di Tasikmalaya. Polisi juga mengamankan plat nomor palsu itu."
    evs = [e for e in code_text(text, res, published="2025-10-19") if e.sentence_index == 1]
    assert [(e.cameo, e.target.sector) for e in evs] == [("1711", "CRM")]
    text = "Polisi menyelidiki kasus itu. Polisi mengamankan dua orang pelaku."
    evs = [e for e in code_text(text, res, published="2025-10-19") if e.sentence_index == 1]
    assert [e.cameo for e in evs] == ["173"]
    assert code_text("Polisi menyelidiki kasus itu. Korban tertangkap kamera CCTV berjalan.", res,
                     published="2025-10-19") == code_text("Polisi menyelidiki kasus itu.", res,
                                                          published="2025-10-19")


def test_an_operation_named_after_a_topic_word_is_a_noun(res):
    evs = code_text("Kemnaker buka suara soal Operasi Tangkap Tangan KPK terhadap Wamenaker.",
                    res, published="2025-08-21")
    assert all(e.source.sector != "GOV" for e in evs)
    evs = code_text("Empat anggota LSM terjaring Operasi Tangkap Tangan (OTT) polisi.", res,
                    published="2025-08-21")
    assert [(e.cameo, e.source.sector) for e in evs] == [("173", "COP")]


def test_roman_numerals_number_bodies_and_balinese_i_stays_in_names(res):
    evs = code_text("Ketua Komisi X DPR RI, Hetifah Sjaifudian, mendesak pemerintah mempercepat "
                    "pemulihan sekolah.", res, published="2025-12-01")
    assert [(e.source.name, e.source.code) for e in evs] == [
        ("Hetifah Sjaifudian", "IDNLEG")]
    names = [n for n, _ in found("Kasat Lantas Polrestabes Medan AKBP I Made Parwita "
                                 "membenarkan hal itu.", res)]
    assert "I Made Parwita" in names


def test_mendesak_as_urgent_is_no_demand(res):
    assert code_text("BPBD mencatat kebutuhan mendesak di ketiga lokasi.", res,
                     published="2025-12-01") == ()
    evs = code_text("BPBD mendesak pemerintah pusat mengirim bantuan.", res,
                    published="2025-12-01")
    assert [e.cameo for e in evs] == ["100"]


def test_a_relative_clause_with_a_speech_verb_quotes_nobody(res):
    text = ('Kabid Humas Polda Artanto hadir. "Kami mengapresiasi rekan-rekan mahasiswa yang '
            'menyampaikan aspirasi secara tertib.')
    evs = code_text(text, res, published="2025-09-01")
    assert [(e.source.name, e.target.sector) for e in evs] == [("Artanto", "EDU")]


def test_a_directive_being_followed_is_no_new_directive(res):
    assert code_text("Kegiatan itu diperbanyak sesuai dengan arahan Gubernur Jawa Tengah Ahmad "
                     "Luthfi.", res, published="2025-10-01") == ()
    evs = code_text("Presiden Prabowo memberikan arahan kepada para menteri di Istana.", res,
                    published="2025-10-01")
    assert [e.cameo_root for e in evs] == ["02"]


def test_a_quote_running_over_sentences_is_said_by_the_speaker_named_at_its_end(res):
    text = ('Menteri Dalam Negeri Tito Karnavian ditemui di kantornya. "Kami mendukung penuh '
            'rencana itu. Tentu kami sangat mengapresiasi Komisi II DPR," kata Ketua Fraksi '
            'PKS DPR Jazuli Juwaini.')
    evs = code_text(text, res, published="2025-10-20")
    assert [(e.cameo_root, e.source.name) for e in evs] == [("05", "Jazuli Juwaini")] * 2
    # a quote left open at the end of its paragraph is not followed into the next one
    evs = code_text('Tito Karnavian hadir.\n\n"Kami mendukung penuh rencana itu.\n\nAgus '
                    'Salim menolak," kata Jazuli.', res, published="2025-10-20")
    assert ("05", "Jazuli") not in [(e.cameo_root, e.source.name) for e in evs]


def test_katanya_after_a_quote_is_who_spoke_before_it_not_a_name_quoted_inside(res):
    text = ('Bupati Lahat Bursah Zarnubi meninjau lokasi banjir. "Saya sudah bertemu Agus '
            'Salim. Kami mendukung warga," katanya.')
    evs = code_text(text, res, published="2025-10-20")
    assert [(e.cameo_root, e.source.name) for e in evs if e.cameo_root == "05"] == [
        ("05", "Bursah Zarnubi")]


def test_kata_dia_after_a_quote_is_the_speaker_even_if_dia_last_named_a_suspect(res):
    text = ('Kapolres Lahat AKBP Novi Edyanto menjelaskan kasus itu. "Tersangka kabur ke '
            'Jambi. Kami mengapresiasi warga yang melapor," jelas dia.')
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.cameo_root == "05"]
    assert [e.source.name for e in evs] == ["Novi Edyanto"]


def test_a_demonstrative_subject_in_a_quote_is_not_the_speaker(res):
    for text in ('"Ini sangat mendukung perkembangan kawasan industri," kata Budi Santoso.',
                 '"Secara lebih luas, ini mendukung tujuan nasional," kata Budi Santoso.'):
        assert code_text(text, res, published="2025-10-20") == (), text


def test_a_law_enforcement_act_told_by_a_civilian_is_the_law_enforcers(res):
    text = ('Kejaksaan Negeri Majalengka memeriksa 39 saksi. "Tim juga menyita 318 dokumen '
            'sebagai barang bukti," ujar warga bernama Dedi Mulyadi.')
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.cameo_root == "17"]
    assert [e.source.sector for e in evs] == ["JUD"]
    # but a minister or a party official who sanctions or dismisses does it himself
    evs = code_text('"Menonaktifkan saudara Adies Kadir sebagai anggota DPR," kata Sekjen '
                    'Golkar Sarmuji.', res, published="2025-09-01")
    assert [e.source.name for e in evs if e.cameo_root == "17"] == ["Sarmuji"]


def test_who_tells_of_a_killing_or_how_it_was_done_did_not_do_it(res):
    text = ('"Faktanya, dengan membunuhi warga sipil, Israel melanggar hukum. Ini juga dengan '
            'mempertimbangkan keamanan," kata Hidayat Nur Wahid.')
    evs = code_text(text, res, published="2025-10-20")
    assert "Hidayat Nur Wahid" not in [e.source.name for e in evs if e.cameo_root in ("01", "18")]


def test_a_regional_office_is_named_by_its_field_and_region(res):
    name, code = found("Dinas Pariwisata, Pemuda, dan Olahraga Kabupaten Ngawi menggelar "
                       "lomba.", res)[0]
    assert (name.replace(" ,", ","), code) == (
        "Dinas Pariwisata, Pemuda, dan Olahraga Kabupaten Ngawi", "IDNGOV")
    assert found("Dinsos Kendal sudah mengingatkan desa-desa.", res)[0] == ("Dinsos Kendal",
                                                                           "IDNGOV")
    # the office's field is no person's name; the head named after it is the office's
    assert found("Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno menolak usulan itu.",
                 res)[0] == ("Sri Nowo Retno", "IDNGOV")
    assert found("Sekretaris Dinas Sosial Kendal, Safiah, mengatakan hal itu.", res)[0] == (
        "Safiah", "IDNGOV")


def test_the_kind_of_region_after_a_title_is_part_of_the_title(res):
    assert found("Ketua DPRD Kota Bogor, Adityawarman Adil mengingatkan warga.", res)[0] == (
        "Adityawarman Adil", "IDNLEG")


def test_a_unit_named_before_its_body_is_no_persons_name(res):
    cases = [("Direktur Jenderal Kesehatan Lanjutan Kementerian Kesehatan RI Azhar Jaya "
              "menyesalkan tindakan tersebut.", ("Azhar Jaya", "IDNGOV")),
             ("Dirjen Pelayanan dan Kepatuhan Kementerian HAM, Munafrizal Manan, mengatakan "
              "itu.", ("Munafrizal Manan", "IDNGOV")),
             ("Kepala Seksi Datun Kejari Bandar Lampung, Bambang Irawan, menegaskan hal itu.",
              ("Bambang Irawan", "IDNJUD")),
             ("Ketua Badan Anggaran (Banggar) DPR RI, Said Abdullah, menegaskan evaluasi itu.",
              ("Said Abdullah", "IDNLEG")),
             ("Kepala Satuan Tugas Koordinasi dan Supervisi KPK Wilayah V Dian Patria "
              "menyebutkan itu.", ("Dian Patria", "IDNJUD")),
             ("Kepala Kepolisian Daerah (Polda) Metro Jaya Irjen Asep Edi Suheri menolak itu.",
              ("Asep Edi Suheri", "IDNCOP"))]
    for text, want in cases:
        assert found(text, res)[0] == want, text
    # a name followed by "dan" and a body stays a name
    assert found("Wakil Ketua Komisi III DPR Ahmad Sahroni dan Polri bertemu.", res)[:2] == [
        ("Ahmad Sahroni", "IDNLEG"), ("Indonesian National Police (Polri)", "IDNCOP")]


def test_a_member_named_after_anggota_and_a_body_is_that_bodys(res):
    assert found("Hal itu diutarakan anggota Komisi II DPR RI Budi Santosa Wirya.", res)[0] == (
        "Budi Santosa Wirya", "IDNLEG")
    # a place after the body is no member's name
    assert ("Way Kanan", "IDNCOP") not in found("Ia menembak tiga anggota Polres Way Kanan.",
                                                 res)
    # the words of the title are no name of the person later ("Komisi X" is the commission)
    evs = code_text("Ketua Komisi X DPR Hetifah Sjaifudian hadir. Komisi X meminta Kemendikdasmen "
                    "mempercepat perbaikan sekolah.", res, published="2025-10-20")
    assert [(e.source.name, e.source.code) for e in evs if e.cameo_root == "02"] == [
        ("a numbered commission of a legislature (DPR or DPRD)", "IDNLEG")]


def test_a_section_head_takes_the_sector_of_the_story_law_enforcer(res):
    evs = code_text("Kejaksaan Agung memeriksa tiga saksi. Jaksa Agung Muda Intelijen bertemu "
                    "Kasi Dal Ops di bidang pidana khusus.", res, published="2025-10-20")
    assert [e.target.sector for e in evs if e.cameo_root == "04"] == ["JUD"]


def test_people_questioned_by_number_are_not_made_suspects_but_people_arrested_are(res):
    evs = code_text("KPK memeriksa empat orang di Gedung Merah Putih.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.target.sector) for e in evs] == [("09", "CVL")]
    evs = code_text("Polisi menangkap 14 orang di Jakarta.", res, published="2025-10-20")
    assert [(e.cameo_root, e.target.sector) for e in evs] == [("17", "CRM")]


def test_a_nominal_act_confirmed_or_read_out_by_someone(res):
    # a verdict read out by the judges is theirs
    evs = code_text("Vonis tersebut dibacakan Majelis Hakim Pengadilan Negeri Bandung pada Senin.",
                    res, published="2025-10-20")
    assert [(e.cameo_root, e.source.sector) for e in evs] == [("17", "JUD")]
    # an arrest confirmed by a neighbourhood head was the police's, not his
    evs = code_text("Densus 88 memeriksa rumah itu. Penangkapan itu dibenarkan oleh Kepala "
                    "Lingkungan II Kelurahan Pahang, Aziz.", res, published="2025-10-20")
    assert [(e.cameo_root, e.source.sector) for e in evs if e.sentence_index == 1] == [
        ("17", "COP")]


def test_aid_for_a_place_abroad_goes_to_that_states_government(res):
    evs = code_text("Menteri Luar Negeri Australia Penny Wong mengumumkan bantuan senilai 5 juta "
                    "dolar untuk program kesehatan di Nusa Tenggara Barat.", res,
                    published="2025-03-13")
    assert [(e.cameo_root, e.source.country, e.target.code) for e in evs] == [
        ("07", "AUS", "IDNGOV")]
    # a place in the donor's own country names no recipient abroad
    evs = code_text("Menteri Sosial Saifullah Yusuf menyalurkan bantuan untuk warga di Kupang.",
                    res, published="2025-03-13")
    assert [e.target.country for e in evs if e.cameo_root == "07"] == ["IDN"]


def test_an_attack_with_no_target_is_against_the_state_where_it_happened(res):
    text = ("KHARKIV - Serangan udara kembali terjadi pada Minggu (6/7) dini hari. Sebuah "
            "sekolah dihantam rudal yang ditembakkan oleh pasukan Rusia.")
    evs = code_text(text, res, published="2025-07-06")
    assert ("RUS", "UKR", "CVL") in [(e.source.country, e.target.country, e.target.sector)
                                    for e in evs if e.target]
    # told from Jakarta, a war abroad is not against Indonesia
    evs = code_text("Ketua MPR di Jakarta mengatakan pasukan Israel membunuhi warga sipil.", res,
                    published="2025-07-06")
    assert "IDN" not in [e.target.country for e in evs if e.target and e.source.country == "ISR"]


def test_langkah_itu_is_the_act_of_the_party_this_side_reacted_to(res):
    text = ("Jepang dan Korea Selatan mengecam sanksi yang dijatuhkan China terhadap perusahaan "
            "kedua negara. Kementerian Luar Negeri Jepang menyebut langkah itu ilegal.")
    evs = code_text(text, res, published="2025-07-19")
    assert [(e.source.country, e.target.country) for e in evs if e.sentence_index == 1] == [
        ("JPN", "CHN")]
    # a step by another party, told last, is that party's
    text = ("Amerika Serikat menjatuhkan sanksi terhadap perusahaan China. Kementerian "
            "Perdagangan China menyebut langkah itu ilegal.")
    evs = code_text(text, res, published="2025-07-19")
    assert [(e.source.country, e.target.country) for e in evs if e.sentence_index == 1] == [
        ("CHN", "USA")]


def test_dia_opening_a_sentence_is_the_person_the_last_one_opened_on(res):
    text = ("Sekjen Golkar Sarmuji menilai penggunaan Maung merupakan langkah yang tepat. Dia pun "
            "mengusulkan agar anggota DPR membeli mobil produksi dalam negeri.")
    evs = code_text(text, res, published="2025-10-21")
    assert [(e.cameo_root, e.source.name) for e in evs if e.sentence_index == 1] == [
        ("02", "Sarmuji")]
    # inside a quote tagged by a named speaker, "dia" is someone else than that speaker
    text = ('Kapolres Tasikmalaya AKBP Moch Faruk Rozi menjelaskan kasus sopir itu. "Dia belum '
            'terbuka, masih diperiksa," kata Faruk.')
    evs = code_text(text, res, published="2025-10-21")
    assert "Moch Faruk Rozi" not in [e.target.name for e in evs if e.target]


def test_a_sentence_introducing_a_list_codes_nothing(res):
    assert code_text("KPK memeriksa tiga saksi. Berikut daftar saksi yang diperiksa:", res,
                     published="2025-10-20")[1:] == ()
    # the same words without the colon are an act
    evs = code_text("Saksi yang diperiksa KPK adalah Budi.", res, published="2025-10-20")
    assert [e.cameo_root for e in evs] == ["09"]


def test_a_charge_before_trial_is_the_polices_not_the_courts_named_later(res):
    text = ("Polres Jember menangkap seorang pria penyebar hoaks. Kasusnya akan disidangkan di "
            "Pengadilan Negeri Jember. Saat ini, tersangka juga dikenakan Pasal 45A UU ITE.")
    evs = code_text(text, res, published="2025-10-20")
    assert [e.source.sector for e in evs if e.sentence_index == 2] == ["COP"]
    # with no one but the court in the story, the court it is
    text = ("Pengadilan Negeri Jember menggelar sidang. Terdakwa juga dikenakan Pasal 45A UU ITE.")
    evs = code_text(text, res, published="2025-10-20")
    assert [e.source.sector for e in evs if e.sentence_index == 1] == ["JUD"]


def test_a_reduplicated_plural_is_its_noun(res):
    assert found("Partai-partai selalu menolak sistem ini.", res) == [("party", "IDNPTY")]
    # an upper-case acronym doubled is its body too
    assert [c for _, c in found("Menteri akan memeriksa BUMN-BUMN besar.", res)][-1] == "IDNBUS"


def test_discussing_alone_is_no_meeting_but_with_a_partner_it_is(res):
    assert code_text("KPU hanya membahas keputusan itu secara internal.", res,
                     published="2025-09-17") == ()
    evs = code_text("KPU membahas keputusan itu dengan Komisi II DPR.", res,
                    published="2025-09-17")
    assert ("04", "IDNLEG") in [(e.cameo_root, e.target.code) for e in evs]


def test_visiting_the_office_of_a_body_is_visiting_the_body(res):
    evs = code_text("Menteri Keuangan menyambangi Kantor Kementerian Pekerjaan Umum.", res,
                    published="2025-10-17")
    assert [(e.cameo, e.target.name) for e in evs] == [("042", "Ministry of Public Works")]
    # a visit that names no one visited is none
    assert code_text("Jakarta dikunjungi jutaan orang setiap hari.", res,
                     published="2025-10-17") == ()


def test_a_fronted_kepada_phrase_is_addressed_never_the_subject(res):
    evs = code_text("Kepada KPU, Komisi II DPR meminta agar jadwal pemilu dikaji ulang.", res,
                    published="2025-10-20")
    assert [(e.source.code, e.target.code) for e in evs] == [("IDNLEG", "IDNGOV")]
    evs = code_text("Kepada para siswa, Presiden Prabowo berpesan untuk terus belajar.", res,
                    published="2025-10-20")
    assert [(e.source.name, e.target.sector) for e in evs] == [("Prabowo Subianto", "EDU")]


def test_a_prosecutors_demand_is_a_prosecution_not_a_political_demand(res):
    evs = code_text("Jaksa Penuntut Umum Kejari Semarang menuntut lima terdakwa dengan hukuman "
                    "tiga bulan penjara.", res, published="2025-10-20")
    assert [e.cameo for e in evs] == ["173"]
    evs = code_text("Mahasiswa menuntut DPR membatalkan kenaikan tunjangan.", res,
                    published="2025-10-20")
    assert [e.cameo_root for e in evs] == ["10"]


def test_a_meeting_told_as_the_setting_of_what_is_said_is_the_speakers(res):
    evs = code_text('"Inflasi terkendali," kata Gubernur BI Perry Warjiyo saat rapat kerja dengan '
                    'DPD RI.', res, published="2025-10-20")
    assert ("040", "Perry Warjiyo", "IDNLEG") in [(e.cameo, e.source.name, e.target.code)
                                                  for e in evs]
    evs = code_text("Dalam audiensi dengan DPR, mahasiswa menegaskan perlunya status khusus.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.sector, e.target.code) for e in evs] == [
        ("04", "EDU", "IDNLEG")]
    # with no partner named the setting is no meeting of the speaker's
    assert code_text('"Inflasi terkendali," kata Perry Warjiyo saat rapat internal.', res,
                     published="2025-10-20") == ()


def test_long_since_is_no_clause_break_and_dari_names_who_objects(res):
    evs = code_text("Presiden Donald Trump yang sejak lama mendesak pemangkasan suku bunga hadir.",
                    res, published="2025-10-20")
    assert [(e.cameo_root, e.source.name) for e in evs] == [("10", "Donald Trump")]
    evs = code_text("Setelah banyaknya penolakan dari masyarakat, Presiden Prabowo menahan "
                    "kenaikan pajak.", res, published="2025-10-20")
    assert [(e.cameo_root, e.source.sector) for e in evs if e.cameo_root == "12"] == [
        ("12", "CVL")]


def test_ones_own_stance_voiced_is_ones_act(res):
    evs = code_text("Anggota Komisi V DPR Adian Napitupulu menegaskan dukungannya terhadap "
                    "keputusan Menteri Keuangan.", res, published="2025-10-20")
    assert [(e.cameo_root, e.source.name) for e in evs] == [("05", "Adian Napitupulu")]
    # a court granting someone's lawsuit does not sue
    evs = code_text("MK mengabulkan sebagian gugatannya terkait Pasal 28.", res,
                    published="2025-10-20")
    assert "JUD" not in [e.source.sector for e in evs if e.cameo_root == "11"]


def _roles(text, res):
    return [(e.cameo, e.source.name, e.target.name if e.target else None)
            for e in code_text(text, res, published="2025-10-20")]


def test_a_meeting_with_bersama_told_as_the_setting_is_the_speakers(res):
    got = _roles('"Namanya Nusantara," kata Menteri PPN Suharso Monoarfa saat rapat bersama '
                 'Komisi II DPR.', res)
    assert [(c, s) for c, s, _ in got] == [("040", "Suharso Monoarfa")]
    # "rapat koordinasi dengan X": a word between the meeting and its partner
    got = _roles("Menteri Sosial Saifullah Yusuf menggelar rapat koordinasi dengan Kementerian "
                 "Dalam Negeri.", res)
    assert [(c, s) for c, s, _ in got] == [("040", "Saifullah Yusuf")]


def test_speech_told_in_the_passive_names_its_speaker(res):
    got = _roles("Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar. Hal tersebut diungkapkan "
                 "olehnya usai bertemu dengan Menteri Pertanian Andi Amran Sulaiman.", res)
    assert ("040", "Ahmad Luthfi", "Andi Amran Sulaiman") in got
    got = _roles("Hal itu disampaikan oleh Kapolri Listyo Sigit Prabowo saat rapat bersama "
                 "Komisi III DPR.", res)
    assert [(c, s) for c, s, _ in got] == [("040", "Listyo Sigit Prabowo")]


def test_receiving_an_audience_meets_the_visitors(res):
    got = _roles('"Kami akan mempelajari usulan itu," kata Wakil Ketua DPR Adies Kadir setelah '
                 'menerima audiensi Muhammadiyah.', res)
    assert [(c, s, t) for c, s, t in got if c == "040"] == [
        ("040", "Muhammadiyah", "Adies Kadir")]


def test_thanks_opening_a_quote_are_the_speakers_but_bare_thanks_are_courtesy(res):
    got = _roles('"Terima kasih kepada Kapolri atas perhatiannya," kata Bupati Garut.', res)
    assert [(c, t) for c, _, t in got] == [
        ("051", "Chief of the Indonesian National Police (Kapolri)")]
    assert _roles('"Terima kasih," kata Bupati Garut.', res) == []


def test_what_someone_could_do_is_no_act(res):
    assert _roles("Masyarakat bisa melaporkan Bupati Bogor ke Polda Jawa Barat.", res) == []
    assert _roles("DPRD dan gubernur bisa membahas masalah ini.", res) == []
    # a noun after "dapat" is received, not a possibility
    assert [c for c, _, _ in _roles("Warga mendapat bantuan dari Kementerian Sosial.", res)] \
        == ["070"]


def test_a_pattern_that_must_name_its_target_takes_no_filled_in_suspect(res):
    assert _roles("Polisi mencopot stiker strobo dari mobil dinas itu sebagai jabatan.", res) == []
    got = _roles("DKPP memutuskan mencopot Adi Susanto dari jabatan Ketua KPU Labuhanbatu "
                 "Utara.", res)
    assert [(c, t) for c, _, t in got] == [("172", "Adi Susanto")]


def test_a_complaint_against_a_named_party_for_an_alleged_offence(res):
    got = _roles("Ridwan Kamil melaporkan Lisa Mariana atas dugaan pencemaran nama baik.", res)
    assert [(c, s, t) for c, s, t in got] == [("115", "Ridwan Kamil", "Lisa Mariana")]
    # reporting a wrongdoing to the police still accuses through the police route
    got = _roles("Warga desa melaporkan dugaan penyelewengan itu ke Kejaksaan Negeri Medan.", res)
    assert [c for c, _, _ in got] == ["115"]


def test_an_arrival_is_a_visit_only_to_another_state(res):
    assert [(c, t) for c, _, t in _roles("Menteri Luar Negeri Jepang tiba di Jakarta.", res)] \
        == [("042", "Jakarta")]
    # ministers arriving at their own palace visit no one
    assert _roles("Para menteri telah tiba di Istana Negara.", res) == []


def test_the_parties_between_may_carry_a_quantifier_or_former(res):
    got = _roles("Pertemuan antara Presiden Prabowo Subianto dan mantan Presiden Joko Widodo "
                 "berlangsung tertutup.", res)
    assert {(s, t) for _, s, t in got} >= {("Prabowo Subianto", "Joko Widodo")}


def test_criticism_in_the_passive_with_no_critic_named_is_by_the_targets_country(res):
    got = [(e.cameo, e.source.code, e.target.name) for e in code_text(
        "Presiden Peru Dina Boluarte dicopot Kongres. Boluarte telah ramai dikritik karena "
        "gagal membendung gelombang kejahatan.", res, published="2025-10-20")]
    assert ("111", "PER", "Dina Boluarte") in got
    # a thing criticised is no one's target: nothing
    assert code_text("Kebijakan itu dikritik.", res, published="2025-10-20") == ()


def test_not_hesitating_to_act_is_a_resolve_not_a_negation(res):
    got = [e.cameo for e in code_text("Kapolri tidak akan segan-segan memecat anggota yang "
                                      "terlibat.", res, published="2025-10-20")]
    assert [c[:2] for c in got] == ["13"]
    assert code_text("Kapolri tidak memecat anggota itu.", res, published="2025-10-20") == ()


def test_an_expulsion_with_no_agent_named_is_not_the_polices(res):
    text = ("Polres Denpasar memeriksa kasus itu. Mahasiswa berinisial TS dikeluarkan dari "
            "kampus oleh Universitas Udayana. Dua mahasiswa lain dikeluarkan dari kampus.")
    got = [(e.sentence_index, e.source.sector) for e in code_text(text, res,
                                                                  published="2025-10-20")]
    assert (1, "EDU") in got and not [s for i, s in got if i == 2]


def test_the_owner_of_a_thing_acted_on_is_the_target(res):
    got = _roles("Pemerintah mencabut empat IUP milik perusahaan tambang nikel.", res)
    assert [(c, t) for c, _, t in got] == [("172", "company / companies")]


def test_a_crowd_counted_in_millions_and_a_policy_head_before_the_act(res):
    got = [(e.cameo, e.source.sector) for e in code_text(
        "Sekitar tujuh juta orang mengikuti demo di berbagai kota di AS.", res,
        published="2025-10-20")]
    assert got == [("141", "CVL")]
    got = [(e.cameo, e.source.sector) for e in code_text(
        "Pemkot Surabaya menerapkan kebijakan pembatasan jam malam bagi anak.", res,
        published="2025-10-20")]
    assert got == [("1723", "GOV")]


def test_wishing_to_ask_is_asking(res):
    got = _roles('"Saya ingin meminta kesediaan Pak Teddy untuk hadir," kata Ketua Komisi I DPR '
                 'Utut Adianto.', res)
    assert [(c, s) for c, s, _ in got] == [("020", "Utut Adianto")]
    # a wish further back is of another verb
    assert _roles("Menteri itu tak ingin memberatkan negara dengan meminta tambahan anggaran.",
                  res) == []


def test_not_only_asserts_the_act(res):
    got = [e.cameo for e in code_text("Polisi tidak hanya menangkap pelaku, tetapi juga menyita "
                                      "barang bukti.", res, published="2025-10-20")]
    assert "173" in got


def test_a_balinese_name_after_a_title_and_a_comma_is_the_office_holder(res):
    assert found("Wali Kota Denpasar, I Gusti Ngurah Jaya Negara, mengecam aksi itu.", res)[0] \
        == ("I Gusti Ngurah Jaya Negara", "IDNGOV")


def test_a_name_selaku_a_title_holds_that_office(res):
    assert ("Adi Susanto", "IDNGOV") in found(
        "DKPP memeriksa teradu Adi Susanto selaku Ketua KPU Labuhanbatu Utara.", res)


def test_two_domestic_parties_meeting_meet_each_other(res):
    got = _roles("Menteri Keuangan Purbaya Yudhi Sadewa dan Gubernur BI Perry Warjiyo bertemu.",
                 res)
    assert {frozenset((s, t)) for _, s, t in got} == {
        frozenset(("Perry Warjiyo", "Purbaya Yudhi Sadewa"))}  # (not each with no one)


def test_a_bare_request_opening_a_quote_is_the_speakers(res):
    got = _roles('"Minta Polri segera menangkap pelaku," kata Ketua RT Hendra Wijaya.', res)
    assert [(c, s, t) for c, s, t in got] == [
        ("020", "Hendra Wijaya", "Indonesian National Police (Polri)")]


def test_an_agent_counted_after_a_passive_verb_and_bullying(res):
    got = [(e.cameo, e.source.sector) for e in code_text(
        "Seorang siswa SMP dirundung lima siswa lainnya hingga babak belur.", res,
        published="2025-10-20")]
    assert got == [("180", "EDU")]


def test_a_removed_president_is_an_elite_after_the_removal(res):
    got = [(e.cameo, e.target.code) for e in code_text(
        "Kongres Peru memakzulkan Presiden Dina Boluarte.", res, published="2025-10-20")]
    assert got == [("172", "PERELI")]


def test_an_act_noun_with_its_object_then_oleh_its_agent(res):
    got = _roles("Publik menyoroti penangkapan Hendra Wijaya oleh KPK pekan lalu.", res)
    assert [(c, s, t) for c, s, t in got if c == "173"] == [
        ("173", "Corruption Eradication Commission (KPK)", "Hendra Wijaya")]


def test_the_partner_joined_to_the_subject_by_bersama_of_a_reciprocal_act(res):
    got = _roles("BPJS Kesehatan bersama Kemenko PMK akan segera membahas tunggakan iuran.", res)
    assert [(c[:2], {s, t}) for c, s, t in got] == [("03", {
        "Coordinating Ministry for Human Development and Culture",
        "Social Security Agency for Health (BPJS Kesehatan)"})]


def test_ujarnya_is_the_one_the_last_sentence_opened_on_not_a_name_inside_it(res):
    text = ("Menurut pengamat politik Budi Santoso, program itu sejalan dengan visi Presiden "
            "Prabowo Subianto.\n\"Inovasi itu menunjukkan keseriusan Polri,\" ujarnya.")
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.sentence_index == 1]
    assert [(e.cameo, e.source.actor_id) for e in evs] == [("051", "ag-pengamat")]


def test_companies_and_a_captain_s_title(res):
    assert found("Korlantas Polri bekerja sama dengan Google.", res)[-1][1] == "USABUS"
    assert found("AirNav Indonesia mengirimkan bantuan.", res) == [
        ("AirNav Indonesia (state air navigation company)", "IDNBUS")]  # (not the state)
    from peristiwa.text.sentences import split_sentences
    text = "Direktur Utama AirNav Indonesia, Capt. Budi Santoso mengatakan bantuan tiba."
    assert len(split_sentences(text, res.word_set("abbreviations"))) == 1


def test_negation_reaches_past_the_doers_pronoun_and_into_none_who(res):
    # "belum dia kembalikan": object voice with the doer's pronoun between negator and verb
    evs = code_text("Kepala Dinas menyebut uang negara itu belum dia kembalikan ke Pemkot Bandung.",
                    res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "08"]
    # "tidak ada satu pun ASN ... yang dipanggil KPK": an act said of no one
    evs = code_text("Hal ini penting agar tidak ada satu pun ASN di lingkungan MPR yang dipanggil "
                    "KPK.", res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "09"]
    evs = code_text("Ada tiga ASN di lingkungan MPR yang dipanggil KPK.", res,
                    published="2025-10-20")
    assert [e.cameo_root for e in evs] == ["09"]


def test_initials_after_berinisial_are_a_person_in_the_role_named_before(res):
    text = ("Suci melaporkan seorang selebgram berinisial AL ke Polda Sumsel. Polisi kemudian "
            "memeriksa AL.")
    evs = code_text(text, res, published="2025-10-20")
    assert [(e.sentence_index, e.cameo_root, e.target.name) for e in evs] == [
        (0, "11", "AL"), (1, "09", "AL")]
    text = "ASN berinsial BA itu berkoordinasi dengan Pemkab OKI."  # (a common typo)
    evs = code_text(text, res, published="2025-10-20")
    assert {(e.source.name, e.source.sector) for e in evs} >= {("BA", "GOV")}
    # one known by initials is talked about, not quoted: "ujarnya" is the officer
    text = ("Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi menyebut sopir berinisial AR "
            "diamankan. \"Dia sudah meminta maaf kepada masyarakat,\" ujarnya.")
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.sentence_index == 1]
    assert all(e.source.name != "AR" or e.cameo_root == "05" for e in evs)


def test_a_passive_after_an_object_is_said_of_the_clause_subject(res):
    text = ("Jurnalis berinisial HM dilaporkan oleh seorang ibu berinisial FH. HM diduga telah "
            "mencemarkan nama baik FH di media sosial hingga ditetapkan tersangka oleh Polda "
            "Sulteng.")
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.cameo_root == "17"]
    assert [e.target.name for e in evs] == ["HM"]
    # but a clause of time after the object may be about the object
    text = "Hakim membatalkan status tersangka HM setelah sempat dilaporkan ke polisi oleh FH."
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.cameo_root == "11"]
    assert [e.target.name for e in evs] != ["judge"]


def test_the_parties_of_a_signing_between_two_named_sides_further_on(res):
    text = ("Jaksa Agung Muda Intelijen menghadiri acara penandatanganan nota kesepahaman dan "
            "komitmen bersama antara Kepala Kejaksaan Negeri dengan bupati se-Bali.")
    evs = code_text(text, res, published="2025-09-12")
    assert {(e.cameo, e.source.sector, e.target.sector) for e in evs} == {
        ("057", "JUD", "GOV"), ("057", "GOV", "JUD")}


def test_scheduling_an_act_is_its_plan_and_an_examination_scheduled_is_reported(res):
    evs = code_text("KPK menjadwalkan pemeriksaan terhadap saksi kasus kuota haji.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.sector) for e in evs] == [("091", "JUD")]
    evs = code_text("Menlu Sugiono menjadwalkan pertemuan dengan Menlu Rusia Sergei Lavrov.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.target.country) for e in evs] == [("036", "RUS")]


def test_one_questioned_as_a_witness_is_no_suspect(res):
    evs = code_text("KPK memeriksa Budi Hermawan sebagai saksi dalam kasus suap.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.target.sector) for e in evs] == [("091", "CVL")]
    evs = code_text("KPK memeriksa Budi Hermawan dalam kasus suap.", res, published="2025-10-20")
    assert [(e.cameo, e.target.sector) for e in evs] == [("091", "CRM")]


def test_ministries_and_agencies_together_are_the_government(res):
    assert found("Presiden memanggil kementerian dan lembaga terkait.", res)[-1] == (
        "ministries and agencies (K/L)", "IDNGOV")


def test_the_secretariat_general_of_the_mpr_is_no_general(res):
    assert found("Pegawai di Sekretariat Jenderal MPR diminta waspada.", res)[-1] == (
        "Secretariat General of the MPR (Setjen MPR)", "IDNLEG")


def test_who_has_the_power_to_act_has_not_acted(res):
    evs = code_text("Dian mengatakan yang berwenang mencabut izin tambang itu ada di BKPM.", res,
                    published="2025-06-10")
    assert [e for e in evs if e.cameo_root == "17"] == []
    evs = code_text("Pemerintah mencabut izin tambang itu.", res, published="2025-06-10")
    assert [e.cameo_root for e in evs] == ["17"]


def test_ujarnya_points_to_the_last_one_named_speaking_or_opened_on(res):
    # the one named speaking two sentences back, over a name met in between
    text = ("\"Kami sudah menyita 12 aset,\" kata Kabid Humas Polda Riau Kombes Anom Karibianto. "
            "Aset itu milik Direktur Utama PT Sinar, Budi Santoso. "
            "\"Kami juga memblokir rekening perusahaan,\" tuturnya.")
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.sentence_index == 2]
    assert {e.source.sector for e in evs} == {"COP"}
    # a later sentence that opens on someone else hands "ujarnya" to them
    text = ("\"Ancaman pidananya 15 tahun,\" imbuh Kasat Reskrim AKP Budi Adi. "
            "Sementara itu, Rektor Universitas Sulbar Ahmad Yani meminta maaf atas kegaduhan. "
            "\"Kami memohon maaf kepada masyarakat,\" ujarnya.")
    evs = [e for e in code_text(text, res, published="2025-10-20") if e.sentence_index == 2]
    assert {e.source.sector for e in evs} == {"EDU"}


def test_guards_from_a_silver_audit(res):
    # a cooperation agreement signed is one act (057), not a second cooperation (060)
    evs = code_text("Kodam V/Brawijaya dan Kejati Jatim menandatangani perjanjian kerja sama.",
                    res, published="2025-10-20")
    assert {e.cameo_root for e in evs} == {"05"}
    # the charges ("pasal yang didakwakan") are no new charge
    assert code_text("Hakim menilai pasal yang didakwakan itu tidak tepat.", res,
                     published="2025-10-20") == () or all(
        e.cameo_root != "17" for e in code_text("Hakim menilai pasal yang didakwakan itu "
                                                "tidak tepat.", res, published="2025-10-20"))
    # a victim calling back a scam number is no consultation
    assert code_text("Ketika korban menelepon balik, tagihan akan melonjak.", res,
                     published="2025-10-20") == ()


def test_a_rank_both_forces_use_after_a_police_body_is_police(res):
    assert found("Irwasum Polri Brigjen Hadi Utomo memeriksa Polda Babel.", res)[1][1] == \
        "IDNCOP"
    assert found("Danrem Brigjen Hadi Utomo memeriksa pasukan.", res)[-1][1] == "IDNMIL"


def test_all_walks_of_life_are_the_public(res):
    assert found("Kapolres menyampaikan imbauan kepada semua kalangan.", res)[-1] == (
        "the public / the people", "IDNCVL")


def test_a_permit_revoked_with_no_agent_named_was_revoked_by_the_government(res):
    text = ("KPK menyoroti izin tambang di Raja Ampat. Pemerintah sudah menerima laporan itu. "
            "Empat perusahaan itu dicabut IUP-nya karena berbagai hal.")
    evs = [e for e in code_text(text, res, published="2025-06-10") if e.sentence_index == 2]
    assert [(e.cameo, e.source.sector, e.target.sector) for e in evs] == [("172", "GOV", "BUS")]


def test_military_after_an_act_is_an_adjective(res):
    assert found("Pyongyang mengancam akan mengambil tindakan militer.", res) == [
        ("Pyongyang (North Korean government)", "PRKGOV")]
    assert found("Pyongyang mengecam militer Korea Selatan.", res)[-1][1] == "KORMIL"


def test_pt_after_a_court_word_is_the_high_court(res):
    assert found("Hakim PT Jakarta menguatkan putusan itu.", res)[0][1] == "IDNJUD"
    assert found("Direktur PT Sinar Jaya ditangkap.", res)[0][1] != "IDNJUD"


def test_a_visit_welcomed_and_a_body_after_di_is_where_not_who(res):
    evs = code_text("Purbaya tiba pukul 16.43 WIB dan disambut oleh Menteri PU Doddy Hanggodo.",
                    res, published="2025-10-17")
    assert [(e.cameo, e.source.name, e.target.name) for e in evs] == [
        ("043", "Doddy Hanggodo", "Purbaya Yudhi Sadewa")]
    evs = code_text("Mahasiswi bernama Sahara datang ke Polresta Malang Kota untuk melaporkan "
                    "Imam Muslimin atas dugaan pencemaran nama baik.", res, published="2025-10-17")
    assert [(e.cameo_root, e.source.name) for e in evs] == [("11", "Sahara")]
    # "kami di Komisi III": the speaker's own body
    evs = code_text("\"Kami di Komisi III mengapresiasi ketegasan Presiden,\" kata Rano.", res,
                    published="2025-10-17")
    assert {e.source.sector for e in evs} == {"LEG"}


def test_jika_after_a_verb_of_saying_is_that_not_if(res):
    evs = code_text("Rifiq menjelaskan jika Adi telah mengembalikan uang itu kepada Pemkot Medan.",
                    res, published="2025-10-17")
    assert [e.cameo_root for e in evs] == ["08"]
    assert code_text("Jika Adi mengembalikan uang itu kepada Pemkot Medan, kasusnya selesai.", res,
                     published="2025-10-17") == ()


def test_deputy_directors_and_activists_are_titles(res):
    assert found("Wadirreskrimsus Polda Riau AKBP Bhakti Eri memberikan keterangan.", res)[0][1] \
        == "IDNCOP"
    assert found("Penggiat media sosial asal Rusia, Sergei, diculik.", res)[0][1] == "RUSCVL"


def test_programme_and_command_names_are_no_persons(res):
    assert "MBG" not in [n for n, _ in found("Ia menyarankan agar menu MBG disesuaikan.", res)]
    assert found("Pangdam V Brawijaya meninjau lokasi.", res)[-1][0] != "Brawijaya"
    assert found("Kepada Kampus Udayana, kami meminta kejelasan.", res)[0][1] == "IDNEDU"


def test_an_act_within_an_event_told_before_takes_its_day(res):
    text = ("Tim kejaksaan menggeledah kantor Diskominfo Sleman pada Kamis (24/7/2025). "
            "Bupati Sleman mendukung proses hukum itu, kata Harda, Jumat (25/7/2025). "
            "Adapun dari penggeledahan itu tim kejaksaan menyita puluhan dokumen.")
    evs = [e for e in code_text(text, res, published="2025-07-25") if e.sentence_index == 2]
    assert [(e.cameo, e.date.value.isoformat(), e.date.source) for e in evs] == [
        ("1711", "2025-07-24", "linked")]


def test_an_act_named_again_without_its_object_was_done_to_the_same(res):
    text = ("Kejaksaan Tinggi DIY menggeledah Kantor Dinas Pendidikan Sleman pada Kamis (24/7). "
            "Penggeledahan tersebut dilakukan berdasarkan surat perintah kepala kejaksaan.")
    evs = [e for e in code_text(text, res, published="2025-07-25") if e.sentence_index == 1]
    assert [(e.cameo, e.target.code) for e in evs] == [("171", "IDNGOV")]
    # a verb without its object still has the unnamed suspect: the rule is for the noun
    text = ("Kejaksaan Tinggi DIY menggeledah Kantor Dinas Pendidikan Sleman pada Kamis (24/7). "
            "Pekan ini penyidik kembali menggeledah.")
    evs = [e for e in code_text(text, res, published="2025-07-25") if e.sentence_index == 1]
    assert [e.target.name for e in evs] == ["(unnamed suspect)"]


def test_a_country_joined_to_a_foreign_group_is_that_group_of_its_own(res):
    assert [c for _, c in found("Tentara India dan Pakistan baku tembak.", res)] == [
        "INDMIL", "PAKMIL"]
    # one person's title is not shared: China stays the state
    assert found("Menlu Rusia dan China bertemu.", res)[1] == ("China", "CHN")


def test_a_group_noun_with_a_modifier_takes_the_country_after_it(res):
    assert [c for _, c in found("Buruh pelabuhan Australia memulai aksi mogok.", res)] == [
        "AUSLAB"]
    assert [c for _, c in found("Tahanan politik Palestina melakukan mogok makan.", res)] == [
        "PSECVL"]


def test_a_licence_abbreviation_before_its_holder_is_passed_over(res):
    evs = code_text("Bahlil mencabut IUP empat perusahaan itu.", res, published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("172", "IDNBUS")]


def test_a_passive_in_a_relative_clause_is_said_of_its_head(res):
    evs = code_text("Vietnam menyerahkan 45 nelayan Indonesia yang sebelumnya ditangkap polisi.",
                    res, published="2025-06-10")
    assert ("173", "IDNAGR") in [(e.cameo, e.target.code) for e in evs]


def test_what_a_case_is_about_is_no_subject(res):
    text = ("Terdakwa kasus penghinaan terkait tudingan ijazah palsu Joko Widodo, Budi Santoso, "
            "mengajukan banding ke Pengadilan Tinggi.")
    assert {e.source.name for e in code_text(text, res, published="2025-06-10")} == {
        "Budi Santoso"}
    text = ("Budi Santoso, terpidana kasus penghinaan terkait tudingan ijazah palsu Joko Widodo, "
            "mengajukan banding ke Pengadilan Tinggi.")
    assert "Joko Widodo" not in {e.source.name
                                 for e in code_text(text, res, published="2025-06-10")}
    # with nobody else before it, the case's own is the one it is done to
    evs = code_text("Kasus guru Mansur itu diusut Polda Sulteng.", res, published="2025-06-10")
    assert [e.target.name for e in evs] == ["Mansur"]


def test_a_clause_after_a_passive_is_said_of_the_one_it_was_done_to(res):
    evs = code_text("Seorang turis Kanada ditangkap polisi setelah melukai petugas bandara.",
                    res, published="2025-06-10")
    assert ("182", "CANCVL") in [(e.cameo, e.source.code) for e in evs]
    assert ("173", "CANCVL") in [(e.cameo, e.target.code) for e in evs]


def test_a_quote_tagged_by_a_title_with_itu_is_the_one_named_before(res):
    text = ("Yuke Yurike mengatakan hal itu kepada wartawan. \"Kami mendorong Pemprov segera "
            "bekerja sama dengan BRIN,\" kata Ketua DPC PDIP Jaksel itu.")
    evs = [e for e in code_text(text, res, published="2025-06-10") if e.cameo == "020"]
    assert [(e.source.name, e.source.code) for e in evs] == [("Yuke Yurike", "IDNPTY")]


def test_a_posts_field_and_a_degree_stand_between_a_title_and_its_holder(res):
    assert found("Wakil Rektor Bidang Akademik Prof Ir Arthur Pinaria menyambut Eddy.",
                 res)[0] == ("Arthur Pinaria", "IDNEDU")
    assert found("Deputi Bidang Sosial, Budaya, dan Pemberdayaan Masyarakat Kemenko PMK, "
                 "Alimuddin, menyerahkan bantuan.", res)[0][1] == "IDNGOV"
    assert found("Direktur Utama BPJS Kesehatan Prof Ali Ghufron Mukti hadir.", res)[0] == (
        "Ali Ghufron Mukti", "IDNGOV")


def test_state_schools_police_units_and_documents(res):
    assert found("SDN Gadis Cisaat mendesak evaluasi.", res)[0][1] == "IDNEDU"
    assert found("Dua orang diperiksa Unit PPA Polres Ciamis.", res)[-1][1] == "IDNCOP"
    assert found("Pergub itu belum terbit.", res) == []


def test_an_arrest_dated_by_saat_akan_is_made_and_a_likened_name_is_no_actor(res):
    evs = code_text("Kamal dilumpuhkan polisi karena melawan saat akan ditangkap di Bitung.", res,
                    published="2025-06-10")
    assert "173" in [e.cameo for e in evs] and "137" not in [e.cameo for e in evs]
    assert "Don Juan" not in [n for n, _ in found("Ia bertingkah bak Don Juan di kantor.", res)]


def test_an_attack_attempted_is_coded_as_the_attack(res):
    evs = code_text("Para pelaku berusaha menganiaya petugas di lokasi kejadian.", res,
                    published="2025-06-10")
    assert [e.cameo for e in evs] == ["182"]
    # a cooperative act attempted stays an intent
    evs = code_text("Pemerintah berupaya membantu korban banjir.", res, published="2025-06-10")
    assert [e.cameo_root for e in evs] == ["03"]


def test_members_a_body_is_made_of_are_no_subjects_beside_it(res):
    evs = code_text("Koalisi masyarakat sipil yang terdiri dari KontraS dan YLBHI bertemu dengan "
                    "Ketua DPR.", res, published="2025-06-10")
    assert {e.source.name for e in evs if e.cameo_root == "04"} <= {
        "civil society coalition", "Speaker of the DPR"}


def test_a_nominal_act_for_someone_done_by_a_body_named_after_oleh(res):
    evs = code_text("Hukuman mati untuk Ahmad telah dikuatkan oleh Mahkamah Agung Saudi.", res,
                    published="2025-06-10")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("17", "SAUJUD")]
    evs = code_text("Penyitaan dilakukan oleh tim dari Kejati Jatim.", res, published="2025-06-10")
    assert [e.source.name for e in evs] == ["High Prosecutor's Office (Kejati, prefix)"]


def test_a_nominal_act_is_dated_by_the_day_named_after_its_verb(res):
    evs = code_text("Surat pemanggilan kepada Budi hari ini telah dilayangkan penyidik sejak "
                    "Jumat (17/10).", res, published="2025-10-20")
    assert [(e.cameo_root, e.date.value.isoformat()) for e in evs] == [("09", "2025-10-17")]


def test_sekolah_rakyat_and_danone_are_known_bodies(res):
    assert found("Mensos mengunjungi Sekolah Rakyat di Bekasi.", res)[-1][1] == "IDNEDU"
    assert found("Danone Indonesia menandatangani nota kesepahaman.", res) == [
        ("Danone Indonesia", "IDNBUS")]


def test_a_question_states_no_appeal(res):
    assert not code_text("Apakah pemerintah meminta KPK mengusut kasus itu?", res,
                         published="2025-06-10")
    assert [e.cameo_root for e in code_text("Pemerintah meminta KPK mengusut kasus itu.", res,
                                            published="2025-06-10")] == ["02"]


def test_nanti_before_an_act_makes_it_a_plan(res):
    evs = code_text("Kemensos nanti bekerja sama dengan Pemkab Karawang.", res,
                    published="2025-06-10")
    assert [e.cameo_root for e in evs if e.source.code == "IDNGOV"][:1] == ["03"]


def test_whose_demands_past_an_adjective(res):
    evs = code_text("Ada tiga tuntutan utama dari warga kepada pemerintah daerah.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("100", "IDNCVL", "IDNGOV")]


def test_force_done_to_the_one_who_tells_it(res):
    evs = code_text("Warga Rusia, Sergei Ivanov, menyebut lima orang tak dikenal menculik dan "
                    "menganiayanya.", res, published="2025-06-10")
    assert ("182", "Sergei Ivanov") in [(e.cameo, e.target.name if e.target else None) for e in evs]


def test_an_embassy_at_a_foreign_place_is_the_home_countrys(res):
    assert found("BP3MI meminta Kedutaan Besar di Arab Saudi membantu pemulangan.",
                 res)[1] == ("embassy / consulate", "IDNGOV")
    assert found("Kedutaan Besar Jepang memberikan keterangan.", res)[0][1] == "JPNGOV"


def test_a_plan_word_carries_over_a_verb_coordinated_with_the_planned_one(res):
    evs = code_text("Kemnaker akan memberikan pendampingan dan berkoordinasi dengan Pemprov "
                    "Jawa Barat.", res, published="2025-06-10")
    assert [e.cameo for e in evs if e.rule == "04.koordinasi"][:1] == ["036"]
    # ... over the first act's object, but not past a negation nor to an attack attempted
    evs = code_text("Polisi akan memeriksa saksi dan menangkap pelaku.", res,
                    published="2025-06-10")
    assert [e.cameo for e in evs if e.rule == "17.tangkap"] == ["137"]
    evs = code_text("Presiden tidak akan menghadiri KTT dan bertemu Putin.", res,
                    published="2025-06-10")
    assert all(e.cameo != "036" for e in evs)


def test_a_bare_trigger_noun_with_its_possessive_nya_still_triggers(res):
    evs = code_text("Menteri Sosial menyampaikan apresiasinya kepada Polri.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("051", "IDNGOV", "IDNCOP")]
    # ... unless the pattern excludes the bare form ("pasti" is no assurance)
    evs = code_text("Pengaduan warga pastinya akan ditelaah dulu oleh KPK.", res,
                    published="2025-06-10")
    assert all(not e.cameo.startswith("03") for e in evs)


def test_a_verb_coordinated_inside_an_appeals_content_is_asked_for_not_done(res):
    evs = code_text("Menteri mengimbau kepada seluruh pemerintah daerah agar bersinergi dan "
                    "berkolaborasi dengan TNI.", res, published="2025-06-10")
    assert [e.cameo_root for e in evs] == ["02"]
    # ... but a verb coordinated with the appeal itself is a new act of its subject
    evs = code_text("Menteri meminta Polri menangkap pelaku dan mengecam aksi itu.", res,
                    published="2025-06-10")
    assert [e.cameo_root for e in evs] == ["02", "11"]


def test_a_title_keeps_its_name_past_a_bracketed_short_form_and_a_faction(res):
    # the body's short form in several words, then the name after a comma
    assert found("Anggota Komisi VII Dewan Perwakilan Rakyat Republik Indonesia (DPR RI), "
                 "Rudi Hartanto meninjau pabrik itu.", res)[0] == ("Rudi Hartanto", "IDNLEG")
    # "dari Fraksi X" between a legislator's title and the name
    assert found("Usulan itu didukung Anggota Komisi B DPRD Jawa Tengah dari Fraksi Golkar, "
                 "Sri Wahyuni.", res)[-1] == ("Sri Wahyuni", "IDNLEG")


def test_a_generic_coordinator_takes_the_body_he_speaks_for(res):
    assert found("Koordinator Nasional JPPI, Andi Saputra menilai anggaran itu kurang.",
                 res)[0] == ("Andi Saputra", "IDNNGO")
    assert found("Ia bertemu Koordinator Wilayah dari Badan Gizi Nasional kemarin.",
                 res)[-1][1] == "IDNGOV"


def test_a_unit_of_a_company_is_the_company_and_its_manager_is_business(res):
    got = found("Pertamina Patra Niaga Regional Jawa Timur menyalurkan bantuan.", res)
    assert [code for _, code in got] == ["IDNBUS"]
    assert found("General Manager Pertamina Patra Niaga Regional Jatim, Rina Marlina "
                 "menyambut rombongan.", res)[0] == ("Rina Marlina", "IDNBUS")
    # a name right after the company in a title is its holder's
    assert found("Direktur Utama Pertamina Agus Salim meninjau kilang.", res)[0] == (
        "Agus Salim", "IDNBUS")


def test_a_region_body_keeps_a_region_the_gazetteer_lacks(res):
    assert found("Polsek Sukaraja dan Polsek Cikembar menangkap dua pemuda.", res)[:2] == [
        ("Polsek Sukaraja", "IDNCOP"), ("Polsek Cikembar", "IDNCOP")]


def test_an_item_of_an_address_before_a_known_place_is_no_actor(res):
    names = [n for n, _ in found("Warga di Perumahan Griya Asri, Pamulang, Tangerang Selatan, "
                                 "menolak proyek itu.", res)]
    assert "Pamulang" not in names


def test_a_long_epithet_after_the_attribution_is_the_one_named_before(res):
    evs = code_text('Ketua DPR Puan Maharani menutup sidang itu. "Saya minta maaf atas kegaduhan '
                    'ini," kata perempuan yang pernah menjabat sebagai Menko PMK itu.', res,
                    published="2025-06-10")
    assert [(e.cameo_root, e.source.name) for e in evs if e.cameo_root == "05"] == [
        ("05", "Puan Maharani")]
    # a demonstrative of a place after the speaker is not an epithet
    evs = code_text('"Kami minta warga tenang," kata polisi di lokasi itu.', res,
                    published="2025-06-10")
    assert all(e.source.sector == "COP" for e in evs)


def test_words_take_the_day_and_place_a_later_sentence_tells_they_were_said_on(res):
    text = ("Menteri Sosial meminta para bupati mempercepat penyaluran bantuan.\n"
            "Hal itu disampaikan Menteri Sosial dalam rapat di Kota Bogor, Senin (20/10/2025). "
            "Ia juga berterima kasih kepada para bupati.\n"
            "Rapat lanjutan digelar Rabu (22/10/2025). Bupati Bogor hadir pada Rabu (22/10/2025).")
    evs = code_text(text, res, published="2025-10-22")
    assert [(e.sentence_index, e.cameo[:2], e.date.value.isoformat(), e.location.name)
            for e in evs if e.source.code == "IDNGOV"][:2] == [
        (0, "02", "2025-10-20", "Bogor"), (2, "05", "2025-10-20", "Bogor")]


def test_a_release_day_gives_way_to_the_day_a_later_sentence_tells(res):
    text = ("Menteri Sosial menyerahkan santunan kepada korban banjir.\n"
            "\"Kami menyerahkan santunan kepada warga,\" kata Menteri Sosial dalam keterangan "
            "tertulis, Minggu (19/10/2025).\n"
            "Hal itu dikatakan Menteri Sosial dalam acara di Kabupaten Bangkalan, Sabtu (18/10) "
            "malam.")
    evs = code_text(text, res, published="2025-10-19")
    assert {(e.sentence_index, e.date.value.isoformat()) for e in evs if e.cameo[:2] == "07"} \
        == {(0, "2025-10-18"), (1, "2025-10-18")}


def test_an_act_in_an_unknown_district_is_in_the_town_named_before_it(res):
    text = ("Warga Kairo berunjuk rasa di Mesir pada Senin. Warga Kairo kembali berdemo di "
            "Mesir.\n"
            "Polisi menyelidiki pencurian motor di wilayah Kecamatan Sukamaju, Kabupaten Ciamis.\n"
            "Polisi kemudian menangkap dua pelaku di wilayah Kecamatan Cibodas.")
    evs = code_text(text, res, published="2025-10-20")
    arrest = next(e for e in evs if e.cameo == "173")
    assert (arrest.sentence_index, arrest.location.name) == (3, "Ciamis")
    # a programme named after villages is no place
    from peristiwa.places import names_local_unit
    words = "Kejaksaan mendukung koperasi Desa/Kelurahan Merah Putih .".split()
    assert not names_local_unit(words, [w.lower() for w in words])
    # a street the gazetteer does not know is in that town too
    text = ("Warga Kairo berunjuk rasa di Mesir pada Senin. Warga Kairo kembali berdemo di "
            "Mesir.\n"
            "Dua polisi lalu lintas di Kota Medan diperiksa Propam.\n"
            "Keduanya ditangkap saat berjaga di pos polisi di Jalan Merdeka.")
    evs = code_text(text, res, published="2025-10-20")
    arrest = next(e for e in evs if e.cameo == "173")
    assert (arrest.sentence_index, arrest.location.name) == (3, "Medan")


def test_a_speakers_today_is_the_storys_day_when_the_story_is_of_the_day_before(res):
    text = ("Warga melaporkan tetangganya ke Polresta Malang, Kamis (18/9/2025).\n"
            "\"Hari ini kami melaporkan Budi atas dugaan fitnah. Berkasnya sudah lengkap,\" kata "
            "kuasa hukum warga itu.")
    evs = code_text(text, res, published="2025-09-19")
    assert [(e.sentence_index, e.date.value.isoformat()) for e in evs if e.cameo[:2] == "11"] \
        == [(0, "2025-09-18"), (1, "2025-09-18")]
    # told on the day of publication, "hari ini" is that day
    evs = code_text(text.replace("Kamis (18/9/2025)", "Jumat (19/9/2025)"), res,
                    published="2025-09-19")
    assert {e.date.value.isoformat() for e in evs if e.cameo[:2] == "11"} == {"2025-09-19"}


def test_origin_from_a_known_place_gives_the_country(res):
    assert found("Seorang pria asal Shanghai ditangkap polisi di Medan.", res)[0][1] == "CHNCVL"
    # a home place of origin keeps the home country in a story from abroad
    assert found("Seorang pria asal Garut ditangkap polisi Malaysia di Johor.", res)[0][1] == \
        "IDNCVL"
    # a name between commas after a common noun of origin is that person's
    assert found("Kemarin, diplomat asal Ekuador, Luis Ortega, menemui para delegasi.",
                 res)[0] == ("Luis Ortega", "ECUGOV")
    assert found("Seorang pengusaha asal Osaka, Kenji Sato, menggugat perusahaan itu.",
                 res)[0] == ("Kenji Sato", "JPNBUS")


def test_an_agent_noun_with_a_demonstrative_is_the_one_met_before(res):
    evs = code_text("Seorang turis Jerman ditangkap polisi di Bali. Turis tersebut didakwa jaksa "
                    "atas penganiayaan.", res, published="2025-06-10")
    assert [e.target.code for e in evs] == ["DEUCVL", "DEUCVL"]


def test_the_subject_of_a_clause_reported_by_mengungkap_is_no_object(res):
    evs = code_text("Kuasa hukumnya, Rudi Hartono mengungkap Budi ditahan Polres Bogor kemarin.",
                    res, published="2025-06-10")
    assert [(e.cameo_root, e.target.name) for e in evs] == [("17", "Budi")]


def test_a_ministers_portfolio_and_its_short_form_are_no_name(res):
    evs = code_text("Wakil Menteri Sosial (Wamensos) RI, Agus Jabo Priyono meminta pendamping "
                    "bekerja jujur.", res, published="2025-06-10")
    assert [e.source.code for e in evs] == ["IDNGOV"]  # (not also "RI" as IDN)
    assert found("Wakil Menteri Agama Romo Muhammad Syafi'i hadir.", res)[0][0] == \
        "Muhammad Syafi'i"
    evs = code_text("Wakil Menteri Agama Romo Muhammad Syafi'i hadir. Romo mengapresiasi "
                    "kerja panitia haji.", res, published="2025-06-10")
    assert [e.source.code for e in evs] == ["IDNGOV"]  # "Romo" is still the minister


def test_relatives_kitchen_operators_and_content_creators_are_actors(res):
    evs = code_text("Bocah itu dianiaya ibu tiri hingga luka.", res, published="2025-06-10")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("18", "IDNCVL")]
    assert found("Dinas memberikan pendampingan kepada pengelola dapur MBG.", res)[-1][1] == \
        "IDNBUS"
    assert found("Seorang blogger asal Shanghai, Li Wei, mengkritik pemerintah daerah.",
                 res)[0] == ("Li Wei", "CHNCVL")
    # "Paman Sam" is the United States, no uncle
    assert found("Mata uang Paman Sam menguat.", res) == [("United States", "USA")]


def test_an_unknown_network_defining_its_short_form_is_an_ngo(res):
    evs = code_text("Jaringan Pemantau Hutan Nusantara (JPHN) mengkritik pemerintah daerah. JPHN "
                    "juga mendesak DPRD bertindak.", res, published="2025-06-10")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("11", "IDNNGO"), ("10", "IDNNGO")]
    # a programme defining its short form stays no party
    assert found("Makan Bergizi Gratis (MBG) dimulai hari ini.", res) == []


def test_a_negated_plan_carries_over_a_verb_coordinated_with_it(res):
    # "tidak akan menghadiri KTT dan bertemu Putin": no meeting either
    for text in ("Presiden Prabowo tidak akan menghadiri KTT itu dan bertemu Presiden Rusia "
                 "Vladimir Putin.",
                 "Presiden Prabowo takkan menghadiri KTT itu dan bertemu Presiden Rusia "
                 "Vladimir Putin."):
        assert not [e for e in code_text(text, res, published="2025-06-10")
                    if e.cameo_root == "04"]
    # a mere negation of the first act leaves the second asserted
    evs = code_text("Gubernur Jawa Barat tidak menandatangani surat itu dan bertemu Menteri "
                    "Keuangan.", res, published="2025-06-10")
    assert [e.cameo for e in evs if e.rule == "04.temu"] == ["040"]
    # "tidak akan segan ..." is a resolve, shared as a plan
    evs = code_text("Kapolri tidak akan segan menindak dan memecat anggota yang terlibat "
                    "narkoba.", res, published="2025-06-10")
    assert [e.cameo for e in evs if e.rule == "17.pecat"] == ["132"]  # (a dismissal: 132)


def test_help_with_an_activity_for_no_one_named_is_no_aid(res):
    # "membantu" before an activity noun with nobody named, as before a verb
    for text in ("Yayasan Bumi Lestari mampu membantu reduksi sampah plastik setiap bulan.",
                 "Yayasan Bumi Lestari membantu penyelesaian masalah sampah plastik."):
        assert not [e for e in code_text(text, res, published="2025-06-10")
                    if e.rule == "07.bantu"]
    # help in a named place is help to its people; a party named is helped
    for text in ("Yayasan Bumi Lestari membantu penanganan banjir di Kabupaten Agam.",
                 "Relawan membantu evakuasi warga yang terjebak banjir."):
        assert [e.cameo for e in code_text(text, res, published="2025-06-10")
                if e.rule == "07.bantu"] == ["070"]


def test_a_quality_in_a_relative_clause_is_no_ones_support(res):
    # "alamnya yang sangat mendukung": the land is supportive, nobody supports anybody
    evs = code_text("Megawati mengatakan keindahan alam Indonesia luar biasa ditambah lagi "
                    "dengan iklimnya yang sangat mendukung.", res, published="2025-06-10")
    assert not [e for e in evs if e.rule == "05.dukung"]
    # a party that supports, told in the same shape, still does
    evs = code_text("Partai Golkar adalah partai yang sangat mendukung Presiden Prabowo.", res,
                    published="2025-06-10")
    assert [(e.source.code, e.target.code) for e in evs if e.rule == "05.dukung"] == \
        [("IDNPTY", "IDNGOV")]


def test_an_appeal_between_private_persons_is_no_event(res):
    # two persons the dictionary does not know: a private wish or request
    for text in ("Dewi berharap Gabriel menjadi pribadi yang baik.",
                 "Endang lalu meminta Kamal memijat punggungnya.",
                 # an offender asking money of the victim: part of the crime
                 "Pelaku kemudian meminta sejumlah uang kepada korban."):
        assert not [e for e in code_text(text, res, published="2025-06-10")
                    if e.cameo_root == "02"]
    # an official's appeal to the public stays an appeal
    evs = code_text("Gubernur Jawa Barat meminta warga waspada terhadap banjir.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("020", "IDNCVL")]


def test_defied_summons_keeps_the_summons_purpose(res):
    # "tidak memenuhi panggilan X untuk diperiksa": a defiance (128), and the examination X
    # summoned for is still X's act (an appeal or a refusal would embed it instead)
    evs = code_text("Tersangka kasus suap itu tidak memenuhi panggilan KPK untuk diperiksa.", res,
                    published="2025-10-19")
    assert {(e.cameo, e.source.code, e.target.code) for e in evs} == {
        ("128", "IDNCRM", "IDNJUD"), ("091", "IDNJUD", "IDNCRM")}
    evs = code_text("Tersangka itu menolak untuk diperiksa KPK.", res, published="2025-10-19")
    assert [e.cameo[:2] for e in evs] == ["12"]


def test_criticism_received_from_the_public_named_right_after_the_noun(res):
    # "menuai kecaman warganet": the public that criticised stands right after the noun
    evs = code_text("Pernyataan Menteri Keuangan menuai kecaman warganet.", res,
                    published="2025-10-19")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("111", "IDNCVL", "IDNGOV")]


def test_filed_or_voiced_act_takes_the_agent_of_its_passive_light_verb(res):
    # "Keberatan itu diajukan oleh para gubernur": the objection is the governors'
    evs = code_text("Keberatan itu diajukan oleh Gubernur Jawa Barat kepada Menteri Keuangan.",
                    res, published="2025-10-19")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == [
        ("120", "IDNGOV", "IDNGOV")]
    evs = code_text("Tudingan itu dilontarkan oleh Partai Demokrat kepada PDIP.", res,
                    published="2025-10-19")
    assert [(e.cameo, e.source.code) for e in evs] == [("112", "IDNPTY")]


def test_a_said_act_told_with_a_passive_speech_verb_has_its_speaker_as_agent(res):
    # "<praise / support / apology> disampaikan X kepada Y": X acts, Y is addressed
    evs = code_text("Apresiasi juga disampaikan Presiden Prabowo kepada Kapolri.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("051", "IDNGOV", "IDNCOP")]
    evs = code_text("Permintaan maaf disampaikan Kapolda Sumut kepada keluarga korban.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.source.code) for e in evs] == [("055", "IDNCOP")]
    # "Ucapan" opening the sentence is the act, not a person's name
    evs = code_text("Ucapan terima kasih disampaikan Kapolri kepada para relawan.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("051", "IDNCOP", "IDNCVL")]
    # by no one named: the one who tells it is not taken for the agent
    evs = code_text("Bimo menjelaskan, dukungan yang disampaikan melalui kanal itu beragam.",
                    res, published="2025-06-10")
    assert not [e for e in evs if e.cameo_root == "05"]


def test_praise_told_as_deserved_is_the_speakers_own(res):
    # '"X patut diapresiasi," kata Y': Y praises X
    evs = code_text('"Langkah Polri itu patut diapresiasi," kata Ketua Komisi III DPR.', res,
                    published="2025-06-10")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("051", "IDNLEG", "IDNCOP")]
    # told without the deserving word, the praise may be someone else's: no source
    evs = code_text('"Langkah Polri itu diapresiasi," kata Ketua Komisi III DPR.', res,
                    published="2025-06-10")
    assert not [e for e in evs if e.cameo_root == "05"]


def test_an_appeal_told_in_the_passive_by_its_speaker_is_the_speakers(res):
    # '"X diminta ...," kata Y' with no one named who asks: Y asks
    evs = code_text('"Seluruh pemilik tambang diminta menertibkan truknya," kata Ketua DPRD '
                    'Jawa Barat.', res, published="2025-06-10")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("020", "IDNLEG", "IDNBUS")]
    # invited or questioned by others the speaker tells of: no source
    evs = code_text('"Para pengusaha itu diajak berdiskusi," kata Ketua DPRD Jawa Barat.', res,
                    published="2025-06-10")
    assert not [e for e in evs if e.cameo_root == "02"]


def test_support_as_a_purpose_is_no_support_of_the_government(res):
    # "untuk / dalam mendukung <a goal>": no one named is supported, no domestic target
    for text in ("Bank itu menerbitkan obligasi untuk mendukung proyek sosial.",
                 "Polisi mengantongi rekaman CCTV untuk mendukung penyelidikan."):
        assert not [e for e in code_text(text, res, published="2025-06-10")
                    if e.cameo_root == "05"]
    # a named party stays supported
    evs = code_text("Partai Golkar siap untuk mendukung Presiden Prabowo.", res,
                    published="2025-06-10")
    assert [e.target.code for e in evs if e.cameo_root in ("03", "05")] == ["IDNGOV"]


def test_officials_at_a_foreign_airport_are_of_its_country(res):
    evs = code_text("Seorang turis Kanada ditangkap polisi di Bandara Changi.", res,
                    published="2025-10-07")
    assert [(e.source.code, e.target.code) for e in evs] == [("SGPCOP", "CANCVL")]


def test_missiles_fired_at_no_one_show_force_by_the_military(res):
    # "menembakkan rudal ke laut": a show of force (150), not an attack (195)
    evs = code_text("Korea Utara menembakkan dua rudal balistik ke laut lepas.", res,
                    published="2025-05-08")
    assert [(e.cameo, e.source.code, e.source.sector, e.target) for e in evs] == \
        [("150", "PRK", "MIL", None)]
    # fired at a state it stays an attack; a state named bare that attacks acts as its military
    evs = code_text("Korea Utara menembakkan dua rudal ke Jepang.", res, published="2025-05-08")
    assert [(e.cameo, e.source.sector, e.target.code) for e in evs] == [("195", "MIL", "JPN")]
    # a state's non-military act keeps the government
    evs = code_text("Korea Utara mengecam Jepang.", res, published="2025-05-08")
    assert [e.source.sector for e in evs] == ["GOV"]


def test_a_suspect_shot_while_arrested_is_shot_by_the_storys_police(res):
    evs = code_text("Polres Bogor menangkap seorang tersangka. Tersangka dilumpuhkan karena "
                    "melawan.", res, published="2025-10-17")
    assert ("180", "IDNCOP") in [(e.cameo, e.source.code) for e in evs]


def test_a_dismissal_announced_is_a_threat_of_sanctions_an_arrest_of_repression(res):
    evs = code_text("Kapolri menegaskan akan memecat anggota yang terlibat.", res,
                    published="2025-10-17")
    assert [e.cameo for e in evs] == ["132"]
    evs = code_text("Kapolri menegaskan akan menangkap para pelaku.", res,
                    published="2025-10-17")
    assert [e.cameo for e in evs] == ["137"]


def test_a_public_body_that_must_act_is_urged_by_the_speaker(res):
    # '"X harus V," kata Y': Y demands of X
    evs = code_text('"Kejaksaan harus lebih terbuka kepada publik," kata Ketua Komisi III DPR.',
                    res, published="2025-06-10")
    assert [(e.cameo, e.source.code, e.target.code, e.rule) for e in evs] == \
        [("100", "IDNLEG", "IDNJUD", "10.subjek-harus")]
    # the speaker's own duty, what must be done to someone, a private party: no appeal
    for text in ('"Kita harus berbenah," kata Ketua Komisi III DPR.',
                 '"Pelaku harus dipenjara," kata Ketua Komisi III DPR.',
                 '"Warga harus berhati-hati," kata Ketua Komisi III DPR.'):
        assert not [e for e in code_text(text, res, published="2025-06-10")
                    if e.rule == "10.subjek-harus"], text
    # "harus kita dukung" is the speaker's support, not swallowed by the modal
    evs = code_text('"Program Presiden ini harus kita dukung," kata Ketua Komisi III DPR.', res,
                    published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("051", "IDNGOV")]
    # the content of an appeal told before it is no second appeal
    evs = code_text('"Kami memberi arahan kepada semua anggota DPR harus menjaga sikap," kata '
                    'Puan.', res, published="2025-06-10")
    assert [e.cameo_root for e in evs] == ["02"]


def test_ready_to_follow_the_process_is_a_pledge_not_readiness(res):
    evs = code_text('"Kami siap mengikuti setiap prosesnya," kata Ketua Fraksi Golkar.', res,
                    published="2025-06-10")
    assert [(e.cameo, e.rule) for e in evs] == [("030", "03.siap-patuh")]
    for text in ("Polri siap menghadapi arus mudik tahun ini.",
                 "Produk itu siap memenuhi kebutuhan warga desa."):
        assert not [e for e in code_text(text, res, published="2025-06-10")
                    if e.cameo_root == "03"], text


def test_kepada_after_another_verb_is_that_verbs_addressee(res):
    # "berharap X menularkan semangat kepada masyarakat": the public is told, not appealed to
    evs = code_text("Bank itu berharap program ini mampu menularkan semangat hidup sehat "
                    "kepada masyarakat luas.", res, published="2025-06-10")
    assert not [e for e in evs if e.cameo_root == "02"]
    evs = code_text("Gubernur berharap kepada DPRD agar segera membahas anggaran.", res,
                    published="2025-06-10")
    assert [(e.cameo_root, e.target.code) for e in evs if e.cameo_root == "02"] == \
        [("02", "IDNLEG")]


def test_a_meeting_between_parties_reaches_the_head_of_the_second(res):
    # "antara A dan sejumlah pengurus organisasi mahasiswa": the students, past the common nouns
    evs = code_text("Dialog antara Kapolri dan sejumlah pengurus organisasi mahasiswa "
                    "berlangsung di Jakarta.", res, published="2025-06-10")
    assert sorted((e.cameo_root, e.source.code, e.target.code) for e in evs) == \
        [("04", "IDNCOP", "IDNEDU"), ("04", "IDNEDU", "IDNCOP")]


def test_a_judgement_that_no_fault_was_done_or_had_is_no_criticism(res):
    # "menilai X tidak melakukan (tindakan) pelanggaran / tidak memiliki masalah": a clearing
    for text in ("DKPP menilai komisioner itu tak melakukan tindakan pelanggaran kode etik.",
                 "Pengamat menilai Menteri Keuangan tidak memiliki masalah dengan DPR."):
        assert not [e for e in code_text(text, res, published="2025-10-01")
                    if e.cameo_root == "11"]
    # a failure to deal with a problem is still blamed
    evs = code_text("ICW menilai pemerintah tidak menyelesaikan masalah korupsi.", res,
                    published="2025-10-01")
    assert [(e.cameo, e.target.code) for e in evs] == [("111", "IDNGOV")]


def test_an_actor_before_lalu_that_no_verb_takes_is_the_subject_of_its_own_clause(res):
    # "..., korban lalu membuat laporan polisi": the victim complains, not the police who
    # secured the perpetrators in the clause before
    evs = code_text("Setelah para pelaku diamankan, korban lalu membuat laporan polisi.", res,
                    published="2025-10-01")
    assert [e.source.sector for e in evs if e.cameo_root == "11"] == ["CVL"]
    # the object of the verb before still shares that verb's subject
    evs = code_text("Polisi menangkap pelaku lalu memeriksanya di Polres Bogor.", res,
                    published="2025-10-01")
    assert {e.source.sector for e in evs} == {"COP"}


def test_a_denial_answers_the_one_named_speaking_just_before(res):
    # "Polisi menyebut ... Namun, pihak kampus membantah ...": the police's claim is denied
    evs = code_text("Polisi menyebut kamera pengawas di gedung itu rusak sejak lama. Namun, "
                    "pihak Universitas Udayana membantah kamera itu rusak.", res,
                    published="2025-10-01")
    assert [(e.cameo, e.source.sector, e.target and e.target.code) for e in evs] == \
        [("016", "EDU", "IDNCOP")]
    # a speaker of the denier's own side is not the claimant, and a denial out of the blue
    # has none: both are told to the public (the default target of a denial)
    evs = code_text('"Kami masih menunggu hasil penyelidikan," kata Rektor Universitas Udayana. '
                    "Universitas Udayana membantah kabar yang beredar di media sosial.", res,
                    published="2025-10-01")
    assert [(e.cameo, e.target.code, e.target.kind) for e in evs if e.cameo == "016"] == \
        [("016", "IDNCVL", "unspecified")]
    evs = code_text("Kepala sekolah itu membantah kabar keracunan makanan.", res,
                    published="2025-10-01")
    assert [(e.cameo, e.target.code, e.target.kind) for e in evs] == \
        [("016", "IDNCVL", "unspecified")]


def test_a_speaker_named_again_with_a_demonstrative_is_still_the_speaker(res):
    # "politikus itu mengaku ...": named as speaking, so the denial after it answers him
    evs = code_text("Ketua NasDem Sumut Iskandar gagal terbang ke Jakarta. Sebab, politikus "
                    "NasDem itu mengaku ditangkap petugas kepolisian. Belakangan, Polda Sumut "
                    "membantah bahwa hal tersebut adalah penangkapan.", res,
                    published="2025-10-20")
    assert [(e.source.code, e.target and e.target.sector) for e in evs
            if e.cameo == "016"] == [("IDNCOP", "PTY")]


def test_a_banner_with_criticism_is_its_bearers_criticism(res):
    # "membawa poster berisi kritik terhadap X": the workers criticise X
    evs = code_text("Para buruh membawa poster berisi kritik terhadap Gubernur Jawa Barat.", res,
                    published="2025-10-20")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in evs] == [("111", "LAB", "GOV")]
    # a letter with no one named as its writer stays without a source
    assert not code_text("Surat itu berisi permintaan maaf kepada warga.", res,
                         published="2025-10-20")


def test_jika_right_after_a_verb_of_thinking_is_that(res):
    # "menduga jika peristiwa itu direkayasa": the wrongdoing word is in what is suspected
    evs = code_text("Ketua partai itu menduga jika penangkapan dirinya merupakan hal yang "
                    "direkayasa.", res, published="2025-10-20")
    assert [e.rule for e in evs if e.cameo_root == "11"] == ["11.duga-salah"]
    # a guess about facts accuses no one
    assert not code_text("Wang menduga batu ginjalnya telah bergeser.", res,
                         published="2025-10-20")


def test_the_clitic_object_of_a_criticism_is_the_person_named_before(res):
    # "mengkritiknya": the Kapolri the meeting was with, not an unspecified government
    evs = code_text("Komisi III DPR menggelar rapat kerja dengan Kapolri Listyo Sigit Prabowo. "
                    "Anggota dewan mengkritiknya soal penanganan demo.", res,
                    published="2025-10-20")
    assert [(e.source.sector, e.target.sector) for e in evs if e.cameo_root == "11"] == \
        [("LEG", "COP")]
    # a person of the source's own side is passed over
    evs = code_text("Ketua Komisi III DPR Habiburokhman memimpin rapat itu. Anggota Komisi III "
                    "DPR lalu mengkritiknya.", res, published="2025-10-20")
    assert [e.target.kind for e in evs if e.cameo_root == "11"] == ["unspecified"]


def test_a_month_in_the_topic_of_an_act_does_not_date_it(res):
    # "mencecarnya soal penanganan aksi unjuk rasa bulan lalu": the protests were last month,
    # the grilling was on the day of the meeting
    evs = code_text("Komisi III DPR menggelar rapat kerja dengan Kapolri Listyo Sigit Prabowo pada "
                    "Senin (15/9/2025). Dalam rapat itu, anggota dewan mencecarnya soal "
                    "penanganan unjuk rasa bulan lalu.", res, published="2025-09-16")
    grilled = [e for e in evs if e.rule == "11.cecar"]
    assert [(e.target.sector, e.date.value.isoformat()) for e in grilled] == \
        [("COP", "2025-09-15")]


def test_a_speaker_after_seorang_is_found(res):
    # '..., kata seorang pejabat Iran': the official speaks, and "Kami" is Iran's
    evs = code_text('Israel menyerang fasilitas nuklir Iran. "Kami akan membalas," kata seorang '
                    'pejabat Iran.', res, published="2025-10-20")
    assert [(e.source.code, e.target.country) for e in evs if e.cameo_root == "13"] == \
        [("IRNGOV", "ISR")]


def test_a_measure_withdrawn_in_the_passive_is_the_governments_concession(res):
    evs = code_text("Menteri Keuangan mengatakan pungutan pajak pedagang daring itu ditunda.",
                    res, published="2025-10-17")
    assert [(e.cameo, e.source.sector, e.target) for e in evs] == [("0832", "GOV", None)]
    # asked for, it is not done
    evs = code_text("Mahasiswa mendesak agar pungutan pajak itu ditunda.", res,
                    published="2025-10-17")
    assert not [e for e in evs if e.cameo_root == "08"]


def test_a_resignation_letter_of_the_speakers_own_is_the_speakers_resignation(res):
    # "pengunduran diri saya": the reflexive act's owner is who says it
    evs = code_text('"Surat pengunduran diri saya kirimkan kepada Presiden," kata Menteri '
                    'Pertahanan Jepang.', res, published="2025-05-05")
    assert [(e.cameo, e.source.code) for e in evs if e.cameo_root == "08"] == \
        [("0831", "JPNGOV")]


def test_forces_readied_in_the_passive_show_force_themselves(res):
    evs = code_text("Ratusan prajurit TNI disiapkan untuk mengamankan gedung DPR.", res,
                    published="2025-10-17")
    assert [(e.cameo, e.source.sector, e.target) for e in evs] == [("150", "MIL", None)]


def test_a_wish_to_see_someone_jailed_is_no_arrest(res):
    # colloquial "pengin" is a wish like "ingin": nothing is done
    evs = code_text('"Aku pengin orang itu harus dipenjara," kata Polres Bogor.', res,
                    published="2025-10-17")
    assert not [e for e in evs if e.cameo_root in ("13", "17")]


def test_a_charge_read_out_in_the_prosecutors_speech_tag_is_the_prosecutors(res):
    # "kata Jaksa X dalam dakwaannya": the prosecutor charges the story's defendant
    evs = code_text('"Terdakwa menerima suap dari kontraktor," kata Jaksa Tegar dalam '
                    'dakwaannya.', res, published="2025-10-22")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("173", "IDNJUD", "IDNCRM")]
    # a lawyer's words about the indictment charge no one
    evs = code_text("Menurut kuasa hukum Ahmad, perbuatan yang diuraikan dalam surat dakwaan "
                    "itu keliru.", res, published="2025-10-22")
    assert not [e for e in evs if e.cameo_root == "17"]


def test_a_killing_after_which_the_killer_was_arrested_is_coded_too(res):
    # "ditangkap usai melakukan pembunuhan": a clause of its own, not the arrest's object
    evs = code_text("Polres Palembang menangkap pelaku. Erwin ditangkap usai melakukan "
                    "pembunuhan terhadap Riky Saputra.", res, published="2025-10-20")
    assert ("1823", "IDNCVL", "IDNCVL") in [(e.cameo, e.source.code, e.target.code)
                                            for e in evs]


def test_a_victim_hurt_in_a_police_case_was_hurt_by_an_unnamed_criminal(res):
    # "Korban disiksa": no one named, but the story is a case of its police
    evs = code_text("Polres Bogor menyelidiki kematian seorang bocah. Korban disiksa dengan "
                    "cara dipukul menggunakan gagang sapu.", res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs if e.cameo_root == "18"] == \
        [("1822", "IDNCRM", "IDNCVL")]  # ("dengan cara dipukul" is how: one act)
    # with no police or court named (a war, a memory) no one is made up
    evs = code_text("Warga desa itu disiksa selama perang.", res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "18"]


def test_a_relative_clause_on_a_prepositions_object_only_describes(res):
    # "solidaritas terhadap temannya yang dihukum": whom the solidarity is for, no sentence
    evs = code_text("Polres Bogor memeriksa kasus itu. Ratusan siswa mogok sebagai bentuk "
                    "solidaritas terhadap temannya yang dihukum.", res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "17"]
    # told as a fact it stays an act
    evs = code_text("Kejaksaan Negeri Jember menetapkan lima tersangka. Ada empat tersangka "
                    "yang ditahan.", res, published="2025-10-20")
    assert len([e for e in evs if e.cameo == "173"]) == 2


def test_a_coercion_done_to_achieve_another_of_its_kind_is_one_act(res):
    # "menembakkan gas air mata untuk membubarkan massa": one act of repression
    evs = code_text("Polisi menembakkan gas air mata untuk membubarkan massa mahasiswa.", res,
                    published="2025-03-20")
    assert len([e for e in evs if e.cameo_root == "17"]) == 1


def test_a_release_that_another_act_is_done_for_is_not_yet_made(res):
    # "berkomunikasi ... untuk memulangkan Dini": a purpose, no return yet
    evs = code_text("Pemkab Garut berkomunikasi dengan Kementerian Luar Negeri untuk "
                    "memulangkan Dini dari Arab Saudi.", res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "08"]
    # deciding to yield is yielding
    evs = code_text("KPU memutuskan untuk membatalkan keputusan itu.", res,
                    published="2025-10-20")
    assert [e.cameo for e in evs if e.cameo_root == "08"] == ["0832"]


def test_a_nominal_coercion_with_its_object_then_done_by_its_agent(res):
    # "Penahanan <object> dilakukan KPK": the object first, then who did it
    evs = code_text("Penahanan Bupati Kolaka Timur dilakukan KPK usai pemeriksaan.", res,
                    published="2025-08-10")
    assert [(e.cameo, e.source.code) for e in evs if e.cameo_root == "17"] == \
        [("173", "IDNJUD")]


def test_coordinated_violent_verbs_share_the_clitic_object(res):
    # "menculik dan menganiayanya": both done to the one who tells it
    evs = code_text("Polres Badung menyelidiki laporan itu. Warga Rusia Sergei Domogatskii "
                    "melapor ke polisi. Sergei menyebut lima orang tak dikenal menculik dan "
                    "menganiayanya selama tujuh jam.", res, published="2025-10-18")
    assert {(e.cameo, e.target.name) for e in evs if e.cameo_root == "18"} == \
        {("181", "Sergei Domogatskii"), ("182", "Sergei Domogatskii")}


def test_sanctions_a_state_imposes_on_another_country_are_163(res):
    evs = code_text("Uni Eropa menjatuhkan sanksi baru terhadap Iran.", res,
                    published="2025-07-20")
    assert [(e.cameo, e.target.code) for e in evs] == [("163", "IRN")]
    # a domestic penalty stays an administrative sanction
    evs = code_text("DKPP menjatuhkan sanksi peringatan keras kepada Ketua KPU.", res,
                    published="2025-07-20")
    assert [e.cameo for e in evs] == ["172"]


def test_inmates_or_whoever_is_punished_in_general_are_no_arrest(res):
    # "napi yang ditahan hanya kehilangan ...": prisoners in general, no one detained here
    evs = code_text("Polres Bogor memeriksa kasus itu. Ia menjelaskan bahwa napi yang ditahan "
                    "hanya kehilangan sebagian haknya.", res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "17" and e.trigger == "ditahan"]
    evs = code_text('Polres Bogor memeriksa kasus itu. "Karena yang dihukum itu badannya," '
                    'kata Kalapas.', res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "17"]


def test_a_warning_names_the_one_warned(res):
    # "sebagai peringatan keras bagi X": a threat to X, in the words of the one who says it
    evs = code_text("Kemlu China menyebut latihan militer itu sebagai peringatan keras bagi "
                    "Taiwan.", res, published="2025-10-20")
    assert [(e.rule, e.source.country, e.target.country) for e in evs
            if e.cameo_root == "13"] == [("13.peringatan-bagi", "CHN", "TWN")]
    # with no one named after it, "peringatan" warns no one (no implicit domestic target)
    assert not [e for e in code_text('"Satu kali peringatan, dua kali peringatan, lalu kami '
                                     'ganti," kata Presiden Prabowo.', res,
                                     published="2025-10-20") if e.cameo_root == "13"]
    # "saya peringati": a spoken warning, a threat; "memperingati" commemorates
    evs = code_text('"Kalau ada menteri yang nakal, saya peringati," kata Presiden Prabowo.', res,
                    published="2025-10-20")
    assert [e.rule for e in evs if e.cameo_root == "13"] == ["13.peringati-saya"]
    assert not code_text("Warga desa memperingati HUT RI di lapangan.", res,
                         published="2025-10-20")


def test_a_verdict_said_with_a_plain_speech_verb_is_criticism(res):
    # "mengatakan bahwa penahanan itu sewenang-wenang": aimed at whoever detained
    evs = code_text("Arab Saudi menahan seorang ulama Syiah. Amnesty International mengatakan "
                    "bahwa penahanan itu sewenang-wenang.", res, published="2025-10-20")
    assert [(e.rule, e.target.country) for e in evs if e.cameo_root == "11"] == \
        [("11.kata-negatif", "SAU")]
    # grief over a death blames no one
    assert not [e for e in code_text("Presiden Peru menyesalkan kematian seorang demonstran.",
                                     res, published="2025-10-20") if e.cameo_root == "11"]


def test_the_place_residents_came_to_is_not_who_demands(res):
    # "mendatangi kantor DPRD ... menuntut": the residents demand, the council was visited
    evs = code_text("Ratusan warga mendatangi kantor DPRD Jember menuntut perbaikan jalan.", res,
                    published="2025-10-20")
    assert [(e.rule, e.source.sector) for e in evs if e.cameo_root == "10"] == \
        [("10.tuntut", "CVL")]


def test_a_demand_noun_voiced_again_is_the_demand_told_before(res):
    # "Tuntutan itu juga disampaikan saat aksi ...": the students' demand, voiced again
    evs = code_text("Mahasiswa meminta Polda Riau membebaskan rekan mereka. Tuntutan itu juga "
                    "disampaikan saat aksi di DPRD Riau.", res, published="2025-09-03")
    assert [(e.rule, e.source.sector, e.target.sector) for e in evs
            if e.rule == "10.tuntut"] == [("10.tuntut", "EDU", "COP")]
    # without a verb of voicing it again, the noun is not retold
    assert not [e for e in code_text("Mahasiswa meminta Polda Riau membebaskan rekan mereka. "
                                     "Tuntutan itu belum dijawab.", res,
                                     published="2025-09-03") if e.rule == "10.tuntut"]


def test_a_plural_group_before_a_name_is_the_group_not_the_person(res):
    # "Para pendukung Anies": his supporters act; "para adik kelas Budi": the pupils
    evs = code_text("Para pendukung Anies menggelar aksi di Jakarta.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("14", "IDNCVL")]
    evs = code_text("Para adik kelas Budi yang masih bersekolah menggelar aksi.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("14", "IDNEDU")]


def test_the_head_of_a_womens_and_child_protection_agency_is_government(res):
    # "Kepala DP3AP2KB Jateng Sri Wahyuni": a regional agency (dinas), so its head and
    # "pihaknya" after are government
    evs = code_text("Kepala DP3AP2KB Jateng Sri Wahyuni hadir di sekolah itu. Pihaknya "
                    "meminta para siswa membantu para korban.", res, published="2025-10-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in evs] == \
        [("020", "IDNGOV", "IDNEDU")]


def test_the_name_a_person_is_called_by_names_them_later(res):
    # "Aminullah atau kerap disapa JQ": "JQ" is Aminullah for the rest of the article
    evs = code_text("Warga menolak proyek itu, kata Aminullah atau kerap disapa JQ kepada "
                    "wartawan. JQ juga mempermasalahkan Pemkot Bekasi yang lalai.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.name) for e in evs if e.cameo_root == "11"] == \
        [("11", "Aminullah")]


def test_kelompok_tersebut_is_the_armed_group_named_before(res):
    # "Kelompok yang sama": the KKB, not the workers it shot
    evs = code_text("KKB menembak dua pekerja di Puncak. Kelompok yang sama juga menyandera "
                    "seorang guru.", res, published="2025-10-20")
    assert [(e.cameo, e.source.code) for e in evs if e.trigger == "menyandera"] == \
        [("181", "IDNREB")]
    # a group not pointed back to is no one
    assert not code_text("Kelompok tani meminta bantuan pupuk kepada Pemkab.", res,
                         published="2025-10-20")


def test_an_embassy_named_by_its_seat_is_one_indonesian_body(res):
    # "KBRI Tokyo": Indonesia's embassy in Tokyo, not Japan's government as a second party
    evs = code_text("KBRI Tokyo menerima kunjungan Menlu Sugiono.", res, published="2025-10-20")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("04", "IDNGOV")]
    mentions = _mentions("KBRI Pakistan mengecam serangan itu.", res)[0]
    assert [(m.text, m.ref.code) for m in mentions] == [("KBRI Pakistan", "IDNGOV")]


def test_us_congressional_leaders_are_us_legislators(res):
    # "Chuck Schumer": the Senate's Democratic leader, not an Indonesian civilian
    evs = code_text("Senator Chuck Schumer mengkritik kebijakan tarif Trump.", res,
                    published="2025-10-20")
    assert [(e.cameo_root, e.source.code) for e in evs] == [("11", "USALEG")]


def test_a_name_part_met_before_does_not_take_a_place_it_opens(res):
    # "New" of an earlier "New Jersey" read as a name: "Demokrat New York" is a place
    mentions = _mentions("Warga New Jersey turun ke jalan. Pemimpin Minoritas Senat dan "
                         "Demokrat New York, Chuck Schumer, juga bergabung dalam protes "
                         "tersebut.", res)[1]
    assert "York" not in [m.ref.name for m in mentions]
    assert "Chuck Schumer" in [m.ref.name for m in mentions]


def test_kapolda_metro_jaya_without_a_name_is_the_office(res):
    # "Metro Jaya" is the police region of Jakarta, not "Metro" then a man named "Jaya"
    evs = code_text("Kapolda Metro Jaya menegaskan akan menindak tegas pelaku kerusuhan.", res,
                    published="2025-10-20")
    assert [(e.source.code, e.source.name) for e in evs] == \
        [("IDNCOP", "head of a Polda (Kapolda)")]


def test_a_school_heads_name_after_the_numbered_school_is_the_holder(res):
    # "Kepala Sekolah SMAN 1 Bogor, Rina,": the principal of SMAN 1 Bogor is Rina
    mentions = _mentions("Kepala Sekolah SMAN 1 Bogor, Rina, meminta maaf kepada orang tua "
                         "siswa.", res)[0]
    assert (mentions[0].ref.name, mentions[0].ref.code) == ("Rina", "IDNEDU")


def test_a_minister_of_a_student_board_is_a_student(res):
    # "Menteri Luar Negeri BEM UI": a post in the student cabinet, not the government
    evs = code_text("Menteri Luar Negeri BEM UI mengkritik pemerintah.", res,
                    published="2025-10-20")
    assert [(e.source.code, e.target.code) for e in evs] == [("IDNEDU", "IDNGOV")]
    # "Fakhrian, yang juga menjabat <title>": he holds it, and is a student afterwards too
    evs = code_text("Aksi itu dipimpin Fakhrian Fawwazki, yang juga menjabat Menteri Sosial "
                    "dan Politik BEM KM Unissula. Fakhrian menilai pemerintah "
                    "lamban.", res, published="2025-10-20")
    assert [(e.source.name, e.source.code) for e in evs if e.cameo_root == "11"] == \
        [("Fakhrian Fawwazki", "IDNEDU")]


def test_the_head_of_an_unknown_body_named_between_commas_is_one_person(res):
    # "Ketua Kelompok Tani Makmur, Joko,": Joko chairs the group; one source, not two
    evs = code_text("Ketua Kelompok Tani Makmur, Joko, meminta bantuan pupuk kepada Pemkab.",
                    res, published="2025-10-20")
    assert [(e.source.name, e.source.code) for e in evs] == [("Joko", "IDNCVL")]
    mentions = _mentions("Kepala Balai Karantina Hewan Bali, Wayan, hadir.", res)[0]
    assert [(m.ref.name, m.ref.code) for m in mentions] == [("Wayan", "IDNGOV")]
    # a list inside the body's name is no holder
    mentions = _mentions("Gubernur bertemu Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan "
                         "Jawa Tengah Willy Indra Yunani.", res)[0]
    assert "apposition" not in [m.how for m in mentions]


def test_a_title_from_an_unknown_body_of_a_foreign_state_takes_that_state(res):
    # "pengusaha dari Golden Coffee Beans Mesir": an Egyptian businessman, who acts
    evs = code_text("Hasan Sayed, pengusaha dari Golden Coffee Beans Mesir menyambut baik "
                    "tawaran Pemkab.", res, published="2025-10-20")
    assert [(e.source.name, e.source.code) for e in evs] == [("Hasan Sayed", "EGYBUS")]


def test_a_manner_word_before_the_verb_is_no_subject(res):
    # "X (63), tega mencabuli ...": 'tega' (or 'nekat', 'sengaja') stands between the
    # subject and its verb, so X is the one who did it
    evs = code_text("Polres Garut menangani dua kasus. Seorang kakek berinisial J (63), tega "
                    "mencabuli bocah perempuan di desanya.", res, published="2025-10-20")
    assert [(e.cameo, e.source.name) for e in evs if e.cameo_root == "18"] == \
        [("1821", "J")]


def test_an_announced_suspect_needs_its_announcer(res):
    # "Kapolres mengungkapkan kedua tersangka adalah A dan B" names the suspects; told by
    # the reporter, "Salah satu tersangka adalah ..." is background
    evs = code_text("Kapolres Bogor mengungkapkan kedua tersangka adalah Andi Wijaya dan Budi "
                    "Hartono.", res, published="2025-10-20")
    assert {(e.cameo, e.source.sector) for e in evs} == {("173", "COP")}
    evs = code_text("Polres Bogor memeriksa saksi. Salah satu tersangka adalah seorang guru.",
                    res, published="2025-10-20")
    assert not [e for e in evs if e.rule == "17.tersangka-adalah"]


def test_violence_that_could_happen_through_a_light_verb_is_not_done(res):
    # "bisa / kemungkinan ... melakukan perundungan": a possibility, not an assault
    evs = code_text("Polres Palopo menangani kasus itu. Kepala sekolah menyebut siswa bisa "
                    "melakukan perundungan jika tidak diawasi.", res, published="2025-10-20")
    assert not [e for e in evs if e.cameo_root == "18"]
    # done, it stays an assault
    evs = code_text("Polisi menyebut pelaku melakukan penganiayaan terhadap korban.", res,
                    published="2025-10-20")
    assert [e.cameo for e in evs if e.cameo_root == "18"] == ["182"]


def test_two_verbs_of_one_assault_are_one_event(res):
    # "menyerang dan melukai korban": the same doer, victim and code once
    evs = code_text("Polres Cimahi menangkap tiga orang. Para pelaku berusaha menyerang dan "
                    "melukai korban di lokasi kejadian.", res, published="2025-10-16")
    assert [e.cameo for e in evs if e.cameo_root == "18"] == ["182"]
