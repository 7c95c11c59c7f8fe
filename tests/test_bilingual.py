"""The English lexicon: CC-CEDICT glosses read backwards, limited to the corpus's own words."""

from __future__ import annotations

from qa import bilingual
from qa.bilingual import english_lexicon, gloss_stems, stem


def test_glosses_translate_only_when_short_and_a_translation():
    assert gloss_stems("enterprise") == [stem("enterprise")]
    assert gloss_stems("foreign capital") == [stem("foreign"), stem("capital")]
    assert gloss_stems("(of markets, industries etc) rising") == [stem("rising")]
    assert gloss_stems("CL:家[jia1]") == []
    assert gloss_stems("surname Wang") == []
    assert gloss_stems("Xinxing county in Yunfu 雲浮|云浮[Yun2 fu2], Guangdong") == []


def test_lexicon_maps_english_words_to_the_given_chinese_words():
    lexicon = english_lexicon(["企业", "治理", "外资", "e游小镇"])
    assert lexicon[stem("enterprises")] == ["企业"]
    assert lexicon[stem("governance")] == ["治理"]
    assert "外资" in lexicon[stem("foreign")]
    assert all("公司" not in words for words in lexicon.values())  # only words it was given


def test_vague_english_words_are_dropped(monkeypatch):
    both = english_lexicon(["企业", "公司"])
    assert both[stem("company")] == ["企业", "公司"] or both[stem("company")] == ["公司", "企业"]
    monkeypatch.setattr(bilingual, "MAX_SENSES", 1)
    assert stem("company") not in english_lexicon(["企业", "公司"])
