"""Reading a written dataset for people: export (CSV/xlsx), lookup (`show`), the HTML report."""
