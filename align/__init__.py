"""Stage 3: indicator occurrences across documents → one shared kpi_id per real indicator."""
