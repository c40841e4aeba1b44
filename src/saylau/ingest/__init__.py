"""Turn sources (files, folders, JSON Lines) into Documents; knows nothing about elections.

Readers yield `Document | InputError` rather than raising. A run over ten thousand news
files should not stop at the first unreadable one, yet a skipped file must not go unseen:
as values, errors reach the caller in order beside the documents, and the caller decides
whether to print them, count them or stop. `decode_bytes` is the one exception: it is a
plain function on one input and raises EncodingError, which the readers turn into a value.

    for item in read_inputs(["news/", "feed.jsonl"]):
        if isinstance(item, InputError):
            print(f"skipped {item}")
        else:
            store(item)
"""
from saylau.ingest.encoding import decode_bytes
from saylau.ingest.files import MAX_FILE_BYTES, read_inputs, read_path
from saylau.ingest.language import detect_language

__all__ = ["MAX_FILE_BYTES", "decode_bytes", "detect_language", "read_inputs", "read_path"]
