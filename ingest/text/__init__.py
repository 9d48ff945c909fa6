"""Front ends for text layers that other tools made of PDFs (three shapes)."""
