"""Batch drafting: many papers, resumable, rate-limited, with results.jsonl and a page per paper."""

from .results import BatchResult, BatchStatus, SourceMeta, read_results

__all__ = ["BatchResult", "BatchStatus", "SourceMeta", "read_results"]
