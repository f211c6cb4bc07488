"""``kg build --engine dask``: the extraction spread over a Dask distributed cluster.

The client reads and partitions the documents (:mod:`.partition`); each worker loads the spaCy
model once and writes each partition it is given as an N-Quads part file named by the partition's
content (:mod:`.parts`), skipped when complete; the client then bulk-loads the parts into the store,
installs the shared vocabulary and links the events of all documents (:mod:`.load`).
"""
