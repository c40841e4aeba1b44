"""Beyond one machine: extraction on a Dask cluster into a Parquet dataset, and its bulk load.

    partitions.py   the inputs shared out as partitions that name what to read (files, a
                    JSONL file's lines, a Parquet row group), never the text itself
    dataset.py      the layout of a dataset folder (documents/ and events/, one Parquet file
                    per partition), written atomically and read back in batches
    dask_run.py     `saylau extract --engine dask`: partitions mapped over Dask workers
    load.py         `saylau load`: a dataset into the store, then stories over the whole store

Extraction is a pure function of a document, so it scales as a map; what it needs from
reference data is built once per worker process (extract.load_resources is cached), not
shipped with every task. Dask and pyarrow are optional (pip install 'saylau[dask]').
"""
