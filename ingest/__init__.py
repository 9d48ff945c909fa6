"""Stage 1: documents (text layers, PDFs) → indicator rows with located cells."""
