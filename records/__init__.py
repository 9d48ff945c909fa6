"""Stage 3: indicator rows with located cells (from any reader) → rows of the canonical tables.

Sits above both the readers (`ingest/`, which produce `IndicatorRow`s) and `normalize/` (which reads each cell),
so that `normalize/` stays the ground floor and imports nothing else of the project.
"""

from records.build import GOAL_SEPARATOR, extraction_records, indicator_record, observation_records

__all__ = ["GOAL_SEPARATOR", "extraction_records", "indicator_record", "observation_records"]
