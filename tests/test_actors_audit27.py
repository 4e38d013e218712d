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
