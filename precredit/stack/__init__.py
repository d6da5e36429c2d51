"""The embedded stack: the Temporal dev server, the worker, the codec server and the API on one machine."""
