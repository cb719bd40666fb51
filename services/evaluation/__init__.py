"""Evaluation of the extractor on annotated corpora: loading, scoring reports, error lists."""
