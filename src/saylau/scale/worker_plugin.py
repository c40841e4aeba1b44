"""The worker plugin of a Saylau run on Dask (imported only where Dask is installed)."""
from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class PreloadReference(WorkerPlugin):
    """Builds the extractor's resources (gazetteer, cue tables, models) in each worker process
    as it starts, and again in a restarted one: extract.load_resources keeps them for the life
    of the process, so no task waits for them or carries them."""

    def setup(self, worker) -> None:
        from saylau.extract import load_resources

        load_resources()
