"""Campaign events from text: one pure function of a document.

Components, one per field, each returning mentions with their spans:
    parties.py   parties and known leaders     places.py    regions and settlements
    actors.py    people and their roles        audience.py  organisations and groups met
    classify.py  event type, topics, election, list types (cue words)
reading.py reads one paragraph into mentions by clause (modality.py drops what a clause
reports as planned: English modals, Russian tense, the Kazakh final verb); drafts.py groups
clauses into drafts of events; pipeline.py turns drafts into events, with what the document
said before (context.py) and the trained gate (gate.py, features.py). resources.py builds
the gazetteer from reference data once per process, with the Russian and Kazakh case forms of
every name (morphology.py, kazakh.py); person_names.py gives Russian names back in the
nominative.
"""
from .pipeline import EXTRACTOR_VERSION, extract_events, extract_paragraph
from .resources import load_resources

__all__ = ["EXTRACTOR_VERSION", "extract_events", "extract_paragraph", "load_resources"]
