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


def test_an_unknown_foundation_is_an_ngo_and_its_short_name_refers_back(res):
    # "<Name> Foundation" is a civil-society body even without a bracketed short form; the
    # name without its head, in any case, is that body later
    text = ("Sinar Harapan Foundation bekerja sama dengan Pemkot Bogor membantu korban banjir. "
            "Manajer Program Sinar Harapan Foundation Rina Lestari hadir di sana. "
            "Sinar Harapan akan mengirimkan bantuan ke Bogor.")
    evs = code_text(text, res, published="2025-06-10")
    assert ("060", "IDNNGO") in [(e.cameo, e.source.code) for e in evs]
    assert ("033", "IDNNGO") in [(e.cameo, e.source.code) for e in evs]
    # the holder of a post in it is of it, not a person named "Sinar Harapan Foundation Rina"
    assert ("Rina Lestari", "IDNNGO") in found(
        "Ketua Sinar Harapan Foundation Rina Lestari hadir.", res)
    # a head that also names programmes and other bodies is not enough alone
    assert found("Gerakan Pangan Murah digelar di Kendari.", res)[0][1] != "IDNNGO"


def test_a_title_word_after_a_given_name_is_part_of_the_name(res):
    # "Fahmi Hakim": a title follows no holder, so "Hakim" here is no judge
    assert found("Ketua DPRD Banten, Fahmi Hakim, mengkritik Pemprov.", res)[0] == (
        "Fahmi Hakim", "IDNLEG")
    assert found("Pengasuh pesantren Abdul Hakim Mahfudz hadir.", res)[-1][0] == \
        "Abdul Hakim Mahfudz"
    # a title before its holder stays one
    assert found("Ketua Majelis Hakim Rudy Ruswoyo membacakan putusan.", res)[0] == (
        "Rudy Ruswoyo", "IDNJUD")
    # a rank after a name stays a rank, and a verb opening a sentence is no given name
    assert found("Kapolda Metro Jaya Irjen Asep Edi Suheri hadir.", res)[0] == (
        "Asep Edi Suheri", "IDNCOP")
    assert [c for _, c in found("Menyatakan Hakim tidak berwenang.", res)] == ["IDNJUD"]


def test_unnamed_targets_of_repression_and_of_questioning_witnesses_are_civilians(res):
    # tear gas fired at no one named falls on a crowd, not on an unnamed suspect
    evs = code_text("Polisi antihuru-hara lalu melepaskan tembakan gas air mata.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("175", "IDNCVL")]
    # the ones "yang kami mintai keterangan" after "saksi" are the witnesses
    evs = code_text('"Dari 12 saksi yang kami mintai keterangan, semuanya melihat pelaku," '
                    'kata Kapolres Bogor.', res, published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs if e.cameo_root == "09"] == [
        ("091", "IDNCVL")]
    # an inquiry with no one named still looks into an unnamed suspect
    evs = code_text("Penyidik KPK juga mendalami hal itu.", res, published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("091", "IDNCRM")]


def test_unaddressed_apologies_go_to_the_public_and_revoked_permits_were_a_business(res):
    # an apology to no one named is made to the public, not to the government
    evs = code_text("Ketua DPRD Bogor menyampaikan permohonan maaf atas kejadian itu.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("055", "IDNCVL")]
    # a permit revoked with no holder named was a business's
    evs = code_text("Pemerintah telah mencabut tiga IUP di Pulau Gag.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("172", "IDNBUS")]
    # a named addressee stays the target
    evs = code_text("Kapolres Bogor meminta maaf kepada Bupati Bogor.", res,
                    published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("055", "IDNGOV")]


def test_a_seizure_with_no_one_named_took_from_the_one_searched_before(res):
    text = ("Kejati Jambi menggeledah Kantor Dinas PUPR Jambi pada Selasa. Dari penggeledahan "
            "itu tim kejaksaan menyita puluhan dokumen.")
    evs = code_text(text, res, published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs if e.cameo == "1711"] == [
        ("1711", "IDNGOV")]
    # with no search before, the unnamed suspect
    evs = code_text("Tim kejaksaan menyita puluhan dokumen.", res, published="2025-06-10")
    assert [(e.cameo, e.target.code) for e in evs] == [("1711", "IDNCRM")]


def test_a_passive_speech_verb_opening_a_sentence_is_no_part_of_the_speakers_name(res):
    assert [n for n, _ in found("Disebutkan Rudi Hartono bahwa polisi itu telah ditahan.",
                                res)][0] == "Rudi Hartono"
    assert [n for n, _ in found("Dijelaskan Rudi Hartono, pelaku sudah ditangkap.", res)][0] \
        == "Rudi Hartono"


def test_degrees_between_a_title_and_its_holders_name_keep_the_apposition(res):
    assert found("Rektor Universitas Gadjah Mada, Prof Rina Lestari, menilai itu.", res)[0] \
        == ("Rina Lestari", "IDNEDU")
    assert found("Direktur Utama AirNav Indonesia, Capt. Rudi Hartono menambahkan itu.",
                 res)[0] == ("Rudi Hartono", "IDNBUS")
    assert found("Kepala Dinas Kesehatan Jawa Barat, Prof. Dr. Rina Lestari menilai itu.",
                 res)[0] == ("Rina Lestari", "IDNGOV")
