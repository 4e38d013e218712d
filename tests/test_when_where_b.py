"""Dates and places of coded events on sentences written for these tests (packaged
dictionaries); the second round of the dates-and-places audit."""

from __future__ import annotations

from peristiwa.pipeline import code_text


def _places(text, res, published="2025-10-20"):
    return [(e.cameo_root, e.location.name if e.location else None)
            for e in code_text(text, res, published=published)]


def test_a_province_after_a_provincial_body_is_its_capital(res):
    # the governor's office, the provincial police and prosecutors sit in the capital
    assert _places("Ratusan buruh berunjuk rasa di depan Kantor Gubernur Jateng.", res) == \
        [("14", "Semarang")]
    assert _places("Jaksa menahan Budi di Kejaksaan Tinggi Jawa Timur.", res) == \
        [("17", "Surabaya")]
    assert _places("Mahasiswa menggelar aksi di DPRD Provinsi Sulawesi Barat.", res) == \
        [("14", "Mamuju")]
    # a province named on its own stays the province
    assert _places("Bupati bertemu warga di Jawa Tengah.", res) == [("04", "Jawa Tengah")]
