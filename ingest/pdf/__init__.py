"""Front end for PDFs: pdfplumber (and camelot lattice where it reads a ruled table better)."""
