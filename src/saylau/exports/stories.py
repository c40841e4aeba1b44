"""Reprinted stories and coverage per party as rows, for `saylau stories` and GET /stories.

One shape for both shells: a story is its first document's hash and title, how many documents
carry it, their outlets and ids; coverage is one row per party (a story counts once however
often it was reprinted).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

STORY_COLUMNS = ("story", "title", "documents", "outlets", "doc_ids")


def story_rows(reprinted: Iterable[Any]) -> list[dict[str, Any]]:
    """One row per reprinted story (`store.stories.Story`), first document first."""
    return [
        {
            "story": story.story,
            "title": story.documents[0].title,
            "documents": len(story.documents),
            "outlets": list(story.outlets),
            "doc_ids": [d.doc_id for d in story.documents],
        }
        for story in reprinted
    ]


def coverage_rows(coverage: Iterable[Any]) -> list[dict[str, Any]]:
    """One row per party (`store.stories.Coverage`)."""
    return [{"party": c.party, "stories": c.stories, "documents": c.documents, "outlets": c.outlets} for c in coverage]
