"""Triage before search: is the input a question, a greeting or a request for help, or no question at all?

Search ranks whatever it is given, so "你好" or "asdfghjkl" would come back as
the nearest passage presented as an answer. Triage decides from the input's
own shape and from word lists that hold for any article: courtesy and help
phrases in Chinese and English (and the common ones in twelve other languages),
filler words, code and markup syntax, and the look of keyboard mash. It never
looks at the corpus.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from qa.ingest import bilingual
from qa.ingest.sentences import is_cjk
from qa.ingest.words import Tokenizer, pinyin, to_simplified

# Courtesy and help phrases, comma-separated: Simplified Chinese (Traditional is folded to it
# first) and lower-case English. Each is a whole message, or the opening of one ("你好，请问……").
PHRASES = {
    "help": """
你是谁, 你是什么, 你叫什么, 你叫啥, 你是机器人吗, 你是机器人, 你是真人吗, 你是真人还是ai, 你是ai吗, 你是人吗,
真人还是机器人, 是真人还是机器人, 机器人还是真人, 是机器人还是真人, 你是机器人还是真人,
真人吗, 机器人吗, 是机器人吗, 是不是机器人, 你能做什么, 你能干什么, 你能干啥,
你会什么, 你会干啥, 你可以做什么, 你可以干什么, 你可以帮我做什么, 你能帮我做什么, 能帮我做什么, 可以问什么,
能问什么, 我可以问什么, 我能问什么, 怎么用, 怎么使用, 如何使用, 怎样使用, 这个怎么用, 这个要怎么用, 要怎么用,
怎么问, 不知道该怎么问, 不知道怎么问, 使用说明, 帮助, 求助, 介绍一下你自己, 介绍一下自己, 我有个问题, 我有一个问题,
我想问个问题, 我想问一个问题, 我要提问, 新手, 请问, 请问一下, 想问一下, 我想问一下, 问一下, 你能帮我做些什么,
你能帮我干些什么, 你能帮我干什么, 能帮我干什么, 你能帮我干啥, 能帮我干啥,
你能为我做什么, 你都能做什么, 你都会什么, 你都会些什么, 你能做些什么, 你可以做些什么,
你有什么功能, 有什么功能, 你能回答什么, 你能回答什么问题, 你可以回答什么问题, 能回答哪些问题, 我能问你什么,
我可以问你什么, 你是做什么的, 你是干什么的, 你是干嘛的, 你能干嘛, 这要怎么用, 这怎么用, 该怎么用, 怎么用这个,
你叫什么名字, 你叫什么, 你的名字, 你有名字吗, 怎么用这个东西, 这个东西怎么用, 你会做什么,
可以帮我做什么, 可以帮我做些什么, 你可以帮我做些什么, 你会答什么问题, 你会答些什么问题, 你会回答什么问题,
help, help me, what can you do, what do you do, what can i ask, what kind of questions can i ask, who are you,
what are you, are you a bot, are you a robot, are u a bot, are you human, are you real, are you an ai,
how do i use this, how do i use it, how does this work, how to use this, can i ask you something,
can i ask a question, i have a question, i have a few questions, menu, how do i use this thing, how does it work,
how do i use you, how to use, what's your name, whats your name, what is your name, do you have a name,
what can you help with, what can you help me with, what can you answer, what questions can you answer,
what do you know, what are you for, how can you help, how can you help me, can you help me, can you help,
tell me about yourself, introduce yourself, who am i talking to, who am i speaking to, who is this,
is this a real person, is this a bot, are you a real person, is this a real person or a bot, real person or bot,
求科普, 科普一下, 求解答, 求解惑, 求指点, 求告知, 求大佬解答, 求大神解答, 求大佬, 求大神, 求问, 小白求问, 急问, 急求,
求救, 救命, 萌新求助, 帮个忙, 帮帮忙, 帮忙看看, 帮我看看, 请教, 请教一下, 请教下, 想请教一下, 问下, 问问, 想问问,
想问下, 问一下大家, 问下大家, 弱弱地问一句, 弱弱地问一下, 弱弱问一句, 弱弱问一下, 插个楼问一下, 插楼问一下, 蹲一个,
蹲一个答案, 蹲个答案, 在线等, 急急急, 急急, 码住, 有懂的吗, 有没有懂的, 有懂的没, 谁懂啊, 有没有大佬知道,
有没有大神知道, 有没有人知道, 有人知道吗, 有谁知道, 谁知道, 有谁了解, 有没有了解的
""",
    "thanks": """
谢谢, 谢谢你, 谢谢您, 谢谢啦, 谢啦, 多谢, 感谢, 感谢你, 感谢您, 非常感谢, 太感谢了, 谢了, 辛苦了, 麻烦了, 唔该, 多谢晒,
唔该晒, 很有用, 很有帮助, 有帮助, 你挺聪明的, 真棒, 太棒了, 厉害, 谢谢你的帮忙, 谢谢你的帮助, 谢谢你的回答,
感谢您的协助, 感谢你的帮助, 非常感谢你的帮助, 很有帮助, 谢谢帮忙, 多谢帮忙, 感谢帮忙, 谢谢你的解答, 受教了,
学到了, 长知识了,
thanks, thank you, thank u, thx, ty, tks, many thanks, thanks a lot, thank you so much, cheers, appreciate it,
thanks for your help, thank you for your help, thanks for the help, thanks for helping, much appreciated,
thanks for helping me, thanks for helping me out, thank you for helping me out, that's all, thats all, that's it,
that's helpful, thats helpful, very helpful, helpful, great, nice, cool, awesome, perfect, good job, well done,
you're good, you're pretty good, you're great, you're awesome, you're smart, not bad, pretty good,
you are helpful, you're so helpful, you are so helpful, you are great, you are awesome, you are smart,
you're the best, you are the best, you're amazing, you are amazing
""",
    "bye": """
再见, 拜拜, 掰掰, 回见, 回头见, 明天见, 改天聊, 再会, 告辞, 下次聊, 下次见, 下次再聊, 晚安, 先这样, 就这样,
我先走了, 先走了, 我走了, 下线了,
88, 886, bye, bye-bye, goodbye, good bye, see you, see ya, see you later, see you soon, talk to you later, ttyl,
take care, catch you later, gotta go, later, have a good one, have a nice day, good night, cya
""",
    "complaint": """
太烂了, 好烂, 真烂, 没什么用, 一点用都没有, 一点用也没有, 答非所问, 你好笨, 好笨, 笨蛋, 太差了, 回答得太烂了,
回答得不对, 你答错了, 答错了吧,
useless, you're useless, youre useless, wrong answer, that's wrong, thats wrong, not helpful, bad bot, stupid, dumb,
this is useless, that's not what i asked, thats not what i asked
""",
    "hello": """
你好, 您好, 妳好, 你们好, 大家好, 嗨, 哈喽, 哈啰, 哈啰, 哈罗, 嘿, 喂, 早, 早上好, 早安, 上午好, 中午好, 午安,
下午好, 晚上好, 在吗, 在不在, 有人吗, 有人在吗, 有没有人, 有没有人在,
安安, 早晨, 打扰了, 今天好累, 今日天气几好,
你好吗, 你还好吗, 最近好吗, 最近怎么样, 你最近怎么样, 你过得怎么样, 你过得好吗, 过得怎么样, 今天过得怎么样,
你今天过得怎么样, 今天过得好吗, 吃了吗, 吃饭了吗, 你吃了吗, 今天天气真好, 天气真好, 今天天气不错, 天气不错,
很高兴认识你, 认识你很高兴, 幸会, 心情怎么样, 今天心情怎么样, 你心情怎么样, 你今天心情怎么样, 心情好吗,
喂喂, 能听到吗, 能听见吗, 听得到吗, 听得见吗, 听到了吗, 听见了吗, 听到没有, 能听到我说话吗, 听得到我说话吗,
收到吗, 能收到吗, 收得到吗, 有声音吗, 好无聊, 无聊死了, 我好无聊, 好叻, 你好叻, 倾下偈, 得闲倾下偈, 你好嘢, 笑死,
笑死我了,
hi, hello, hey, hiya, howdy, yo, greetings, good morning, good afternoon, good evening, how are you, how's it going,
how are you doing, how have you been, how's your day, how is your day, how's your day going, nice to meet you,
pleased to meet you, good to see you, long time no see, what's up, whats up, sup, hi there, hello there, hey there,
excuse me, i'm bored, im bored, bored, can you hear me, can you hear me now, do you hear me, is this thing on,
is this working, is this on, is it working, are you there, you there, anyone there, is anyone there,
大佬, 大佬们, 各位大佬, 大神, 大神们, 各位大神, 各位, 诸位, 大家, 各位朋友, 朋友们, 家人们, 姐妹们, 兄弟们, 宝子们,
宝宝们, 亲们, 小伙伴们, 小助手, 助手, 小助理, 网友们, 各位网友, 老师们, 各位老师, 路过的朋友, 路过的大佬, 萌新, 小白
""",
    "sorry": """
不好意思, 唔好意思, 歹势, 抱歉, 对不起, 刚刚按错了, 刚才按错了, 按错了, 打错了, 打错字了, 发错了, 点错了,
sorry, sry, oops, my bad, wrong button, wrong chat, ignore that, ignore me, ignore it, ignore
""",
    "ack": """
好, 好的, 好吧, 好滴, 好嘞, 好喔, 好哦, ok的, 行, 可以, 收到, 了解, 明白, 明白了, 知道了, 懂了, 嗯, 嗯嗯, 哦, 噢,
喔, 没问题, 没事, 没关系, 算了, 不用了, 是的, 对的, 哈哈, 呵呵, 嘿嘿,
ok, okay, got it, sure, alright, all right, fine, noted, understood, yes, yeah, yep, no worries, never mind,
nevermind, sounds good, k, kk, lol, lmao, haha, hahaha, hehe
""",
}
# The same said in the languages most visitors write besides (Japanese, Korean, French, Spanish, German,
# Russian, Vietnamese with and without its marks, Portuguese, Italian, Indonesian, Turkish, Arabic), read as
# folded (see ``_normalise``). Short words that are pinyin or English too (hai, oi, aide) are left out.
OTHER_LANGUAGE_PHRASES = {
    "help": """
あなたは誰, あなたは誰ですか, 誰ですか, 何ができますか, 何ができる, 何が聞ける, 使い方, 누구세요, 누구야, 넌 누구야,
뭘 할 수 있어요, 뭐 할 수 있어, 뭐 할 수 있어요, 도와주세요, qui êtes-vous, qui es-tu, vous êtes qui, t'es qui,
que pouvez-vous faire, que peux-tu faire, tu peux faire quoi, quién eres, quien eres, qué puedes hacer,
que puedes hacer, ayúdame, ayudame, wer bist du, wer sind sie, was kannst du, was kannst du tun, was können sie,
кто ты, кто вы, что ты умеешь, что вы умеете, что ты можешь, помогите, bạn là ai, ban la ai, bạn làm được gì,
ban lam duoc gi, quem é você, quem e voce, quem é vc, o que você faz, o que voce faz, o que você pode fazer,
o que voce pode fazer, chi sei, cosa sai fare, cosa puoi fare, siapa kamu, kamu siapa, apa yang bisa kamu lakukan,
sen kimsin, ne yapabilirsin, من أنت, ماذا يمكنك أن تفعل,
何が聞けますか, 何を聞けばいい, 어떻게 도와줄 수 있어요, 뭘 물어볼 수 있어요, comment pouvez-vous m'aider,
comment peux-tu m'aider, qu'est-ce que je peux demander, cómo me puedes ayudar, como me puedes ayudar,
cómo puedes ayudarme, como puedes ayudarme, qué puedo preguntar, que puedo preguntar, wie kannst du mir helfen,
wie können sie mir helfen, was kann ich fragen, как ты можешь помочь, чем ты можешь помочь, что можно спросить,
bạn giúp được gì, ban giup duoc gi, tôi có thể hỏi gì, toi co the hoi gi, como você pode me ajudar,
como voce pode me ajudar, o que posso perguntar, come mi puoi aiutare, come puoi aiutarmi, cosa posso chiedere,
bagaimana kamu bisa membantu, apa yang bisa saya tanyakan, nasıl yardımcı olabilirsin
""",
    "thanks": """
ありがとう, ありがとうございます, ありがとうございました, どうもありがとう, 助かりました, 감사합니다, 고마워요, 고마워,
고맙습니다, 수고하세요, 도와줘서 고마워요, merci, merci beaucoup, merci pour l'aide, merci pour votre aide, gracias,
muchas gracias, gracias por la ayuda, gracias por tu ayuda, danke, danke schön, danke schon, vielen dank, danke für
die hilfe, vielen dank für die hilfe, спасибо, большое спасибо, спасибо за помощь, cảm ơn, cam on, cảm ơn bạn,
cam on ban, cảm ơn nhiều, cam on nhieu, obrigado, obrigada, muito obrigado, muito obrigada, obrigado pela ajuda,
grazie, grazie mille, grazie per l'aiuto, terima kasih, terima kasih banyak, teşekkürler, teşekkür ederim, sağol,
شكرا, شكرا جزيلا
""",
    "bye": """
さようなら, またね, じゃあね, 안녕히 계세요, 안녕히 가세요, 잘 가, au revoir, à bientôt, a bientot, adiós, adios,
hasta luego, hasta pronto, tschüss, tschuss, auf wiedersehen, bis bald, пока, до свидания, tạm biệt, tam biet,
até mais, ate mais, até logo, ate logo, tchau, arrivederci, a presto, sampai jumpa, görüşürüz, مع السلامة
""",
    "hello": """
こんにちは, こんばんは, おはよう, おはようございます, はじめまして, もしもし, 안녕하세요, 안녕, 반가워요, 반갑습니다,
여보세요, bonjour, bonsoir, salut, coucou, hola, buenos días, buenos dias, buenas tardes, buenas noches, qué tal,
que tal, hallo, guten tag, guten morgen, guten abend, привет, здравствуйте, добрый день, доброе утро, добрый вечер,
xin chào, xin chao, chào bạn, chao ban, olá, bom dia, boa tarde, boa noite, tudo bem, ciao, buongiorno, buonasera,
selamat pagi, selamat siang, selamat malam, apa kabar, merhaba, günaydın, مرحبا, السلام عليكم, أهلا
""",
}
REPLY_ORDER = ("help", "complaint", "thanks", "bye", "sorry", "hello", "ack")  # which is answered, said together
# Chat spellings and Cantonese forms, read as the phrases above write them ("who r u", "你係邊個").
CHAT_FORMS = bilingual.CHAT_SPELLINGS | {
    "thnx": "thanks", "thanx": "thanks", "gm": "good morning", "gn": "good night", "u're": "you're", "ya": "you",
    "是唔是": "是不是", "做咩": "做什么", "系": "是", "边个": "谁", "乜嘢": "什么", "乜": "什么", "冇": "没有",
    "喺度": "在", "喺": "在", "识": "会", "点样": "怎样", "点用": "怎么用", "唔该晒": "唔该",
    "啲咩": "些什么", "啲乜": "些什么", "咩嚟": "什么",
}
_CHAT_FORM = re.compile("|".join(rf"(?<![a-z']){re.escape(form)}(?![a-z'])" if form.isascii() else re.escape(form)
                                 for form in sorted(CHAT_FORMS, key=len, reverse=True)))
# Particles and forms of address that may surround a courtesy phrase without adding a question.
FILLER_CHARS = set("啊呀啦哦喔哈嘛吧呗了咯嘞哟噢啰喽哇呢耶你您那喎㖞噃咩㗎超")  # 㖞: 喎 folded to Simplified
FILLER_WORDS = ("so much", "again", "very much", "a lot", "man", "bro", "guys", "all", "there", "and", "so", "then",
                "the", "bot", "assistant", "super", "really", "very", "actually", "today", "tonight", "lately",
                "these days", "ngl", "tbh", "lol", "rn",
                "et", "und", "и", "và", "dan", "ve", "e", "y")  # "and" in other languages: ciao, chi sei e …
JUNK_WORDS = frozenset("""
test testing tests 测试 测一下 测试一下 试试 试一下 lorem ipsum dolor sit amet consectetur adipiscing elit sed
foo bar baz qux blah null none undefined nan n/a na xxx xx asdf qwerty xd
""".split())
CODE_PATTERNS = [re.compile(p, re.IGNORECASE | re.DOTALL | re.MULTILINE) for p in (
    r"<\s*/?\s*[a-z!?%][^<>]*>",  # HTML/XML tags, <?php, <%= %>
    r"\b(select|insert|update|delete|drop|alter|union)\b.*\b(from|into|set|table|select|where)\b",
    r"['\"]\s*(or|and)\s+['\"]?\w+['\"]?\s*=\s*['\"]?\w+",  # ' OR 1=1, ' OR '1'='1
    r"'\s*(--|#|;)|;\s*--",  # a quote or statement cut off with a SQL comment
    r"\{\{.*\}\}|\$\{.*\}|#\{.*\}|<%.*%>",  # template and JNDI injection
    r"(\.\./){2,}|(\.\.%2f){2,}",  # path traversal
    r"(^|[;&|]\s*)(sudo|rm|ls|cat|echo|wget|curl|chmod|chown|nc|bash|pip|npm|git|docker|python3?)\s+[-/~$.\w]+",
    r"\|\s*(ba)?sh\b|&&|\$\(|`[^`]+`|:\(\)\s*\{",  # a pipe into a shell, command chains, fork bomb
    r"^\s*(import|from)\s+[\w.]+(\s+import\b|\s+as\b|\s*;|\s*$)|\bdef\s+\w+\s*\(|\bfunction\s*\w*\s*\(|=>",
    r"\b(print|console\.log|alert|eval|exec|fetch|system|popen|__import__|range)\s*\(|document\.cookie",
    r"^\s*(const|let|var)\s+\w+\s*=|#include\s*<|^\s*```|^\s*\$ \w",
    r"^\s*[\w.#-]+\s*\{[^}]*:[^}]*\}\s*$",  # a CSS rule
)]
_URL = re.compile(r"^(https?://|www\.)\S+$|^[\w-]+(\.[\w-]+)+/\S*$", re.IGNORECASE)
_BLOB = re.compile(r"^(0x)?[0-9a-f]{8,}$|^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$|^[a-z0-9+/]{16,}={0,2}$",
                   re.IGNORECASE)
_REPEATED_UNIT = re.compile(r"^(.{1,4}?)\1{2,}$")
_LATIN_WORD = re.compile(r"[a-z]+")
_SEPARATORS = re.compile(r"[\s\W_]+")
# The weather for the reader's today or tomorrow: no archived article answers it, whatever place it names.
_READERS_NOW = re.compile(r"今天|明天|后天|今晚|明晚|今早|明早|今日|明日|现在|此刻|这几天|未来几天|这周|本周|周末|下周"
                          r"|\b(?:today|tomorrow|tonight|right now|this week(?:end)?|next week|now)\b")
_WEATHER = re.compile(r"天气|下雨|下雪|降雨|降温|气温|温度|刮风|几度|\bweather\b|\brain(?:y|ing)?\b|\bsnow(?:y|ing)?\b"
                      r"|\btemperature\b|\bforecast\b")
_ASKING_END = r"(吗|(?<![怎什这那多])么|嘛)(?=[？?。！!，,\s~～]|$)"  # 吗 closing a clause, not the 么 of 怎么
# A judgement asked of the assistant: its opinion (你觉得, do you think), advice to the asker (我该不该,
# 值得…吗, should I) or a verdict on what the articles report (靠谱吗, 是好事还是坏事). Not what the article or
# someone in it thinks (文章怎么看, 负责人怎么看): they report that.
_JUDGEMENT = re.compile(
    r"你(个人)?(觉得|认为|怎么看|如何看|的看法|的意见|的建议|喜不喜欢|喜欢)|依你看|在你看来|换你"
    rf"|(^|[，,。！!？?\s]|我们?)((该|应该|应当)[^，,。？?！!]{{0,16}}{_ASKING_END}|该不该|要不要)|值不值得|适不适合"
    rf"|值得[^，,。？?！!]{{0,12}}{_ASKING_END}"
    r"|靠谱|是好事还是坏事|好不好|合理吗|客观吗|公平吗|比(别的|其他)[^，,。？?！!]{0,10}(强|好|差|优秀|厉害)|推荐(我|一下)|建议我"
    r"|\b(do|would) you (think|recommend|suggest|say|like|advise)\b|\bwhat do you make of\b|\bin your (opinion|view)\b"
    r"|\byour (personal |own )?(opinion|view|take|advice|thoughts)\b|\bshould (i|we)\b|\bis (it|this|that) worth\b"
    r"|\bworth (it|visiting|going|moving|buying|a visit)\b")
# A sum to work out ("60的平方根是多少", "What's 15% of 240?"): numbers, operators and the words that
# ask for a result, nothing else. No article answers it, whatever its numbers match.
_ARITHMETIC_WORDS = re.compile(r"平方根|立方根|平方|立方|开方|根号|次方|次幂|乘以|除以|加上|减去|等于|百分之|分之"
                               r"|计算|算一下|算算|帮我|请问|请|一下|结果|答案|多少|是|的|为|得|几|求|算|加|减|乘|除|倍"
                               r"|吗|呢|么|\b(?:what(?:'s| is)?|whats|how much is|calculate|compute|solve|work out|plus"
                               r"|minus|times|multiplied by|divided by|over|square root of|cube root of|squared|cubed"
                               r"|to the power of|percent|of|the|is|equals?|please|answer)\b")
_ARITHMETIC_OPERATOR = re.compile(r"[+\-*/×÷=^%√]|平方|立方|开方|根号|次方|次幂|乘|除|加|减|分之|倍"
                                  r"|\b(?:plus|minus|times|multiplied|divided|over|root|squared|cubed|power|percent)\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+")
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
VOWELS = set("aeiouy")


@dataclass(frozen=True)
class Triage:
    kind: str  # "question", "greeting", "unclear" or "unrelated"
    intent: str  # "question"; greetings "hello", "thanks", "bye", "help", "complaint", "sorry", "ack"; unclear
    # "junk", "code"; for unrelated "arithmetic"
    lang: str  # the language to reply in: "zh", "zh-hant" or "en"
    question: str  # for a question: its text without a leading courtesy phrase
    courtesy: str | None = None  # for a question: the intent of the courtesy it opens or closes with


def reply_language(text: str) -> str:
    """Chinese (Simplified or Traditional) when Chinese characters make up much of the letters, else English;
    Chinese, the articles' own language, when there are no letters at all."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "zh"
    han = [ch for ch in letters if is_cjk(ch)]
    if not han or len(han) < 0.3 * len(letters):
        return "en"
    return "zh-hant" if to_simplified("".join(han)) != "".join(han) else "zh"


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern, dict[str, str]]:
    intent_of: dict[str, str] = {}
    for phrases, fold in ((PHRASES, str), (OTHER_LANGUAGE_PHRASES, _normalise)):
        for intent, listed in phrases.items():
            for phrase in listed.split(","):
                if phrase.strip():
                    intent_of.setdefault(" ".join(fold(phrase).split()), intent)
    ordered = sorted(intent_of, key=len, reverse=True)
    boundary = r"(?<![a-z]){}(?![a-z])"
    return re.compile("|".join(boundary.format(re.escape(p)) for p in ordered)), intent_of


@lru_cache(maxsize=1)
def _junk_words() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, JUNK_WORDS), key=len, reverse=True)))


_STRETCHED = re.compile(r"([a-z])\1{2,}")  # "hiii", "byeee": a letter held down
# What a message may end with after its question that asks nothing of the articles: thanks, goodbye, and
# what forum posts add (在线等，挺急的; 蹲一个; 有懂的吗).
_CLOSING_THANKS = re.compile(r"(?:(?:(?<=[?？!！.。,，~～])\s*"
                             r"(?:thanks?(?: you| u)?(?: so much| a lot)?|thx|ty|tks|cheers|bye)"
                             r"|(?<=[?？!！.。,，~～\s])\s*(?:谢谢(?:你|您|啦|大家|各位)?|多谢晒|多谢|感谢(?:大家|各位)?"
                             r"|先谢(?:了|啦)?|唔该晒|唔该|拜拜|在线等|挺急的|很急|急急急|急|蹲一个|蹲|码住|有懂的吗|求解答"
                             r"|求科普|收藏了先)[啊呀啦哈哦喔嘛]*)[\s!！.。,，~～🙏😊👍]*)+$", re.IGNORECASE)


def _normalise(text: str) -> str:
    return to_simplified(unicodedata.normalize("NFKC", text)).lower().replace("’", "'")


@lru_cache(maxsize=1)
def _phrases_by_sound() -> dict[tuple[str, ...], str]:
    """The Chinese courtesy phrases by the syllables they are typed with (谢谢你的帮助: xie xie ni de bang zhu)."""
    return {tuple(pinyin(ch) for ch in phrase): phrase for phrase in reversed(_phrases()[1]) if not phrase.isascii()}


def _sound_corrected(text: str) -> str:
    """The text with each run of characters that sounds as a courtesy phrase written as that phrase: a pinyin
    keyboard offers 尼好 for 你好 and 帮住 for 帮助, and the message is still a greeting."""
    by_sound = _phrases_by_sound()
    longest = max(map(len, by_sound), default=0)
    sounds = [pinyin(ch) if is_cjk(ch) else ch for ch in text]
    out, at = [], 0
    while at < len(text):
        length = next((n for n in range(min(longest, len(text) - at), 1, -1)
                       if tuple(sounds[at:at + n]) in by_sound), 0)
        out.append(by_sound[tuple(sounds[at:at + length])] if length else text[at])
        at += length or 1
    return "".join(out)


def _only_filler(rest: str) -> bool:
    """Whether what follows the courtesy phrases is particles, punctuation and filler words alone."""
    return not any(ch.isalnum() and ch not in FILLER_CHARS for ch in rest[_past_filler(rest, 0):])


def _chat_courtesy(text: str) -> str | None:
    """The intent of a message that is courtesy alone once read in the phrases' own spelling
    ("who r u", "你係邊個")."""
    intent, rest = _courtesy(_CHAT_FORM.sub(lambda m: CHAT_FORMS[m.group(0)], text))
    return intent if intent and _only_filler(rest) else None


def _past_filler(text: str, position: int) -> int:
    """Where the text goes on after particles, punctuation and filler words ("a lot, super …")."""
    while True:
        start = position
        while position < len(text) and (not text[position].isalnum() or text[position] in FILLER_CHARS):
            position += 1
        word = next((w for w in FILLER_WORDS if text.startswith(w, position)
                     and not text[position + len(w):][:1].isalpha()), None)
        position += len(word) if word else 0
        if position == start:
            return position


def _courtesy(text: str) -> tuple[str | None, str]:
    """(intent, rest) when the text opens with courtesy phrases; rest is what follows them."""
    pattern, intent_of = _phrases()
    position, intents = 0, []
    while True:
        skipped = position
        while skipped < len(text) and not text[skipped].isalnum():
            skipped += 1
        match = pattern.match(text, skipped)
        if not match and intents:  # particles and addressing words between two phrases
            skipped = _past_filler(text, skipped)
            match = pattern.match(text, skipped)
        if not match or _inside_a_word(text, match.end()):  # 感谢信, 早期, 行政: no courtesy cut out of a word
            break
        intents.append(intent_of[match.group(0)])
        position = match.end()
    if not intents:
        return None, text
    return foremost(intents), text[position:]


def foremost(intents: list[str]) -> str:
    """The intent a reply answers of several said together (你好，谢谢: the thanks)."""
    return next((intent for intent in REPLY_ORDER if intent in intents), intents[0])


@lru_cache(maxsize=1)
def _words() -> Tokenizer:
    return Tokenizer(set())


def _inside_a_word(text: str, at: int) -> bool:
    """Whether ``at`` falls between two characters of one Chinese word, as jieba's dictionary cuts the text."""
    if not (0 < at < len(text) and is_cjk(text[at - 1]) and is_cjk(text[at])):
        return False
    start = 0
    for word in _words().words(text):
        start = text.find(word, start)
        if start < at < start + len(word):
            return True
        start += len(word)
    return False


def _key_neighbours(word: str) -> int:
    """How many of the word's letter pairs are neighbouring keys of one keyboard row."""
    return sum(1 for a, b in zip(word, word[1:])
               if any(a in row and b in row and abs(row.index(a) - row.index(b)) == 1 for row in KEYBOARD_ROWS))


def _is_key_run(word: str) -> bool:
    """Three or more neighbouring keys of one row (qwe, zxc, lkj): no English word or pinyin syllable."""
    return len(word) >= 3 and _key_neighbours(word) == len(word) - 1


def _is_mash(word: str) -> bool:
    """A Latin 'word' that reads as keys hit in a row, not as a word or pinyin."""
    if len(word) >= 4 and len(set(word)) <= 2:
        return True
    if len(word) >= 4 and _key_neighbours(word) >= 0.6 * (len(word) - 1):
        return True
    if len(word) >= 5 and "".join(sorted(word)) == word and len(set(word)) == len(word):  # abcdefg
        return True
    vowels = sum(ch in VOWELS for ch in word)
    return len(word) >= 5 and vowels <= 0.15 * len(word)


def _no_content(text: str) -> bool:
    """Digits, punctuation or emoji alone; one repeated piece; filler words; a URL, hash or encoded blob."""
    compact = _SEPARATORS.sub("", text)
    letters = [ch for ch in compact if ch.isalpha()]
    if not letters:
        return True
    if all(unicodedata.name(ch, "").startswith("BOPOMOFO") for ch in letters):
        return True
    stripped = text.strip()
    if _URL.match(stripped) or _BLOB.match(stripped) or _REPEATED_UNIT.match(compact):
        return True
    if len(compact) == 1 and compact.isascii():
        return True
    if not _junk_words().sub("", compact).strip("0123456789"):
        return True
    if text.isascii():
        latin = _LATIN_WORD.findall(text)
        joined = "".join(latin)
        if any(_is_mash(w) for w in latin) and all(_is_mash(w) or len(w) <= 3 for w in latin):
            return True  # mash, perhaps with a few more keys ("asdfghjkl;qwe")
        if latin and all(_is_key_run(w) for w in latin):
            return True  # short runs of keys ("qwe zxc")
        if len(joined) >= 4 and not any(ch in VOWELS for ch in joined):
            return True
    return False


def _is_code(text: str) -> bool:
    stripped = text.strip()
    if stripped[:1] in "{[" and stripped[-1:] in "}]":
        try:
            json.loads(stripped)
            return True
        except ValueError:
            pass
    return any(pattern.search(text) for pattern in CODE_PATTERNS)


def _is_arithmetic(text: str) -> bool:
    """A sum and nothing else: a number, an operator, and no word that is not about working it out."""
    words_out = _ARITHMETIC_WORDS.sub(" ", text)
    return (not any(ch.isalnum() for ch in _NUMBER.sub(" ", words_out)) and _NUMBER.search(words_out) is not None
            and _ARITHMETIC_OPERATOR.search(text) is not None)


def triage(text: str) -> Triage:
    """Classify one cleaned input (see ``qa.search.clean_question``)."""
    lang = reply_language(text)
    normalised = _normalise(text)
    if _is_code(text):
        return Triage("unclear", "code", lang, text)
    if _REPEATED_UNIT.match(_SEPARATORS.sub("", normalised)):
        return Triage("unclear", "junk", lang, text)
    unstretched = _STRETCHED.sub(r"\1", normalised)
    intent, rest = _courtesy(unstretched)
    courtesy = (intent if intent and _only_filler(rest) else _chat_courtesy(unstretched)
                or _chat_courtesy(_sound_corrected(unstretched)))
    if courtesy:
        return Triage("greeting", courtesy, lang, text)
    if _no_content(normalised):
        return Triage("unclear", "junk", lang, text)
    if _is_arithmetic(rest if intent else normalised):
        return Triage("unrelated", "arithmetic", lang, text)
    question = text
    if intent:  # a question after a greeting: search the question alone
        question = (text[len(text) - len(rest):] if len(rest) < len(text) else text).strip(" ,，.。!！~～:：") or text
    question, closing = _without_closing_thanks(question)
    said = [found for found in (intent, closing) if found]
    return Triage("question", "question", lang, question, foremost(said) if said else None)


def _without_closing_thanks(question: str) -> tuple[str, str | None]:
    """The question without the thanks or goodbye it ends with ("…? thx", "……多谢"), which are no terms of it,
    and the intent of that closing when it is courtesy (not 在线等)."""
    simplified = to_simplified(question)
    closing = _CLOSING_THANKS.search(simplified) if len(simplified) == len(question) else None
    if not (closing and closing.start()):
        return question, None
    intent = _courtesy(_normalise(closing.group()).strip())[0]
    return question[:closing.start()].rstrip(), intent if intent in ("thanks", "bye") else None


def asks_judgement(text: str) -> bool:
    """Whether the question asks the assistant to judge or advise, which no article does for the asker."""
    return _JUDGEMENT.search(_normalise(text)) is not None


def live_request(text: str) -> str | None:
    """What a question asks that only live data could say (the weather today or tomorrow), as it writes it."""
    normalised = _normalise(text)
    weather = _WEATHER.search(normalised)
    return weather.group(0) if weather and _READERS_NOW.search(normalised) else None
