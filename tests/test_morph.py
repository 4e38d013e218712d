"""Trigger morphology: roots through Indonesian affixes, and the form (verb/noun, voice)."""

import pytest

from peristiwa.text.morph import analyses, form_of

CASES = {
    "kecam": ["mengecam", "dikecam", "kecaman", "kecamannya", "mengecamnya"],
    "tuduh": ["menuduh", "dituduh", "tuduhan"],
    "temu": ["bertemu", "pertemuan"],
    "kunjung": ["mengunjungi", "kunjungan", "dikunjungi"],
    "tahan": ["menahan", "ditahan", "penahanan"],
    "tangkap": ["menangkap", "ditangkap", "penangkapan", "tertangkap"],
    "periksa": ["memeriksa", "diperiksa", "pemeriksaan"],
    "serang": ["menyerang", "diserang", "serangan", "penyerangan"],
    "tandatangan": ["menandatangani", "penandatanganan"],
    "runding": ["berunding", "perundingan"],
    "bom": ["mengebom", "pengeboman"],
    "sepakat": ["menyepakati", "kesepakatan", "bersepakat"],
    "ingat": ["memperingatkan"],
    "kerja": ["bekerja"],
    "tolak": ["menolak", "penolakan", "ditolaknya", "menolaklah"],
}


@pytest.mark.parametrize("root,word", [(r, w) for r, ws in CASES.items() for w in ws])
def test_root_found(root, word):
    assert root in {a.root for a in analyses(word)}


@pytest.mark.parametrize("word,root,expect", [
    ("mengecam", "kecam", ("verb", "active")),
    ("dikecam", "kecam", ("verb", "passive")),
    ("tertangkap", "tangkap", ("verb", "passive")),
    ("kecaman", "kecam", ("noun", "nominal")),
    ("penahanan", "tahan", ("noun", "nominal")),
    ("kesepakatan", "sepakat", ("noun", "nominal")),
    ("penyerang", "serang", ("agent", "nominal")),
    ("bertemu", "temu", ("verb", "active")),
])
def test_form(word, root, expect):
    readings = [a for a in analyses(word) if a.root == root]
    assert expect in {form_of(r) for r in readings}
