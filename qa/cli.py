"""Command line: ``qa {build,ask,add,remove,docs,eval,bench,info,settings}`` (also ``python -m qa``)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from qa import settings
from qa.api import Assistant
from qa.eval.evaluate import GoldError
from qa.ingest.corpus import CorpusError
from qa.model.embedder import ModelError
from qa.render import READ_AS
from qa.retrieval.contract import Answer
from qa.retrieval.question import QuestionError
from qa.settings import Paths
from qa.store.layout import IndexProblem
from qa.store.uri import StoreError

BOLD, UNDERLINE, RESET = "\033[1m", "\033[4m", "\033[0m"
FRIENDLY_ERRORS = (ModelError, IndexProblem, CorpusError, GoldError, StoreError)


def show_progress(stream: TextIO | None = None) -> logging.Handler:
    """Send the library's notices (logger "qa") to stderr as plain lines, so stdout stays clean for --json."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("qa")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=None,
                        help=f"sentence-transformers model name or folder (env QA_MODEL; "
                             f"default {settings.SETTINGS['QA_MODEL'].default})")
    parser.add_argument("--corpus", default=None, help="corpus folder (env QA_CORPUS_DIR)")
    parser.add_argument("--index", default=None, help="index folder (env QA_INDEX_DIR)")
    parser.add_argument("--store", default=None, help="faiss, milvus:///path/file.db or milvus://host:19530 "
                                                      "(env QA_STORE; default faiss)")


def _assistant(args: argparse.Namespace, paths: Paths, rebuild: bool = True) -> Assistant:
    return Assistant(paths.corpus_dir, paths.index_dir, args.model, store=paths.store, rebuild=rebuild)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="(re)build the index from the corpus")
    _common(build)
    build.add_argument("--json", action="store_true", help="print the manifest as JSON")
    build.add_argument("--workers", metavar="ray[://ADDRESS]", default=None,
                       help="embed on Ray actors: a local Ray runtime, or a cluster's address (needs .[cluster])")
    build.add_argument("--worker-count", type=int, default=None, help="Ray actors to start (default: one per CPU)")

    ask = commands.add_parser("ask", help="ask a question ('-' reads one question per line from stdin, as text "
                                          "or as JSON {\"question\": ..., \"history\": [...]})")
    _common(ask)
    ask.add_argument("question", help="the question, or - for stdin")
    ask.add_argument("--top-k", type=int, default=5, help="passages to return (default 5)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("--mode", choices=("fused", "dense", "lexical"), default="fused",
                     help="retrieval channel(s) to use (default fused)")
    ask.add_argument("--no-rebuild", action="store_true",
                     help="fail instead of rebuilding a missing or stale index")
    ask.add_argument("--doc", action="append", metavar="DOC",
                     help="search only this document (a name as `qa docs` lists it; repeat for several)")

    add = commands.add_parser("add", help="copy documents into the corpus and rebuild (only new text is embedded)")
    _common(add)
    add.add_argument("files", nargs="+", help=".txt, .md, .pdf, .html or .docx files")

    remove = commands.add_parser("remove", help="delete a document from the corpus and rebuild")
    _common(remove)
    remove.add_argument("docs", nargs="+", metavar="DOC", help="a document name as `qa docs` lists it")

    docs = commands.add_parser("docs", help="list the indexed documents: title, date, passages")
    _common(docs)
    docs.add_argument("--json", action="store_true")

    evaluate = commands.add_parser("eval", help="measure retrieval quality on the gold set")
    _common(evaluate)
    evaluate.add_argument("--gold", default=None, help="gold JSONL file (env QA_GOLD; default tests/gold/gold.jsonl)")
    evaluate.add_argument("--split", choices=("dev", "test", "all"), default="all")
    evaluate.add_argument("--misses", action="store_true", help="list questions answered wrongly")
    evaluate.add_argument("--plot", metavar="FILE.png", help="write a Recall@k chart")
    evaluate.add_argument("--fit", action="store_true",
                          help="fit the refusal thresholds on the dev split and save them in the index folder")
    evaluate.add_argument("--json", action="store_true")

    bench = commands.add_parser("bench", help="time questions (default), corpus scaling, embedding throughput "
                                              "or Ray embedding workers")
    _common(bench)
    bench.add_argument("what", nargs="?", choices=("query", "scale", "throughput", "workers"), default="query")
    bench.add_argument("--runs", type=int, default=50,
                       help="timed questions (query bench); 4x (throughput) or 8x (workers) as many texts")
    bench.add_argument("--gold", default=None, help="questions to time (query bench; env QA_GOLD)")
    bench.add_argument("--sizes", default="1000,10000,100000", help="passage counts (scale bench)")
    bench.add_argument("--plot", metavar="FILE.png", help="write a chart (scale bench)")
    bench.add_argument("--proxy-vectors", action="store_true",
                       help="scale bench: stand-in vectors for texts not embedded yet (no embedding wait; "
                            "times everything but embedding, recall not meaningful)")
    bench.add_argument("--json", action="store_true")

    info = commands.add_parser("info", help="show the index manifest and model")
    _common(info)
    info.add_argument("--json", action="store_true")

    table = commands.add_parser("settings", help="list every setting: environment variable, value, meaning")
    table.add_argument("--json", action="store_true")
    return parser


def format_answer(answer: Answer, colour: bool) -> str:
    """Readable answer: the reply's words, then rank, score, section and passage, its answering sentence
    marked where the chat marks one."""
    read_as = [f"{READ_AS}：{answer.read_as}"] if answer.read_as else []
    lines = [f"Q: {answer.question}", *read_as, answer.message]
    mark_open, mark_close = (BOLD + UNDERLINE, RESET) if colour else ("【", "】")
    for hit in answer.passages:
        marked = "".join(mark_open + text + mark_close if is_marked else text for text, is_marked in hit.pieces())
        section = hit.section or "—"
        lines.append(f"\n{hit.rank}. score {hit.score:.3f} · {section} · {hit.kind} · {hit.doc}")
        lines.append(f"   {marked}")
    return "\n".join(lines)


def parse_input_line(line: str) -> tuple[str, list[str]]:
    """A stdin line: plain question text, or a JSON object {"question": ..., "history": [...]}."""
    if line.lstrip().startswith("{"):
        try:
            record = json.loads(line)
        except ValueError:
            return line, []
        if isinstance(record, dict) and isinstance(record.get("question"), str):
            history = record.get("history") or []
            return record["question"], [h for h in history if isinstance(h, str)] if isinstance(history, list) else []
    return line, []


def _ask_one(assistant: Assistant, question: str, args: argparse.Namespace, out: TextIO,
             history: list[str] | None = None) -> bool:
    try:
        answer = assistant.ask(question, history=history or [], top_k=args.top_k, mode=args.mode, docs=args.doc)
    except QuestionError as problem:
        if args.json:
            reply = Answer(question, False, [], outcome="unclear", message=str(problem)).to_json()
            out.write(json.dumps(reply | {"error": str(problem)}, ensure_ascii=False) + "\n")
        else:
            logging.getLogger("qa").error(f"Cannot search this question: {problem}.")
        return False
    if args.json:
        out.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
    else:
        out.write(format_answer(answer, colour=out.isatty()) + "\n")
    out.flush()
    return True


def cmd_ask(args: argparse.Namespace, paths: Paths) -> int:
    assistant = _assistant(args, paths, rebuild=not args.no_rebuild)
    assistant.policy  # noqa: B018 - open (or build) the index before the first question, to fail early
    if args.question != "-":
        return 0 if _ask_one(assistant, args.question, args, sys.stdout) else 2
    for line in sys.stdin:  # one answer per input line, blank lines included, to keep alignment
        question, history = parse_input_line(line.rstrip("\r\n"))
        _ask_one(assistant, question, args, sys.stdout, history)
    return 0


def cmd_build(args: argparse.Namespace, paths: Paths) -> int:
    manifest = _assistant(args, paths).build(args.workers, args.worker_count)
    if args.json:
        print(json.dumps(manifest, ensure_ascii=False, indent=2))
    return 0


def cmd_add(args: argparse.Namespace, paths: Paths) -> int:
    from qa.ingest.corpus import add_documents

    added = add_documents(paths.corpus_dir, [Path(f) for f in args.files])
    if not added:
        return 1
    _assistant(args, paths).build()
    return 0


def cmd_remove(args: argparse.Namespace, paths: Paths) -> int:
    from qa.ingest.corpus import remove_documents

    remove_documents(paths.corpus_dir, args.docs)
    _assistant(args, paths).build()
    return 0


def cmd_docs(args: argparse.Namespace, paths: Paths) -> int:
    from qa.store.build import content_staleness
    from qa.store.layout import read_manifest

    _, manifest = read_manifest(paths.index_dir)
    if reason := content_staleness(manifest, paths):  # listed as last built: say so, and how to update it
        logging.getLogger("qa").warning(f"索引已过期，以下是上次构建时的文档 · The index is out of date ({reason}); "
                                        "this is the list as last built. Run `qa build` to update it.")
    documents = manifest.get("document_info", {})
    if args.json:
        print(json.dumps(documents, ensure_ascii=False, indent=2))
        return 0
    for name, info in documents.items():
        known = [str(info[key]) for key in ("date", "source", "author") if info.get(key)]  # unknown left out
        shown = [f"《{info.get('title') or '—'}》", *known, f"{info.get('passages')} passages"]
        print(f"{name}\n    " + " · ".join(shown))
    return 0


def cmd_info(args: argparse.Namespace, paths: Paths) -> int:
    from qa.retrieval.config import RetrievalConfig
    from qa.retrieval.null import stored_levels
    from qa.retrieval.refusal import chinese_threshold, other_language_threshold
    from qa.store.layout import read_manifest

    folder, manifest = read_manifest(paths.index_dir)
    levels = stored_levels(folder)
    if args.json:
        print(json.dumps({"folder": str(folder), **manifest, "null_level": levels and levels.chinese,
                          "null_level_latin": levels and levels.latin, "null_level_other": levels and levels.other},
                         ensure_ascii=False, indent=2))
    else:
        for key in ("model", "model_fingerprint", "dim", "passages", "sentences", "documents",
                    "index_kind", "corpus_hash", "chunker_version", "built_at", "build_seconds"):
            print(f"{key:18} {manifest.get(key)}")
        print(f"{'folder':18} {folder}")
        if levels is not None:
            config = RetrievalConfig.for_model(manifest.get("model", ""), paths.index_dir)
            threshold = chinese_threshold(config, levels.chinese)
            print(f"{'null_level':18} {levels.chinese} (Chinese-script refusal threshold here {threshold:.4f},"
                  f" fitted {config.answer_threshold})")
            print(f"{'null_level_latin':18} {levels.latin} (English questions below it must share their words;"
                  f" English threshold {config.answer_threshold_other_script})")
            print(f"{'null_level_other':18} {levels.other} (questions in other languages threshold here"
                  f" {other_language_threshold(config, levels.other):.4f})")
    return 0


def cmd_settings(args: argparse.Namespace, paths: Paths) -> int:
    rows = [{"env": s.env, "value": settings.get(s.env), "default": s.default, "help": s.help}
            for s in settings.SETTINGS.values()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        changed = "" if row["value"] == row["default"] else f"   (default {row['default']})"
        print(f"{row['env']:22} {row['value']}{changed}\n{'':22} {row['help']}")
    return 0


def cmd_eval(args: argparse.Namespace, paths: Paths) -> int:
    from qa.eval.report import run_eval

    return run_eval(args, paths)


def cmd_bench(args: argparse.Namespace, paths: Paths) -> int:
    if args.what == "scale":
        from qa.bench.scale import run_scale_bench

        return run_scale_bench(args, paths)
    if args.what == "throughput":
        from qa.bench.throughput import run_throughput_bench

        return run_throughput_bench(args, paths)
    if args.what == "workers":
        from qa.bench.workers import run_workers_bench

        return run_workers_bench(args, paths)
    from qa.bench.query import run_query_bench

    return run_query_bench(args, paths)


COMMANDS = {"ask": cmd_ask, "build": cmd_build, "info": cmd_info, "eval": cmd_eval, "bench": cmd_bench,
            "settings": cmd_settings, "add": cmd_add, "remove": cmd_remove, "docs": cmd_docs}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = Paths.from_env(getattr(args, "corpus", None), getattr(args, "index", None), getattr(args, "store", None))
    handler = show_progress()
    try:
        return COMMANDS[args.command](args, paths)
    except FRIENDLY_ERRORS as problem:
        logging.getLogger("qa").error(f"Error: {problem}.")
        return 1
    except KeyboardInterrupt:
        logging.getLogger("qa").error("Interrupted.")
        return 130
    finally:
        logging.getLogger("qa").removeHandler(handler)


def entry_point() -> None:
    """The ``qa`` console script."""
    sys.exit(main())
