"""Saylau: campaign events from Kazakhstan's news, and seats from its votes."""
__version__ = "0.1.0"
