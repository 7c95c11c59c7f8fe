"""The public API: the README's library example runs as written, and the package installs on its own."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import PROJECT_ROOT

import qa


def readme_example() -> str:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it as a library", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_public_names_are_there_and_load_lazily():
    assert set(qa.__all__) >= {"Assistant", "Answer", "Hit", "Embedder", "QuestionError", "ModelError",
                               "IndexProblem", "CorpusError", "GoldError", "__version__"}
    assert all(getattr(qa, name) for name in qa.__all__)
    with pytest.raises(AttributeError):
        qa.NoSuchThing  # noqa: B018


def test_an_assistant_on_the_stand_in_embedder(tmp_path):
    """The API end to end without the model: build, ask with history, evaluate."""
    from qa.model.standin import HashingEmbedder

    shutil.copytree(PROJECT_ROOT / "corpus", tmp_path / "corpus")
    assistant = qa.Assistant(tmp_path / "corpus", tmp_path / "index", embedder=HashingEmbedder())
    manifest = assistant.build()
    assert manifest["model"] == "standin/char-ngrams" and manifest["passages"] > 20
    answer = assistant.ask("它达产后每年能有多少利润？", history=["卧龙智慧新能源产业园总投资多少？"])
    assert isinstance(answer, qa.Answer) and answer.searched_with == "卧龙智慧新能源产业园总投资多少？"
    assert assistant.ask("你好").outcome == "greeting"
    with pytest.raises(qa.QuestionError):
        assistant.ask("   ")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "question": "鸿雁社区的人才公寓能引进多少人才？", "lang": "zh",
                                "kind": "figure", "answer": "4900余人", "split": "dev"}, ensure_ascii=False),
                    encoding="utf-8")
    figures = assistant.evaluate(gold)
    assert figures["questions"] == 1 and 0.0 <= figures["recall@5"] <= 1.0
    with pytest.raises(qa.GoldError):
        assistant.evaluate(tmp_path / "missing.jsonl")


@pytest.mark.model
def test_the_readme_library_example_runs(tmp_path, monkeypatch, capsys):
    shutil.copytree(PROJECT_ROOT / "corpus", tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    exec(compile(readme_example(), "README.md", "exec"), {})  # noqa: S102 - the README's own code
    printed = capsys.readouterr().out
    assert "answered" in printed and "4900余人" in printed
    assert (tmp_path / "index" / "current").exists()


@pytest.mark.slow
def test_pip_install_into_a_new_environment_gives_a_working_qa_command(tmp_path):
    """``pip install .`` outside the checkout, then ``qa build`` and ``qa ask`` on a corpus folder given."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "torch==2.13.0"], check=True, timeout=1200)
    source = tmp_path / "source"  # a copy, so the build leaves nothing in the checkout
    shutil.copytree(PROJECT_ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "index", "artifacts", "build", "*.egg-info", "__pycache__", "tests"))
    subprocess.run([*pip, str(source)], check=True, timeout=1200)
    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copytree(PROJECT_ROOT / "corpus", work / "news")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_") or k == "QA_MODEL_CACHE"}
    qa_command = str(venv / "bin" / "qa")
    built = subprocess.run([qa_command, "build", "--corpus", "news", "--index", "idx", "--json"], cwd=work,
                           env=env, capture_output=True, text=True, timeout=1200)
    assert built.returncode == 0, built.stderr
    assert json.loads(built.stdout)["passages"] > 20
    asked = subprocess.run([qa_command, "ask", "--json", "--corpus", "news", "--index", "idx",
                            "鸿雁社区的人才公寓能引进多少人才？"], cwd=work, env=env, capture_output=True, text=True,
                           timeout=600)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["outcome"] == "answered" and "4900余人" in answer["passages"][0]["text"]
    installed = subprocess.run([str(venv / "bin" / "python"), "-c", "import qa; print(qa.__file__)"], cwd=work,
                               capture_output=True, text=True, check=True).stdout
    assert str(venv) in installed  # the installed package, not the checkout


def test_the_corpus_is_managed_with_add_remove_and_a_document_filter(tmp_path, log):
    """New files of any format are added and indexed incrementally; a search can be kept to one document."""
    import docx

    from qa.ingest.corpus import add_documents, remove_documents
    from qa.model.standin import HashingEmbedder

    shutil.copytree(PROJECT_ROOT / "corpus", tmp_path / "corpus")
    standin = HashingEmbedder()
    assistant = qa.Assistant(tmp_path / "corpus", tmp_path / "index", embedder=standin)
    assistant.build()
    word = docx.Document()
    word.core_properties.title = "星光夜市开张"
    word.add_paragraph("曹娥江边的星光夜市每周五晚上开张，共有八十个摊位。")
    word.save(tmp_path / "night-market.docx")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    added = add_documents(tmp_path / "corpus", [tmp_path / "night-market.docx", tmp_path / "broken.pdf"])
    assert added == ["night-market.docx"]
    assert any(m.startswith("Not added") and "broken.pdf" in m and "PDF" in m for m in log.messages)
    standin.embedded.clear()
    assistant.build()
    assert standin.embedded and all("夜市" in text or "星光" in text for text in standin.embedded)  # only the new
    documents = assistant.documents()
    assert documents["night-market.docx"]["title"] == "星光夜市开张"
    assert documents["night-market.docx"]["passages"] == 2  # its title and its paragraph
    answer = assistant.ask("星光夜市有多少个摊位？", docs=["night-market.docx"])
    assert {hit.doc for hit in answer.passages} == {"night-market.docx"}
    assert answer.passages[0].to_json()["doc_title"] == "星光夜市开张"
    with pytest.raises(qa.CorpusError, match="no document"):
        assistant.ask("星光夜市有多少个摊位？", docs=["nowhere.txt"])
    remove_documents(tmp_path / "corpus", ["night-market.docx"])
    assistant.build()
    assert "night-market.docx" not in assistant.documents()
    with pytest.raises(qa.CorpusError):
        remove_documents(tmp_path / "corpus", ["night-market.docx"])


def test_identical_passages_are_one_hit_listing_their_documents(tmp_path):
    from qa.model.standin import HashingEmbedder

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shared = "本版图片由曹娥街道办事处提供，欢迎读者来信来电反映情况。"
    for number in range(3):
        (corpus / f"report-{number}.txt").write_text(
            f"第{number}篇报道说，鸿雁社区第{number}期人才公寓已经开工建设。\n\n{shared}\n", encoding="utf-8")
    assistant = qa.Assistant(corpus, tmp_path / "index", embedder=HashingEmbedder())
    answer = assistant.ask("本版图片由哪个单位提供？")
    texts = [hit.text for hit in answer.passages]
    assert len(texts) == len(set(texts)) == 4  # the shared line once, then the three reports
    shared_hit = next(hit for hit in answer.passages if hit.text == shared)
    assert sorted(shared_hit.docs) == ["report-0.txt", "report-1.txt", "report-2.txt"]
    assert shared_hit.to_json()["docs"] == shared_hit.docs
