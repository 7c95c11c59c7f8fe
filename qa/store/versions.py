"""Versions of everything a built index depends on, in one place.

A build records them in its manifest; an index whose versions differ from
these is stale and is rebuilt. Bump a version when the output of its stage
changes (``tests/test_versions.py`` fails until you do).
"""

FORMAT_VERSION = 2  # the files of a build folder and the manifest's keys (qa/store/layout.py, build.py)
CHUNKER_VERSION = "18"  # how documents become passages (qa/ingest/formats.py, chunking.py)
EMBEDDING_TEXT_VERSION = "3"  # what gets embedded for each passage (qa/store/texts.py)
LEXICAL_VERSION = "12"  # tokens and BM25 lexicon (qa/ingest/words.py, bilingual.py, qa/store/lexical.py)
