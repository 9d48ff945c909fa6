"""Layout-agnostic tables: the located `Grid` every reader produces, and the one interpreter that reads any grid
plus the text lines around it into indicator rows."""
