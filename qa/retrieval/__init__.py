"""Stage 4, answering: the question, retrieval and fusion, refusal, the answer contract and the answer policy."""
