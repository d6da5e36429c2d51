"""Worker processes: workflows and activities on the `precredit` task queue."""
