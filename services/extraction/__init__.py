"""factstream's fact extractor for Russian and English conflict news (rules + gazetteer).

Public API (stable): extract_article, to_gold, canonical_entity, slugify and the models.
Nothing is loaded at import time; natasha's MorphVocab loads on the first Russian article.
"""

from .gazetteer import canonical_entity
from .gazetteer_model import Entity, slugify
from .models import (
    KIND_ARGS,
    KINDS,
    Evidence,
    ExtractedFact,
    ExtractionRejected,
    ExtractionResult,
    ExtractionTimeout,
    to_gold,
)
from .pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract_article

__all__ = [
    "EXTRACTOR_NAME",
    "EXTRACTOR_VERSION",
    "KINDS",
    "KIND_ARGS",
    "Entity",
    "Evidence",
    "ExtractedFact",
    "ExtractionRejected",
    "ExtractionResult",
    "ExtractionTimeout",
    "canonical_entity",
    "extract_article",
    "slugify",
    "to_gold",
]
