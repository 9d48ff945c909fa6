"""The interface every front end implements (text shapes, PDF engines)."""

from __future__ import annotations

from typing import Protocol

from ingest.detect import DocumentInfo
from ingest.document import LoadedDocument
from ingest.model import Extraction


class FrontEnd(Protocol):
    """Reads one layout family into indicator rows."""

    name: str

    def score(self, document: LoadedDocument) -> float:
        """0 when the layout is absent; higher means more evidence of this layout."""
        ...

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        """Every indicator row of every indicator table, plus rejects and warnings."""
        ...
