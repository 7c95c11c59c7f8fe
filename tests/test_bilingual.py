"""The English lexicon: CC-CEDICT glosses read backwards, limited to the corpus's own words."""

from __future__ import annotations

import pytest

from qa.ingest import bilingual
from qa.ingest.bilingual import american, english_lexicon, first_sense, gloss_words, near_synonyms, stem
from qa.retrieval import senses


def test_glosses_translate_only_when_short_and_a_translation():
    assert gloss_words("enterprise") == ["enterprise"]
    assert gloss_words("foreign capital") == ["foreign", "capital"]
    assert gloss_words("(of markets, industries etc) rising") == ["rising"]
    assert gloss_words("CL:家[jia1]") == []
    assert gloss_words("surname Wang") == []
    assert gloss_words("Xinxing county in Yunfu 雲浮|云浮[Yun2 fu2], Guangdong") == []


def test_names_glossed_with_what_they_are_reach_their_chinese_words():
    assert bilingual.name_words("Warsaw, capital of Poland") == ["warsaw"]
    assert bilingual.name_words("Nikola Tesla (1856-1943), Serbian inventor and engineer") == ["nikola", "tesla"]
    assert bilingual.name_words("to go, to leave") == [] and bilingual.name_words("Rhine River") == []
    lexicon, _ = english_lexicon(["华沙", "君士坦丁堡", "时代"])
    assert lexicon[stem("Warsaw")] == ["华沙"] and lexicon[stem("Constantinople")] == ["君士坦丁堡"]
    assert "时代" not in lexicon.get(stem("time"), [])  # a word with translations is no magazine's name
    assert first_sense("华沙", stem("Warsaw"))  # the name is the main sense of a word that is only a name


def test_a_name_glossed_in_several_forms_gives_the_words_of_each():
    assert bilingual.name_words("Frederic Chopin or Fryderyk Franciszek Chopin (1810-1849), Polish pianist") == [
        "frederic", "chopin", "fryderyk", "franciszek", "chopin"]
    assert bilingual.name_words("Li Hung-chang or Li Hongzhang (1823-1901), Qing dynasty general") == [
        "li", "hung", "chang", "li", "hongzhang"]
    lexicon, _ = english_lexicon(["肖邦", "华沙"])
    assert lexicon[stem("Chopin")] == ["肖邦"]


def test_accented_latin_letters_are_read_plain_in_questions_and_texts():
    from qa.ingest.words import Tokenizer, plain_latin
    from qa.store.lexical import LexicalIndex

    assert plain_latin("Frédéric Chopin, Zürich, São Paulo, Cáo'é") == "Frederic Chopin, Zurich, Sao Paulo, Cao'e"
    assert plain_latin("Straße, Łódź, 曹娥, ×") == "Straße, Łodz, 曹娥, ×"  # no plain form: kept
    assert Tokenizer(set()).tokens("Frédéric Chopin") == ["frederic", "chopin"]
    texts = ["华沙与作曲家弗里德里克·肖邦有着深厚的渊源，肖邦出生于华沙附近的热拉佐瓦沃拉村。",
             "居里夫人（Marie Skłodowska-Curie）出生于华沙，后来移居巴黎。",
             "肖邦的出生地热拉佐瓦沃拉（Żelazowa Wola）位于华沙以西。"]
    lexical = LexicalIndex(texts)
    chopin = lexical.match("In which village was Frédéric Chopin born?")
    assert chopin.translated["chopin"] == ["肖邦"] and chopin.scores[0] > 0 == chopin.scores[1]
    assert "沃拉" in lexical.english["zelazowa"]  # a pair the text gives, accented


def test_business_abbreviations_are_written_out():
    assert bilingual.spelled_out("YoY growth in Q1?") == "year-on-year growth in first quarter?"
    assert bilingual.spelled_out("Qatar's Q12 H1N1") == "Qatar's Q12 H1N1"  # whole words only


def test_lexicon_maps_english_words_to_the_given_chinese_words():
    lexicon, _ = english_lexicon(["企业", "治理", "外资", "e游小镇"])
    assert lexicon[stem("enterprises")] == ["企业"]
    assert lexicon[stem("governance")] == ["治理"]
    assert "外资" in lexicon[stem("foreign")]
    assert all("公司" not in words for words in lexicon.values())  # only words it was given


def test_chinese_words_the_corpus_lacks_reach_its_words_through_shared_glosses():
    lexicon, synonyms = english_lexicon(["高校", "公寓"])
    assert stem("university") in synonyms["大学"] and "高校" in lexicon[stem("university")]
    assert stem("apartment") in synonyms["房子"]
    assert "常住人口" not in synonyms  # no gloss of it leads to these words


@pytest.mark.parametrize(("british", "us"), [
    ("theatre", "theater"), ("centres", "centers"), ("colour", "color"), ("neighbourhood", "neighborhood"),
    ("favourite", "favorite"), ("organisation", "organization"), ("prioritising", "prioritizing"),
    ("analyse", "analyze"), ("catalogue", "catalog"), ("defence", "defense"), ("programme", "program"),
])
def test_british_spellings_reach_the_american_glosses(british, us):
    assert american(british) == us and stem(british) == stem(us)


@pytest.mark.parametrize("word", ["four", "hour", "your", "tour", "genre", "precise", "promise", "enterprise",
                                  "exercise", "raise", "noise", "paradise", "science"])
def test_words_that_only_look_british_are_kept(word):
    assert american(word) == word


@pytest.mark.parametrize(("word", "english", "main"), [
    ("投资", "investment", True), ("投入", "investment", False),  # 投入 is first "to throw into"
    ("世界", "world", True), ("天地", "world", False),  # 天地 is first "heaven and earth"
])
def test_a_words_main_sense_is_its_first_gloss(word, english, main):
    assert first_sense(word, stem(english)) == main


@pytest.mark.parametrize(("word", "other", "near"), [
    ("营收", "收入", True),  # both "revenue"
    ("产物", "产品", True),  # both "product"
    ("产品", "生产线", False),  # "production line" names a line, and stems as "product"
    ("产品", "利于", False),  # "goods" is not "good (for)"
])
def test_near_synonyms_share_a_one_word_gloss_as_written(word, other, near):
    assert near_synonyms(word, other) == near and near_synonyms(other, word) == near


@pytest.mark.parametrize(("word", "other", "near"), [
    ("荣誉", "殊荣", True),  # "honor", its first sense, heads "rare honor"
    ("条件", "环境", False),  # seven senses: only the first, "condition", counts, not "circumstances"
    ("环境", "条件", True),  # four senses, all of them count
])
def test_a_word_of_many_senses_reaches_others_by_its_first(word, other, near):
    assert near_synonyms(word, other) == near


def test_a_british_spelling_finds_the_article_word(article_retriever):
    assert "社区" in article_retriever.lexical.match("Which neighbourhood?").translated["neighbourhood"]


def test_vague_english_words_are_not_translated(article_retriever, monkeypatch):
    lexical = article_retriever.lexical
    assert "外资" in lexical.match("foreign capital").translated["foreign"]
    monkeypatch.setattr(senses, "MAX_SENSES", 0)  # then every word has more close senses than that
    assert lexical.match("foreign capital").translated == {}


def test_names_given_in_both_scripts_connect_english_questions_to_chinese_passages():
    from qa.store.lexical import LexicalIndex

    texts = ["本届超级碗由野马队（Denver Broncos）对阵黑豹队（Carolina Panthers）。",
             "比赛中，野马队击败了黑豹队，卡万·肖特（Kawann Short）表现出色。",
             "JSG（晶盛机电）是一家半导体设备企业。",
             "晶盛机电今年获得省级荣誉。",
             "曹娥街道一季度外资到位697万美元。"]
    lexical = LexicalIndex(texts)
    assert lexical.english["bronco"] == ["野马"] and lexical.english["jsg"] == ["晶盛", "机电"]
    assert "denver" not in lexical.english or "野马" not in lexical.english["denver"]  # an English word: no pair
    beat = lexical.match("Who did the Broncos beat?")
    assert beat.scores[1] > 0 and beat.scores[4] == 0  # the passage that says only 野马队
    honour = lexical.match("What honour did JSG win this year?")
    assert honour.scores[3] > 0 and honour.scores[3] >= honour.scores[4]


def test_a_latin_corpus_term_does_not_split_english_words():
    """A quoted Latin term ("hi") is a word already; given to jieba it would cut "which" into w/hi/ch."""
    from qa.ingest.words import Tokenizer

    words = Tokenizer({"hi", "鸿雁社区"}).tagged_words("Which school")
    assert [w for w, _ in words if w.strip()] == ["which", "school"]


def test_the_dictionary_digest_is_made_once_per_machine_and_survives_a_damaged_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_DICTIONARY_CACHE", str(tmp_path))
    (tmp_path / "cedict-digest-0ld.pickle").write_bytes(b"made by older code")
    bilingual._digested_dictionary.cache_clear()
    try:
        made = bilingual._digested_dictionary()
        (kept,) = tmp_path.glob("cedict-digest-*.pickle")  # the older one is gone
        bilingual._digested_dictionary.cache_clear()
        with monkeypatch.context() as patched:
            patched.setattr(bilingual, "_digest", lambda: pytest.fail("the kept digest was made again"))
            assert bilingual._digested_dictionary() == made

        kept.write_bytes(b"not a pickle")
        bilingual._digested_dictionary.cache_clear()
        assert bilingual._digested_dictionary() == made
        assert kept.read_bytes() != b"not a pickle"  # replaced by a good one

        monkeypatch.setenv("QA_DICTIONARY_CACHE", str(kept))  # a file where a folder should be: cannot write
        bilingual._digested_dictionary.cache_clear()
        assert bilingual._digested_dictionary().short["企业"] == made.short["企业"]
        assert not list(tmp_path.glob(".*.tmp"))
    finally:
        bilingual._digested_dictionary.cache_clear()


def test_a_name_jieba_cuts_otherwise_in_running_text_is_still_paired():
    """克吕西普（Chrysippus）: in running text jieba reads 克/吕西普, so the pair reaches 吕西普."""
    from qa.store.lexical import LexicalIndex

    texts = ["第三任领袖克吕西普（Chrysippus）被认为是学派的奠基者。", "据说克吕西普一生写下了七百多部著作。",
             "芝诺在雅典创立了这个学派。"]
    lexical = LexicalIndex(texts)
    assert lexical.english.get("chrysippus")
    scores = lexical.match("How many works did Chrysippus write?").scores
    assert scores[1] > 0 and scores[2] == 0


def test_a_rare_character_standing_alone_is_a_token():
    """“䶮”字 keeps 䶮 (a name's character); a common character alone (书) is still no word."""
    from qa.ingest.words import Tokenizer, is_rare_character

    tokenizer = Tokenizer(set())
    assert "䶮" in tokenizer.tokens("他自造“䶮”字作为名字") and "䶮" in tokenizer.tokens("“䶮”字是什么意思？")
    assert not any(len(t) == 1 for t in tokenizer.tokens("他把书放在桌上"))
    assert is_rare_character("䶮") and not is_rare_character("书") and not is_rare_character("？")


def test_a_surname_before_a_title_is_a_word_with_it():
    """朱/女士 becomes 朱女士 (zhunvshi), as jieba keeps 刘先生 whole, and 宋/某某 宋某某;
    a count before a title is no name."""
    from qa.ingest.words import Tokenizer

    tokenizer = Tokenizer(set())
    assert "朱女士" in tokenizer.tokens("朱女士赔偿对方2万元") and "贾先生" in tokenizer.tokens("贾先生告诉记者")
    assert "zhunvshi" in tokenizer.passage_tokens("朱女士赔偿对方2万元")
    assert "songmoumou" in tokenizer.passage_tokens("宋某某将该公司经营权转让")  # a court's 某某
    assert not any(t.endswith("女士") and len(t) == 3 for t in tokenizer.tokens("三位女士来了"))


def test_the_names_a_paragraph_defines_and_gives_are_words():
    """An encyclopedia paragraph's subject and its other names (又名, 简称) stay whole, where jieba
    would cut 吸盘鱼头上 as 吸盘/鱼头/上; a name jieba knows keeps its own tag."""
    from qa.ingest.words import Tokenizer, corpus_terms

    texts = ["短䲟（学名：Remora remora），又名印头鱼、吸盘鱼或粘船鱼，是一种海水鱼。",
             "臺灣高速鐵路，簡稱臺灣高鐵或高鐵，是臺灣西部的高速鐵路系統。雍闿（？—225年）是南中豪强。"]
    terms = corpus_terms(texts)
    assert {"短䲟", "印头鱼", "吸盘鱼", "粘船鱼", "台湾高铁", "雍闿"} <= terms
    assert "高铁" not in terms  # jieba knows it
    assert Tokenizer(terms).words("吸盘鱼头上的吸盘是由什么演化来的")[:2] == ["吸盘鱼", "头上"]
    assert Tokenizer(set()).words("吸盘鱼头上的吸盘是由什么演化来的")[:2] != ["吸盘鱼", "头上"]


def test_a_proper_name_is_one_the_dictionary_glosses_as_a_name_or_lacks():
    assert bilingual.is_proper_name("墨西哥") and bilingual.is_proper_name("巴格达")
    assert bilingual.is_proper_name("伊涅斯塔")  # not listed: a name the dictionary does not know
    assert not bilingual.is_proper_name("上市") and not bilingual.is_proper_name("智慧")


def test_a_kind_is_written_with_the_characters_glossed_as_it_or_counting_it():
    assert {"河", "江"} <= bilingual.kind_characters("rivers")
    assert "集" in bilingual.kind_characters("episodes") and "艘" in bilingual.kind_characters("ships")


def test_a_character_means_alone_what_its_word_does_when_they_share_a_gloss():
    assert bilingual.means_alone("河", "河流") and bilingual.means_alone("岩", "岩石")
    assert not bilingual.means_alone("地", "地铁") and not bilingual.means_alone("公", "公司")


@pytest.mark.parametrize(("word", "text", "heard"), [
    ("daleks", "在博士的众多敌人中，最著名的是戴立克。", True),
    ("eccleston", "克里斯托弗·埃克莱斯顿出演第九任博士。", True),
    ("qatar", "卡塔尔首都多哈。", True),  # 尔 for an r after a vowel
    ("mark", "马克走进了教室。", False),  # two consonants (MK) are too few to tell a name apart
    ("musk", "在博士的众多敌人中，最著名的是戴立克。", False),
    ("daleks", "这是他们的第二个孩子。", False),  # 第二个 di-er-ge would be TLK, but 个 and 二 spell few names
    ("eccleston", "曹娥街道共引入楼宇经济项目26个。", False),
])
def test_a_foreign_name_is_heard_in_its_chinese_transliteration(word, text, heard):
    assert bilingual.transliterated_in(word, text) == heard


def test_consonant_skeletons_allow_the_variants_transliteration_uses():
    from qa.ingest.sounds import chinese_skeletons, english_skeletons

    assert english_skeletons("Dalek") == chinese_skeletons("戴立克") == {"TLK"}
    assert english_skeletons("Charles") & chinese_skeletons("查尔斯")  # rl as 尔
    assert english_skeletons("Short") & chinese_skeletons("肖特")  # r before a consonant unsaid
    assert not english_skeletons("Hunter") & chinese_skeletons("戴立克")


def test_a_courtesy_name_given_and_asked_for_is_one_word():
    """"刘铭传，字省三" gives what "刘铭传字什么" asks; 国号, 绰号, 数字, 号召 and 这个字 are other words."""
    from qa.ingest.words import COURTESY_NAMES, Tokenizer

    tokenizer = Tokenizer(set())
    courtesy, art = COURTESY_NAMES["字"], COURTESY_NAMES["号"]
    assert {courtesy, art} <= set(tokenizer.tokens("劉銘傳，字省三，號大潛山人，安徽合肥人。"))
    assert art in tokenizer.tokens("他在黄州开荒种地，自号东坡居士。")
    assert art in tokenizer.tokens("韩世忠，字良臣，晚号清凉居士，延安府人。")
    assert COURTESY_NAMES["谥"] in tokenizer.tokens("李纲病逝于福州，宋孝宗时追谥“忠定”。")
    assert courtesy in tokenizer.tokens("王珣（349年—400年），字元琳，东晋书法家。")  # 字元 is a word, 元琳 a name
    for asked, word in (("劉銘傳字什麼？", courtesy), ("苏轼的号是什么", art), ("王珣字甚么", courtesy)):
        assert word in tokenizer.tokens(asked), asked
    for other in ("南汉国号叫什么？", "本菲卡的绰号是什么", "这个字什么意思", "数字经济是什么", "文字（字数）很多",
                  "政府发出倡议，号召市民节约用水。"):
        assert not {courtesy, art} & set(tokenizer.tokens(other)), other


@pytest.mark.parametrize(("place", "area"), [
    ("武汉", "市"),  # "Wuhan city on Changjiang, …"
    ("乐清", "市"),  # "Yueqing county level city in Wenzhou": a city, not a county
    ("浙江", "省"),
    ("灌云", "县"),
    ("相城", "区"),  # "Xiangcheng district of Suzhou city": the district, not the city it is in
    ("万州", None),  # "Wanzhou suburbs of north Chongqing municipality": no kind said of it
    ("天堂", None),  # no place
])
def test_the_dictionary_says_what_kind_of_area_a_place_name_is(place, area):
    assert bilingual.area_of(place) == area
