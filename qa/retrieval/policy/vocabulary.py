"""The words and patterns the evidence check reads questions and passages by.

Most come in pairs: how a question asks for something (哪一年, 为什么, 国家级,
"how often") and how a passage gives it (a date, a reason clause, 国家/全国, 每…).
Chinese lists are jieba's words; English ones are lower-case, as the tokenizer
writes them.
"""

from __future__ import annotations

import re

from qa.ingest.bilingual import MONTH_NUMBERS
from qa.ingest.words import SURNAME_TITLES

QUESTION_WORDS = frozenset("""
多少 什么 啥 哪 哪个 哪些 哪里 哪儿 哪一 哪家 哪所 哪位 哪项 哪种 哪类 哪年 哪一年 几 几个 几家 几项 几年 几批 几位 谁
怎么 怎样 怎么样 如何 为什么 为何 何时 何地 何处 是否 吗 多大 多高 多长 多久 多远 多重 咋 咋样 啥样 几时 多少钱
多长时间 多少时间 几点 几号 几月 几日 啥意思 什么意思 干嘛 干吗 干啥
what which who whom whose when where why how list name describe
""".split())
# The Chinese question words of more than one character, which may open a word jieba's dictionary holds as a
# name (哪些项目/nz); a single character opens names too (几内亚).
CHINESE_QUESTION_WORDS = tuple(word for word in QUESTION_WORDS if not word.isascii() and len(word) > 1)
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
usually another other else st nd rd th
""".split())
# Nouns that only say what shape the answer takes, or point at the page itself, in Chinese and English.
FRAME_NOUNS = PAGE_NOUNS | frozenset("""
部分 一部分 章节 篇章 说明 句 一句 半句 话 口号 口诀 标语 比喻 说法 内容 情况 方面 作用 意义 目的 特点 特征
做法 办法 方式 措施 方法 路子 招数 例子 举例 方向 领域 类型 种类 角色 问题 原因 关系 模式 名称 名字 称号 评价
东西 事情 事 样子 程度 时候 名单 名录 清单 绰号 外号 昵称 地名 队名 校名 村名 县名 国名 店名
单位 机构 进展 进度 现状 近况 状况 人家 别人 对方 引语 引述 原话 看法 表态 承诺
时间 日期 年份 数字 数据 数量 金额 位置 部位 地位 定位 阶段 地方 意思 概念 目标 成绩 结果 好处 水平 规模 政策
举措 环节 步骤 工作 重点 一共 总共 总计 合计 分别 老家 籍贯 祖籍 家乡
news section sections part
kind kinds type types sort way ways thing things number numbers amount total percentage percent
figure figures name names role roles position year years date time day month place model approach method
hometown nationality
mechanism initiative initiatives measure measures step steps effort efforts practice practices policy policies
target targets goal goals aim aims example examples instance instances money sum sums reason reasons
proportion proportions share fraction ratio nickname nicknames phrase phrases word words species
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
precisely officially ago
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
# A preposition after a noun in an English question with no question word ("population of caoe subdistrict",
# "rent for talent apartments") says that noun is what is asked, the rest what it is of.
HEAD_POSTMODIFIERS = frozenset({"of", "for", "in", "on", "at", "from", "per"})
# Questions for a time ask when something happened: the event (成立, 投产) must be in the evidence.
TIME_QUESTIONS = frozenset("哪一年 哪年 什么时候 啥时候 何时 几时 哪天 哪一天".split())
# A time noun after an event asks when it happens (竣工时间, 签约日期, "completion date", "date of the accident",
# "year of founding"), asked with no question word, one that asks a time, or one that asks what the time noun
# is (see ``terms._asks_the_time_noun``). An English event is a noun of action (completion, opening, arrival)
# or one of a few others; any noun after "date of" or "day of".
TIME_NOUNS = frozenset("时间 日期 年份 日子".split())
ENGLISH_TIME_NOUN = r"(?:date|year|day|time)s?"
DETERMINER = r"(?:(?:the|his|her|its|their)\s+)?"
_EVENT_NOUN = (r"(?!(?:morning|evening|spring|during|nothing|something|anything|everything|king|ring|thing)\b)"
               r"[a-z]+(?:tion|sion|ing|ment)|arrival|approval|removal|renewal|withdrawal|burial|dismissal|departure"
               r"|closure|seizure|birth|death|launch|start|release|sale|debut|wedding|funeral|accident|crash")
ENGLISH_TIMED_EVENT = re.compile(rf"\b({_EVENT_NOUN})\s+{ENGLISH_TIME_NOUN}\b"
                                 rf"|\b(?:date|day)\s+of\s+{DETERMINER}([a-z]+)\b"
                                 rf"|\b(?:year|time)\s+of\s+{DETERMINER}({_EVENT_NOUN})\b", re.I)
# A time is asked by "when" opening the question (within it, "when" opens a clause: "How many students enrolled
# when it opened?"), by "what/which year, date…", and by a query opening with the time it asks ("year Geely
# acquired Volvo", "date the puppies arrived"; not "day trips from Shaoxing", which says nothing happened).
_TIME_OPENING = r"(?:the )?(?:year|date|month|day) (?!(?:of|and|in|on|to)\b)(?=.*\b(?:[a-z]{2,}ed|was|were|will|did)\b)"
ENGLISH_TIME = re.compile(rf"^\W*(?:when\b|{_TIME_OPENING})|\b(?:what|which)(?: \w+)? (?:year|date|month|day|time)\b",
                          re.I)
ENGLISH_TIME_ASKED = re.compile(rf"\W*(?:when\b|{_TIME_OPENING}|(?:in |on |at )?(?:what|which)(?: \w+)? "
                                r"(?:year|date|month|day|time)\b)", re.I)
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
# Verbs jieba's dictionary tags as times: "哪一年过世" asks when the death was.
DYING = frozenset("过世 去世".split())
UNCHECKED_TIMES = frozenset("""
现在 目前 当前 如今 近日 日前 最近 平时 平常 今天 当下 近年 近年来 以来
当时 当天 当晚 当日 夜间 深夜 白天 上午 下午 中午 晚上 早上 凌晨 傍晚 最初 起初 当初 此前 此后 之前 之后 后来 随后
事前 事后 会上 正在 当年 同年 次年 翌年 早年 晚年 往年 元年 年间 过去 从前 平日 往日 昔日 本来 下来
古时候 古时 古代 远古 上古 旧时 早期 原先 原本 原来 早先 而来
""".split()) | DYING
# A dynasty is written 明朝, 明代 or, for its start and end, 明初 and 明末; a season 秋天, 秋季 or 入秋:
# either form finds the other.
DYNASTIES = "夏商周秦汉晋隋唐宋元明清"
DYNASTY = re.compile(rf"([{DYNASTIES}])[朝代]")
DYNASTY_PHASE = re.compile(r"([初末])[年期]")  # 唐朝初年, written 唐初
SEASON = re.compile(r"([春夏秋冬])[天季]")
COUNT_WORDS = frozenset("多少 几".split())
MEASURE_WORDS = frozenset("人 家 个 层 楼 户 岁 点 钱 条 座 栋 辆 台 亩 名 位 次 届 所 间 套 张 元 块"
                          " 粒 枚 颗 只 头 尾 株 棵 匹 本 册 卷 首 部 件 艘 架 支 项 篇 字 种"
                          " 平方公里 平方千米 平方米 公顷 公里 千米 吨 路"
                          " 针 刀 场 趟 遍 杯 轮 例 瓶 箱 盒".split())  # 几路公交车: a route, 12路
# How often jieba's dictionary has seen a noun starting with a measure word, from which the noun is a word of
# its own (项目, 部门, 名单: 多少项目 counts projects) rather than a measure word and a noun (套房, 台车).
COMMON_WORD = 1000
# Units an amount is asked in ("沸点是多少摄氏度"): what is measured is the noun before the question word.
UNIT_WORDS = frozenset("""
摄氏度 华氏度 度 米 厘米 毫米 公分 公尺 英尺 英寸 英里 海里 公里 千米 平方米 平方公里 平方千米 立方米 公顷 亩
千克 公斤 克 毫克 吨 升 毫升 开尔文 焦耳 瓦 千瓦 伏 赫兹 分贝 光年 天文单位 元 美元 欧元 英镑 日元 港元 人民币
""".split())
DATE = re.compile(r"\d{2,4}年|[〇零一二三四五六七八九]{4}年|[\d一二三四五六七八九十]+[月日点时]|\d{1,2}[:：]\d{2}"
                  r"|今年|明年|去年|年底|年初|上半年|下半年|季度")
# A period from one date to another ("2018年3月28日—2018年5月8日", "3月28日至5月8日") gives the time
# its event begins and the time it ends, which the sentence need not name
DATE_RANGE = re.compile(r"[\d一二三四五六七八九十]+[年月日]\s*(?:[—–~～－-]+|至|到)\s*"
                        r"(?:\d{2,4}年)?[\d一二三四五六七八九十]+[年月日]")
ENDS_OF_A_PERIOD = frozenset("开始 结束 截止 开幕 闭幕 起止 持续 到期".split())
QUANTITY_MODIFIERS = frozenset("大 高 长 久 远 重 少".split())
MEASURE_LEADS = frozenset("有 是 能 会 约 大约 大概 到底 究竟 一共 总共 了".split())  # between a verb and 多大
CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’]+")  # Frédéric too
POSSESSOR = re.compile(r"\b([A-Za-zÀ-ÖØ-öø-ɏ]+)['’]s\b")
QUOTES = re.compile(r"[“”‘’「」『』\"']")
QUOTED_CHARACTER = re.compile(r"[“‘「『\"']([\u3400-\u4dbf\u4e00-\u9fff])[”’」』\"']")  # “鞠”: a word the asker names
IN_A_WORK = frozenset("中里内")  # 《红楼梦》中…: in the book
SENTENCE_END = re.compile(r"[。！？!?；;]")
QUESTION_CLAUSE = re.compile(r"[^，,；;：:。！!]*[？?][”」』’\"')）)]*\s*$")  # a sentence's last clause, when it asks
CLAUSE_END = re.compile(r"[，。！？!?；;：:]|,(?!\d{3})")  # not a thousands separator (43,419例)
# An office whose holder a question asks for by name (组长叫什么名字, 书记是谁): the evidence must name a
# person with the office, not only mention it (以街道主要领导为组长).
OFFICE = re.compile(r"(?:长|书记|主任|负责人|经理|主席|总裁|董事|创始人|创办人|委员|教练)$")
# English asked of a name (英文简称, 英文名) is given by a name in Latin letters (ocs). (中文 would be found
# in any Chinese passage: "翻译成中文" must not match every one.)
SCRIPTS = {"英文": re.compile(r"[a-z]{2,}"), "英语": re.compile(r"[a-z]{2,}")}
ADDRESS = re.compile(r"(?:详细)?(?:地址|住址)")  # asked for, it is given by a road and number (春晖路188号)
ADDRESS_GIVEN = re.compile(r"[\u4e00-\u9fff][路街道巷弄]\d+(?:-\d+)?号")
SCORE = re.compile(r"(?:最终|最后|总)?(?:比分|比数)")  # asked for, a score is given as 32比29 (比數 in Taiwan)
SCORE_GIVEN = re.compile(r"\d+\s*(?:比|:|：)\s*\d+")
# A birth is told by the date it follows (被告李军，男，1969年5月18日生，汉族) or by 生于 before one.
BIRTH = frozenset({"出生", "诞生"})
BORN = re.compile(r"\d+年(?:\d+月)?(?:\d+日)?生(?=[，,。；;）)、\s]|$)|生于")
# A founder is named by the founding itself: 由乐显扬…创办 names the 创始人.
FOUNDER = re.compile(r"创始人|创办人|创立者|创建者|创办者|奠基人")
FOUNDED = re.compile(r"创办|创立|创建|始创|创设|开办|创始")
FOUNDER_ASKED = re.compile(rf"谁\w{{0,2}}?(?:{FOUNDED.pattern})|(?:{FOUNDED.pattern})(?:者|人)?(?:是谁|是哪位)")
HOLDER_ASKED = re.compile(r"(?:的)?(?:具体|究竟|到底|现在|目前)?"
                          r"(?:是谁|是哪位|是哪一位|由谁担任|叫什么|叫啥|姓名|名字)")
# Any other noun is asked its name in words that ask for one (朋友叫什么名字, 那家公司名字是什么,
# "the name of Zhong's friend who…", "What is the programme … called?"): a name must stand beside it.
NAME_ASKED = re.compile(r"(?:的)?(?:具体|究竟|到底)?(?:叫什么|叫啥|名叫什么|姓名|名字|是什么名字|姓什么)")
ENGLISH_NAME_ASKED = re.compile(r"\bname of (.+?)(?=\s+(?:who|whom|that|which|where|when|whose|for|in|at|on|from|"
                                r"with|by|of|to|during|after|before)\b|[?,.]|$)"
                                r"|^\W*what(?:'s| is| was| are| were) (?:the )?(.+?) (?:called|named)\b", re.I)
# "谁是曹娥街道的书记" asks what "曹娥街道的书记是谁" does: it is read in that order, so the noun after 的 is
# what is asked (the focus, and the office whose holder is named), not the name before it.
# "除了倪博文，还有谁": besides the person set aside, another person is asked
OTHER_PERSON_ASKED = re.compile(r"谁|哪位|哪些人")
WHO_FIRST = re.compile(r"^\s*(?:请问|那)?\s*谁是(.+?)([？?。！!]*\s*)$")
# A question asking yes or no (…吗, 是否, 是不是, 有没有, …了没有) asks whether its verb holds of its last
# noun (拆掉 in 抽水泵有没有被拆掉, 表彰 in 余墨有没有受到上级表彰), not a verb that only carries another
# word (LIGHT_VERBS: 受到, 超过 before a number, the direction 起来 of 关/起来).
WHETHER = re.compile(r"是否|有无|([\u4e00-\u9fff])[不没]\1")  # the words that ask it before the predicate
YES_NO_ASKED = re.compile(rf"(?<![什怎多这那])[吗么][？?！!。…\s]*$|没有[？?。\s]*$|{WHETHER.pattern}")
# A verb with the result it reached (抓到, 拆掉, 建好) is said by its verb with another result (抓获, 拆除)
RESULTATIVE = re.compile(r"([\u4e00-\u9fff])[到掉好完住走光]")
# A figure a yes-or-no question states (是25起吗, 有没有超过18%, 建好的有15个吗) is answered by the sentence
# giving that number or another in its unit (投诉25件, 8个建设项目已完工)
FIGURE_STATED = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*个?(%|[万亿年月日天起倍]|"
                           rf"{'|'.join(sorted(MEASURE_WORDS, key=len, reverse=True))})")
LOCATIVES = frozenset("上下里中内外")  # jieba joins one to the verb after a noun (榜 上排)
LIGHT_VERBS = frozenset("""
开始 进行 受到 得到 遭到 成为 作为 出现 继续 需要 可以 能够 应该 愿意 打算 准备 希望 觉得 认为 知道 听说 看到
表示 提到 属于 具有 拥有 存在 包括 超过 达到 高于 低于 不到 少于 多于 突破 接近 实现 还是 就是 真的 已经 曾经
起来 下来 出来 上来 过来 回来 下去 出去 进来 进去 过去
""".split())
# An ending, a move or a setback: a question takes it for granted ("为什么要停掉风机产业大脑", "同比下降了多少"),
# and an article that reports none has no reason, amount or name for it. Other events are asked in words of
# one's own too freely (冒烟 of 客舱内出现烟雾, 越做越难 of 越难做) to be required as written.
SETBACK = re.compile(r"停[止掉办产运业工播售用]|撤|搬|迁(?!就)|关[闭停掉]|叫停|暂停|取消|倒闭|破产|解散|调离"
                     r"|辞[职退]|离职|开除|[去逝过]世|下[跌降滑]|减少|亏损|延[误期]|推迟|合并|收购|放弃|失败|流失"
                     r"|萎缩|暴跌|终止|中[止断]|退出|拆[除掉]|废[除止]|淘汰|降级|搁置")
DIRECTIONS = frozenset("到走往出入进离掉")  # the direction or result a verb of moving or ending takes (迁到, 撤走)
GOVERNED_TAGS = ("n", "m", "q", "t", "vn")  # the words a verb acts on (停掉 风机 产业 大脑, 停止 运营)
SURNAME_TAGS = frozenset("nr r ng n".split())  # jieba's tags of a surname it cut off a name it does not know
# Words between a noun and the name it is given (妻子名叫阿尔凯斯提斯, 组长为张建国, 主任：熊振杰)
NAME_GIVEN_AS = frozenset("名叫 叫 叫做 名为 为 是 ： : （ (".split())
# "哪家企业牵头开发": the clause that says what the question asks about must name a company
# (晶盛机电, 卧龙集团, "晶盛、卧龙等龙头企业"), not only the place that did it (曹娥街道…开发).
COMPANY_ASKED = re.compile(r"哪一?家(?:企业|公司|厂商|厂家)"
                           r"|\b(?:which|what) (?:company|companies|firms?|enterprises?)\b", re.I)
COMPANY = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}?(?:集团|公司|机电|股份|科技|实业|控股|银行|电器|制药|药业|影业|传媒"
                     r"|航空|汽车|电子|通信|网络|食品|能源|证券|保险|地产|置业|建工|电力|石油|化工|钢铁|物流|商场)"
                     r"|、[^，,。；;]{1,12}等[^，,。；;]{0,8}(?:企业|公司)")
# A company's legal form names no other company (浙江晶盛机电股份有限公司 is 晶盛机电, 卧龙控股 is 卧龙's)
LEGAL_FORMS = frozenset("公司 总公司 有限公司 股份有限公司 有限责任公司 股份公司 集团 集团公司 控股 股份".split())


def is_legal_form(word: str) -> bool:
    """Whether the word is a company's legal form, or several in a row (控股集团, 集团股份有限公司)."""
    return word in LEGAL_FORMS or any(word.startswith(form) and is_legal_form(word[len(form):])
                                      for form in LEGAL_FORMS if len(form) < len(word))


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
    # the first holder of an office (第一任总教练, 首任校长): a later holder named is not it
    (r"(?:第一|首)任|\bfirst (?:head )?(?:coach|president|director|principal|chairman|mayor|governor)\b",
     r"(?:第一|首)[任位届]"),
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
# Where someone comes from (哪里人, 哪国人, 籍贯, "where is Yang from", not "where is it moved from
# Shanghai"): a sentence giving it says so: a place's people (肥乡区人), its 籍 (潮阳籍男子), or 来自, 老家,
# 祖籍, 出生于.
ORIGIN_ASKED = re.compile(r"哪(?:里|儿|个地方|个国家|国|省|个省|座城市)的?人|什么地方的?人"
                          r"|籍贯|老家|祖籍|来自(?:哪里|哪儿|哪国|何方|何处|哪个(?:地方|国家|省|城市))"
                          r"|\bwhere (?:is|was|are|were) [^?]*\bfrom\b(?!\s+\w)"
                          r"|\bwhere (?:[a-z']+ ){1,4}(?:come|came|hails?) from\b"
                          r"|\bhometown\b|\bnationality\b|\bnative of\b", re.I)
ORIGIN_GIVEN = re.compile(r"[省市县区镇乡村州国]人(?![员士民数口工质们家手物气格力生])|[\u4e00-\u9fff]籍(?!贯)"
                          r"|来自|老家|祖籍|籍贯|出生于|出生在|生于")
# A place just before a person says where the person is from too (青岛老人, 杭州17岁小伙, 缅甸的女明星): the
# endings of words for people.
PERSON_ENDINGS = tuple("人男女孩童汉伙星员工生民客者姐哥妹弟爷奶婆妈爸嫂叔姨夫妻")
# An area asked by its one character (属于哪个区, 在哪个市, 是哪个镇的): a sentence giving it names a
# place of that kind (上虞区, 宁波市, 上虞区委), not just any place. Not 哪个村的人: where someone is from.
AREA_ASKED = re.compile(r"哪(?:一个|个)?([省市县区镇乡村])(?=的(?!人)|[呢吗啊了]|[^\u4e00-\u9fff]|$)")
# Where something happened or is (在哪里被抓的, 在什么地方, "where did the plane land"): a sentence giving it
# sets a place after a preposition of place (在塘沽某小区一住户内, 到长庚, 从河池); "哪里不对", "问题出在哪里"
# ask no place, nor does an English "where" that opens a relative clause ("the shop where he worked").
PLACE_ASKED = re.compile(r"(?<!出在)哪(?:里|儿)(?!不|有问题)|何处|何地|什么地方|哪个地方|(?<!出)在哪"
                         r"|(?:^|[,;:]\s*|\b(?:and|exactly|then|but|from)\s+)where\b|\b(?:what|which) place\b", re.I)
# Where something stands, asked of it and nothing more (曹娥街道在哪里, 鸿雁社区位于什么地方, "Where is
# Caoe subdistrict located?"): the question ends with it, so every word before names what is located.
# "在哪里被抓的", "where was he caught" ask where something happened (PLACE_ASKED alone).
LOCATION_ASKED = re.compile(
    r"(?:位于|坐落(?:在|于)?|地处|建在|设在|开在|住在|落户(?:在|于)?|(?<!出)在)\s*(?:具体)?"
    r"(?:哪里|哪儿|哪|何处|何地|什么地方|什么位置|哪个位置|哪个地方|哪一带)[啊呀呢吗嘛哦了]?\s*[？?。!！]*\s*$"
    r"|^\s*where(?:'s|(?:\s+exactly)?\s+(?:is|are))\s+(?!.*\b(?:from|born)\b)(?P<subject>[^?;]*?(?=\s+(?:located|situated|based)\W*$)|[^?,;]*?)"
    r"(?:\s+(?:located|situated|based))?\s*\?*\s*$", re.I)
PLACE_PREPOSITIONS = frozenset("在 于 到 至 从 往 去 赴 住 家住 居住 抵达 来到 前往 地处 坐落".split())
PLACE_VERB_ENDINGS = tuple("在到往于至")  # jieba's verb with its preposition: 坠落在, 送到, 逃往, 位于
# words of place a preposition's object ends in (机场, 小区, 门口, 附近), and the locatives that are times
# or manners instead (在调查中, 在…协助下)
# Written after a place's name, which jieba cuts apart from them (上虞 区, 曹娥 街道)
AREA_WORDS = frozenset({"省", "市", "区", "县", "镇", "乡", "村", "街道", "社区"})
# A word naming a kind of Chinese place, written after its pinyin name (Keqiao District, Diankou Town).
ENGLISH_PLACE_WORDS = ("district", "subdistrict", "town", "township", "city", "county", "province", "village",
                       "community")
PLACE_BEFORE = re.compile(rf"\b([A-Za-z][A-Za-z'’]*)\s+(?:{'|'.join(ENGLISH_PLACE_WORDS)})\b", re.IGNORECASE)
COMMUNITY_WORDS = frozenset({"社区", "小区"})  # the end of a common noun too (未来社区, 老旧小区)
TOWN_WORDS = frozenset({"街道", "镇", "乡"})  # seldom the end of a common noun (unlike 社区 of 未来社区, 区 of 开发区)
# jieba tags no character of a name has, but for a morpheme's (崧/yg 厦/ng)
NOT_IN_PLACE_TAGS = ("u", "p", "c", "r", "d", "m", "x", "y", "e", "f")
PLACE_ENDINGS = tuple("场站店馆院区路街巷村镇县市省楼室厅所厂园门屋房棚岛山港湾舍宅庄寺桥湖河江海池"
                      "井铺堂局口家地国州处")
# Where an English subject's head ends: a relative clause, or one that opens with its own subject
# ("the school the ambassador visited"; not "the bank of the river").
ENGLISH_CLAUSE_AFTER_HEAD = re.compile(
    r"\s+(?:that|which|who|whom|whose|where|when)\b"
    r"|(?<=\w)(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bto)(?<!\bby)(?<!\bfor)(?<!\bnear)(?<!\bfrom)(?<!\bwith)"
    r"\s+(?:the|a|an)\s")
# Words a question asking where something stands writes around its name (那家, 具体, 现在, 呢): pronouns,
# measure words, adverbs, adjectives, times, particles, conjunctions, prepositions, punctuation.
LOCATED_FILLER_TAGS = ("r", "q", "d", "a", "t", "u", "y", "e", "c", "p", "x")
# Words ending a name that is the place something stands in (上虞区 before 曹娥街道, 曹娥街道 before 鸿雁社区).
CONTAINING_ENDINGS = (*PLACE_ENDINGS, "街道", "大道")
NOT_PLACE_LOCATIVES = frozenset("中 后 前 以后 以前 之后 之前 之中 期间 时 下 之下 当中 以来 之际".split())
# Places that say "there" without saying where (民警在辖区巡逻时, 在现场): no answer to where.
VAGUE_PLACES = frozenset("辖区 当地 现场 本地 外地 各地 异地 原地 该地 此地 该处 此处 街面 路面".split())
# A list asked by name ("标杆企业名单", "the list of companies"): the evidence must name them.
LIST_ASKED = re.compile(r"名单|名录|清单|\blist of\b|\bnames of\b", re.I)
LISTED_COUNT = re.compile(r"(\d+)\s*[家个位名所项座栋条]")
# What reaches a person, which a passage gives as a number or address, not as a mention (电话和微信同号).
CONTACT_TERMS = frozenset("电话 电话号码 手机 手机号 手机号码 号码 联系电话 联系方式 微信 微信号 邮箱"
                          " phone telephone mobile wechat email".split())
SAME_NUMBER = re.compile(r"同号|同一个?号|一样|相同")  # 电话和微信同号: the contact is not asked
# "Which are the 10 listed companies?", "list the names of the 10 …": the count is known, the names are asked.
ENGLISH_WHICH_ONES = re.compile(r"\b(?:which|list|names?)\b", re.I)
# A number of things, in figures or words, and the measure words it counts them in (10家, 两个, 三大: 大 of a
# group with a name, 三大平台).
NUMBER_OF = r"(?:\d+|[两二三四五六七八九十]+)"
COUNTED_IN = "家个位名所项座栋条种类批大间户处款部场"
# Which ones are asked, not how many (有哪些上市公司, 分别是, 列出来, "what are the …s"): a list answers, a count
# does not. With a count given (那两个社区叫什么名字), a name asked of several is a list too.
WHICH_ONES = re.compile(rf"哪些|哪几|哪\s*{NUMBER_OF}|分别(?:是|为|叫|有)|列(?:出|举)"
                        r"|都有谁|都是谁|都(?:有|是)(?:什么|啥)")
ENGLISH_PLURAL_ASKED = re.compile(r"\b(?:which|what)\s+(?:are|were|(?!(?:is|was|does|has)\b)\w+s)\b|\blist\b"
                                  r"|\bname\s+(?:the|all)\b", re.I)
NAMES_ASKED = re.compile(r"叫(?:什么|啥)|名字|名称")
# A count given of what is asked, in its measure word (那10家上市公司, 两个未来社区; not 一个, "a", nor the count of
# another thing in a description: 能引进4900多名人才的那个社区, nor the one a question word asks: 哪两所学校,
# answered by 与…，与… as well as by a list): the things are known to be several.
COUNT_GIVEN = rf"(?<![哪几一]){NUMBER_OF}\s*(?:[{COUNTED_IN}][^，,。？?！!；;、的是哪“”「」]{{0,8}}?)?"
# A list written before the thing it lists, closed by 等 or a count (鸿雁、德济苑等2个未来社区, 先进装备制造业、…、
# 新能源新材料三大战略性新兴产业; not the kinds of 产城融合、居创共享型未来社区, nor counts of two things:
# 81家…企业、10家上市公司), the thing's own words after it (建设, 龙头; not a clause going on to others:
# 兰某俸、兰某炳等人对霍某静和两名同伴), or after it (上市公司：…, 平台包括…); or a list of items each of the kind
# (“一号发展工程”、“一号改革工程” of 一号工程). Closed by a count alone for a word an English question asks
# through the dictionary's many Chinese words (companies: 公司, 企业).
_LIST_ITEMS = r"、[^、。；;，,：:\d对把被将向给从]{1,15}"
_LIST_COUNT = rf"{NUMBER_OF}\s*[{COUNTED_IN}]"
_LIST_TAIL = r"[^、。；;，,：:对和与及把被将向给在从的]{0,8}"
_LIST_CLOSED = r"(?:为代表的|在内的)?"  # 以先进装备制造、新材料等为代表的新兴产业
LISTED_BEFORE = rf"{_LIST_ITEMS}(?:等|{_LIST_COUNT}){_LIST_CLOSED}{_LIST_TAIL}"
COUNTED_LIST_BEFORE = rf"{_LIST_ITEMS}(?:等\s*)?{_LIST_COUNT}{_LIST_CLOSED}{_LIST_TAIL}"
LISTED_AFTER = (r"[^。；;，,]{0,4}(?:：|:|包括|包含|分别是|分别为|即|分为|(?<![作成])为|有|是)"
                r"[^。；;，,“”]{1,12}[、和及与]")
# Some, each or all of them, unnamed (大部分地市, 不少企业, 各地市): no more a list than a count is.
SOME_OF = (r"(?:大部分|大多数|多数|部分|一些|少数|个别|有的|不少|许多|众多|多个|多家|多名|多位|各|每个|全部|所有|全体)"
           r"[^，,。？?！!；;、]{0,8}?")
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
# A figure derived from others the text may state apart (see ``Evidence.derives``): a share, rate or multiple
# (利润率, 占比, 百分之几, 几倍, "what percentage", "growth rate") is given only where a percentage, tenths or a
# multiple is written; a difference (比…多多少, 相差几岁, 温差, "how much more") only where one is said (比…小12岁,
# 相差, 多出, 增长了…); an average or a figure per unit (平均, 人均, 每套多大, "per person") only where one is
# (每平方米162元, 20-50元/只). The rest of the question's figures are no answer: the reader would compute it.
# A question asking which, who, when or where, or whether, asks no such figure (哪家企业被评为亩均效益领跑者,
# 晶盛机电是2020年获评亩均效益领跑者的吗: a title).
OTHER_THAN_A_FIGURE = re.compile(r"哪|谁|\b(?:which|who|whom|whose|when|where)\b", re.I)
_NUMERAL = r"[\d一二三四五六七八九十两半]"
DERIVED_ASKED = {
    "share": re.compile(r"(?<=[\u4e00-\u9fff])(?<![效频概汇功速])率(?![先领])|占比|比例|比重|百分比"
                        r"|百分之(?:几|多少)|几成|几个百分点|(?:几|多少)倍|翻了?几番"
                        r"|\bwhat (?:percentage|percent|share|proportion|fraction)\b"
                        r"|\b(?:percentage|proportion|share) of\b|\brate\b|\bmargin\b"
                        r"|\bhow many times (?:as|more|larger|bigger|higher)\b", re.I),
    "difference": re.compile(r"比[^，,。？?]{1,20}?[多少大小高低长短重轻快慢早晚][了出]?(?:多少|几)"
                             r"|相差|差了?(?:多少|几)|差距|差值|温差|[多少]了(?:多少|几)"
                             r"|\bhow (?:much|many) (?:more|less|fewer|larger|bigger|higher|longer|older|younger"
                             r"|smaller|lower|shorter)\b|\b(?:difference|gap) (?:between|in)\b|\bage gap\b", re.I),
    "average": re.compile(r"平均|人均|[户亩]均|均价|每(?:人|户|套|平方米|亩)|\baverage\b"
                          r"|\bper (?:person|capita|head|household|unit|square)\b", re.I),
}
DERIVED_GIVEN = {
    "share": re.compile(r"\d\s*[%％‰]|百分之|[一二三四五六七八九]成(?![为功立员本果绩交长])|百分点|倍"
                        r"|翻了?[一二两三四五六七八九十\d]+番|分之"),
    "difference": re.compile(rf"比[^，,。；;]{{0,20}}?(?:多|少|大|小|高|低|长|短|重|轻|快|慢|早|晚"
                             rf"|增加|减少|增长|下降|提高|降低)[了出]?\s*(?:约|近|超过)?{_NUMERAL}"
                             rf"|相差|差距|差值|温差|多出|高出|低出|[多少]了\s*{_NUMERAL}"
                             rf"|(?:增加|减少|增长|下降|提高|降低|上涨|下跌)了?\s*(?:约|近)?{_NUMERAL}"),
    "average": re.compile(rf"(?:平均|[人户亩年月日]均|均价|每)[^，,。；;]{{0,8}}?{_NUMERAL}"
                          rf"|{_NUMERAL}[^，,。；;]{{0,4}}?[/／]"),
}
DERIVED_LABELS = {"share": ("比例", "percentage"), "difference": ("差值", "difference"),
                  "average": ("平均数", "average")}
# "为什么…", "why…": a reason is asked, which a sentence must give, not only state what happened
# ("被称为什么", "封为什么" ask a name: 为 after such a verb is "as"); a name's origin (由来, 怎么来的) is one.
REASON_ASKED = re.compile(r"(?<![称封成作改定选视誉译列分命名设尊追拜任升晋聘评认变化划编])为什么"
                          r"|为何|为啥|何以|怎么会|什么原因|原因是|原因有|怎么来的|怎么得名|由来|来历"
                          r"|\bwhy\b|\bhow come\b|\bwhat (?:caused|led to)\b|\breasons?\b", re.I)
# "怎么报名", "申请流程是什么": the way to do one of these things is asked, which news rarely gives: a
# sentence must say the thing with a way to do it (a place, a channel, a number, what to bring).
METHOD_ASKED = re.compile(r"怎么|怎样|如何|咋|什么(?:办法|方法|方式|途径|渠道|流程|手续)"
                          r"|(?:办法|方法|方式|途径|渠道|流程|手续)(?:是什么|是啥|有哪些|呢|[？?]|$)")
PROCEDURES = frozenset("""
申请 报名 投稿 预约 办理 申报 报考 注册 登记 缴费 缴纳 购票 买票 订票 挂号 领取 认领 兑换 报销 退款 退票
投诉 举报 报警 求助 咨询 联系 参观 参加 加入 入住 入驻 入学 入园 申领 开户 签约 查询 报到 参保 续费 反映
""".split())
PROCEDURE_GIVEN = re.compile(r"登录|登陆|网站|网址|官网|网上|线上|平台|扫码|扫描|二维码|微信|公众号|小程序|APP|App|app"
                             r"|客户端|热线|电话|拨打|致电|短信|邮箱|邮件|信箱|窗口|服务中心|前往|携带|凭|材料|证件"
                             r"|身份证|报名表|申请表|填写|填报|提交|截止|流程|步骤|方式|渠道|途径|现场|柜台|\d{5,}|@")
# How a sentence gives a reason or purpose (…是…的必要途径 justifies what it names; "因海冰提前破裂而…",
# "出于安全考虑", not "起火原因正在调查";
# a clause of purpose, "为避开巨石，…", "目的是…", or of what it brings about, "…，使米粒均匀吸水"; a
# cause it is held to be related to, "被认为与防震设计有关"), or where a name comes from (得名于, 取自).
REASON_GIVEN = re.compile(r"(?<![基原])因(?!特)|原因(?:是|在于|系|为)|出于|由于|得益于|受益于|源于|缘于|归功于"
                          r"|为了|旨在|以便|所以|从而|正是|在于"
                          r"|[，,]使(?!用)|目的(?:是|在于)|导致|[与和同][^，,。；;]{1,20}有关|得名|取自|取名|命名"
                          r"|(?:^|[\s，,。；;：:])为[^，,。；;]{1,20}[，,]"
                          r"|鉴于|基于|为契机|依托|凭借|带动|拉动|驱动|推动下|作用下|影响下"
                          r"|是[^，,。；;]{0,24}(?:途径|关键|基础|前提|保障|需要|要求|必然|根本|动力|抓手|举措|手段|结果)"
                          r"|\bbecause\b|\bdue to\b|\bthanks to\b|\bowing to\b|\bin order to\b|\bso that\b")
# "How much did the Longsheng building cost?": a sum of money is asked, as by 多少钱
ENGLISH_MONEY = re.compile(r"\bhow much(?: money| cash)?\b(?=[^?]*\b(?:costs?|spent|spend|spends|paid|pay|pays"
                           r"|demand|demands|demanded|claim|claims|claimed|award|awarded|compensate|compensated"
                           r"|price|worth|invest|invested|investment|funding|budget|cash|sell|sells|sold|buy|buys"
                           r"|bought|earn|earns|earned|charge|charges|charged|fine|fines|fined|owe|owes|owed"
                           r"|compensation|bribes?)\b)", re.I)
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
CLOCK_TIME = re.compile(r"(?<![\d:：])(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:：])")  # 21:17, not 2:1:3
# A length of time asked ("判了几年", "多长时间", "how long") is answered by a count of years, months, days or
# hours (2分23秒), not by a date (2015年, 10月); "第几年" asks an ordinal and "近几年" is no question. In English
# "how long" may ask a length too ("How long is the river?"), which a count in 公里 answers.
DURATION_ASKED = re.compile(r"多久|多长时间|(?<![第近这那前后头最十\d])(?:几|多少)个?"
                            r"(?:年|月|天|星期|礼拜|周|小时|钟头|分钟)(?![级代度底初])|\bhow long\b", re.I)
DURATION = "时长"
LONG = "长短"  # the measure of an English "how long": a duration or a length
DURATION_GIVEN = re.compile(r"(?<![\d.〇零一二两三四五六七八九十百千几])"
                            r"(?:\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十百千几数半]+)"
                            r"\s*[余多]?(?:年(?![级代度])|个[余多]?月|个?(?:小时|钟头|星期|礼拜)|天|周|分钟|分(?=\d+秒)|秒)")
# Blows, trips and matches count what someone did (扎了三针, 出战52场), not the noun the question is about.
ACTION_UNITS = frozenset("针 刀 遍 趟 场".split())
# 个, the general measure word, is answered by a count in any other (几个球员 by 8名球员).
DIGITS_ONLY_UNITS = frozenset("路")  # a route is numbered in digits (12路); 一路上 is "all the way"
ANY_COUNT_UNITS = "|".join(sorted(MEASURE_WORDS - {"钱", "岁", "点"} - DIGITS_ONLY_UNITS, key=len, reverse=True))
AREA_UNITS = "平方公里|平方千米"
LENGTH_UNITS = "公里|千米"
# A dimension asked at the end of a question (有多重, 最深处有多深, 离市区多远) is given in its units; what
# is missing is named by the dimension (重量). 多高 asks a height only of a building, tower, mountain or bridge
# (万顺大厦有多高); 多高 and 多长 otherwise ask temperatures, prices, levels and times too (收入有多高).
# A length unit before it asks a length of anything (有多少米高, 多少公里远).
_LENGTHS = "米|公里|千米|厘米|毫米|公尺|公分|尺|丈|寸|里|英尺|英寸|英里|海里"
DIMENSION_ASKED = re.compile(rf"(?:(?<=[楼厦塔山峰桥坝])(?:有|能有|大概有|到底有)?多(高)|多([重深宽厚远])"
                             rf"|多少\s*(?:{_LENGTHS})\s*([高深宽厚远]))(?=[？?。！!，,呢啊呀吗]|$)")
DIMENSIONS = {"重": "重量", "深": "深度", "宽": "宽度", "厚": "厚度", "远": "距离", "高": "高度"}
# The same asked in English ("How tall is the Wanshun Building?", "weight of the mail truck", "floor area of
# the workshop"): the dimension in English and its measure. "How high" asks a height only of a building,
# tower, mountain or bridge; "area" is a region in "in the area of" and "the Caoe area".
ENGLISH_DIMENSION_ASKED = re.compile(r"\bhow (tall|heavy|deep|wide|far|thick)\b|\bhow (high)\b(?=.*\b(?:building|tower"
                                     r"|skyscraper|mountain|peak|bridge|dam)s?\b)|\b(height|weight|depth|width"
                                     r"|thickness)\s+of\b|(?<!\bin the )\b(area)\s+of\b"
                                     r"|\b(?:floor|land|site|building|covered|surface)\s+(area)\b", re.I)
ENGLISH_DIMENSIONS = {"tall": ("height", "高"), "high": ("height", "高"), "height": ("height", "高"),
                      "heavy": ("weight", "重"), "weight": ("weight", "重"), "deep": ("depth", "深"),
                      "depth": ("depth", "深"), "wide": ("width", "宽"), "width": ("width", "宽"),
                      "far": ("distance", "远"), "thick": ("thickness", "厚"), "thickness": ("thickness", "厚"),
                      "area": ("area", "面积")}
LENGTH_GIVEN = re.compile(rf"[\d一二两三四五六七八九十百千万]\s*[余多]?(?:{_LENGTHS})")
DIMENSION_UNITS = {"重": "吨|公斤|千克|斤|克|磅|两|盎司", "深": _LENGTHS, "宽": _LENGTHS, "厚": _LENGTHS,
                   "远": f"{_LENGTHS}|光年|小时|分钟", "高": f"{_LENGTHS}|层",
                   "面积": "平方米|平方公里|平方千米|亩|公顷"}
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
# A sum's units after a number, 万 or 亿 (60亿元, 5万美元, 500万塔勒); speech and reports leave them out
# after 万 or 亿 when nothing counted follows (损失十几万, 许以20万报酬, not 15万人口, 10万余平方米).
_CURRENCIES = "元|块钱|人民币|美金|美元|欧元|港元|日元|韩元|英镑|镑|法郎|马克|卢布|塔勒|盾|比索|里拉|先令|卢比"
_COUNTED = "|".join(sorted(MEASURE_WORDS - {"块", "钱"} | UNIT_WORDS | {"口", "年"}, key=len, reverse=True))
MONEY_UNITS = f"{_CURRENCIES}|[万亿](?:人民币|(?![余多]?(?:{_COUNTED})))"  # 1.1亿人民币 is a sum, 1.1亿人 people
# A name with a number in a Latin-script question ("Apollo 13", "Super Bowl XLIX", "Ferdinand III"): the
# number tells it from its namesakes (阿波罗11号 is no Apollo 13), so a passage must say it. A month's day
# ("October 10") and the question's first word ("Convert 72 …") are no such names.
NUMBERED_NAME = re.compile(r"(?<=\S )(?:[A-Z][A-Za-z]+ )*?([A-Z][A-Za-z]+) (\d{1,3}|[IVXLC]{2,7})\b")
MONTHS = frozenset(name.capitalize() for name in MONTH_NUMBERS)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
CHINESE_DIGITS = "零一二三四五六七八九"
NUMBER_ASKED = re.compile(r"\bnumbers?\b|号码", re.I)  # "what is his phone number": the answer is a number
AGE = re.compile(r"(?:今年|现在|如今|目前)多大(?:了|年纪|岁数)?|多大(?:了|年纪|岁数)|年纪|年龄|岁数|几岁|多少岁"
                 r"|how old|\bage\b", re.I)
NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]+[余多]?"
                    r"[个家项名位人批大条座栋亿万倍成层所部本种件岁次届篇首只公米尺里吨斤亩度年天月日小]")
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
# a question word before the focus makes no label (…屈原的哪篇作品, 余墨有没有因为…)
ASKING = re.compile(rf"哪|什么|啥|谁|多少|几|怎|{WHETHER.pattern}")
MAX_PHRASE_CHARS = 14  # longer spans carry the question's verbs (…规划建多大面积)
WINDOW_AFTER = 3  # "获得了什么荣誉": the asked-for noun follows the question word within a few words
MAX_BEFORE_NOUN = 4  # 的 那 艘 台湾 渔船: the pointer, count and nouns between a clause's 的 and the noun it describes
# A Chinese term longer than this whose last character is the only part not written was joined by jieba
# to the first character of the next word (登革熱病例 → 登革热病/例), or is a written term with a suffix (总投资额).
JOINED_CHARS = 3
SPELLED_NAME_CHARS = 6  # a shorter Latin word (hu, wang) runs into any text's pinyin by chance
# A person news names by surname alone (郭某, 何先生, 朱女士), whom English calls Guo, Mr. He, Ms. Zhu
PERSON_BY_SURNAME = re.compile(rf"([\u4e00-\u9fff])(?={'|'.join(SURNAME_TITLES)})")


def chinese_number(n: int) -> str:
    """1 → 一, 16 → 十六, 49 → 四十九, 100 → 一百 (numbers below 1000, as names write them: 十六世)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    text = CHINESE_DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else CHINESE_DIGITS[tens]) + "十"
    elif hundreds and units:
        text += "零"
    return text + (CHINESE_DIGITS[units] if units else "")
