"""Orchestration: read every document in a folder, run the stages, write the parquet dataset."""
