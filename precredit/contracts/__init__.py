"""The documents buyers sign: rendered from legal's templates to PDF, PAdES-signed and validated."""
