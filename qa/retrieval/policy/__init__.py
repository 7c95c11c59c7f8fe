"""The answer policy around retrieval: triage, whole-document overviews, follow-ups and the evidence check."""
