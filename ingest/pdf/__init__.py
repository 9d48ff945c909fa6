"""Front end for PDFs: pages read by pdfplumber or pypdfium2 (`source`), tables by pdfplumber's lattice, camelot
lattice where it reads a ruled table better, and `aligned` for tables without vertical rules."""
