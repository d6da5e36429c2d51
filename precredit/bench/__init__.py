"""`precredit bench`: throughput and latency of the pipeline against a bare-engine baseline."""
