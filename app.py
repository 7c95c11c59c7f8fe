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
from qa.render import answer_html, echo_text, message_html
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.question import MAX_QUESTION_CHARS, QuestionError
from qa.retrieval.retriever import Retriever
from qa.service import LiveRetriever, open_retriever
from qa.settings import Paths
from qa.store.layout import IndexProblem

EXAMPLES = [
    "曹娥街道今年一季度外资到位了多少？",
    "卧龙智慧新能源产业园总投资多少？",
    "鴻雁社區的人才公寓能引進多少人才？",
    "Who wrote this article?",
    "How many listed companies does Caoe have?",
]
CONCURRENCY = settings.get_int("QA_CONCURRENCY")  # why 4: see the README's "Serving many users"
QUEUE_SIZE = settings.get_int("QA_QUEUE_SIZE")
HISTORY_TURNS = settings.get_int("QA_HISTORY_TURNS")
CSS = """
.qa-passage {border-left: 3px solid #c7d2fe; padding: 4px 10px; margin: 8px 0;}
.qa-meta {font-size: 0.85em; color: #555;}
.qa-not-covered {color: #9a3412;}
mark {background: #fde68a; padding: 0 2px;}
.qa-missing, .qa-partial {color: #9a3412;}
.qa-greeting .qa-message, .qa-overview {background: #eef2ff; padding: 6px 10px; border-radius: 6px;}
.qa-unclear .qa-message {background: #fef3c7; padding: 6px 10px; border-radius: 6px;}
"""


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


def build_ui(live: LiveRetriever) -> gr.Blocks:
    def respond(question: str, history: list[dict], asked: list[str]) -> tuple[str, list[dict], list[str]]:
        history, asked = list(history or []), list(asked or [])
        try:
            answer = assistant_for(live.current()).ask(question, history=asked[-HISTORY_TURNS:])
        except QuestionError as problem:
            history += [{"role": "user", "content": message_html(echo_text(question) or "(empty question)")},
                        {"role": "assistant", "content": message_html(f"Please check the question: {problem}.")}]
            return "", history, asked
        history += [{"role": "user", "content": message_html(answer.question)},
                    {"role": "assistant", "content": answer_html(answer)}]
        if answer.outcome not in ("greeting", "unclear"):
            asked.append(answer.question)
        return "", history, asked

    def status() -> str:
        manifest = live.current().index.manifest
        return (f"Model **{manifest['model']}** · index of {manifest['passages']} passages from "
                f"{manifest['documents']} document(s), built {manifest['built_at']} "
                f"({manifest['index_kind']})")

    with gr.Blocks(title="Caoe news QA", analytics_enabled=False) as demo:
        gr.Markdown("## Ask the article · 向文章提问\nAsk in Chinese, English or Traditional Chinese. "
                    "Answers are passages of the article with the answering sentence highlighted.")
        info = gr.Markdown(status(), elem_id="qa-status")
        chatbot = gr.Chatbot(label="Answers", height=560, elem_id="qa-chat",
                             feedback_options=None, sanitize_html=True)
        with gr.Row():
            box = gr.Textbox(placeholder="e.g. 曹娥街道一季度外资到位了多少？", show_label=False,
                             scale=8, max_length=MAX_QUESTION_CHARS, elem_id="qa-question")
            send = gr.Button("Ask", variant="primary", scale=1, elem_id="qa-ask")
        asked = gr.State([])  # this visitor's earlier questions, for follow-ups
        gr.Examples(EXAMPLES, inputs=box, label="Example questions (click one)")
        box.submit(respond, [box, chatbot, asked], [box, chatbot, asked], api_name="ask")
        send.click(respond, [box, chatbot, asked], [box, chatbot, asked], api_name=False)
        demo.load(status, None, info, api_name=False)
    return demo


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    show_progress()
    try:
        retriever = open_retriever(Paths.from_env(), args.model)
    except (ModelError, IndexProblem) as problem:
        logging.getLogger("qa").error(f"Error: {problem}.")
        return 1
    demo = build_ui(LiveRetriever(Paths.from_env(), retriever))
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    demo.launch(server_name=args.host, server_port=args.port, share=args.share,
                auth=auth_from_env(), css=CSS, footer_links=["api"], show_error=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
