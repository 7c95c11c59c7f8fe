"""Gradio chat over the corpus: ``python app.py [--host H] [--port P]``.

Listens on 127.0.0.1:7860 by default (``QA_HOST``/``QA_PORT``), never opens a
public share link unless ``--share`` is given, and asks for a password when
``QA_AUTH=user:password`` is set. The index is built on first start and a
newer build published by ``qa build`` is picked up without restart.
"""

from __future__ import annotations

import argparse
import logging
import sys
from functools import lru_cache

import gradio as gr

from qa import settings
from qa.cli import show_progress
from qa.model.embedder import ModelError
from qa.render import answer_html, article_html, echo_text, message_html
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.question import MAX_QUESTION_CHARS, QuestionError
from qa.retrieval.retriever import Retriever
from qa.service import LiveRetriever, open_retriever
from qa.settings import Paths
from qa.store.layout import IndexProblem
from qa.store.uri import StoreError

# Offered under the question box when the corpus answers them; another corpus gets its own.
EXAMPLES = [
    "曹娥街道今年一季度外资到位了多少？",
    "卧龙智慧新能源产业园总投资多少？",
    "鴻雁社區的人才公寓能引進多少人才？",
    "Who wrote this article?",
    "How many listed companies does Caoe have?",
]
CONCURRENCY = settings.get_int("QA_CONCURRENCY")  # why 4: see the README's "Chat app"
QUEUE_SIZE = settings.get_int("QA_QUEUE_SIZE")
HISTORY_TURNS = settings.get_int("QA_HISTORY_TURNS")
ALL_ARTICLES = "全部文章 · All articles"
MIN_EXAMPLES = 3
CSS = """
.qa-result {color: #1f2937; line-height: 1.6; scroll-margin-top: 40px;}
.qa-reply {font-weight: 600; margin: 0 0 4px;}
.qa-answer {margin: 4px 0 8px; padding: 8px 12px; border-left: 4px solid #b45309; background: #fffbeb;
            font-size: 1.05em; color: #111827;}
.qa-meta {font-size: 0.9em; color: #4b5563; margin: 2px 0 6px;}
.qa-confidence {white-space: nowrap;}
.qa-passage {border-left: 3px solid #c7d2fe; padding: 4px 10px; margin: 8px 0;}
.qa-passage.qa-low {border-left-color: #e5e7eb;}
.qa-text {margin: 4px 0;}
mark {background: #fde68a; color: #111827; padding: 0 2px;}
.qa-show {font-size: 0.9em; color: #1d4ed8;}
.qa-more summary {cursor: pointer; color: #1d4ed8; padding: 6px 0; font-weight: 600;}
.qa-not-covered, .qa-missing {color: #9a3412;}
.qa-differs {color: #9a3412; font-weight: 600; margin: 0 0 4px;}
.qa-greeting .qa-message, .qa-overview {background: #eef2ff; padding: 6px 10px; border-radius: 6px;}
.qa-unclear .qa-message {background: #fef3c7; padding: 6px 10px; border-radius: 6px;}
.qa-gloss {background: #f0fdf4; border-radius: 6px; padding: 4px 10px; margin: 4px 0 8px;}
.qa-gloss-note {font-size: 0.85em; color: #166534; margin: 0; cursor: pointer;}
.qa-gloss ul {list-style: none; padding: 0; margin: 2px 0; display: flex; flex-wrap: wrap; gap: 0 14px;
              font-size: 0.92em;}
.qa-pinyin {color: #374151; font-style: italic;}
.qa-en {color: #4b5563; font-size: 0.9em;}
.qa-reader {max-width: 42em; margin: 0 auto; color: #1f2937; line-height: 1.8;}
.qa-reader h1 {font-size: 1.4em;} .qa-reader h2 {font-size: 1.15em; margin-top: 1.2em;}
.qa-dateline, .qa-read-as {color: #4b5563; font-size: 0.9em;}
.qa-read-as {margin: 0 0 4px;}
.qa-parts {color: #4b5563; font-size: 0.9em; margin: 0 0 6px;}
.qa-parts ol {margin: 2px 0 0; padding-left: 1.4em;}
.qa-reader figure {margin: 0.8em 0; color: #4b5563; font-size: 0.95em; border-left: 3px solid #e5e7eb;
                   padding-left: 10px;}
.qa-reader .qa-here {outline: 3px solid #b45309; outline-offset: 4px; scroll-margin-top: 30vh;}
*:focus-visible {outline: 3px solid #1d4ed8 !important; outline-offset: 2px;}
"""
# Answer first: after each reply, the top of the newest answer is brought into view (the
# chat's own autoscroll would show the bottom of its last passage instead). The reader
# view opens at the passage it was opened for.
HEAD = """<script>
document.documentElement.lang = "zh-CN";
(() => {
  let seen = 0;
  new MutationObserver(() => {
    const replies = document.querySelectorAll("#qa-chat .qa-result");
    if (replies.length > seen) {
      seen = replies.length;
      replies[replies.length - 1].scrollIntoView({block: "start"});
    }
    const here = document.getElementById("qa-here");
    if (here && !here.dataset.shown) {
      here.dataset.shown = "1";
      here.scrollIntoView({block: "center"});
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
})();
</script>"""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Chat with the news articles in corpus/.")
    parser.add_argument("--host", default=settings.get("QA_HOST"), help="address to serve on (env QA_HOST)")
    parser.add_argument("--port", type=int, default=settings.get_int("QA_PORT"), help="port (env QA_PORT)")
    parser.add_argument("--model", default=None, help="embedding model (env QA_MODEL)")
    parser.add_argument("--share", action="store_true", help="create a public Gradio share link")
    return parser.parse_args(argv)


def auth_from_env() -> tuple[str, str] | None:
    value = settings.get("QA_AUTH")
    if not value:
        return None
    user, _, password = value.partition(":")
    if not user or not password:
        raise SystemExit("QA_AUTH must look like user:password")
    return user, password


@lru_cache(maxsize=2)
def assistant_for(retriever: Retriever) -> AnswerPolicy:
    """One assistant per loaded index (a new build gets a new one)."""
    return AnswerPolicy(retriever)


def shown_examples(policy: AnswerPolicy) -> list[str]:
    """EXAMPLES the corpus answers in full, or, when it answers too few of them, the example
    questions the corpus itself suggests (its overview and its quoted terms, as in the greeting)."""
    answered = [q for q in EXAMPLES if policy.ask(q).outcome in ("answered", "overview")]
    if len(answered) >= MIN_EXAMPLES:
        return answered
    return policy.example_questions("zh") + policy.example_questions("en")[:1]


def build_ui(live: LiveRetriever) -> gr.Blocks:
    def respond(question: str, history: list[dict], asked: list[str],
                doc: str | None = None) -> tuple[str, list[dict], list[str]]:
        history, asked = list(history or []), list(asked or [])
        try:
            answer = assistant_for(live.current()).ask(question, history=asked[-HISTORY_TURNS:],
                                                       docs=frozenset([doc]) if doc else None)
        except QuestionError as problem:
            history += [{"role": "user", "content": message_html(echo_text(question) or "(empty question)")},
                        {"role": "assistant", "content": message_html(f"请检查问题 · Please check the question: "
                                                                      f"{problem}.")}]
            return "", history, asked
        history += [{"role": "user", "content": message_html(answer.question)},
                    {"role": "assistant", "content": answer_html(answer)}]
        if answer.outcome not in ("greeting", "unclear"):  # as read: a correction's question, slips put right
            asked.append(answer.read_as or answer.question)
        return "", history, asked

    def about() -> str:
        manifest = live.current().index.manifest
        return (f"- 模型 · Model: **{manifest['model']}**\n"
                f"- 索引 · Index: {manifest['passages']} passages from {manifest['documents']} document(s), "
                f"{manifest['index_kind']}\n- 构建时间 · Built: {manifest['built_at']}\n"
                f"- 分数与 JSON · Scores and JSON: `qa ask --json`")

    def documents() -> dict:
        """Choices of the document filter: every article by title (shown only with several)."""
        info = live.current().index.manifest.get("document_info", {})
        choices = [(ALL_ARTICLES, "")] + [(f"《{d.get('title') or name}》", name) for name, d in info.items()]
        return gr.update(choices=choices, value="", visible=len(info) > 1)

    def open_page(request: gr.Request):
        """``?doc=…&p=…`` opens the reader view of an article; ``?q=…`` asks a question."""
        params = dict(request.query_params) if request else {}
        if params.get("doc"):
            index = live.current().index
            reader = article_html(index.passages, params["doc"], params.get("p"),
                                  index.manifest.get("document_info", {}).get(params["doc"]))
            return gr.update(value=reader, visible=True), gr.update(visible=False), [], [], about(), documents()
        if params.get("q"):
            _, history, asked = respond(params["q"], [], [])
            return gr.update(visible=False), gr.update(visible=True), history, asked, about(), documents()
        # a plain page's chat is left as it is: a question asked before the page finished loading keeps its answer
        return gr.update(visible=False), gr.update(visible=True), gr.skip(), gr.skip(), about(), documents()

    examples = shown_examples(assistant_for(live.current()))
    with gr.Blocks(title="曹娥新闻问答 · Caoe news QA", analytics_enabled=False) as demo:
        reader = gr.HTML(visible=False, elem_id="qa-reader")
        with gr.Column(visible=True) as chat_view:
            gr.Markdown("## 向文章提问 · Ask the article\n用中文或英文提问，回答来自文章原文，回答问题的句子会被标出。"
                        " Ask in Chinese or English; answers are the article's own passages, "
                        "with the answering sentence marked.")
            chatbot = gr.Chatbot(label="对话 · Chat", height="62vh", elem_id="qa-chat", autoscroll=False,
                                 feedback_options=None, sanitize_html=True)
            with gr.Row(equal_height=True):
                box = gr.Textbox(label="你的问题 · Your question", placeholder="请输入问题 · Type a question",
                                 scale=8, max_length=MAX_QUESTION_CHARS, elem_id="qa-question", submit_btn=False)
                send = gr.Button("提问 · Ask", variant="primary", scale=1, elem_id="qa-ask")
            doc_filter = gr.Dropdown(label="只查这篇文章 · Search only this article", choices=[(ALL_ARTICLES, "")],
                                     value="", visible=False, elem_id="qa-doc")
            asked = gr.State([])  # this visitor's earlier questions, for follow-ups
            gr.Examples(examples, inputs=box, label="示例问题 · Example questions")
            with gr.Accordion("关于 · About", open=False):
                info = gr.Markdown(elem_id="qa-status")
        box.submit(respond, [box, chatbot, asked, doc_filter], [box, chatbot, asked], api_name="ask")
        send.click(respond, [box, chatbot, asked, doc_filter], [box, chatbot, asked], api_name=False)
        demo.load(open_page, None, [reader, chat_view, chatbot, asked, info, doc_filter], api_name=False)
    return demo


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    show_progress()
    try:
        retriever = open_retriever(Paths.from_env(), args.model)
    except (ModelError, IndexProblem, StoreError) as problem:
        logging.getLogger("qa").error(f"Error: {problem}.")
        return 1
    demo = build_ui(LiveRetriever(Paths.from_env(), retriever))
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    demo.launch(server_name=args.host, server_port=args.port, share=args.share,
                auth=auth_from_env(), css=CSS, head=HEAD, footer_links=["api"], show_error=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
