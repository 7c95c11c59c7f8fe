"""What the question asks for must be in the evidence: the focus term and whether the passages hold it.

Cosine similarity cannot tell "曹娥街道的常住人口有多少？" from a question the
article answers: the passage about 曹娥街道 is near either way. What tells
them apart is that the thing asked for (常住人口) is nowhere in the passages.
The focus is the noun the question word asks about (常住人口 in "常住人口有
多少", 荣誉 in "获得了什么荣誉", population in "what is the population of"),
leaving out nouns that only say what shape the answer takes (做法, 名字,
位置, "kind") or point at the page itself (标题, 配图, "caption"). It is found
in the evidence as written (after OpenCC), through a two-character part of a
longer term (总投资额 → 投资), through pinyin (Hongyan → 鸿雁) or through the
CC-CEDICT bridge (tax → 税收). Verbs and adjectives are not checked: paraphrases
reword them freely.

Finding the focus is not enough when the passage gives it for something else:
the sentence that gives it must be about the names the question asks it of,
and the period, age, number or compound the question asks for must be there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from qa.ingest import bilingual
from qa.ingest.sentences import is_cjk
from qa.ingest.words import STOPWORDS, dictionary_tag, is_common_word, is_rare_character, pinyin, to_simplified
from qa.store.lexical import LexicalIndex
from qa.store.texts import KIND_LABELS

QUESTION_WORDS = frozenset("""
多少 什么 啥 哪 哪个 哪些 哪里 哪儿 哪一 哪家 哪所 哪位 哪项 哪种 哪类 哪年 哪一年 几 几个 几家 几项 几年 几批 几位 谁
怎么 怎样 怎么样 如何 为什么 为何 何时 何地 何处 是否 吗 多大 多高 多长 多久 多远 多重 咋 咋样 啥样 几时 多少钱
多长时间 多少时间 几点 几号 几月 几日 啥意思 什么意思
what which who whom whose when where why how list name describe
""".split())
# Nouns that point at the page itself: a question with no other noun asks about the document.
PAGE_NOUNS = frozenset("""
文章 报道 文中 本文 全文 原文 版面 本版 标题 题目 大标题 副标题 小标题 导语 开头 结尾 末尾 段落
配图 照片 图片 图说 图片说明
article story piece report text paper page headline title subtitle heading caption photo picture image
""".split())
# Words that say how much or which one ("the total floor area"): no key terms, and passed over on the
# way to an English question's focus, unlike a noun asking for a kind of thing ("what model").
ENGLISH_MODIFIERS = frozenset("""
much many one two three four five six seven eight nine ten first second third fourth fifth last main big large
small high low long short far wide deep tall heavy old new annual total full exact overall current often frequently
usually st nd rd th
""".split())
# Nouns that only say what shape the answer takes, or point at the page itself, in Chinese and English.
FRAME_NOUNS = PAGE_NOUNS | frozenset("""
部分 一部分 章节 篇章 说明 句 一句 半句 话 口号 口诀 标语 比喻 说法 内容 情况 方面 作用 意义 目的 特点 特征
做法 办法 方式 措施 方法 路子 招数 例子 举例 方向 领域 类型 种类 角色 问题 原因 关系 模式 名称 名字 称号 评价
东西 事情 事 样子 程度 时候 名单 名录 清单
单位 机构 时间 日期 年份 数字 数据 数量 金额 位置 部位 地位 定位 阶段 地方 意思 概念 目标 成绩 结果 好处 水平 规模 政策
举措 工作 重点 一共 总共 总计 合计 分别
news section sections part
kind kinds type types sort way ways thing things number numbers amount total percentage percent
figure figures name names role roles position year years date time day month place model approach method
mechanism initiative initiatives measure measures step steps effort efforts practice practices policy policies
target targets goal goals aim aims example examples instance instances money sum sums reason reasons
""".split()) | ENGLISH_MODIFIERS
# English has no tagger here: common verbs, and -ed/-ing forms, are left out instead.
ENGLISH_VERBS = frozenset("""
go goes went gone come comes came get gets got make makes made take takes took give gives gave write writes wrote
written say says said see sees saw seen know knew known think thought put puts pay pays paid set sets become became
bring brought keep kept hold held win wins won lead leads led grow grows grew plan plans want wants need needs help
helps follow follows belong belongs stand stands mean means use uses work works build builds run runs reach reaches
live lives cost costs open opens close closes employ employs happen happens start starts
appear appears carry carries buy buys bought include includes receive receives provide provides attract attracts
sell sells sold produce produces join joins own owns kill kills die dies invest invests occur occurs involve involves
allow allows require requires achieve achieves tell tells told ask asks count counts
begin begins began begun choose chooses chose chosen speak speaks spoke spoken spend spends spent teach teaches
taught throw throws threw thrown send sends sent hear hears heard fell fallen broke broken drove driven ate eaten
flew flown forgot forgotten hid hidden lost met rode risen sang sung stole stolen struck swam wore worn fought
stood understood caught sought slept drew drawn shown built used using died dying lit
""".split())
# Adverbs of manner and degree say how the question is asked, not what about ("actually arrived").
ENGLISH_ADVERBS = frozenset("""
also just still yet ever even really actually already exactly specifically roughly approximately
originally initially finally eventually mainly mostly nearly almost only together respectively altogether
precisely officially
""".split())
ENGLISH_PRONOUNS = frozenset("he she him her his hers they them their theirs we us our you your me my mine".split())
# Contractions, which the tokenizer writes without their apostrophe (they're → theyre, don't → dont).
ENGLISH_CONTRACTIONS = frozenset("""
im ive youre youve youll youd weve theyre theyve theyll theyd itll thatll theres
dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt hasnt havent hadnt
""".split())
# A prefix jieba cuts off at its hyphen ("co-produced" → co, -, produced) is no word of its own.
ENGLISH_PREFIXES = frozenset("co re pre non anti multi self ex sub inter post semi mid".split())
ENGLISH_PREPOSITIONS = frozenset("""
above below under over within between among around across after before during since until via per than through
near behind beyond toward towards against along inside outside upon onto
""".split())
# Questions for a time ask when something happened: the event (成立, 投产) must be in the evidence.
TIME_QUESTIONS = frozenset("哪一年 哪年 什么时候 啥时候 何时 几时 哪天 哪一天".split())
ENGLISH_TIME = re.compile(r"\bwhen\b|\b(?:what|which)(?: \w+)? (?:year|date|month|day|time)\b", re.I)
ENGLISH_TIME_ASKED = re.compile(r"\W*(?:when\b|(?:in |on |at )?(?:what|which)(?: \w+)? (?:year|date|month|day|time)\b)",
                                re.I)
# jieba cuts a name it does not know into single characters (聚/英 in 聚英社区); a run of at least two
# of them that are not function words (particles, pronouns, numbers, adverbs…) is taken as that name.
FUNCTION_TAGS = ("u", "p", "c", "r", "d", "m", "q", "x", "y", "e", "f")
NOUN_TAGS = ("n", "vn", "j", "eng")  # jieba tags: n* (nouns, names, places), verbal nouns, abbreviations, Latin words
NAME_TAGS = ("nr", "ns", "nt", "nz")  # person, place, organisation and other proper names
# Names that make a sentence about something else; person names (nr) are left out, as jieba tags
# many common words (智慧, 楼宇) as person names.
OTHER_SUBJECT_TAGS = ("ns", "nt", "nz")
# Time words a question may use that need not be in the evidence: the present, times within the
# story itself (当时, 当天, 后来, 当年, 次年), which news and encyclopedias write as a date or not at
# all, and words jieba tags as times that are none (本来 "originally", 下来 in 固定下来).
UNCHECKED_TIMES = frozenset("""
现在 目前 当前 如今 近日 日前 最近 平时 平常 今天 当下 近年 近年来 以来
当时 当天 当晚 当日 夜间 深夜 白天 上午 下午 中午 晚上 早上 凌晨 傍晚 最初 起初 当初 此前 此后 之前 之后 后来 随后
事前 事后 会上 正在 当年 同年 次年 翌年 早年 晚年 往年 元年 年间 过去 从前 平日 往日 昔日 本来 下来
古时候 古时 古代 远古 上古 旧时 早期 原先 原本 原来 早先 而来 过世
""".split())
# A dynasty is written 明朝, 明代 or, for its start and end, 明初 and 明末; a season 秋天, 秋季 or 入秋:
# either form finds the other.
DYNASTIES = "夏商周秦汉晋隋唐宋元明清"
DYNASTY = re.compile(rf"([{DYNASTIES}])[朝代]")
DYNASTY_PHASE = re.compile(r"([初末])[年期]")  # 唐朝初年, written 唐初
SEASON = re.compile(r"([春夏秋冬])[天季]")
COUNT_WORDS = frozenset("多少 几".split())
MEASURE_WORDS = frozenset("人 家 个 层 楼 户 岁 点 钱 条 座 栋 辆 台 亩 名 位 次 届 所 间 套 张 元 块"
                          " 平方公里 平方千米 平方米 公顷 公里 千米 吨".split())
DATE = re.compile(r"\d{2,4}年|[\d一二三四五六七八九十]+[月日点时]|\d{1,2}[:：]\d{2}"
                  r"|今年|明年|去年|年底|年初|上半年|下半年|季度")
QUANTITY_MODIFIERS = frozenset("大 高 长 久 远 重 少".split())
MEASURE_LEADS = frozenset("有 是 能 会 约 大约 大概 到底 究竟 一共 总共 了".split())  # between a verb and 多大
CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’]+")
POSSESSOR = re.compile(r"\b([A-Za-z]+)['’]s\b")
QUOTES = re.compile(r"[“”‘’「」『』\"']")
QUOTED_CHARACTER = re.compile(r"[“‘「『\"']([\u3400-\u4dbf\u4e00-\u9fff])[”’」』\"']")  # “鞠”: a word the asker names
IN_A_WORK = frozenset("中里内")  # 《红楼梦》中…: in the book
SENTENCE_END = re.compile(r"[。！？!?；;]")
CLAUSE_END = re.compile(r"[，,。！？!?；;：:]")
# An office whose holder a question asks for by name (组长叫什么名字, 书记是谁): the evidence must name a
# person with the office, not only mention it (以街道主要领导为组长).
OFFICE = re.compile(r"(?:长|书记|主任|负责人|经理|主席|总裁|董事|创始人|创办人|委员|教练)$")
# A founder is named by the founding itself: 由乐显扬…创办 names the 创始人.
FOUNDER = re.compile(r"创始人|创办人|创立者|创建者|创办者|奠基人")
FOUNDED = re.compile(r"创办|创立|创建|始创|创设|开办|创始")
FOUNDER_ASKED = re.compile(rf"谁\w{{0,2}}?(?:{FOUNDED.pattern})|(?:{FOUNDED.pattern})(?:者|人)?(?:是谁|是哪位)")
HOLDER_ASKED = re.compile(r"(?:的)?(?:具体|究竟|到底|现在|目前)?"
                          r"(?:是谁|是哪位|是哪一位|由谁担任|叫什么|叫啥|姓名|名字)")
# "哪家企业牵头开发": the clause that says what the question asks about must name a company
# (晶盛机电, 卧龙集团, "晶盛、卧龙等龙头企业"), not only the place that did it (曹娥街道…开发).
COMPANY_ASKED = re.compile(r"哪一?家(?:企业|公司|厂商|厂家)"
                           r"|\b(?:which|what) (?:company|companies|firms?|enterprises?)\b", re.I)
COMPANY = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}?(?:集团|公司|机电|股份|科技|实业|控股|银行|电器|制药|药业|影业|传媒"
                     r"|航空|汽车|电子|通信|网络|食品|能源|证券|保险|地产|置业|建工|电力|石油|化工|钢铁|物流|商场)"
                     r"|、[^，,。；;]{1,12}等[^，,。；;]{0,8}(?:企业|公司)")
# A period the question names must be the period the passage gives (全年 is not 一季度): how a
# question may write it, and how a passage does.
PERIODS = [(re.compile(asked, re.I), re.compile(given)) for asked, given in [
    (r"第?一季度?|首季|\bq1\b|first quarter", r"一季度|第一季|首季"),
    (r"第?二季度?|\bq2\b|second quarter", r"二季度|第二季"),
    (r"第?三季度?|\bq3\b|third quarter", r"三季度|第三季"),
    (r"第?四季度?|\bq4\b|fourth quarter", r"四季度|第四季"),
    (r"上半年|first half", r"上半年"),
    (r"下半年|second half", r"下半年"),
    (r"全年|whole year|full year|(?:the )?whole of|all of", r"全年"),
]]
# A year named from the reader's now (去年, "last year"): a passage may give it as a year, since a
# document's date is not known from its text, or relative to its own date the same way.
YEARS_FROM_NOW = [(re.compile(asked, re.I), re.compile(given)) for asked, given in [
    (r"(?<![比较])(?:去年|上一?年度?)|\blast year\b|\bprevious year\b|\bpast year\b", r"去年|上一?年|(?:19|20)\d{2}年"),
    (r"今年|本年度?|\bthis year\b|\bcurrent year\b", r"今年|本年|(?:19|20)\d{2}年"),
    (r"明年|\bnext year\b", r"明年|(?:19|20)\d{2}年"),
    (r"前年|\byear before last\b", r"前年|(?:19|20)\d{2}年"),
]]
# An administrative level, a frequency, a road, the whole of a place or a ranking the question names
# must be said where the focus is given (国家级 is not 省级以上; "多久开一次" needs 每…/定期; "在哪条路上"
# needs a road's name; "纳税最多的企业" needs a sentence that ranks, not one that lists): how a question may
# write it, and how a passage does (浙江省…领跑者 is a provincial honour).
QUALIFIERS = [(re.compile(asked, re.I), re.compile(given)) for asked, given in [
    (r"国家级|国字号|\bnational\b|\bstate-level\b", r"国家|全国|国字号|中央"),
    (r"省级|\bprovincial\b", r"省"),
    (r"市级|\bmunicipal\b|\bcity-level\b", r"市级|全市|市委|市政府|市重点"),
    (r"区级|县级|\bdistrict-level\b|\bcounty-level\b", r"区级|县级|全区|全县|区委|县委|区政府|县政府|区重点|县重点"),
    (r"多久.{0,4}一次|多长时间.{0,4}一次|频率|频次|\bhow often\b|\bhow frequently\b", r"每|定期|频率|频次|例会|常态化"),
    (r"哪一?条(?:马路|大街|路|街|道)|什么(?:路|街)(?![子线径])|门牌|\b(?:which|what) (?:road|street)\b",
     r"(?:路|大道|街|巷|弄)\s*\d+\s*号|[\u4e00-\u9fff]{2,6}(?:路|大道|大街|巷)(?:[上口旁边侧段与和]|$)"),
    # the whole of a place (整个上虞区), where the passage may give one of its parts (曹娥街道's figure)
    *[(rf"整个[^\W\d_a-zA-Z]{{0,4}}?{level}|\b(?:whole|entire) (?:[a-z']+ )?{english}\b", rf"全{level}|整个")
      for level, english in [("区", "district"), ("市", "city"), ("县", "county"), ("省", "province")]],
    # the scope of a first (浙江省第一个): a first at another level (绍兴地区首个) or a first batch (首批) is not it
    *[(rf"(?:全|[^\W\d_a-zA-Z]{{1,4}}){level}(?:内)?(?:第一|首)[个家座所条]",
       rf"(?:全|[^\W\d_a-zA-Z]{{1,4}}){level}(?:内)?[^，,。；;]{{0,3}}(?:第一|首)[个家座所条]")
      for level in "国省市县区"],
    # a ranking, not a term (最大动能): what is ranked, then the superlative, ending the phrase
    (r"[^\W\d_a-zA-Z上的中里在是了]{0,2}最[大多高强好快长久重低少小](?=[的是为呢]|[^\u4e00-\u9fff]|$)"
     r"|\b(?:largest|biggest|highest|greatest|lowest|smallest|fewest|most(?! of\b))(?: (?!of\b|in\b|among\b)[a-z]+)?",
     r"最[大多高强好快长久重低少小为]|第一[名位家个大]|之首|冠军|之最|榜首|排名第|位居第|居.{0,6}(?:首位|第一|前列)"
     r"|第[一二三四五六七八九十\d]+[名位]"),
    # where an event was held: a sentence naming it must say where it took place, not only mention it
    (r"(?:在|于)?(?:哪里|哪儿|哪|何地|何处|什么地方|哪个地方|哪座城市|哪个城市)"
     r"(?:开(?=的|会|过|了|[^\u4e00-\u9fff]|$)|召开|举行|举办|开幕)"
     r"|\bwhere\b(?=[^?]*\b(?:held|hosted|staged|convened)\b)",
     r"(?:在|于)[^，,。；;、]{1,20}(?:召开|举行|举办|开幕|闭幕)|地点|会场|会址"),
]]
# A list asked by name ("标杆企业名单", "the list of companies"): the evidence must name them.
LIST_ASKED = re.compile(r"名单|名录|清单|\blist of\b|\bnames of\b", re.I)
LISTED_COUNT = re.compile(r"(\d+)\s*[家个位名所项座栋条]")
# What reaches a person, which a passage gives as a number or address, not as a mention (电话和微信同号).
CONTACT_TERMS = frozenset("电话 电话号码 手机 手机号 手机号码 号码 联系电话 联系方式 微信 微信号 邮箱"
                          " phone telephone mobile wechat email".split())
# "Which are the 10 listed companies?", "list the names of the 10 …": the count is known, the names are asked.
ENGLISH_WHICH_ONES = re.compile(r"\b(?:which|list|names?)\b", re.I)
ENGLISH_COUNTED = re.compile(r"\b([2-9]|[1-9]\d+)((?:\s+[A-Za-z-]+){1,3})")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# -ed and -ing forms: verbs, not terms, in English without a tagger
PARTICIPLE = re.compile(r"(?=[a-z]{5})[a-z]+(?:ed|ing)")
# Part of a year: a year's figure asked ("2021年的总产值") is not given by a quarter's (今年一季度).
PART_OF_YEAR = re.compile(r"季度|第[一二三四]季|上半年|下半年|\d+\s*[-—~至到]\s*\d+月"
                          r"|前[两三四五六七八九十]个?月|头[两三四五六]个月")
RELATIVE_YEARS = re.compile(r"今年|去年|明年|前年|上年|本年|同期")  # a passage's years we cannot date: any year fits
# A change against the same period a year before ("比去年同期涨了多少", "同比增长", Taiwan's 年增率,
# "year-on-year growth"): news writes it 同比, said of each figure it compares. "去年同期的产值" asks
# for last year's figure instead.
BASELINE = re.compile(r"(?<=[比较])(?:去年|上年)同期|同比|年增长?率")
COMPARED_ASKED = re.compile(rf"{BASELINE.pattern}|\bsame period (?:of )?last year\b|\byear[- ]on[- ]year\b", re.I)
COMPARED_GIVEN = re.compile(r"同比|(?:去年|上年)同期")
# "为什么…", "why…": a reason is asked, which a sentence must give, not only state what happened
# ("被称为什么", "封为什么" ask a name: 为 after such a verb is "as"); a name's origin (由来, 怎么来的) is one.
REASON_ASKED = re.compile(r"(?<![称封成作改定选视誉译列分命名设尊追拜任升晋聘评认变化划编])为什么"
                          r"|为何|为啥|何以|怎么会|什么原因|原因是|原因有|怎么来的|怎么得名|由来|来历"
                          r"|\bwhy\b|\bhow come\b|\bwhat (?:caused|led to)\b|\breasons?\b", re.I)
# How a sentence gives a reason or purpose (…是…的必要途径 justifies what it names; "因海冰提前破裂而…";
# a clause of purpose, "为避开巨石，…", "目的是…", or of what it brings about, "…，使米粒均匀吸水").
REASON_GIVEN = re.compile(r"(?<!基)因(?!特)|由于|得益于|受益于|源于|缘于|归功于|为了|旨在|以便|所以|从而|正是|在于"
                          r"|[，,]使(?!用)|目的(?:是|在于)"
                          r"|(?:^|[\s，,。；;：:])为[^，,。；;]{1,20}[，,]"
                          r"|鉴于|基于|为契机|依托|凭借|带动|拉动|驱动|推动下|作用下|影响下"
                          r"|是[^，,。；;]{0,24}(?:途径|关键|基础|前提|保障|需要|要求|必然|根本|动力|抓手|举措|手段|结果)"
                          r"|\bbecause\b|\bdue to\b|\bthanks to\b|\bowing to\b|\bin order to\b|\bso that\b")
# "How much did the Longsheng building cost?": a sum of money is asked, as by 多少钱
ENGLISH_MONEY = re.compile(r"\bhow much(?: money)?\b(?=[^?]*\b(?:costs?|spent|spend|spends|paid|pay|pays|price|worth"
                           r"|invest|invested|investment|funding|budget)\b)", re.I)
# People counted in English ("how many talented people"): the count is in 人, a character no word
# of the lexicon holds alone, so the count itself gives them (4900余人). People who live somewhere
# are a population, written 人口…万 without 人, which the word "people" finds.
ENGLISH_PEOPLE = re.compile(r"\bhow many (?:[a-z-]+ ){0,2}?(people|persons)\b"
                            r"(?!\s+(?:live|lived|living|reside|resided|residing|inhabit|inhabited)\b)", re.I)
# People are counted in any of these: 多少名人才 is answered by 4900余人.
PERSON_UNITS = "人|名|位"
# Companies and shops are counted in 家, and in Hong Kong and Taiwan also in 间 (幾間上市公司).
SHOP_UNITS = "家|间"
CLOCK_UNITS = "点|时"  # 几点 is answered by 凌晨1时40分 too
AREA_UNITS = "平方公里|平方千米"
LENGTH_UNITS = "公里|千米"
# A unit an English question asks its answer in ("How large is it in square kilometres?"): a number in
# that unit must be given, as a Chinese question's 多少平方公里 asks.
ENGLISH_UNITS = [(re.compile(pattern, re.I), unit) for pattern, unit in [
    (r"\bsquare kilomet(?:re|er)s?\b|\bkm2\b|\bkm²|\bsq\.? ?km\b", "平方公里"),
    (r"\bsquare met(?:re|er)s?\b|\bm2\b|\bm²|\bsq\.? ?m\b", "平方米"),
    (r"\bhectares?\b", "公顷"),
    (r"(?<!square )\bkilomet(?:re|er)s?\b|\bkm\b", "公里"),
    (r"\btonn?es?\b|\btons\b", "吨"),
]]
QUANTITY_ASKED = re.compile(r"\bhow (?:many|much|large|big|long|far|wide|heavy)\b|\bin (?:square |sq)|\barea\b", re.I)
# A sum's units after a number, 万 or 亿 (60亿元, 5万美元, 500万塔勒).
MONEY_UNITS = "元|美元|欧元|港元|日元|韩元|英镑|镑|法郎|马克|卢布|塔勒|盾|比索|里拉|先令|卢比"
# A name with a number in a Latin-script question ("Apollo 13", "Super Bowl XLIX", "Ferdinand III"): the
# number tells it from its namesakes (阿波罗11号 is no Apollo 13), so a passage must say it. A month's day
# ("October 10") and the question's first word ("Convert 72 …") are no such names.
NUMBERED_NAME = re.compile(r"(?<=\S )(?:[A-Z][A-Za-z]+ )*?([A-Z][A-Za-z]+) (\d{1,3}|[IVXLC]{2,7})\b")
MONTHS = frozenset("""January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
CHINESE_DIGITS = "零一二三四五六七八九"
NUMBER_ASKED = re.compile(r"\bnumbers?\b|号码", re.I)  # "what is his phone number": the answer is a number
AGE = re.compile(r"(?:今年|现在|如今|目前)多大(?:了|年纪|岁数)?|多大(?:了|年纪|岁数)|年纪|年龄|岁数|几岁|多少岁"
                 r"|how old|\bage\b", re.I)
NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]+[余多]?"
                    r"[个家项名位人批大条座栋亿万倍成层所部本种件岁次届篇首只]")
DEMONSTRATIVE = re.compile(r"[这那哪该此每][个位名家场箱些张件份笔起样种条座栋辆台次届所间套块项批]")
CHARACTER_COUNT = re.compile(r"[一二两三四五六七八九十百\d]+个?字")
# "哪种皴法", "什么颜色", "on which river", "how many ships": the focus names the kind of thing asked,
# which the answer may only instantiate (雨点皴, 维斯瓦河, 11艘船). A suffix that says "kind" or "manner"
# (皴法, 国度) leaves the kind in the first character.
KIND_ASKED = re.compile(r"哪.*|什么|啥|which|what|whose|many")
KIND_SUFFIXES = frozenset("法度式类种型样域")
# Kinds of place and person (as asked, or stemmed): a name jieba tags as a name instantiates them
# (巴格达, 包拯); jieba's tags do not tell a foreign place from a person.
NAMED_KINDS = frozenset("""
城市 国家 首都 都城 省份 城镇 港口 岛屿 地区 国度 人物 官员 演员 运动员 作家 诗人 画家 科学家 医生 皇帝 君主 将军
建筑师 作曲家 导演 发明家 数学家 哲学家 学者
citi town countri nation capit state provinc region villag port island continent actor actress athlet player
presid leader king queen emperor sultan khan writer author poet painter sculptor scientist physician doctor
architect compos director inventor general command offic offici founder mathematician philosoph scholar
""".split())
ENGLISH_AUXILIARIES = frozenset("is are was were be been do does did has have had can could will would".split())
COUNT = re.compile(r"[\d一二两三四五六七八九十百千万]+[余多]?[\u4e00-\u9fff]?")  # 11艘(船), 73(集): a count of the kind
QUOTED_SPAN = re.compile(r"[“「『《]([^”」』》]{2,12})[”」』》]")
ASKING = re.compile(r"哪|什么|啥|谁|多少|几|怎")  # a question word before the focus makes no label (…屈原的哪篇作品)
MAX_PHRASE_CHARS = 14  # longer spans carry the question's verbs (…规划建多大面积)
WINDOW_AFTER = 3  # "获得了什么荣誉": the asked-for noun follows the question word within a few words
# A Chinese term longer than this whose last character is the only part not written was joined by jieba
# to the first character of the next word (登革熱病例 → 登革热病/例), or is a written term with a suffix (总投资额).
JOINED_CHARS = 3
SPELLED_NAME_CHARS = 6  # a shorter Latin word (hu, wang) runs into any text's pinyin by chance


@dataclass(frozen=True)
class KeyTerms:
    terms: list[str]  # the question's checkable nouns, in question order
    focus: str | None  # the noun the question word asks about
    names: list[str] = field(default_factory=list)  # names and times it asks about (柯桥区, 去年): all must be there
    counted: str | None = None  # a count asked in a measure word ("多少层", "年龄"): the evidence must count in it
    measure: str | None = None  # that measure word (层, 岁)
    asks_time: bool = False  # "哪一年/什么时候 + event": a sentence with the event must carry a date
    subjects: list[str] = field(default_factory=list)  # proper names the focus is asked of (晶盛 in 晶盛…的总投资)
    asked_of: str | None = None  # the words from the first subject to the focus, as the question writes them
    periods: list[tuple[str, re.Pattern]] = field(default_factory=list)  # (as asked, as a passage writes it)
    modifier: str | None = None  # the noun the focus is compounded with (辖区 in 辖区面积): it must be there too
    asks_number: bool = False  # "是多少", "how much": a sentence with the focus must give a number
    events: list[str] = field(default_factory=list)  # "when was it founded": a dated sentence must say founded
    qualifiers: list[tuple[str, re.Pattern]] = field(default_factory=list)  # (as asked, as a passage writes it)
    enumerates: bool = False  # "那10家上市公司是哪几家": the count is known, the evidence must name them
    office: str | None = None  # "组长叫什么名字": the office whose holder is asked for (see OFFICE)
    listed: str | None = None  # the count a question gives of the things it asks to name ("the 10 companies")
    asks_company: bool = False  # "哪家企业…": a clause with the rest of the question must name a company
    asks_reason: bool = False  # "为什么…": a sentence saying the rest of the question must give a reason
    compared: bool = False  # "比去年同期…": the change must be said year on year (同比) of the focus
    kinds: frozenset[str] = frozenset()  # "哪种皴法", "which river": characters a thing of the kind ends in
    named_kind: bool = False  # "which city", "哪位官员": a kind of place or person, which a name instantiates

    @property
    def in_english(self) -> bool:
        """Whether the key terms are all Latin-script: what is missing is named in English."""
        return bool(self.terms) and all(term.isascii() for term in self.terms)


def unreachable_name(term: str, lexical: LexicalIndex) -> bool:
    """Whether a Latin-script name can be neither found nor missed in this corpus: no English word
    (Xenophon, Kawann), not written in it, and no name the documents pair with a Chinese one. A
    Chinese paragraph spells it its own way (色诺芬), which nothing here can read back."""
    return (term.isascii() and not bilingual.is_english_word(term) and not lexical.knows(term)
            and bilingual.stem(term) not in lexical.english)


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _chinese_number(n: int) -> str:
    """1 → 一, 16 → 十六, 49 → 四十九, 100 → 一百 (numbers below 1000, as names write them: 十六世)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    text = CHINESE_DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else CHINESE_DIGITS[tens]) + "十"
    elif hundreds and units:
        text += "零"
    return text + (CHINESE_DIGITS[units] if units else "")


def numbered_names(question: str) -> list[tuple[str, int]]:
    """The names with a number a Latin-script question asks about, with the number (see NUMBERED_NAME)."""
    names = []
    for match in NUMBERED_NAME.finditer(question):
        word, number = match.groups()
        if word not in MONTHS:
            names.append((match.group(0), int(number) if number.isdigit() else _roman(number)))
    return names


def names_the_page(question: str, lexical: LexicalIndex) -> bool:
    """Whether the question names the document itself (配图, 标题, "caption")."""
    return any(word in PAGE_NOUNS for word in lexical.tokenizer.words(question))


def _count_asked(word: str) -> str | None:
    """The measure word of a count question written as one word by jieba (几层, 几家, 多少人), if it is one;
    几个人 counts people."""
    for lead in COUNT_WORDS:
        measure = word[len(lead):]
        if word.startswith(lead) and (measure in MEASURE_WORDS or measure == "个人"):
            return measure.removeprefix("个") if measure == "个人" else measure
    return None


def _is_question_word(words: list[tuple[str, str]], index: int) -> bool:
    word = words[index][0]
    if word in QUESTION_WORDS or word in TIME_QUESTIONS or _count_asked(word):
        return True
    following = words[index + 1][0] if index + 1 < len(words) else ""
    return word == "多" and following in QUANTITY_MODIFIERS  # 多 大 → 多大


def _is_adverb(word: str) -> bool:
    """An English -ly adverb of a word the dictionary knows (directly, easily), not family or supply."""
    if not word.endswith("ly") or word.endswith("mbly"):  # assembly
        return False
    base = (word[:-3] + "y" if word.endswith("ily") else word[:-1] + "e" if word.endswith("bly")
            else word[:-2] if len(word) > 5 else "")
    return bool(base) and bilingual.is_english_word(base)


def _is_term(word: str, tag: str) -> bool:
    if word.isascii() and (word in ENGLISH_VERBS or word in ENGLISH_PRONOUNS or word in ENGLISH_ADVERBS
                           or word in ENGLISH_CONTRACTIONS or PARTICIPLE.fullmatch(word) or _is_adverb(word)):
        return False
    if len(word) > 2 and word[0] == "被":  # a passive verb jieba tags as a noun (被称作)
        return False
    if CHARACTER_COUNT.fullmatch(word):  # the answer's length (四字口诀), like its shape
        return False
    if DEMONSTRATIVE.fullmatch(word):  # "那箱「苹果」", "那场游行": pointing at a noun, not naming one
        return False
    return (len(word) > 1 and tag.startswith(NOUN_TAGS) and not word.isdigit() and word not in STOPWORDS
            and word not in QUESTION_WORDS and word not in UNCHECKED_TIMES and word not in FRAME_NOUNS
            and word.removeprefix("新") not in FRAME_NOUNS and not (word.isascii() and word[:-1] in PAGE_NOUNS))


def _cut_across(word: str, tag: str, lexical: LexicalIndex) -> bool:
    """Whether two characters are a word only by jieba's guess across a word boundary (雪积 of 雪积了多深,
    炸后 of 被炸后): neither jieba nor CC-CEDICT (营收) nor the corpus has it, it is not tagged as a name,
    and one of its characters is a verb or function word on its own (积, 后; unlike 御药)."""
    return (len(word) == 2 and is_cjk(word[0]) and not lexical.tokenizer.known(word)
            and not bilingual.in_dictionary(word) and not lexical.knows(word) and not tag.startswith(NAME_TAGS)
            and any(dictionary_tag(character).startswith(("v", *FUNCTION_TAGS)) for character in word))


def _unknown_names(words: list[tuple[str, str]]) -> list[str]:
    """Names jieba does not know, cut into single characters (see FUNCTION_TAGS); jieba must tag
    one of the characters as part of a name (英 in 聚/英), so a verb and its object (找/人) is none.
    A rare character standing alone (“䶮”字) is a name too."""
    names, run = [], []
    for word, tag in [*words, ("", "x")]:
        if (len(word) == 1 and is_cjk(word) and word not in STOPWORDS and word not in QUESTION_WORDS
                and (not tag.startswith(FUNCTION_TAGS) or is_rare_character(word))):
            run.append((word, tag))
            continue
        if len(run) > 2 and run[0][1].startswith("v") and not is_rare_character(run[0][0]) and _names_a_name(run[1:]):
            run = run[1:]  # the verb before the name (做/甑/糕, 叫/璆/琳) is no part of it
        if len(run) > 1 and any(t.startswith(NAME_TAGS) for _, t in run) or len(run) == 1 and is_rare_character(
                run[0][0]):
            names.append("".join(w for w, _ in run))
        run = []
    return names


def _in_the_work(words: tuple[tuple[str, str], ...], lexical: LexicalIndex) -> tuple[tuple[str, str], ...]:
    """jieba's guess at a name after a work's title takes the "in" before it (《百年孤独》中布恩迪亚 →
    中布恩迪亚): a guessed word there starting with 中, 里 or 内 is cut after it."""
    cut: list[tuple[str, str]] = []
    for word, tag in words:
        if cut and cut[-1][0] == "》" and len(word) > 2 and word[0] in IN_A_WORK and not lexical.tokenizer.known(word):
            cut += [(word[0], "f"), (word[1:], tag)]
        else:
            cut.append((word, tag))
    return tuple(cut)


def _names_a_name(run: list[tuple[str, str]]) -> bool:
    """Whether single characters make a name: one of them is tagged as part of a name, or is rare."""
    return any(tag.startswith(NAME_TAGS) or is_rare_character(word) for word, tag in run)


def _is_time_question(words: list[tuple[str, str]], index: int) -> bool:
    following = words[index + 1][0] if index + 1 < len(words) else ""
    return words[index][0] in TIME_QUESTIONS or words[index][0] == "什么" and following in ("时候", "时间")


def _focus(words: list[tuple[str, str]], checkable: list[bool], possessors: frozenset[str] = frozenset()) -> str | None:
    """Chinese: the first noun just after the question word, else the last before it.
    English: the head (last word) of the first run of nouns after the question word, which goes
    on past an owner's "'s" (``possessors``: China's total population), a hyphened word
    ("ride-hailing drivers") and a participle before another noun ("strategic emerging industries")."""
    asked = next((i for i in range(len(words)) if _is_question_word(words, i)), None)
    if asked is None:
        terms = [w for (w, _), ok in zip(words, checkable) if ok]
        return terms[-1] if terms else None
    if words[asked][0].isascii():
        run: list[str] = []
        hyphen = False
        rest = list(zip(words[asked + 1:], checkable[asked + 1:]))
        for i, ((word, _), ok) in enumerate(rest):
            joined, hyphen = hyphen, bool(run) and word == "-"
            participle = bool(run) and PARTICIPLE.fullmatch(word) is not None and i + 1 < len(rest) and rest[i + 1][1]
            owned = bool(run) and run[-1] in possessors and not ok  # "Caoe's fixed-asset investment"
            if ok and word not in ENGLISH_PREPOSITIONS:
                run.append(word)
            elif hyphen or joined or participle or owned or word in ENGLISH_MODIFIERS and not run:
                continue  # "the total area", "China's total population", "office-building projects": it goes on
            elif run or word in FRAME_NOUNS:
                break  # the noun phrase ended, or the question asks for a kind of thing ("what model")
        return run[-1] if run else None
    time_question = _is_time_question(words, asked)
    if time_question:
        asked += words[asked][0] == "什么"  # 什么 时候
    window = range(asked + 1, min(len(words), asked + 1 + WINDOW_AFTER))
    if time_question:
        events = [i for i in window if words[i][1].startswith(("v", "j")) and len(words[i][0]) > 1
                  and words[i][0] not in STOPWORDS]
        if events:
            return words[events[-1]][0]
    after = [i for i in window if checkable[i]]
    before = [i for i in range(asked) if checkable[i]]
    if not after and words[asked][0] == "多":  # "占地有多大": the verb before says what is measured
        measured = next((i for i in range(asked - 1, -1, -1) if words[i][0] not in MEASURE_LEADS), None)
        if measured is not None and words[measured][1] == "v" and len(words[measured][0]) > 1 \
                and words[measured][0] not in STOPWORDS:
            return words[measured][0]
    if not after:
        return words[before[-1]][0] if before else None
    head = after[0]
    if head == asked + 1:  # a compound the question word asks about is headed by its last noun (哪些 政府 补贴),
        # not by the verbs that follow it (哪家 企业 投资 建设)
        while head + 1 < len(words) and checkable[head + 1] and not words[head + 1][1].startswith("v"):
            head += 1
    return words[head][0]


def _kind_asked(words: list[tuple[str, str]], focus: str | None) -> tuple[frozenset[str], bool]:
    """The characters a thing of the kind asked ends in, and whether a name instantiates it, when the
    focus follows "哪种", "什么", "which" or "how many" within a few words and no verb between (see
    KIND_ASKED, NAMED_KINDS)."""
    at = next((i for i, (word, _) in enumerate(words) if word == focus), None)
    if at is None or not words[at][1].startswith(("n", "eng")):
        return frozenset(), False
    for i in range(max(0, at - WINDOW_AFTER), at):
        word, between = words[i][0], words[i + 1:at]
        if KIND_ASKED.fullmatch(word) and not any(
                t.startswith("v") or w in ENGLISH_VERBS or w in ENGLISH_AUXILIARIES for w, t in between):
            if focus.isascii():
                return bilingual.kind_characters(focus), bilingual.stem(focus) in NAMED_KINDS
            ends = focus[-1] + (focus[0] if len(focus) == 2 and focus[-1] in KIND_SUFFIXES else "")
            return frozenset(ends), focus in NAMED_KINDS or word == "哪位"
    return frozenset(), False


def _is_name(word: str, tag: str, capitalised: set[str]) -> bool:
    """A proper name: tagged as one by jieba, or written with a capital in a Latin-script question."""
    return tag.startswith(NAME_TAGS) or word in capitalised and word.isalpha()


def _asked_of(words: list[tuple[str, str]], subjects: list[str], end: str | None) -> str | None:
    """The question's words from its first subject to what it asks of it ("晶盛联合创新园项目的总投资"),
    without quotation marks, or a short form of them when they run long, across other punctuation or
    past the question word."""
    if not subjects or not end:
        return None
    if end.isascii():
        return f"{end} of {subjects[0]}"
    text = "".join(word for word, _ in words)
    start = text.find(subjects[0])
    stop = text.find(end, start)
    span = QUOTES.sub("", text[start:stop + len(end)]) if 0 <= start <= stop else ""
    phrase = 0 < len(span) <= MAX_PHRASE_CHARS and re.fullmatch(r"\w+", span) and not ASKING.search(span[:-len(end)])
    return span if phrase else f"{subjects[0]}的{end}"


def key_terms(question: str, lexical: LexicalIndex) -> KeyTerms:
    """The question's nouns worth checking, its focus, names and times, and the unit a count is asked in."""
    simplified = to_simplified(question)
    compared = {match.group(0) for match in BASELINE.finditer(simplified)}  # see Evidence.compares
    tagged = _in_the_work(lexical.tokenizer.tagged_words(question), lexical)
    words = [(w, tag) for i, (w, tag) in enumerate(tagged) if w.strip() and w not in compared
             and not (w in ENGLISH_PREFIXES and tagged[i + 1:i + 2] == (("-", "x"),))]
    checkable = [_is_term(word, tag) and not _cut_across(word, tag, lexical) for word, tag in words]
    terms = list(dict.fromkeys(w for (w, _), ok in zip(words, checkable) if ok))
    capitalised = {lexical.tokenizer.normalise(w) for w in CAPITALISED.findall(question.lstrip()[1:])}
    unknown = _unknown_names(words)
    terms += unknown + [c for c in QUOTED_CHARACTER.findall(simplified) if c not in terms + unknown]
    proper = [w for (w, tag), ok in zip(words, checkable) if ok and _is_name(w, tag, capitalised)] + unknown
    names = [w for (w, tag), ok in zip(words, checkable)
             if ok and tag.startswith(NAME_TAGS) or tag == "t" and len(w) > 1 and w not in UNCHECKED_TIMES
             and not RELATIVE_YEARS.fullmatch(w)] + unknown  # checked as periods
    pairs = [w + following for (w, _), (following, _) in zip(words, words[1:])]
    counted = next((phrase for phrase in pairs + [w for w, _ in words] if _count_asked(phrase)), None)
    # a count whose measure word jieba joined to the noun after it (多少 套房: counted in 套)
    counted = counted or next((w + following[0] for (w, _), (following, tag) in zip(words, words[1:])
                               if w in COUNT_WORDS and len(following) > 1 and following[0] in MEASURE_WORDS
                               and tag.startswith("n")), None)
    age = AGE.search(question)
    counted, measure = (age.group(0), "岁") if age else (counted, counted and _count_asked(counted))
    if not counted and (money := ENGLISH_MONEY.search(question)):
        counted, measure = money.group(0).lower(), "钱"
    in_unit = None if counted or not QUANTITY_ASKED.search(question) else next(
        ((match.group(0).lower(), chinese) for pattern, chinese in ENGLISH_UNITS
         if (match := pattern.search(question))), None)
    if in_unit:
        counted, measure = in_unit
    people = None if counted else ENGLISH_PEOPLE.search(question)
    if people:
        counted, measure = f"number of {people.group(1).lower()}", "人"
    # jieba may cut the question word itself (哪天开的 → 哪/天开)
    asks_time = (any(_is_time_question(words, i) for i in range(len(words)))
                 or any(asked in simplified for asked in TIME_QUESTIONS)
                 or ENGLISH_TIME_ASKED.match(question) is not None)
    focus = _focus(words, checkable, frozenset(w.lower() for w in POSSESSOR.findall(question)))
    if people and focus == people.group(1).lower():
        focus = None  # the people are given by the count
    contact = next((term for term in terms if term in CONTACT_TERMS), None)
    if contact:  # "可以给我他的电话吗": the number is asked, however the question puts it
        focus = contact
    listing = LIST_ASKED.search(simplified)
    if listing and focus and len(focus) > 2 and focus.endswith(("名单", "名录", "清单")):
        focus = focus[:-2]  # jieba's 企业名单: the companies are what it lists
    # A name asked about is a subject, unless it is what is asked for; asked a count or sum
    # ("晶盛联合创新园投了多少钱"), it is the subject of that count.
    subjects = [w for w in dict.fromkeys(proper) if w != focus or counted]
    asks_number = contact is not None or (any(w in COUNT_WORDS or w in ("much", "many") for w, _ in words)
                                          or NUMBER_ASKED.search(question) is not None) and counted is None
    # a count the question gives itself ("那10家上市公司…哪几家") asks which ones, not how many
    enumerates = bool(focus and listing) or bool(counted and focus) and re.search(
        rf"(?<!哪)(?:\d+|[一二两三四五六七八九十]+)\s*{re.escape(measure)}\s*{re.escape(focus)}",
        simplified) is not None
    listed = _english_listed(question, focus, lexical)
    if listing and not listed and (count := LISTED_COUNT.search(simplified)):
        listed = count.group(1)  # "30家标杆企业名单": a list naming 30 of them
    return KeyTerms(terms, focus, list(dict.fromkeys(names)), counted, measure, asks_time, subjects,
                    _asked_of(words, subjects, counted if focus in subjects else focus or counted),
                    _periods(simplified),
                    _modifier(words, checkable, focus, lexical), asks_number, _english_events(question, words),
                    [(match.group(0), given) for asked, given in QUALIFIERS
                     if (match := asked.search(simplified))],
                    enumerates or listed is not None, _office_asked(words), listed,
                    COMPANY_ASKED.search(simplified) is not None, REASON_ASKED.search(simplified) is not None,
                    COMPARED_ASKED.search(simplified) is not None, *_kind_asked(words, focus))


def _english_listed(question: str, focus: str | None, lexical: LexicalIndex) -> str | None:
    """The count an English question gives of the things it asks to name ("which are the 10 listed
    companies"): the number itself, as the dictionary's many Chinese words for "companies" (公司,
    企业) are only the ones counted where a sentence counts that many. The count may name them by
    another word with the same Chinese ("which companies are the 30 benchmark enterprises")."""
    if not focus or not focus.isascii() or not ENGLISH_WHICH_ONES.search(question):
        return None
    stem = bilingual.stem(focus)
    forms = set(lexical.english.get(stem, []))
    return next((number for number, counted in ENGLISH_COUNTED.findall(question)
                 if any(bilingual.stem(word) == stem or forms & set(lexical.english.get(bilingual.stem(word), []))
                        for word in counted.split())), None)


def _office_asked(words: list[tuple[str, str]]) -> str | None:
    """The office a Chinese question asks the holder of by name (组长 in 组长叫什么名字; 创始人 in
    是谁创办的)."""
    if FOUNDER_ASKED.search("".join(word for word, _ in words)):
        return "创始人"
    for i, (word, _) in enumerate(words):
        following = "".join(w for w, _ in words[i + 1:i + 4])
        if len(word) > 1 and not word.isascii() and OFFICE.search(word) and HOLDER_ASKED.match(following):
            return word
    return None


def _english_events(question: str, words: list[tuple[str, str]]) -> list[str]:
    """The participles of an English time question ("founded" in "In what year was Wolong founded?").
    Base verbs ("when did it win") are left alone: the dictionary's few senses of them in the
    corpus (win → 赢得) miss the article's wording (荣获) too often, and so is a participle that only
    says the event is planned ("expected to hit full production", "scheduled to open")."""
    if not ENGLISH_TIME.search(question):
        return []
    following = [word for word, _ in words[1:]] + [""]
    return [word for (word, _), after in zip(words, following)
            if word.isascii() and word.isalpha() and len(word) > 4 and word.endswith("ed") and after.lower() != "to"]


def _modifier(words: list[tuple[str, str]], checkable: list[bool], focus: str | None,
              lexical: LexicalIndex) -> str | None:
    """The Chinese noun or attribute written right before the focus, forming one term with it
    (辖区 + 面积, 国家级 + 高新技术)."""
    at = next((i for i, (word, _) in enumerate(words) if word == focus), None)
    if at is None or at == 0 or focus.isascii() or words[at][1].startswith("nr"):  # 主犯仲某: a person, not a kind
        return None
    word, tag = words[at - 1]
    attribute = tag == "b" and len(word) > 1 and word not in FRAME_NOUNS  # jieba's distinguishing words: 大型, not 总共
    if (not (checkable[at - 1] or attribute) or tag.startswith(NAME_TAGS) or not lexical.tokenizer.known(word)
            or any(asked.fullmatch(word) for asked, _ in QUALIFIERS)):  # a level is checked as such
        return None
    return word


def _periods(question: str) -> list[tuple[str, re.Pattern]]:
    """The periods and years the question names, each as it names it and as a passage would write it."""
    named = [(match.group(0).strip(), given) for asked, given in PERIODS + YEARS_FROM_NOW
             if (match := asked.search(question))]
    return named + [(year + ("年" if f"{year}年" in question else ""), re.compile(rf"{year}|{RELATIVE_YEARS.pattern}"))
                    for year in dict.fromkeys(YEAR.findall(question))]


class Evidence:
    """The passages a reply offers, as text and words to look terms up in."""

    def __init__(self, passages, lexical: LexicalIndex) -> None:
        self.lexical = lexical
        # The heading ends a sentence of its own: its words (人才) are not said by the paragraph's first sentence.
        self.parts = [to_simplified(f"{KIND_LABELS.get(p.kind, '')} {p.section + '。' if p.section else ''}{p.text}")
                      .lower() for p in passages]
        self.text = " ".join(self.parts)
        self.titles = to_simplified(" ".join(dict.fromkeys(p.title or "" for p in passages))).lower()

    @cached_property
    def windows(self) -> list[tuple[Evidence, Evidence, Evidence]]:
        """Each sentence, paired with itself and the sentence before it in its passage (该社区… refers
        back), and with its whole passage."""
        windows = []
        for part in self.parts:
            passage = Evidence._of_text(part, self.lexical)
            sentences = [s for s in SENTENCE_END.split(part) if s.strip()]
            windows += [(Evidence._of_text(sentence, self.lexical),
                         Evidence._of_text("。".join(sentences[max(0, i - 1):i + 1]), self.lexical), passage)
                        for i, sentence in enumerate(sentences)]
        return windows

    @classmethod
    def _of_text(cls, text: str, lexical: LexicalIndex) -> Evidence:
        evidence = cls([], lexical)
        evidence.parts, evidence.text, evidence.titles = [text], text, ""
        return evidence

    @cached_property
    def spelled(self) -> str:
        """The evidence's Chinese characters in pinyin, run together."""
        return pinyin("".join(filter(is_cjk, self.text)))

    @cached_property
    def words(self) -> set[str]:
        """The evidence's words with the pinyin of its Chinese words (only tokenised when a term needs it)."""
        return set(self.lexical.tokenizer.passage_tokens(self.text))

    def has(self, term: str, bridge: bool = True, pieces: bool = True) -> bool:
        """Whether the term is in the evidence as written, through a part, pinyin or the dictionary
        (without ``bridge``, a Chinese term not through the dictionary, as 投资 → invest → 投入 is a
        loose synonym, and an English one only to words it is the main sense of; without ``pieces``,
        not through a two-character piece of it)."""
        if term in self.text or self._in_another_form(term):
            return True
        if term.isascii() and term in self.words:  # a pinyin name
            return True
        if not term.isascii() and len(term) > JOINED_CHARS and term[:-1] in self.text:  # see JOINED_CHARS
            return True
        if (term.isascii() and len(term) >= SPELLED_NAME_CHARS and term in self.spelled
                and not bilingual.is_english_word(term)):
            return True  # a name spelled as one word over several Chinese words (Xingyuanhu: 兴元 湖)
        if not bridge and not term.isascii():
            return pieces and self._said_in_pieces(term)
        if term.isascii():
            stem = bilingual.stem(term)
            if any(w in self.text and (bridge or bilingual.first_sense(w, stem))
                   for w in self.lexical.english.get(stem, [])):
                return True
        elif any(w in self.text and bilingual.near_synonyms(term, w)
                 for stem in self.lexical.synonyms.get(term, []) for w in self.lexical.english.get(stem, [])):
            return True
        return pieces and self._said_in_pieces(term)

    def _in_another_form(self, term: str) -> bool:
        """Whether a dynasty, its start or end, or a season is written here in its other form, or a
        founder by the founding (see DYNASTY, DYNASTY_PHASE, SEASON, FOUNDER)."""
        if FOUNDER.fullmatch(term):
            return FOUNDED.search(self.text) is not None
        if dynasty := DYNASTY.fullmatch(term):
            return re.search(rf"{dynasty.group(1)}[朝代初末]", self.text) is not None
        if phase := DYNASTY_PHASE.fullmatch(term):
            return re.search(rf"{phase.group(1)}[年期]|[{DYNASTIES}]{phase.group(1)}", self.text) is not None
        if season := SEASON.fullmatch(term):
            return re.search(rf"{season.group(1)}[天季后初末]|[入立深初晚暮]{season.group(1)}", self.text) is not None
        return False

    def _said_in_pieces(self, term: str) -> bool:
        """Whether a two-character piece of a Chinese term is a word here (jieba cuts 登革热病例 otherwise
        than 登革热/病例)."""
        return len(term) > 2 and any(term[i:i + 2] in self.words for i in range(len(term) - 1))

    def names(self, subject: str, bridge: bool = True) -> bool:
        """Whether the text names the subject: a Chinese name the corpus writes whole is not named by
        a piece of it (曹娥江 is not the 曹娥 of 曹娥街道)."""
        return self.has(subject, bridge, pieces=subject.isascii() or subject not in self.lexical.document_frequency)

    def writes(self, term: str) -> bool:
        """Whether the evidence or its documents' titles hold the term just as written."""
        return term in self.text or term in self.titles

    def found_share(self, terms: KeyTerms) -> float:
        """Share of the key terms the evidence or its documents' titles hold (0 for a question without
        any): the title is shown with each passage, and an English title ("Super Bowl 50") heads
        Chinese paragraphs that spell its name differently."""
        if not terms.terms:
            return 0.0
        return sum(map(self.finds, terms.terms)) / len(terms.terms)

    def finds(self, term: str) -> bool:
        """Whether the evidence or its documents' titles hold the term (see ``found_share``)."""
        return self.has(term) or self._title.has(term)

    @cached_property
    def _title(self) -> Evidence:
        return Evidence._of_text(self.titles, self.lexical)

    def says_number(self, number: int) -> bool:
        """Whether the evidence or its titles say the number, in digits (not as a date's day or month,
        8月13日) or in Chinese numerals (十六世)."""
        text = self.text + " " + self.titles
        return (re.search(rf"(?<![\d.月]){number}(?![\d.]|日|月|时|点|分|秒|%|％)", text) is not None
                or _chinese_number(number) in text)

    def has_count(self, measure: str) -> bool:
        """Whether the evidence counts something in this measure word (81家, 4900余人, 60亿元)."""
        units = next((units for units in (PERSON_UNITS, SHOP_UNITS, CLOCK_UNITS, AREA_UNITS, LENGTH_UNITS)
                      if measure in units.split("|")),
                     MONEY_UNITS if measure == "钱" else re.escape(measure))
        return re.search(rf"[\d一二两三四五六七八九十百千万亿首几数]\s*(余|多)?({units})", self.text) is not None

    def counts(self, focus: str, measure: str) -> bool:
        """Whether the text counts the focus in the measure word: a Chinese count is in a clause
        that names the focus or follows the one that does (驿站共有…，其中…5个), not in another
        clause of the sentence ("2个未来社区…，以网络党群驿站为例")."""
        if focus.isascii():
            return self.has(focus)
        clauses = [Evidence._of_text(text, self.lexical) for text in CLAUSE_END.split(self.text)]
        return any(clause.has_count(measure) and any(c.has(focus) for c in clauses[max(0, i - 1):i + 1])
                   for i, clause in enumerate(clauses))

    def missing(self, terms: KeyTerms) -> list[str]:
        """What the question asks for that the evidence lacks: its focus, a name or time it gives,
        or a count in the unit it asks in ("多少层" when no floors are counted)."""
        kind_named = bool(terms.focus) and not self.has(terms.focus) and self.names_kind(terms)
        lacking = [t for t in dict.fromkeys([terms.focus, *terms.names])
                   if t and not self.has(t) and not (t == terms.focus and kind_named)]
        if terms.counted and not self.has_count(terms.measure):
            lacking.append(terms.counted)
        elif terms.counted:
            # then the count must be said of it; an English sum's focus is any noun near "how much" (the
            # "smart" of "the Wolong smart new energy park"), so its subject alone says what it is of
            # (a time of day is said of the whole sentence's event: "凌晨1时40分，…被出租车碾压")
            # (a focus that is also a subject, "How old was Tesla when he died?", is found as subjects are)
            focus_given = bool(terms.focus) and self.has(terms.focus) and not (
                terms.measure == "钱" and terms.focus.isascii()) and terms.measure not in CLOCK_UNITS \
                and terms.focus not in terms.subjects
            if not self.about(terms, lambda sentence: sentence.has_count(terms.measure)
                              and (not focus_given or sentence.counts(terms.focus, terms.measure))):
                lacking.append(terms.asked_of or terms.counted)
        lacking += [asked for asked, given in terms.periods
                    if not any(asked in term for term in lacking) and not self.in_period(terms, asked, given)]
        lacking += [asked for asked, given in terms.qualifiers if not self.qualified(terms, given)]

        def focus_found() -> bool:  # each check below names the focus once at most
            return bool(terms.focus) and not any(terms.focus in term for term in lacking)

        if focus_found() and terms.modifier and not any(
                window.has(terms.modifier) for sentence, window, _ in self.windows if sentence.has(terms.focus)):
            lacking.append(terms.modifier + terms.focus)
        if focus_found() and terms.asks_number and not self.numbers(terms.focus) and not kind_named:
            lacking.append(terms.focus)
        if focus_found() and terms.enumerates and not self.enumerated(terms.focus, terms.listed or ""):
            lacking.append(f"names of {terms.focus}" if terms.focus.isascii() else f"{terms.focus}的名称")
        if (terms.office and not any(terms.office in term for term in lacking)
                and not self.names_holder(terms.office, terms)):
            lacking.append(f"{terms.office}的姓名")
        if focus_found() and terms.asks_company and not self.names_company(terms):
            lacking.append(f"name of {terms.focus}" if terms.focus.isascii() else f"{terms.focus}的名称")
        if terms.asks_reason and not self.gives_reason(terms):
            lacking.append("reason" if terms.in_english else "原因")
        if terms.compared and not self.compares(terms):
            lacking.append("year-on-year change" if terms.in_english else "同比变化")
        if focus_found() and terms.asks_time and not self.about(terms, lambda sentence: sentence.dates(terms.focus)):
            lacking.append(f"time of {terms.focus}" if terms.focus.isascii() else f"{terms.focus}的时间")
        lacking += [f"when {event}" for event in terms.events
                    if self.lexical.english.get(bilingual.stem(event)) and not self.dates(event)]
        # a time asked with no focus or event to find it by ("On what exact date did Cao'e sign the
        # agreement?"): the passage offered first must give a date at all
        if terms.asks_time and not terms.focus and not terms.events and self.parts and not DATE.search(self.parts[0]):
            lacking.append("date" if terms.in_english else "时间")
        if focus_found():
            written = self.has(terms.focus, bridge=False)  # then only where it is written counts, not 投资 → 投入
            if not self.about(terms, lambda sentence: sentence.has(terms.focus, bridge=not written)
                              or sentence.names_kind(terms)):
                lacking.append(terms.asked_of or terms.focus)
        return list(dict.fromkeys(lacking))

    def names_kind(self, terms: KeyTerms) -> bool:
        """Whether the text names a thing of the kind the question asks which one of (see KeyTerms.kinds):
        a word or quoted name ending in the kind's character that the question does not use, not a
        dictionary's word nor ending in a common one (维斯瓦河, “雨点皴”; not 驿站, nor 上虞分院, 棕红色:
        a 分院 may be no 医院, and 红色 is no name). A kind of place or
        person is named by a name in a sentence that says the most of the rest of the question."""
        tokenizer = self.lexical.tokenizer
        asked = " ".join([*terms.terms, *terms.names])
        if terms.named_kind:
            others = [term for term in dict.fromkeys([*terms.terms, *terms.names]) if term != terms.focus]
            held = [sum(map(sentence.has, others)) for sentence, _, _ in self.windows]
            if any(count == max(held) and (count or not others) and any(
                    tag.startswith(NAME_TAGS) and len(word) > 1 and word not in asked and word not in self.titles
                    and bilingual.is_proper_name(word)
                    for word, tag in tokenizer.tagged_words(sentence.text))
                   for (sentence, _, _), count in zip(self.windows, held)):
                return True
        if not terms.kinds:
            return False

        def is_instance(word: str) -> bool:
            return (len(word) > 1 and word[-1] in terms.kinds and is_cjk(word[0]) and word not in asked
                    and not any(bilingual.in_dictionary(word[i:]) or is_common_word(word[i:])
                                for i in range(len(word) - 1)))

        # people are counted as ENGLISH_PEOPLE says: those who live somewhere are a population, not 4900余人
        things = "".join(terms.kinds - set(PERSON_UNITS.split("|")))
        counted = terms.asks_number and things and re.search(rf"{COUNT.pattern}[{things}]", self.text)
        return bool(counted) or any(map(is_instance, [*tokenizer.words(self.text), *QUOTED_SPAN.findall(self.text)]))

    def in_period(self, terms: KeyTerms, asked: str, given: re.Pattern) -> bool:
        """Whether a sentence that gives the focus (any sentence, when the focus is not found) is of
        the period asked: the period is said in it or the sentence before, or, where those name no
        year, in its passage or the document's title. A year is not said by text naming only other
        years, nor by a part of a year (今年一季度) when the question asks the year itself.

        An English focus reaches Chinese sentences only through loose dictionary senses (sales → 销售,
        not the 零售额 that answers): for a period other than a year, the sentences holding the most
        of the question's terms are read instead, and for a year every sentence. A Chinese question's
        year from now (去年) is found anywhere: its focus may be a word the answer writes otherwise."""
        english = bool(terms.focus) and terms.focus.isascii()
        if not english and any(given is relative for _, relative in YEARS_FROM_NOW):
            return given.search(self.text) is not None or given.search(self.titles) is not None
        focus = terms.focus if not english and terms.focus and self.has(terms.focus) else None
        year = YEAR.search(asked)
        whole_year = year is not None and not any(not YEAR.search(a) for a, _ in terms.periods)
        for sentence, window, passage in self._holding_most(terms) if english and not year else self.windows:
            if focus and not sentence.has(focus):
                continue
            if year and year.group(0) not in window.text and (
                    YEAR.search(window.text) or whole_year and PART_OF_YEAR.search(window.text)):
                continue
            if given.search(window.text) or not YEAR.search(window.text) and (
                    given.search(passage.text) or given.search(self.titles)):
                return True
        return False

    def qualified(self, terms: KeyTerms, given: re.Pattern) -> bool:
        """Whether a sentence that gives the (Chinese) focus, or any sentence when it is not found,
        says the level or frequency asked (see QUALIFIERS), in itself or the sentence before."""
        focus = terms.focus if terms.focus and not terms.focus.isascii() and self.has(terms.focus) else None
        return any(given.search(window.text) for sentence, window, _ in self.windows
                   if not focus or sentence.has(focus))

    def enumerated(self, focus: str, count: str = "") -> bool:
        """Whether a sentence names the things it counts: "鸿雁、德济苑等2个未来社区", "上市公司：…"
        (an English focus as the dictionary writes it in Chinese, after the count when one is given)."""
        forms = self.lexical.english.get(bilingual.stem(focus), []) if focus.isascii() else [focus]
        return any(re.search(rf"、[^。；，,]{{1,15}}等\s*{count}[^。；]{{0,6}}{re.escape(form)}"
                             rf"|{re.escape(form)}[^。；]{{0,8}}(?:：|:|包括|分别是|分别为|即)", sentence.text)
                   for form in forms if form in self.text for sentence, _, _ in self.windows)

    def names_holder(self, office: str, terms: KeyTerms) -> bool:
        """Whether a clause that names the office (or, for a founder, the founding) names a person too,
        one the question and the documents' titles do not (年轻干部倪博文)."""
        asked = " ".join([*terms.terms, *terms.names])
        founder = FOUNDER.fullmatch(office) is not None
        return any(tag.startswith("nr") and len(word) > 1 and word not in asked and word not in self.titles
                   for sentence, _, _ in self.windows for clause in CLAUSE_END.split(sentence.text)
                   if office in clause or founder and FOUNDED.search(clause)
                   for word, tag in self.lexical.tokenizer.tagged_words(clause))

    def names_company(self, terms: KeyTerms) -> bool:
        """Whether a clause holding the most of the question's other terms, or the clause before it,
        names a company the question does not (see COMPANY), or any organisation or place that the
        question and the titles do not: a company's short name (卧龙 of 卧龙智慧新能源产业园) is told
        from a place's only by knowing it."""
        others = [t for t in terms.terms if t != terms.focus]
        asked = " ".join(terms.terms)
        clauses, named = [], []  # each clause, and whether it or the one before it in its sentence names one
        for sentence, _, _ in self.windows:
            before = False
            for text in CLAUSE_END.split(sentence.text):
                clause = Evidence._of_text(text, self.lexical)
                names = (any(m.group(0) not in asked for m in COMPANY.finditer(text))
                         or clause.names_other([asked, self.titles]))
                clauses.append(clause)
                named.append(names or before)
                before = names
        held = [sum(map(clause.has, others)) for clause in clauses]
        return not held or max(held) == 0 or any(count == max(held) and names for count, names in zip(held, named))

    def _holding_most(self, terms: KeyTerms) -> list[tuple[Evidence, Evidence, Evidence]]:
        """The windows (see ``windows``) whose sentence holds the most of the question's terms other
        than the names it asks about, which a whole passage or document may be about."""
        asked = [term for term in terms.terms if term not in terms.subjects] or terms.terms
        held = [sum(map(sentence.has, asked)) for sentence, _, _ in self.windows]
        return [window for window, count in zip(self.windows, held) if count == max(held, default=0)]

    def gives_reason(self, terms: KeyTerms) -> bool:
        """Whether a sentence holding the most of the question's terms, or the sentence before it,
        gives a reason (see REASON_GIVEN)."""
        return any(REASON_GIVEN.search(window.text) for _, window, _ in self._holding_most(terms))

    def compares(self, terms: KeyTerms) -> bool:
        """Whether a change is said year on year (同比) of the focus: in the clause naming it or the
        clause after ("增加值25.9亿元,同比增长18.3%" compares no 外资 named in a later clause); with no
        Chinese focus found, in a sentence holding the most of the question's words."""
        if not terms.focus or terms.focus.isascii() or not self.has(terms.focus):
            return any(COMPARED_GIVEN.search(window.text) for _, window, _ in self._holding_most(terms))
        clauses = CLAUSE_END.split(self.text)
        return any(COMPARED_GIVEN.search("，".join(clauses[i:i + 2]))
                   for i, clause in enumerate(clauses) if Evidence._of_text(clause, self.lexical).has(terms.focus))

    def numbers(self, focus: str) -> bool:
        """Whether a sentence with the focus gives a number (电话 without its number is no answer)."""
        return any(NUMBER.search(sentence.text) for sentence, _, _ in self.windows if sentence.has(focus))

    def about(self, terms: KeyTerms, gives: Callable[[Evidence], bool]) -> bool:
        """Whether a sentence that gives what is asked (``gives``) is about every subject it is asked
        of: the subject is named in the sentence or the one before it, or named elsewhere in its
        passage while the sentence and the one before name no other place or organisation (the
        article's 总投资 of one park is no answer about another project's). A subject in the
        document's title (曹娥街道) is what the whole document is about, so it is left out."""
        title = Evidence._of_text(self.titles, self.lexical)
        present = [s for s in terms.subjects if self.has(s) and not title.names(s, bridge=s.isascii())]
        named = [n for n in (*terms.terms, *terms.names, title.text) if n]
        return any(
            gives(sentence) and (not present
                                 or all(map(window.names, present)) and not sentence.gives_other(terms, present, named)
                                 or all(map(passage.names, present)) and not window.names_other(named))
            for sentence, window, passage in self.windows)

    def gives_other(self, terms: KeyTerms, present: list[str], named: list[str]) -> bool:
        """Whether each clause of the sentence that holds the (Chinese) focus of a time, count or
        number asked is about another organisation or place, without the subjects: "2022年，晶盛机电荣获
        …领跑者，卧龙集团…收获两项殊荣" dates the 领跑者 honour of 晶盛, not of 卧龙. Other questions are left
        out: a role or place asked may be given in a clause that names the subject in other words."""
        focus = terms.focus
        if not present or not focus or focus.isascii() or not (terms.asks_time or terms.counted or terms.asks_number):
            return False
        clauses = [Evidence._of_text(c, self.lexical) for c in CLAUSE_END.split(self.text) if focus in c]
        return bool(clauses) and all(not any(map(c.has, present)) and c.names_other(named) for c in clauses)

    def names_other(self, named: list[str]) -> bool:
        """Whether the text names a place or organisation that is not part of, and holds none of,
        ``named`` (an English question's names are compared with the pinyin of the text's)."""
        tokenizer = self.lexical.tokenizer
        names = [word for word, tag in tokenizer.tagged_words(self.text) if tag.startswith(OTHER_SUBJECT_TAGS)
                 and len(word) > 1]
        return any(not any(form in n or n in form for form in {name, *tokenizer.passage_tokens(name)} for n in named)
                   for name in names)

    def dates(self, event: str) -> bool:
        """Whether a sentence of the evidence that mentions the event (an English one through the
        dictionary) also gives a date."""
        return any(sentence.has(event, pieces=False) and DATE.search(sentence.text)
                   for sentence, _, _ in self.windows)
